/**
 * The one lint pipeline behind every command: resolve the config, find the files, answer
 * unchanged ones from the cache, lint the rest (in worker processes when there are many and no
 * model is kept), run the project rules over every file's claims, and scan each file the skills
 * ship once. Each file is read once and parsed once.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { readRegularFile } from "../fs/read.js";
import { MAX_SHIPPED_FILE, type Shipment } from "../fs/shipped.js";
import type { LintResult } from "../model/diagnostic.js";
import type { SkillDocument } from "../model/types.js";
import { DEFAULT_LIMITS } from "../parse/limits.js";
import { contentHash, LintCache, type CachedLint } from "./cache.js";
import { loadConfig, type ResolvedConfig } from "./config.js";
import { discoverFiles } from "./discover.js";
import { fixDocument } from "./fix.js";
import { createLinter, SHIPPED_RULES, type FileToLint, type TrackedResult } from "./linter.js";
import { projectDiagnostics, withDiagnostics, type ProjectFacts } from "./project.js";
import { lintInWorkers, workerScript } from "./workers.js";

export interface LintOptions {
  /** Files, folders or globs; empty: every SKILL.md and template of the project. */
  paths?: readonly string[];
  cwd?: string;
  /** A resolved config, or the path of a config file (`--config`). */
  config?: ResolvedConfig | string;
  /** Worker processes for large runs (default: the machine's cores; 1 lints in this process). */
  concurrency?: number;
  /** Reuse results of unchanged files from this cache file (`--cache`, `--cache-location`). */
  cache?: string;
  /**
   * Apply the rules' fixes until each file is stable and give the fixed text as the result's
   * `output` (nothing is written: `writeFixes` does that). Lints in this process, cache unused.
   */
  fix?: boolean;
  /**
   * Lint this text instead of files (`--stdin`), as if it were the file at `path` (absolute):
   * config, kind, links and the name check resolve from there. Nothing is read from `path`.
   */
  text?: { text: string | Uint8Array; path: string };
}

/**
 * Below this many files, one process lints them: workers save some wall time from a few hundred
 * files on, but each starts a process, loads the parser, warms up its JIT and grows its own heap,
 * and on 2 cores the two workers slow each other. Measured on 2 cores at 1,000 files, one process
 * against two workers: wall 7.0-8.0 s against 6.2-7.6 s, CPU 9.1-9.8 s against 11.8-12.6 s, peak
 * memory of all processes 175 MB against 417 MB (markdownlint-cli2: 226 MB); with another job
 * holding one core, 8.1-9.6 s against 7.5-7.9 s. At 2,000 files workers save 30% of the wall time
 * (13.6-14.5 s against 9.0-11.3 s), at 4,000 15-25%, for 2.2 times the memory.
 */
export const PARALLEL_THRESHOLD = 1500;

/** One linted file: its model (what `build` and `docs` compile), its result and what it ships. */
export interface LintedSkill {
  doc: SkillDocument;
  result: LintResult;
  shipment: Shipment;
  /** Results of the files it ships that have problems (no-secrets in a companion): the skill is not built with them. */
  shippedResults: LintResult[];
}

/** A whole run: the config used, every file's result (and model when asked for), and the shipped files' results. */
export interface ProjectRun {
  config: ResolvedConfig;
  cwd: string;
  /** Each file's result, project rules' diagnostics included. */
  files: { path: string; result: LintResult; shipped: readonly string[]; facts: ProjectFacts; doc?: SkillDocument; shipment?: Shipment }[];
  /** Each shipped file's result from the rules that guard shipped files, by absolute path. */
  shipped: Map<string, LintResult>;
  /** With models: the bytes of each shipped file as scanned, which a build copies (not read again). */
  contents: Map<string, Buffer>;
  /** With `fix`: the text each fixed file had when it was read (BOM removed), so a write can tell it has not changed since. */
  originals: Map<string, string>;
}

/** The working directory and config of a run: the one place options become a resolved config. */
export function resolveOptions(options: Pick<LintOptions, "cwd" | "config">): { cwd: string; config: ResolvedConfig } {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = typeof options.config === "object" ? options.config : loadConfig(cwd, options.config);
  return { cwd, config };
}

/**
 * Run the pipeline. With `models`, every file's model is kept for compiling: files are then
 * linted in this process (a model does not cross processes, and parsing it twice costs more than
 * the workers save), and a cache hit still parses the file but skips its rules.
 */
