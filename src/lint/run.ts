/** The lint runner: read, parse once, run every enabled rule, stamp and filter the diagnostics. */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { NOT_A_FILE, readRegularFile, type ReadRefusal } from "../fs/read.js";
import type { Diagnostic, LintResult } from "../model/diagnostic.js";
import type { ParseProblem, Range, SkillDocument } from "../model/types.js";
import { shipment as shipmentOf, type Shipment } from "../fs/shipped.js";
import { decodeSkill } from "../parse/decode.js";
import { parseSkill, textDocument, unreadSkill } from "../parse/index.js";
import { DEFAULT_LIMITS, fileSizeProblem } from "../parse/limits.js";
import { ruleDocsUrl, type ProjectContext, type Report, type Rule } from "../rules/define.js";
import { rules, type RuleId } from "../rules/index.js";
import { frontmatterIssues, modelIssues, type SchemaIssue } from "../schema/validate.js";
import { loadConfig, type ResolvedConfig } from "./config.js";
import { contentHash, LintCache } from "./cache.js";
import { disabledBy } from "./disable.js";
import { discoverFiles, templateMatcher, type DiscoveredFile } from "./discover.js";
import { redact, secretsIn } from "./redact.js";
import { lintInWorkers, workerScript } from "./workers.js";

/** Rules that also run on the files a skill ships (companions, references): what must never leave in a bundle. */
const SHIPPED_RULES = new Set(["no-secrets"]);

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
}

/**
 * Below this many files, workers cost more than they save: each starts a process, loads the
 * parser and warms up its JIT anew (the first 50 files parse at ~19 ms each, later ones at ~8.5).
 * Measured on 2 cores, one process against two workers: 100 files 2.1 s against 2.4 s, 200 files
 * 3.4 s against 3.3 s, 1,000 files 10.3 s against 8.1 s.
 */
export const PARALLEL_THRESHOLD = 200;

/** Lint files and return one result per file, in path order. */
export async function lint(options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = typeof options.config === "object" ? options.config : loadConfig(cwd, options.config);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  const files = await discoverFiles(options.paths ?? [], config, cwd);
  const cache = options.cache ? await LintCache.open(resolve(cwd, options.cache), config) : undefined;

  // With a cache, unchanged files are answered here; only the others are parsed.
  const results = new Map<string, LintResult>();
  const hashes = new Map<string, string>();
  let todo = files;
  if (cache) {
    todo = [];
    const maxFileSize = { ...DEFAULT_LIMITS, ...config.limits }.maxFileSize;
    for (const file of files) {
      const bytes = readBytes(file.path, maxFileSize);
      const hash = bytes ? contentHash(bytes) : undefined;
      const hit = hash ? cache.get(file.path, hash) : undefined;
      if (hash) hashes.set(file.path, hash);
      if (hit) results.set(file.path, hit);
      else todo.push(file);
    }
  }

  const parallel = concurrency > 1 && todo.length >= PARALLEL_THRESHOLD && workerScript();
  const fresh = parallel ? await lintInWorkers(todo, config, concurrency) : await lintHere(todo, config);
  const shipped = new Set<string>();
  todo.forEach((file, i) => {
    const out = fresh[i];
    if (!out) return;
    results.set(file.path, out.result);
    for (const path of out.shipped) shipped.add(path);
    const hash = hashes.get(file.path);
    if (cache && hash) cache.set(file.path, hash, out.deps, out.result, out.shipped);
  });
  const linted = new Set(todo);
  for (const path of cache?.shippedOf(files.filter((f) => !linted.has(f)).map((f) => f.path)) ?? []) shipped.add(path);
  if (cache) await cache.save();
  return [...files.flatMap((f) => results.get(f.path) ?? []), ...(await lintShippedFiles(createLinter(config), shipped, results))].sort(byPath);
}

const byPath = (a: LintResult, b: LintResult) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);

/** The files skills ship, each scanned once, that are not linted as skills themselves. */
async function lintShippedFiles(linter: Linter, paths: Iterable<string>, linted: ReadonlyMap<string, LintResult>): Promise<LintResult[]> {
  const out: LintResult[] = [];
  for (const path of [...new Set(paths)].sort()) {
    if (linted.has(path)) continue;
    // A shipped file is shown only when something is wrong with it: it is not a skill the user asked to lint.
    const result = await linter.lintShipped(path);
    if (result && result.messages.length > 0) out.push(result);
  }
  return out;
}

/** A file's bytes, or undefined when it is not read (the linter then reports why, uncached). */
function readBytes(path: string, maxFileSize: number): Uint8Array | undefined {
  const read = readRegularFile(path, maxFileSize);
  return read.ok ? read.bytes : undefined;
}

