/** `skillc install [paths…]`: the skills and their MCP servers, where each agent reads them in the project. */
import { relative, sep } from "node:path";
import { install } from "../api.js";
import { loadConfig } from "../lint/config.js";
import { describeSync } from "../output/sync.js";
import { escapeTerminal } from "../report/escape.js";
import { formatters } from "../report/index.js";
import { parseTargets } from "./build.js";
import { useColor } from "./color.js";
import { withoutCheck } from "./compile.js";
import { whyRefused } from "./compile.js";
import { ExitCode } from "./exit-codes.js";

export interface InstallCommandOptions {
  target?: string;
  check?: boolean;
  dryRun?: boolean;
  config?: string;
}

export async function runInstall(paths: string[], options: InstallCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const config = loadConfig(cwd, options.config);
  const targets = parseTargets(options.target);
  const mode = options.check ? "check" : options.dryRun ? "dry-run" : "write";
  const result = await install({ paths, cwd, config, targets, mode });
  const shown = (path: string) => escapeTerminal(relative(cwd, path).split(sep).join("/"));
  const skills = new Set(result.sources);
  for (const r of result.refused) if (skills.has(r.filePath)) process.stderr.write(`skillc: not installing ${shown(r.filePath)}: ${whyRefused(r)} (below)\n`);
  if (result.refused.length > 0) process.stderr.write(`${formatters.stylish(result.refused, { cwd, color: useColor(process.stderr) })}\n`);
  const fix = options.check ? withoutCheck(process.argv.slice(2)) : undefined;
  const { lines, warnings, problems } = describeSync(result.report, mode, shown(config.root) || ".", fix);
  if (lines.length) (problems ? process.stderr : process.stdout).write(`${lines.map(escapeTerminal).join("\n")}\n`);
  const entryLines = [
    ...result.conflicts.map((c) =>
      c.reason === "foreign"
        ? `skillc: ${c.file} already has a server \`${c.name}\` that skillc did not write; left as it is (rename or remove it to let skillc add its own)`
        : `skillc: ${c.file}: the server \`${c.name}\` was changed since skillc wrote it; left as it is (remove it to let skillc write it again)`,
    ),
    ...result.kept.map((k) => `skillc: ${k.file}: the server \`${k.name}\` is no longer produced but was changed since skillc wrote it; left in place`),
  ];
  if (warnings.length || entryLines.length) process.stderr.write(`${[...warnings, ...entryLines].map(escapeTerminal).join("\n")}\n`);
  if (mode === "write" && result.trust.length > 0) {
    process.stdout.write(`\nBefore they load the skills or servers:\n${result.trust.map((t) => `- ${t.agent}: ${t.what}.`).join("\n")}\n`);
  }
  return problems || result.conflicts.length > 0 || result.refused.length > 0 ? ExitCode.Problems : ExitCode.Ok;
}
