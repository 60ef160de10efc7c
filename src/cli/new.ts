/** `skillc new <service>`: scaffold an integration skill from the template, prompting only on a TTY. */
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { isInside, realPathOf, resolvesInside } from "../fs/inside.js";
import { UsageError } from "../errors.js";
import { loadConfig } from "../lint/config.js";
import { createLinter } from "../lint/linter.js";
import { parseSkill } from "../parse/index.js";
import { formatters } from "../report/index.js";
import { bundled, TEMPLATE_PATH } from "../scaffold/init.js";
import { invalidSkillName, planNewSkill } from "../scaffold/new.js";
import { useColor } from "./color.js";
import { ExitCode } from "./exit-codes.js";
import { writeInside } from "../output/write.js";

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
  const problem = invalidSkillName(service) ?? (options.name !== undefined ? invalidSkillName(options.name) : undefined);
  if (problem) throw new UsageError(problem);

  const dir = options.dir ? resolve(cwd, options.dir) : resolve(config.root, ".github/skills");
  // Inside the project by name but sent elsewhere by a symlink (a cloned repository can ship one): not where the user meant.
  if (isInside(config.root, dir) && !resolvesInside(config.root, dir)) {
    throw new UsageError(`Refusing to write into ${relative(cwd, dir).split(sep).join("/") || "."}: a symlink leads it outside the project to ${realPathOf(dir)}; pass --dir with that folder itself if it is meant`);
  }
  const template = readTemplate(cwd, config.root, options.template);
  const plan = planNewSkill({ service, ...(options.name ? { name: options.name } : {}), ...(mcpServer ? { mcpServer } : {}), dir, root: config.root, template });
  const shown = relative(cwd, plan.path).split(sep).join("/");
  const result = await createLinter(config).lintDocument(parseSkill(plan.path, plan.content));
  const exists = existsSync(plan.path);
  const report = (written: boolean) => ({
    path: plan.path,
    written,
    dryRun: Boolean(options.dryRun),
    template: template.path,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    messages: result.messages,
  });

  if (exists && !options.force) {
    if (options.json) process.stdout.write(`${JSON.stringify({ ...report(false), error: "exists" })}\n`);
    process.stderr.write(`skillc: ${shown} already exists; nothing was written (use --force to overwrite)\n`);
    return ExitCode.Problems;
  }
  if (!options.dryRun) await writeInside(dir, plan.path, plan.content);

  if (options.json) {
    process.stdout.write(`${JSON.stringify(report(!options.dryRun), null, 2)}\n`);
  } else if (options.dryRun) {
    process.stdout.write(`Would write ${shown}${exists ? " (overwriting it)" : ""}:\n\n${plan.content}`);
  } else {
    const details = formatters.stylish([result], { cwd, color: useColor(process.stdout) });
    const left = result.messages.filter((m) => m.ruleId === "placeholder").length;
    process.stdout.write(
      [
        `Created ${shown}${exists ? " (overwritten)" : ""}`,
        details.trimEnd(),
        "",
        ...(existsSync(config.protocol)
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

/** The template: `--template`, else the project's own, else the one bundled with skillc (read as if it sat in the project). */
function readTemplate(cwd: string, root: string, explicit: string | undefined): { path: string; text: string } {
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new UsageError(`Template not found: ${explicit}`);
    return { path, text: readFileSync(path, "utf8") };
  }
  const own = resolve(root, TEMPLATE_PATH);
  if (existsSync(own)) return { path: own, text: readFileSync(own, "utf8") };
  return { path: own, text: bundled(TEMPLATE_PATH) };
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
      validate: (v) => invalidSkillName(v ?? ""),
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