/** One file's result, the paths its rules looked up (for the cache) and the files it ships. */
export interface TrackedResult {
  result: LintResult;
  deps: Record<string, boolean>;
  /** Absolute paths of the files the skill ships (companions, references). */
  shipped: string[];
}

/** Lint in this process. */
export async function lintHere(files: readonly DiscoveredFile[], config: ResolvedConfig): Promise<TrackedResult[]> {
  const linter = createLinter(config);
  const out: TrackedResult[] = [];
  // Only results are kept: each file's tree can be collected once it is linted.
  for (const file of files) {
    out.push((await lintOne(linter, file)).tracked);
    // Reads are synchronous, so let the event loop run between files: a worker process must
    // see its parent go away (the IPC channel closing) and stop, not lint on unseen.
    await new Promise((next) => setImmediate(next));
  }
  return out;
}

/** One linted file: its model (what `build` and `docs` compile), its result and what it ships. */
export interface LintedSkill {
  doc: SkillDocument;
  result: LintResult;
  shipment: Shipment;
  /** Results of the files it ships that have problems (no-secrets in a companion): the skill is not built with them. */
  shippedResults: LintResult[];
}

/** Discover, parse once and lint each file, yielding its model with its result. */
export async function* lintEach(options: LintOptions & { config: ResolvedConfig }): AsyncGenerator<LintedSkill> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const files = await discoverFiles(options.paths ?? [], options.config, cwd);
  const linter = createLinter(options.config);
  const scanned = new Map<string, LintResult | undefined>();
  for (const file of files) {
    const linted = await lintOne(linter, file);
    const shippedResults: LintResult[] = [];
    for (const path of linted.tracked.shipped) {
      if (!scanned.has(path)) scanned.set(path, await linter.lintShipped(path));
      const r = scanned.get(path);
      if (r && r.messages.length > 0) shippedResults.push(r);
    }
    yield { doc: linted.doc, result: linted.tracked.result, shipment: linted.shipment, shippedResults };
  }
}

/** Load and lint one discovered file. */
async function lintOne(linter: Linter, file: DiscoveredFile): Promise<{ doc: SkillDocument; tracked: TrackedResult; shipment: Shipment }> {
  // What discovery found but cannot read or name carries only that problem.
  const doc = file.problem ? unreadSkill(file.path, { ruleId: "encoding", ...file.problem }) : await linter.load(file.path);
  const shipment = linter.shipment(doc);
  return { doc, tracked: await linter.lintTracked(doc), shipment };
}

/** Lint files and keep each model: the single parse that `build` and `docs` compile from. */
export async function lintSkills(options: LintOptions & { config: ResolvedConfig }): Promise<LintedSkill[]> {
  const out: LintedSkill[] = [];
  for await (const skill of lintEach(options)) out.push(skill);
  return out;
}

/** Read and parse one file into the document model. */
export async function loadSkill(path: string, config?: ResolvedConfig): Promise<SkillDocument> {
  const cfg = config ?? loadConfig(process.cwd());
  return createLinter(cfg).load(resolve(path));
}

export interface Linter {
  load(path: string): Promise<SkillDocument>;
  lintFile(path: string): Promise<LintResult>;
  lintDocument(doc: SkillDocument): Promise<LintResult>;
  /** Lint and also say which paths the rules looked up (what a cached result depends on). */
  lintTracked(doc: SkillDocument): Promise<TrackedResult>;
  /** What a skill ships (computed once per document). */
  shipment(doc: SkillDocument): Shipment;
  /** Run the rules that guard shipped files on one of them; undefined when it is not text. */
  lintShipped(path: string): Promise<LintResult | undefined>;
}

