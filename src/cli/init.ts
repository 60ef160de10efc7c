/** `skillc init`: write the config, the template, the protocol and a CI workflow, never overwriting without --force. */
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
  if (!options.dryRun) process.stdout.write("\nNext: `skillc new <service>` scaffolds an integration skill; `skillc lint` checks them all.\n");
  return ExitCode.Ok;
}
