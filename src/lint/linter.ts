/**
 * The linter of one file: read, parse once, run every enabled rule, stamp and filter the
 * diagnostics. The project's pipeline (run.ts) and the lint workers drive it file by file.
 */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { AGENTS, type Agent } from "../agents/index.js";
import { NOT_A_FILE, readRegularFile, type ReadRefusal } from "../fs/read.js";
import type { Diagnostic, LintResult } from "../model/diagnostic.js";
import type { ParseProblem, SkillDocument } from "../model/types.js";
import { MAX_SHIPPED_FILE, shipment as shipmentOf, type Shipment } from "../fs/shipped.js";
import { decodeSkill } from "../parse/decode.js";
import { parseSkill, textDocument, unreadSkill } from "../parse/index.js";
import { DEFAULT_LIMITS, fileSizeProblem } from "../parse/limits.js";
import { isProjectRule, type ProjectContext, type Report, type Rule } from "../rules/define.js";
import { rules, type RuleId } from "../rules/index.js";
import { frontmatterIssues, modelIssues, type SchemaIssue } from "../schema/validate.js";
import { loadConfig, type ResolvedConfig } from "./config.js";
import { disabledBy } from "./disable.js";
import { templateMatcher, type DiscoveredFile } from "./discover.js";
import { readDigest } from "./cache.js";
import { collectFacts, type ProjectFacts } from "./project.js";
import { byPosition, stamp } from "./stamp.js";

export { diagnosticAt } from "./stamp.js";

/** Rules that also run on the files a skill ships (companions, references): what must never leave in a bundle. */
export const SHIPPED_RULES = new Set(["no-secrets", "hidden-unicode"]);

/** One file's result, the paths its rules looked up and the files they read (for the cache), the files it ships and its claims for the project rules. */
export interface TrackedResult {
  result: LintResult;
  deps: Record<string, boolean>;
  /** Absolute paths of the other files the rules read (`project.read`), each with its `readDigest`. */
  reads: Record<string, string>;
  /** Absolute paths of the files the skill ships (companions, references). */
  shipped: string[];
  /** What the project rules compare across files; their diagnostics are not in `result`. */
  facts: ProjectFacts;
}

/** A discovered file, with its bytes when the pipeline already read them (to hash them for the cache). */
export interface FileToLint extends DiscoveredFile {
  bytes?: Uint8Array;
}

/** Lint in this process, keeping only the results (what a worker sends back). */
export async function lintHere(files: readonly FileToLint[], config: ResolvedConfig): Promise<TrackedResult[]> {
  const linter = createLinter(config);
  const out: TrackedResult[] = [];
  // Only results are kept: each file's tree can be collected once it is linted.
  for (const file of files) {
    out.push(await linter.lintTracked(linter.loadFile(file)));
    // Reads are synchronous, so let the event loop run between files: a worker process must
    // see its parent go away (the IPC channel closing) and stop, not lint on unseen.
    await new Promise((next) => setImmediate(next));
  }
  return out;
}

/** Read and parse one file into the document model. */
export async function loadSkill(path: string, config?: ResolvedConfig): Promise<SkillDocument> {
  const cfg = config ?? loadConfig(process.cwd());
  return createLinter(cfg).load(resolve(path));
}

