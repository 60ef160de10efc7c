/**
 * The lint cache (`--cache`), ESLint-style: a file whose content, config and skillc version are
 * unchanged since the last run is not parsed again. Each entry also records which paths the
 * rules looked up and whether they existed, so creating or deleting a link target invalidates it,
 * and the content hash of every other file a rule read (a linked reference page), so editing
 * that page invalidates it too.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { readRegularFile, type ReadResult } from "../fs/read.js";
import { DEFAULT_LIMITS } from "../parse/limits.js";
import { holdsSecret, type Diagnostic, type LintResult } from "../model/diagnostic.js";
import type { ResolvedConfig } from "./config.js";
import type { TrackedResult } from "./linter.js";
import type { HeldClaim, ProjectFacts } from "./project.js";

export const DEFAULT_CACHE_LOCATION = ".skillccache";

/** A cache file larger than this is not read but started afresh (a clean skill's entry is ~220 bytes). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

interface Entry {
  hash: string;
  /** Paths (relative to the root) the rules checked, and whether each existed. */
  deps: Record<string, boolean>;
  /** Other files (relative to the root) the rules read, each with its `readDigest` then. */
  reads: Record<string, string>;
  result: Omit<LintResult, "filePath">;
  /** Files the skill ships (relative to the root): scanned on every run, cached or not. */
  shipped?: string[];
  /** Its claims for the project rules, whose diagnostics are made afresh on every run. */
  facts: ProjectFacts;
}

/** A cached file: its own result and its claims for the project rules. */
export interface CachedLint {
  result: LintResult;
  facts: ProjectFacts;
}

interface CacheFile {
  key: string;
  entries: Record<string, Entry>;
}

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What a rule saw of a file it read: its content hash, or why it was not read (`!too-large`). */
export function readDigest(read: ReadResult): string {
  return read.ok ? contentHash(read.bytes) : `!${read.reason}`;
}

/** What every entry depends on: skillc's version and everything in the config that changes results. */
function cacheKey(config: ResolvedConfig): string {
  const h = createHash("sha256").update(VERSION);
  h.update(JSON.stringify([[...config.severities], [...config.options], config.templates, config.ignores, config.protocol, config.limits, config.root]));
  // A project's own schemas change results without changing the config's text.
  for (const path of Object.values(config.schemaFiles ?? {})) h.update(existsSync(path) ? readFileSync(path) : "");
  return h.digest("hex");
}

export class LintCache {
  readonly #file: string;
  readonly #root: string;
  readonly #data: CacheFile;
  /** The limit the linter reads other files with (a read's digest depends on it). */
  readonly #maxFileSize: number;

  private constructor(file: string, config: ResolvedConfig, data: CacheFile) {
    this.#file = file;
    this.#root = config.root;
    this.#data = data;
    this.#maxFileSize = { ...DEFAULT_LIMITS, ...config.limits }.maxFileSize;
  }

  /**
   * Open the cache; a missing, unreadable or outdated one starts empty, and entries that are not
   * of the shape this version writes are dropped (their files are linted again), so a corrupt
   * cache costs time, never a crash.
   */
  static async open(file: string, config: ResolvedConfig): Promise<LintCache> {
    const key = cacheKey(config);
    const data: CacheFile = { key, entries: Object.create(null) as Record<string, Entry> };
    const read = readRegularFile(file, MAX_CACHE_BYTES);
    let stored: unknown;
    try {
      stored = read.ok ? JSON.parse(read.bytes.toString("utf8")) : undefined;
    } catch {
      // Not JSON, or not ours: start afresh.
    }
    if (isObject(stored) && stored.key === key && isObject(stored.entries)) {
      for (const [path, value] of Object.entries(stored.entries)) {
        const entry = toEntry(value);
        if (entry) data.entries[path] = entry;
      }
    }
    return new LintCache(file, config, data);
  }

  #rel(path: string): string {
    return relative(this.#root, path).split(sep).join("/");
  }

