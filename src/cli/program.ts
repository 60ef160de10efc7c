/**
 * The skillc command line's commands and options (commander). Building the program has no side
 * effect: main.ts parses the process's arguments with it, and tests read its options from it.
 */
import { Command } from "commander";
import { AGENTS } from "../agents/index.js";
import { chooseColor } from "./color.js";

/** Commander's error on one line, keeping its "Did you mean" suggestion for a mistyped command or option. */
function oneLine(text: string): string {
  const [first = "", ...rest] = text.split("\n");
  const suggestion = rest.map((line) => /^\(Did you mean (.+)\?\)$/.exec(line.trim())?.[1]).find(Boolean);
  return `${first.replace(/^error: /, "skillc: ")}${suggestion ? `; did you mean ${suggestion}?` : ""}`;
}

export function createProgram(version: string): Command {
  const program = new Command()
    .name("skillc")
    .description("Lint and compile Markdown agent skills (SKILL.md) and integration templates")
    .version(version, "-v, --version")
    .option("--debug", "print stack traces of internal errors")
    .option("--color", "colour the output even when it is not a terminal")
    .option("--no-color", "never colour the output (also NO_COLOR=1)")
    .hook("preAction", (command) => chooseColor(command.opts().color as boolean | undefined))
    .showHelpAfterError("(run skillc --help for usage)")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${oneLine(text)}\n`) });

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
    .option("--fix", "apply every fix a rule offers, until the files are stable, and report what is left")
    .option("--fix-dry-run", "print the fixes as a unified diff (json: each result's `output`); write nothing")
    .option("--stdin", "lint the text on standard input")
    .option("--stdin-filename <path>", "with --stdin: lint the text as if it were this file (config, kind, links, name)")
    .option("--print-config <file>", "print the config that applies to this file (preset, agents, rules) and exit")
    .action(async (paths: string[], options) => {
      const { runLint } = await import("./lint.js");
      process.exitCode = await runLint(paths, { ...options, version });
    });

  program
    .command("lsp")
    .description("run the language server over stdio, for editors (diagnostics, quick fixes, hover, completion)")
    .option("--stdio", "talk over stdin and stdout (the default; accepted because editors pass it)")
    .action(async () => {
      const { startServer } = await import("../lsp/index.js");
      startServer();
      // The connection keeps the process alive until the client's exit notification ends it.
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
    .option("--out <dir>", "output folder (default: dist/skills in the project root)")
    .option("--target <list>", `comma-separated targets: ${AGENTS.map((a) => a.id).join(", ")} (default: all)`)
    .option("--check", "write nothing; exit 1 if any file is missing, stale or would be removed")
    .option("--dry-run", "list what would be written, write nothing")
    .option("-c, --config <file>", "use this config file")
    .action(async (paths: string[], options) => {
      const { runBuild } = await import("./build.js");
      process.exitCode = await runBuild(paths, options);
    });

  program
    .command("install")
    .description("put the skills where each agent reads them in this project, and merge their MCP servers into the agents' config files")
    .argument("[paths...]", "skills to install (default: every SKILL.md in the project)")
    .option("--target <list>", `comma-separated targets: ${AGENTS.map((a) => a.id).join(", ")} (default: all)`)
    .option("--check", "write nothing; exit 1 if any file or MCP entry is missing, stale or would be removed")
    .option("--dry-run", "list what would be written, write nothing")
    .option("-c, --config <file>", "use this config file")
    .action(async (paths: string[], options) => {
      const { runInstall } = await import("./install.js");
      process.exitCode = await runInstall(paths, options);
    });

  program
    .command("docs")
    .description("generate protocol pages, their index and the generated regions of hand-written pages")
    .argument("[paths...]", "skills to document (default: every SKILL.md in the project)")
    .option("--out <dir>", "output folder (default: docs/protocols in the project root)")
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
  return program;
}