export interface Linter {
  load(path: string): Promise<SkillDocument>;
  /** The model of a discovered file: parsed from the bytes already read, or read now; a discovery problem becomes its only diagnostic. */
  loadFile(file: FileToLint): SkillDocument;
  lintFile(path: string): Promise<LintResult>;
  lintDocument(doc: SkillDocument): Promise<LintResult>;
  /** Lint and also say which paths the rules looked up (what a cached result depends on). */
  lintTracked(doc: SkillDocument): Promise<TrackedResult>;
  /** What a skill ships (computed once per document). */
  shipment(doc: SkillDocument): Shipment;
  /** Run the rules that guard shipped files on one of them; undefined when it is not text. */
  lintShipped(path: string, bytes?: Uint8Array): Promise<LintResult | undefined>;
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
    read: (path) => readCompanion(path).bytes,
  };
  /** A file a rule reads, within the limit a skill has, and the digest the cache compares. */
  function readCompanion(path: string): { bytes?: Uint8Array; digest: string } {
    const read = readRegularFile(path, maxFileSize);
    return { ...(read.ok ? { bytes: read.bytes } : {}), digest: readDigest(read) };
  }

  function loadFile(file: FileToLint): SkillDocument {
    const { path } = file;
    // What discovery found but cannot read or name carries only that problem.
    if (file.problem) return unreadSkill(path, { ruleId: "encoding", ...file.problem });
    const options = { template: isTemplate(path), limits: config.limits };
    if (file.bytes) return parseSkill(path, file.bytes, options);
    // Read synchronously: a skill is small, and an asynchronous read left the thread idle
    // ~0.6 ms a file waiting on the thread pool (0.64 s of 11.5 s over 1,000 files).
    const read = readRegularFile(path, maxFileSize);
    return read.ok ? parseSkill(path, read.bytes, options) : unreadSkill(path, readProblem(read, maxFileSize), options);
  }
  const load = async (path: string) => loadFile({ path, explicit: true });

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
    const reads: Record<string, string> = {};
    const read = (path: string) => {
      const { bytes, digest } = readCompanion(path);
      reads[path] = digest;
      return bytes;
    };
    const tracked: ProjectContext = { ...project, exists: (path) => (deps[path] = project.exists(path)), read };
    const result = await run(doc, tracked);
    return { result, deps, reads, shipped: doc.kind === "template" ? [] : shipment(doc).files.map((f) => f.path), facts: collectFacts(doc, config) };
  }

  async function lintShipped(path: string, bytes?: Uint8Array): Promise<LintResult | undefined> {
    // Every file that can ship is scanned, up to the size a bundle takes, not only up to a skill's limit.
    if (!bytes) {
      const read = readRegularFile(path, MAX_SHIPPED_FILE);
      if (!read.ok) return undefined;
      bytes = read.bytes;
    }
    const decoded = decodeSkill(bytes);
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
    const agents = agentsFor(doc.path, config);
    for (const rule of rules as readonly Rule[]) {
      const configured = config.severities.get(rule.id as never) ?? rule.meta.defaultSeverity;
      if (configured === "off" || isProjectRule(rule) || !only(rule)) continue;
      if (rule.meta.scope === "integration" && !integrationLike) continue;
      await rule.check({
        doc,
        options: config.options.get(rule.id as RuleId) ?? rule.meta.options?.defaults,
        project,
        agents,
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
    messages.sort(byPosition);
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return { filePath: doc.path, messages, errorCount, warningCount: messages.length - errorCount };
  }

  const lintDocument = (doc: SkillDocument) => run(doc, project);
  return { load, loadFile, lintDocument, lintTracked, shipment, lintShipped, lintFile: async (path) => lintDocument(await load(path)) };
}

/**
 * The agents a file is checked against: in an agent's own skills folder (the first it reads,
 * where skillc installs: `.claude/skills`, `.cursor/skills`), that agent, whatever the config
 * says; anywhere else (`.agents/skills` too, which many agents read), the config's `agents`.
 */
export function agentsFor(path: string, config: Pick<ResolvedConfig, "root" | "agents">): readonly Agent[] {
  const rel = relative(config.root, path).split(sep).join("/");
  // `.agents/skills` is everyone's folder (the spec's), not one agent's own.
  const shared = new Set<string>(AGENTS.find((a) => a.id === "agents")?.skillsDirs);
  const owners = AGENTS.filter((a) => !shared.has(a.skillsDirs[0]) && rel.startsWith(`${a.skillsDirs[0]}/`));
  return owners.length > 0 ? owners : config.agents;
}

/** Why a file was not read, as the diagnostic that says so. */
function readProblem(read: ReadRefusal, maxFileSize: number): Omit<ParseProblem, "range"> {
  if (read.reason === "too-large") return fileSizeProblem(read.size, maxFileSize);
  if (read.reason === "error") return { ruleId: "encoding", messageId: "unreadable", data: { reason: read.code || read.message } };
  return { ruleId: "encoding", messageId: "notAFile", data: { kind: NOT_A_FILE[read.reason] } };
}
