/** `skillc new <service>`: scaffold an integration skill from the template, prompting only on a TTY. */
import { relative, sep } from "node:path";
import { newSkill } from "../api.js";
import { UsageError } from "../errors.js";
import { loadConfig } from "../lint/config.js";
import { formatters } from "../report/index.js";
import { invalidSkillName } from "../scaffold/new.js";
import { useColor } from "./color.js";
import { ExitCode } from "./exit-codes.js";

export interface NewCommandOptions {
  dir?: string;
  template?: string;
  name?: string;
  mcpServer?: string;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
  config?: string;
}

export async function runNew(serviceArg: string | undefined, options: NewCommandOptions): Promise<number> {
  const cwd = process.cwd();
  // The config is read first: a broken one is said before any prompt.
  const config = loadConfig(cwd, options.config);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !options.json;

  let service = serviceArg;
  let mcpServer = options.mcpServer;
  if (service === undefined || (mcpServer === undefined && interactive)) {
    if (!interactive) throw new UsageError("Missing <service>: skillc new <service> [--mcp-server <package>]");
    const asked = await ask(service);
    if (!asked) return ExitCode.Usage;
    service ??= asked.service;
    mcpServer ??= asked.mcpServer;
  }
  const made = await newSkill({
    service,
    cwd,
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(mcpServer ? { mcpServer } : {}),
    ...(options.dir ? { dir: options.dir } : {}),
    ...(options.template ? { template: options.template } : {}),
    config,
    force: Boolean(options.force),
    dryRun: Boolean(options.dryRun),
  });
  const { result, existed } = made;
  const shown = relative(cwd, made.path).split(sep).join("/");
  const lowered = made.service !== service ? `Using the service id "${made.service}" for "${service}": skill names are lower-case.\n` : "";
  const report = {
    service: made.service,
    path: made.path,
    written: made.written,
    dryRun: Boolean(options.dryRun),
    template: made.template,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    messages: result.messages,
  };

  if (existed && !options.force) {
    if (options.json) process.stdout.write(`${JSON.stringify({ ...report, error: "exists" })}\n`);
    process.stderr.write(`skillc: ${shown} already exists; nothing was written (use --force to overwrite)\n`);
    return ExitCode.Problems;
  }

  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (options.dryRun) {
    process.stdout.write(`${lowered}Would write ${shown}${existed ? " (overwriting it)" : ""}:\n\n${made.content}`);
  } else {
    process.stdout.write(lowered);
    const details = formatters.stylish([result], { cwd, color: useColor(process.stdout) });
    const left = result.messages.filter((m) => m.ruleId === "placeholder").length;
    process.stdout.write(
      [
        `Created ${shown}${existed ? " (overwritten)" : ""}`,
        details.trimEnd(),
        "",
        ...(made.protocolExists
          ? []
          : [`Note: ${relative(cwd, config.protocol).split(sep).join("/")} does not exist yet, so the skill's link to it is broken; \`skillc init\` adds it.`, ""]),
        "Next steps:",
        left > 0 ? `  1. Fill in the ${left} placeholder${left === 1 ? "" : "s"} listed above.` : "  1. Read the skill through and adjust it to the service.",
        "  2. Delete the `<!-- skillc:scaffolded -->` line.",
        "  3. Run `skillc lint` until it is clean.",
        "",
      ]
        .filter((line, i) => i !== 1 || line !== "")
        .join("\n"),
    );
  }
  // The skill was written; what is left to fix is in the report, and `skillc lint` gates it.
  return ExitCode.Ok;
}

/** The user pressed Ctrl-C at a prompt: say that nothing was written. */
function cancelled(p: typeof import("@clack/prompts")): undefined {
  p.cancel("Cancelled: nothing was written.");
  return undefined;
}

/** Ask for what is missing (TTY only), with a well-kept prompt library. */
async function ask(service: string | undefined): Promise<{ service: string; mcpServer?: string } | undefined> {
  const p = await import("@clack/prompts");
  p.intro("skillc new");
  let name = service;
  if (name === undefined) {
    const answer = await p.text({
      message: "Which service does the skill connect to?",
      placeholder: "trello",
      validate: (v) => (invalidSkillName((v ?? "").toLowerCase()) ? invalidSkillName(v ?? "") : undefined),
    });
    if (p.isCancel(answer)) return cancelled(p);
    name = answer;
  }
  const server = await p.text({
    message: "npm package of its MCP server (leave empty to fill in later)",
    placeholder: "@delorenj/mcp-server-trello",
  });
  if (p.isCancel(server)) return cancelled(p);
  p.outro("Writing the skill");
  return { service: name, ...(server ? { mcpServer: server } : {}) };
}
