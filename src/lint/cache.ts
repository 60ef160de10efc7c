/**
 * The lint cache (`--cache`), ESLint-style: a file whose content, config and skillc version are
 * unchanged since the last run is not parsed again. Each entry also records which paths the
 * rules looked up and whether they existed, so creating or deleting a link target invalidates it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { LintResult } from "../model/diagnostic.js";
import type { ResolvedConfig } from "./config.js";

export const DEFAULT_CACHE_LOCATION = ".skillccache";

interface Entry {
  hash: string;
  /** Paths (relative to the root) the rules checked, and whether each existed. */
  deps: Record<string, boolean>;
  result: Omit<LintResult, "filePath">;
  /** Files the skill ships (relative to the root): scanned on every run, cached or not. */
  shipped?: string[];
}

interface CacheFile {
  key: string;
  entries: Record<string, Entry>;
}

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What every entry depends on: skillc's version and everything in the config that changes results. */
function cacheKey(config: ResolvedConfig): string {
  const h = createHash("sha256").update(VERSION);
  h.update(JSON.stringify([[...config.severities], config.templates, config.ignores, config.protocol, config.limits, config.root]));
  // A project's own schemas change results without changing the config's text.
  for (const path of Object.values(config.schemaFiles ?? {})) h.update(existsSync(path) ? readFileSync(path) : "");
  return h.digest("hex");
}

export class LintCache {
  readonly #file: string;
  readonly #root: string;
  readonly #data: CacheFile;

  private constructor(file: string, root: string, data: CacheFile) {
    this.#file = file;
    this.#root = root;
    this.#data = data;
  }

  /** Open the cache; a missing, unreadable or outdated one starts empty. */
  static async open(file: string, config: ResolvedConfig): Promise<LintCache> {
    const key = cacheKey(config);
    let data: CacheFile = { key, entries: {} };
    try {
      const stored = JSON.parse(await readFile(file, "utf8")) as CacheFile;
      if (stored.key === key && stored.entries && typeof stored.entries === "object") data = stored;
    } catch {
      // No cache yet, or not one of ours: start afresh.
    }
    return new LintCache(file, config.root, data);
  }

  #rel(path: string): string {
    return relative(this.#root, path).split(sep).join("/");
  }

  /** The cached result for this file, if its content and every path it depended on are unchanged. */
  get(path: string, hash: string): LintResult | undefined {
    const entry = this.#data.entries[this.#rel(path)];
    if (!entry || entry.hash !== hash) return undefined;
    for (const [dep, existed] of Object.entries(entry.deps)) {
      if (existsSync(isAbsolute(dep) ? dep : resolve(this.#root, dep)) !== existed) return undefined;
    }
    return { filePath: path, ...entry.result };
  }

  set(path: string, hash: string, deps: Record<string, boolean>, result: LintResult, shipped: readonly string[] = []): void {
    const { filePath: _, ...rest } = result;
    const relDeps = Object.fromEntries(Object.entries(deps).map(([p, v]) => [this.#rel(p), v]));
    this.#data.entries[this.#rel(path)] = { hash, deps: relDeps, result: rest, shipped: shipped.map((p) => this.#rel(p)) };
  }

  /** The shipped files recorded for these (cached) files, as absolute paths. */
  shippedOf(paths: readonly string[]): string[] {
    return paths.flatMap((path) => {
      const shipped = this.#data.entries[this.#rel(path)]?.shipped;
      return Array.isArray(shipped) ? shipped.filter((p) => typeof p === "string").map((p) => resolve(this.#root, p)) : [];
    });
  }

  /** Write the cache atomically, dropping entries of files that no longer exist. */
  async save(): Promise<void> {
    for (const rel of Object.keys(this.#data.entries)) {
      if (!existsSync(resolve(this.#root, rel))) delete this.#data.entries[rel];
    }
    await mkdir(dirname(this.#file), { recursive: true });
    await writeFileAtomic(this.#file, JSON.stringify(this.#data));
  }
}
