/**
 * The skillc command line: the only module that touches process.exitCode, stdout and the TTY.
 * Bundled into dist/bin/cli.cjs, which the `skillc` command (cli/bin.ts) runs.
 */
import { readFileSync } from "node:fs";
import { CommanderError } from "commander";
import { UsageError } from "../errors.js";
import { ExitCode } from "./exit-codes.js";
import { createProgram } from "./program.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
const debug = process.argv.includes("--debug");

// `skillc rules | head`: the reader left, which is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const program = createProgram(pkg.version);

// No top-level await: the bundle is CommonJS, for V8's code cache (see cli/launch.ts).
program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = handle(error);
});

function handle(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`skillc: ${error.message}\n`);
    return ExitCode.Usage;
  }
  const e = error as NodeJS.ErrnoException;
  // A file system refusal (a folder where a file should be, no space, no permission) is the
  // machine's answer, not a bug in skillc: say it plainly.
  if (typeof e?.code === "string" && typeof e.syscall === "string") {
    process.stderr.write(`skillc: ${e.message}\n`);
    if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
    return ExitCode.Usage;
  }
  process.stderr.write(`skillc: internal error: ${e?.message ?? String(error)}\n`);
  if (debug && e?.stack) process.stderr.write(`${e.stack}\n`);
  else process.stderr.write("(run again with --debug for a stack trace)\n");
  return ExitCode.Usage;
}