export async function lintProject(options: LintOptions, { models = false } = {}): Promise<ProjectRun> {
  const { cwd, config } = resolveOptions(options);
  const files: FileToLint[] = options.text
    ? [{ path: resolve(cwd, options.text.path), explicit: true, bytes: typeof options.text.text === "string" ? Buffer.from(options.text.text, "utf8") : options.text.text }]
    : await discoverFiles(options.paths ?? [], config, cwd);
  const fix = Boolean(options.fix);
  const originals = new Map<string, string>();
  const cache = options.cache && !fix && !options.text ? await LintCache.open(resolve(cwd, options.cache), config) : undefined;
  const linter = createLinter(config);
  const out: ProjectRun["files"] = [];
  const hashes = new Map<string, string>();
  const hits = new Map<string, CachedLint>();
  if (cache) {
    // Read each file once: its bytes give the hash and, on a miss, go to the parser.
    const maxFileSize = { ...DEFAULT_LIMITS, ...config.limits }.maxFileSize;
    for (const file of files) {
      if (file.problem) continue;
      const read = readRegularFile(file.path, maxFileSize);
      if (!read.ok) continue; // The linter reports why, uncached.
      const hash = contentHash(read.bytes);
      hashes.set(file.path, hash);
      const hit = cache.get(file.path, hash);
      if (hit) hits.set(file.path, hit);
      if (!hit || models) file.bytes = read.bytes;
    }
  }

  const concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  const todo = files.filter((f) => !hits.has(f.path));
  if (!models && !fix && concurrency > 1 && todo.length >= PARALLEL_THRESHOLD && workerScript()) {
    const fresh = await lintInWorkers(todo, config, concurrency);
    todo.forEach((file, i) => {
      if (fresh[i]) remember(file, fresh[i]!);
    });
    for (const file of files) {
      const hit = hits.get(file.path);
      if (hit) out.push({ path: file.path, ...hit, shipped: cache!.shippedOf([file.path]) });
    }
  } else {
    for (const file of files) {
      const hit = hits.get(file.path);
      if (hit && !models) {
        out.push({ path: file.path, ...hit, shipped: cache!.shippedOf([file.path]) });
        continue;
      }
      const doc = linter.loadFile(file);
      file.bytes = undefined; // Let the bytes go with the file's turn.
      const shipment = models ? linter.shipment(doc) : undefined;
      if (hit) {
        out.push({ path: file.path, ...hit, shipped: cache!.shippedOf([file.path]), doc, shipment: shipment! });
        continue;
      }
      const tracked = await linter.lintTracked(doc);
      if (fix && tracked.result.messages.some((m) => m.fix)) {
        tracked.result = await fixDocument(linter, doc, tracked.result);
        if (tracked.result.output !== undefined) originals.set(doc.path, doc.text);
      }
      remember(file, tracked, models ? { doc, shipment: shipment! } : {});
      // Reads are synchronous: let the event loop run between files (signals, a parent's IPC).
      await new Promise((next) => setImmediate(next));
    }
  }
  if (cache) await cache.save();
  out.sort(byPath);
  // After every file, cached or not: a file's clash with another is made afresh from both files' claims.
  const found = projectDiagnostics(out, config);
  for (const file of out) file.result = withDiagnostics(file.result, found.get(file.path));

  // Each shipped file is scanned once, however many skills ship it; one that is linted as a file
  // itself is answered from its own result.
  const own = new Map(out.map((f) => [f.path, f.result]));
  const shipped = new Map<string, LintResult>();
  const contents = new Map<string, Buffer>();
  for (const path of [...new Set(out.flatMap((f) => f.shipped))].sort()) {
    const linted = own.get(path);
    let result: LintResult | undefined;
    if (linted) result = onlyShippedRules(linted);
    else {
      const read = readRegularFile(path, MAX_SHIPPED_FILE);
      if (!read.ok) continue; // The shipment reports what cannot be shipped.
      if (models) contents.set(path, read.bytes);
      result = await linter.lintShipped(path, read.bytes);
    }
    if (result) shipped.set(path, result);
  }
  return { config, cwd, files: out, shipped, contents, originals };

  function remember(file: FileToLint, tracked: TrackedResult, model: { doc?: SkillDocument; shipment?: Shipment } = {}): void {
    out.push({ path: file.path, result: tracked.result, shipped: tracked.shipped, facts: tracked.facts, ...model });
    const hash = hashes.get(file.path);
    if (cache && hash) cache.set(file.path, hash, tracked);
  }
}

function onlyShippedRules(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => SHIPPED_RULES.has(m.ruleId));
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return { filePath: result.filePath, messages, errorCount, warningCount: messages.length - errorCount };
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byPath = (a: { path: string }, b: { path: string }) => compare(a.path, b.path);
const byFilePath = (a: LintResult, b: LintResult) => compare(a.filePath, b.filePath);

/** Lint files and return one result per file, in path order, then those of shipped files with problems. */
export async function lint(options: LintOptions = {}): Promise<LintResult[]> {
  return resultsOf(await lintProject(options));
}

/** A run's results as `lint` gives them. */
export function resultsOf(run: ProjectRun): LintResult[] {
  const linted = new Set(run.files.map((f) => f.path));
  // A shipped file is shown only when something is wrong with it: it is not a skill the user asked to lint.
  const shipped = [...run.shipped].filter(([path, r]) => !linted.has(path) && r.messages.length > 0).map(([, r]) => r);
  return [...run.files.map((f) => f.result), ...shipped].sort(byFilePath);
}

/** Lint files and keep each model: the single parse that `build` and `docs` compile from. */
export async function lintSkills(options: LintOptions = {}): Promise<LintedSkill[]> {
  return skillsOf(await lintProject(options, { models: true }));
}

/** The skills of a run made with models. */
export function skillsOf(run: ProjectRun): LintedSkill[] {
  return run.files.map((f) => ({
    doc: f.doc!,
    result: f.result,
    shipment: f.shipment!,
    shippedResults: f.shipped.flatMap((path) => {
      const r = run.shipped.get(path);
      return r && r.messages.length > 0 ? [r] : [];
    }),
  }));
}