  /** The cached result for this file, if its content, every path it depended on and every file its rules read are unchanged. */
  get(path: string, hash: string): CachedLint | undefined {
    const entry = this.#data.entries[this.#rel(path)];
    if (!entry || entry.hash !== hash) return undefined;
    const abs = (dep: string) => (isAbsolute(dep) ? dep : resolve(this.#root, dep));
    for (const [dep, existed] of Object.entries(entry.deps)) {
      if (existsSync(abs(dep)) !== existed) return undefined;
    }
    for (const [dep, digest] of Object.entries(entry.reads)) {
      if (readDigest(readRegularFile(abs(dep), this.#maxFileSize)) !== digest) return undefined;
    }
    return { result: { filePath: path, ...entry.result }, facts: entry.facts };
  }

  set(path: string, hash: string, { result, deps, reads, shipped, facts }: TrackedResult): void {
    const { filePath: _, output: __, ...rest } = result;
    // A fix is the file's own text: not kept on disk where the file holds a secret.
    if (holdsSecret(result)) rest.messages = rest.messages.map(({ fix: ___, ...m }) => m);
    const rel = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).map(([p, v]) => [this.#rel(p), v]));
    this.#data.entries[this.#rel(path)] = { hash, deps: rel(deps), reads: rel(reads), result: rest, shipped: shipped.map((p) => this.#rel(p)), facts };
  }

  /** The shipped files recorded for these (cached) files, as absolute paths. */
  shippedOf(paths: readonly string[]): string[] {
    return paths.flatMap((path) => {
      const shipped = this.#data.entries[this.#rel(path)]?.shipped;
      return (shipped ?? []).map((p) => resolve(this.#root, p));
    });
  }

  /** Write the cache atomically, dropping entries of files that no longer exist. */
  async save(): Promise<void> {
    for (const rel of Object.keys(this.#data.entries)) {
      if (!existsSync(resolve(this.#root, rel))) delete this.#data.entries[rel];
    }
    await mkdir(dirname(this.#file), { recursive: true });
    // Loaded when a cache is written, not by every run that reads files (~3 ms of start-up).
    const { default: writeFileAtomic } = await import("write-file-atomic");
    await writeFileAtomic(this.#file, JSON.stringify(this.#data));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isPosition = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1;

/** A stored entry rebuilt from its known fields, or undefined when any of them is malformed. */
function toEntry(value: unknown): Entry | undefined {
  if (!isObject(value) || typeof value.hash !== "string" || !isObject(value.deps) || !isObject(value.result)) return undefined;
  if (!Object.values(value.deps).every((existed) => typeof existed === "boolean")) return undefined;
  // An entry without `reads` is an older cache's: linted again rather than trusted.
  if (!isObject(value.reads) || !Object.values(value.reads).every((digest) => typeof digest === "string")) return undefined;
  const { messages, errorCount, warningCount } = value.result;
  if (!Array.isArray(messages)) return undefined;
  const diagnostics = messages.map(toDiagnostic);
  if (!diagnostics.every((d): d is Diagnostic => d !== undefined)) return undefined;
  const errors = diagnostics.filter((d) => d.severity === 2).length;
  if (errorCount !== errors || warningCount !== diagnostics.length - errors) return undefined;
  // The files a skill ships must each be a plain relative path, or the entry is not trusted.
  const shipped = value.shipped ?? [];
  if (!Array.isArray(shipped) || !shipped.every((p) => typeof p === "string")) return undefined;
  const facts = toFacts(value.facts);
  if (!facts) return undefined;
  return { hash: value.hash, deps: value.deps as Record<string, boolean>, reads: value.reads as Record<string, string>, result: { messages: diagnostics, errorCount: errors, warningCount: diagnostics.length - errors }, shipped, facts };
}

/** Stored claims, rebuilt field by field; an entry without them (an older cache) is linted again. */
function toFacts(value: unknown): ProjectFacts | undefined {
  if (!isObject(value) || !isObject(value.claims) || !Array.isArray(value.secrets) || !value.secrets.every((s) => typeof s === "string")) return undefined;
  const claims: Record<string, HeldClaim[]> = Object.create(null) as Record<string, HeldClaim[]>;
  for (const [rule, list] of Object.entries(value.claims)) {
    if (!Array.isArray(list)) return undefined;
    const held = list.map(toClaim);
    if (!held.every((c): c is HeldClaim => c !== undefined)) return undefined;
    claims[rule] = held;
  }
  return { claims, secrets: value.secrets as string[] };
}

function toClaim(value: unknown): HeldClaim | undefined {
  if (!isObject(value) || typeof value.key !== "string" || typeof value.value !== "string" || typeof value.disabled !== "boolean") return undefined;
  const at = value.at;
  if (!isObject(at) || !isPoint(at.start) || !isPoint(at.end)) return undefined;
  const point = ({ line, column, offset }: Record<string, unknown>) => ({ line: line as number, column: column as number, offset: offset as number });
  return { key: value.key, value: value.value, at: { start: point(at.start), end: point(at.end) }, disabled: value.disabled };
}

function isPoint(value: unknown): value is Record<string, unknown> {
  return isObject(value) && isPosition(value.line) && isPosition(value.column) && Number.isSafeInteger(value.offset) && (value.offset as number) >= 0;
}

function toDiagnostic(value: unknown): Diagnostic | undefined {
  if (!isObject(value)) return undefined;
  const { ruleId, severity, message, messageId, line, column, endLine, endColumn, url } = value;
  if (typeof ruleId !== "string" || (severity !== 1 && severity !== 2) || typeof message !== "string" || typeof messageId !== "string" || typeof url !== "string") return undefined;
  if (![line, column, endLine, endColumn].every(isPosition)) return undefined;
  const fix = toFix(value.fix);
  if (fix === null) return undefined;
  return { ruleId, severity, message, messageId, line, column, endLine, endColumn, url, ...(fix ? { fix } : {}) } as Diagnostic;
}

/** A cached fix: undefined when there is none, null when it is malformed. */
function toFix(value: unknown): Diagnostic["fix"] | null {
  if (value === undefined) return undefined;
  if (!isObject(value) || typeof value.text !== "string" || !Array.isArray(value.range) || value.range.length !== 2) return null;
  const [start, end] = value.range as unknown[];
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) < (start as number)) return null;
  return { range: [start as number, end as number], text: value.text };
}