/** A linter bound to one config: shares the existence cache and the template matcher across files. */
export function createLinter(config: ResolvedConfig): Linter {
  const isTemplate = templateMatcher(config);
  const maxFileSize = { ...DEFAULT_LIMITS, ...config.limits }.maxFileSize;
  const existsCache = new Map<string, boolean>();
  const project: ProjectContext = {
    root: config.root,
    protocol: config.protocol,
    exists(path) {
      let hit = existsCache.get(path);
      if (hit === undefined) existsCache.set(path, (hit = existsSync(path)));
      return hit;
    },
  };

  async function load(path: string): Promise<SkillDocument> {
    const options = { template: isTemplate(path), limits: config.limits };
    // Read synchronously: a skill is small, and an asynchronous read left the thread idle
    // ~0.6 ms a file waiting on the thread pool (0.64 s of 11.5 s over 1,000 files).
    const read = readRegularFile(path, maxFileSize);
    return read.ok ? parseSkill(path, read.bytes, options) : unreadSkill(path, readProblem(read, maxFileSize), options);
  }

  const shipments = new WeakMap<SkillDocument, Shipment>();
  function shipment(doc: SkillDocument): Shipment {
    let found = shipments.get(doc);
    if (!found) {
      found = doc.readable ? shipmentOf(doc, config.root, { companions: doc.kind !== "template" }) : { files: [], references: new Map(), problems: [] };
      shipments.set(doc, found);
    }
    return found;
  }

  async function lintTracked(doc: SkillDocument): Promise<TrackedResult> {
    const deps: Record<string, boolean> = {};
    const tracked: ProjectContext = { ...project, exists: (path) => (deps[path] = project.exists(path)) };
    const result = await run(doc, tracked);
    return { result, deps, shipped: doc.kind === "template" ? [] : shipment(doc).files.map((f) => f.path) };
  }

  async function lintShipped(path: string): Promise<LintResult | undefined> {
    const read = readRegularFile(path, config.limits.maxFileSize ?? DEFAULT_LIMITS.maxFileSize);
    if (!read.ok) return undefined;
    const decoded = decodeSkill(read.bytes);
    if (!decoded.ok) return undefined; // Binary companions (images, archives) carry no text to scan.
    const doc = textDocument(path, decoded.text);
    return runRules(doc, project, (rule) => SHIPPED_RULES.has(rule.id));
  }

  const run = (doc: SkillDocument, project: ProjectContext) => runRules(doc, project, () => true);

  async function runRules(doc: SkillDocument, project: ProjectContext, only: (rule: Rule) => boolean): Promise<LintResult> {
    const messages: Diagnostic[] = [];
    const isDisabled = disabledBy(doc.comments);
    const integrationLike = doc.kind !== "skill";
    let fmIssues: SchemaIssue[] | undefined;
    let mIssues: SchemaIssue[] | undefined;
    for (const rule of rules as readonly Rule[]) {
      const configured = config.severities.get(rule.id as never) ?? rule.meta.defaultSeverity;
      if (configured === "off" || !only(rule)) continue;
      if (rule.meta.scope === "integration" && !integrationLike) continue;
      await rule.check({
        doc,
        project,
        frontmatterIssues: () => (fmIssues ??= frontmatterIssues(doc, config.schemas)),
        modelIssues: () => (mIssues ??= integrationLike && doc.readable ? modelIssues(doc, config.schemas) : []),
        shipment: () => shipment(doc),
        report(report: Report<string>) {
          const severity = configured === "error" && report.maxSeverity !== "warn" ? 2 : 1;
          const d = stamp(rule, doc, report, severity);
          if (!isDisabled(d.ruleId, d.line)) messages.push(d);
        },
      });
    }
    messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return { filePath: doc.path, messages, errorCount, warningCount: messages.length - errorCount };
  }

  const lintDocument = (doc: SkillDocument) => run(doc, project);
  return { load, lintDocument, lintTracked, shipment, lintShipped, lintFile: async (path) => lintDocument(await load(path)) };
}

/** A diagnostic made outside a rule's check (what `build` refuses), stamped as a rule's own: an error, never disabled. */
export function diagnosticAt(doc: SkillDocument, ruleId: RuleId, messageId: string, data: Record<string, string | number>, at: Range): Diagnostic {
  const rule = (rules as readonly Rule[]).find((r) => r.id === ruleId)!;
  return stamp(rule, doc, { messageId, data, at }, 2);
}

/** Why a file was not read, as the diagnostic that says so. */
function readProblem(read: ReadRefusal, maxFileSize: number): Omit<ParseProblem, "range"> {
  if (read.reason === "too-large") return fileSizeProblem(read.size, maxFileSize);
  if (read.reason === "error") return { ruleId: "encoding", messageId: "unreadable", data: { reason: read.code || read.message } };
  return { ruleId: "encoding", messageId: "notAFile", data: { kind: NOT_A_FILE[read.reason] } };
}

/** The runner, not the rule, adds the rule id, severity, docs URL and final message text. */
function stamp(rule: Rule, doc: SkillDocument, report: Report<string>, severity: 1 | 2): Diagnostic {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`skillc bug: rule ${rule.id} has no message ${report.messageId}`);
  // Whatever a message quotes from the file is masked here, once, for every rule and format.
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => redact(String(report.data?.[key] ?? ""), secretsIn(doc)));
  const { start, end } = report.at;
  const lines = doc.lines.lineCount;
  // As markdownlint's engine does: a rule that cannot place a problem inside the file is a bug.
  if (start.line < 1 || start.line > lines || start.column < 1 || end.line < start.line || end.line > lines) {
    throw new Error(`skillc bug: rule ${rule.id} reported ${start.line}:${start.column}-${end.line}:${end.column} outside ${doc.path}`);
  }
  return {
    ruleId: rule.id,
    severity,
    message,
    messageId: report.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    url: ruleDocsUrl(rule.id),
  };
}
