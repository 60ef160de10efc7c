#!/usr/bin/env node
/** The skillc command line: the only module that touches process.exitCode, stdout and the TTY. */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { UsageError } from "../errors.js";
import { chooseColor } from "./color.js";
import { ExitCode } from "./exit-codes.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
const debug = process.argv.includes("--debug");

// `skillc rules | head`: the reader left, which is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const program = new Command()
  .name("skillc")
  .description("Lint and compile Markdown agent skills (SKILL.md) and integration templates")
  .version(pkg.version, "-v, --version")
  .option("--debug", "print stack traces of internal errors")
  .option("--color", "colour the output even when it is not a terminal")
  .option("--no-color", "never colour the output (also NO_COLOR=1)")
  .hook("preAction", (command) => chooseColor(command.opts().color as boolean | undefined))
  .showHelpAfterError("(run skillc --help for usage)")
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`${oneLine(text)}\n`) });

/** Commander's error on one line, keeping its "Did you mean" suggestion for a mistyped command or option. */
function oneLine(text: string): string {
  const [first = "", ...rest] = text.split("\n");
  const suggestion = rest.map((line) => /^\(Did you mean (.+)\?\)$/.exec(line.trim())?.[1]).find(Boolean);
  return `${first.replace(/^error: /, "skillc: ")}${suggestion ? `; did you mean ${suggestion}?` : ""}`;
}

program
  .command("lint")
  .description("check skills and templates against the schemas and rules")
  .argument("[paths...]", "files, folders or globs (default: every SKILL.md and template in the project)")
  .option("-f, --format <name>", "output format: stylish, json, sarif, github, junit or codeclimate", "stylish")
  .option("-o, --output <file>", "write the report to a file")
  .option("--quiet", "report errors only")
  .option("--max-warnings <n>", "exit 1 when there are more warnings than this")
  .option("-c, --config <file>", "use this config file")
  .option("--concurrency <n>", "worker processes for large runs (default: the number of cores)")
  .option("--cache", "skip files unchanged since the last run (content, config and skillc version)")
  .option("--cache-location <file>", "where the cache is kept (default: .skillccache)")
  .action(async (paths: string[], options) => {
    const { runLint } = await import("./lint.js");
    process.exitCode = await runLint(paths, { ...options, version: pkg.version });
  });

program
  .command("new")
  .description("scaffold an integration skill from the template")
  .argument("[service]", "the service's id, such as trello (prompted for on a TTY)")
  .option("--mcp-server <package>", "npm package of the MCP server")
  .option("--name <name>", "skill name (default: <service>-sync)")
  .option("--dir <dir>", "folder for the skill folder (default: .github/skills)")
  .option("--template <file>", "template to fill (default: templates/INTEGRATION_TEMPLATE.md, else the bundled one)")
  .option("--dry-run", "print what would be written, write nothing")
  .option("--force", "overwrite an existing skill")
  .option("--json", "print a machine-readable result")
  .option("-c, --config <file>", "use this config file")
  .action(async (service: string | undefined, options) => {
    const { runNew } = await import("./new.js");
    process.exitCode = await runNew(service, options);
  });

program
  .command("init")
  .description("write a config, the integration template, the protocol doc and a CI workflow")
  .option("--force", "overwrite files that exist")
  .option("--dry-run", "list what would be written, write nothing")
  .option("--json", "print a machine-readable result")
  .action(async (options) => {
    const { runInit } = await import("./init.js");
    process.exitCode = await runInit(options);
  });

program
  .command("build")
  .description("compile skills into agent-ready bundles, MCP configuration, a manifest and a prompt block")
  .argument("[paths...]", "skills to build (default: every SKILL.md in the project)")
  .option("--out <dir>", "output folder", "dist/skills")
  .option("--target <list>", "comma-separated targets: agents, claude, copilot, cursor, opencode, codex (default: all)")
  .option("--check", "write nothing; exit 1 if any file is missing, stale or would be removed")
  .option("--dry-run", "list what would be written, write nothing")
  .option("-c, --config <file>", "use this config file")
  .action(async (paths: string[], options) => {
    const { runBuild } = await import("./build.js");
    process.exitCode = await runBuild(paths, options);
  });

program
  .command("docs")
  .description("generate protocol pages, their index and the generated regions of hand-written pages")
  .argument("[paths...]", "skills to document (default: every SKILL.md in the project)")
  .option("--out <dir>", "output folder", "docs/protocols")
  .option("--check", "write nothing; exit 1 if any file is missing, stale or would be removed")
  .option("--dry-run", "list what would be written, write nothing")
  .option("-c, --config <file>", "use this config file")
  .action(async (paths: string[], options) => {
    const { runDocs } = await import("./docs.js");
    process.exitCode = await runDocs(paths, options);
  });

program
  .command("rules")
  .description("list the rule catalog: id, default severity, scope, description, docs URL")
  .option("-f, --format <name>", "text or json", "text")
  .action(async (options) => {
    const { runRules } = await import("./rules.js");
    process.exitCode = runRules(options);
  });

program
  .command("schema")
  .description("print one of skillc's JSON Schemas")
  .argument("[name]", "skill, integration, config or manifest")
  .action(async (name: string | undefined) => {
    const { runSchema } = await import("./rules.js");
    process.exitCode = runSchema(name);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = handle(error);
}

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
