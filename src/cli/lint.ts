/** `skillc lint [paths…]`: lint, format, print, and set the exit code. */
import { dirname, relative, resolve } from "node:path";
import type { LintResult } from "../model/diagnostic.js";
import { UsageError } from "../errors.js";
import { DEFAULT_CACHE_LOCATION } from "../lint/cache.js";
import { lintProject, resultsOf } from "../lint/run.js";
import { formatters, isFormatName } from "../report/index.js";
import { useColor, useHyperlinks } from "./color.js";
import { ExitCode } from "./exit-codes.js";
import { writeInside } from "../output/write.js";

export interface LintCommandOptions {
  format: string;
  output?: string;
  quiet?: boolean;
  maxWarnings?: string;
  config?: string;
  concurrency?: string;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  /** skillc's version, for the formats that name the tool. */
  version?: string;
}

export async function runLint(paths: string[], options: LintCommandOptions): Promise<number> {
  if (!isFormatName(options.format)) {
    throw new UsageError(`Unknown format "${options.format}", expected one of ${Object.keys(formatters).join(", ")}`);
  }
  let maxWarnings = -1;
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings expects a whole number, got "${options.maxWarnings}"`);
  }
  const cwd = process.cwd();
  if (options.printConfig !== undefined) {
    const { printConfig } = await import("./print-config.js");
    return printConfig(options.printConfig, { cwd, ...(options.config ? { config: options.config } : {}) });
  }
  if (options.fix && options.fixDryRun) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError("--stdin-filename needs --stdin");
  if (options.stdin && options.fix) throw new UsageError("--fix cannot write piped text; use --fix-dry-run with --stdin (the fixed text is the JSON's output)");
  if (options.stdin && paths.length > 0) throw new UsageError("--stdin lints the piped text only; name its file with --stdin-filename, not as a path");
  const text = options.stdin ? { text: await readStdin(), path: options.stdinFilename ?? STDIN_NAME } : undefined;
  let concurrency: number | undefined;
  if (options.concurrency !== undefined) {
    concurrency = Number(options.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency expects a whole number of at least 1, got "${options.concurrency}"`);
  }
  const cache = options.cache || options.cacheLocation ? (options.cacheLocation ?? DEFAULT_CACHE_LOCATION) : undefined;
  const fix = Boolean(options.fix || options.fixDryRun);
  const run = await lintProject({
    paths,
    cwd,
    ...(options.config ? { config: options.config } : {}),
    ...(concurrency ? { concurrency } : {}),
    ...(cache ? { cache } : {}),
    ...(fix ? { fix } : {}),
    ...(text ? { text } : {}),
  });
  const results = resultsOf(run);
  if (options.fix) {
    const { writeFixes } = await import("../lint/fix.js");
    const { skipped } = await writeFixes(results, run.originals, run.config.root);
    for (const s of skipped) process.stderr.write(`skillc: not fixed: ${relative(cwd, s.path) || s.path}: ${s.reason}\n`);
  } else if (options.fixDryRun && options.format === "stylish") {
    // People read a diff; machine formats carry each fixed text as the result's `output`, as ESLint's.
    const { fixDiff } = await import("./fix-diff.js");
    print(fixDiff(results, run.originals, cwd));
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const shown = options.quiet ? onlyErrors(results) : results;
  const formatter = formatters[options.format];
  const checked = { files: results.length, quiet: Boolean(options.quiet) };
  const terminal = { cwd, color: useColor(process.stdout), hyperlinks: useHyperlinks(process.stdout), version: options.version, checked };
  if (options.output) {
    // The file the user named is the target: written atomically, wherever it is; machine formats carry no colour.
    const target = resolve(cwd, options.output);
    await writeInside(dirname(target), target, formatter(shown, { cwd, color: false, version: options.version }));
    // A person watching still sees the problems.
    if (process.stdout.isTTY) print(formatters.stylish(shown, terminal));
  } else {
    print(options.format === "stylish" ? formatter(shown, terminal) : formatter(shown, { cwd, color: false, version: options.version }));
  }
  if (errors > 0) return ExitCode.Problems;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`skillc found too many warnings (maximum: ${maxWarnings}).\n`);
    return ExitCode.Problems;
  }
  return ExitCode.Ok;
}

/** The file name piped text is linted as without --stdin-filename (ESLint says `<text>`): no SKILL.md, so no name check. */
const STDIN_NAME = "<stdin>";

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function print(text: string): void {
  if (text) process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

function onlyErrors(results: readonly LintResult[]): LintResult[] {
  return results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 }));
}
