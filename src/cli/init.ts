/** `skillc init`: write the config, the template, the protocol and a CI workflow, never overwriting without --force. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { planInit } from "../scaffold/init.js";
import { ExitCode } from "./exit-codes.js";
import { checkWritable, writeInside } from "../output/write.js";

export interface InitCommandOptions {
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export async function runInit(options: InitCommandOptions): Promise<number> {
  const root = process.cwd();
  const outcome: { path: string; action: "created" | "overwritten" | "skipped" | "would create" | "would overwrite" }[] = [];
  const plan = planInit().map((file) => ({ file, exists: existsSync(resolve(root, file.path)) }));
  // Every write is checked before the first: a refusal (a symlink out of the project) writes nothing.
  if (!options.dryRun) for (const { file } of plan.filter((p) => !p.exists || options.force)) checkWritable(root, file.path);
  for (const { file, exists } of plan) {
    if (exists && !options.force) {
      outcome.push({ path: file.path, action: "skipped" });
      continue;
    }
    if (options.dryRun) {
      outcome.push({ path: file.path, action: exists ? "would overwrite" : "would create" });
      continue;
    }
    await writeInside(root, file.path, file.content);
    outcome.push({ path: file.path, action: exists ? "overwritten" : "created" });
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
    return ExitCode.Ok;
  }
  for (const { path, action } of outcome) {
    process.stdout.write(`${action.padEnd(15)} ${path}${action === "skipped" ? " (exists; use --force to overwrite)" : ""}\n`);
  }
  if (!options.dryRun) process.stdout.write("\nNext: `skillc new <service>` scaffolds an integration skill; `skillc lint` checks them all.\n");
  return ExitCode.Ok;
}
