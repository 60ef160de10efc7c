/** What `build` and `docs` share at the edge: the output folder's checks, the refusals shown, the sync printed. */
import { relative, resolve, sep } from "node:path";
import { writeOutputs, type CompileResult } from "../api.js";
import type { LintResult } from "../model/diagnostic.js";
import { escapeTerminal } from "../report/escape.js";
import { formatters } from "../report/index.js";
import type { OutputCommand } from "../output/owned.js";
import { describeSync } from "../output/sync.js";
import { useColor } from "./color.js";
import { ExitCode } from "./exit-codes.js";

/**
 * The output folder as the command line gives it: `--out` as typed (relative to the working
 * folder, as a path a user types is), else `fallback` in the project root (the config's folder),
 * wherever in the project the command runs; relative to the working folder, as it is shown.
 */
export function outFolder(out: string | undefined, fallback: string, root: string): string {
  if (out !== undefined) return out;
  return relative(process.cwd(), resolve(root, fallback)).split(sep).join("/") || ".";
}

export interface WriteOptions {
  out: string;
  check?: boolean;
  dryRun?: boolean;
}

/** Show what was refused, bring the folder in line with the plan (the library's writeOutputs), print what changed; returns the exit code. */
export async function writeCompiled(command: OutputCommand, result: CompileResult, options: WriteOptions): Promise<number> {
  const cwd = process.cwd();
  const outDir = resolve(cwd, options.out);
  const mode = options.check ? "check" : options.dryRun ? "dry-run" : "write";
  // A folder that is not safe to write is refused before anything is printed.
  const report = await writeOutputs(result, { command, outDir: options.out, mode, cwd });
  const skills = new Set(result.sources);
  for (const r of result.refused) {
    if (!skills.has(r.filePath)) continue;
    const verb = command === "build" ? "not building" : "skipping";
    process.stderr.write(`skillc: ${verb} ${shown(cwd, r.filePath)}: ${whyRefused(r)} (below)\n`);
  }
  if (result.refused.length > 0) process.stderr.write(`${formatters.stylish(result.refused, { cwd, color: useColor(process.stderr) })}\n`);
  const { lines, warnings, problems } = describeSync(report, mode, shown(cwd, outDir) || ".", options.check ? withoutCheck(process.argv.slice(2)) : undefined);
  if (lines.length) (problems ? process.stderr : process.stdout).write(`${lines.map(escapeTerminal).join("\n")}\n`);
  if (warnings.length) process.stderr.write(`${warnings.map(escapeTerminal).join("\n")}\n`);
  for (const note of result.notes ?? []) process.stderr.write(`skillc: note: ${escapeTerminal(note)}\n`);
  return problems || result.refused.length > 0 ? ExitCode.Problems : ExitCode.Ok;
}

/** Why a skill was not built, documented or installed: errors, or else placeholders still to fill (the only warnings refused). */
export function whyRefused(result: LintResult): string {
  return result.errorCount > 0 ? "it has errors" : "it still has placeholders to fill";
}

/** The command that fixes what `--check` found: the same command line, without `--check`. */
export function withoutCheck(args: readonly string[]): string {
  const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);
  return ["skillc", ...args.filter((a) => a !== "--check")].map(quote).join(" ");
}

/** A path for the terminal: relative, `/`-separated, control characters from folder names escaped. */
function shown(cwd: string, path: string): string {
  return escapeTerminal(relative(cwd, path).split(sep).join("/"));
}
