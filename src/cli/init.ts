/** `skillc init`: write the config, the template, the protocol and a CI workflow, never overwriting without --force. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { init } from "../api.js";
import { ExitCode } from "./exit-codes.js";

export interface InitCommandOptions {
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export async function runInit(options: InitCommandOptions): Promise<number> {
  const outcome = await init({ cwd: process.cwd(), force: Boolean(options.force), dryRun: Boolean(options.dryRun) });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
    return ExitCode.Ok;
  }
  for (const { path, action } of outcome) {
    process.stdout.write(`${action.padEnd(15)} ${path}${action === "skipped" ? " (exists; use --force to overwrite)" : ""}\n`);
  }
  if (!options.dryRun) {
    process.stdout.write("\nNext: `skillc new <service>` scaffolds an integration skill; `skillc lint` checks them all.\n");
    // The workflow runs `npm ci` and the skillc the project pins; say so when nothing pins it yet.
    if (!pinsSkillc(process.cwd())) {
      process.stdout.write("The CI workflow runs the skillc your package.json pins: add it as a dev dependency (npm install --save-dev skillc, or the git URL you install it from) and commit package-lock.json.\n");
    }
  }
  return ExitCode.Ok;
}

function pinsSkillc(root: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies?: object; devDependencies?: object };
    return "skillc" in { ...pkg.dependencies, ...pkg.devDependencies };
  } catch {
    return false;
  }
}
