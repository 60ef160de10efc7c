/**
 * The language server's view of the projects behind the open documents: each file's config
 * (found from the file, as `skillc lint` finds it), a buffer linted as if it were the file, and
 * the project rules kept current across files (the claims of every skill on disk, with the open
 * buffers' claims in place of their files').
 */
import { readFileSync } from "node:fs";
import { basename, dirname, sep } from "node:path";
import { UsageError } from "../errors.js";
import { loadConfig, type ResolvedConfig } from "../lint/config.js";
import { discoverFiles } from "../lint/discover.js";
import { createLinter } from "../lint/linter.js";
import { collectFacts, projectDiagnostics, type ProjectFacts } from "../lint/project.js";
import type { Diagnostic, LintResult } from "../model/diagnostic.js";
import type { SkillDocument } from "../model/types.js";

/** One buffer's lint: its model, its own result (file rules) and its claims. */
export interface BufferLint {
  doc: SkillDocument;
  result: LintResult;
  facts: ProjectFacts;
  config: ResolvedConfig;
}

interface Project {
  config: ResolvedConfig;
  /** Claims of the project's files as they are on disk, by absolute path (loaded once, kept current by file events). */
  disk: Map<string, ProjectFacts>;
  ready: Promise<void>;
  /** Set once `ready` has resolved. */
  loaded: boolean;
}

export class Workspace {
  /** The editor's workspace folders (absolute paths): the project root of a file under no config. */
  folders: string[] = [];

  /** Config by folder searched from (a file's folder). */
  readonly #configs = new Map<string, ResolvedConfig>();
  readonly #byFile = new Map<string, ResolvedConfig>();
  /** Project state by config root. */
  readonly #projects = new Map<string, Project>();
  /** The open buffers' latest claims, by absolute path. */
  readonly #open = new Map<string, { facts: ProjectFacts; root: string }>();

  /** The config that applies to a file: a UsageError when it is invalid. */
  configFor(path: string): ResolvedConfig {
    const dir = dirname(path);
    let config = this.#configs.get(dir);
    if (!config) {
      let loaded = loadConfig(dir);
      // No config file: the project is the editor's workspace folder that holds the file, as
      // `skillc lint` run there would see it (not each file's own folder).
      const folder = loaded.file ? undefined : this.folders.filter((f) => path.startsWith(`${f}${sep}`)).sort((a, b) => b.length - a.length)[0];
      if (folder) loaded = loadConfig(folder);
      // One object per config file, whichever folder found it: a project's state is keyed by it.
      const key = loaded.file ?? `root:${loaded.root}`;
      config = this.#byFile.get(key) ?? loaded;
      this.#byFile.set(key, config);
      this.#configs.set(dir, config);
    }
    return config;
  }

  /** Forget every config and project (a config or schema file changed). */
  reset(): void {
    this.#configs.clear();
    this.#byFile.clear();
    this.#projects.clear();
  }

  /** Lint a buffer's text as the file at `path`. */
  async lintBuffer(path: string, text: string): Promise<BufferLint> {
    const config = this.configFor(path);
    // A fresh linter per lint: its existence cache must not outlive the files it saw.
    const linter = createLinter(config);
    const doc = linter.loadFile({ path, explicit: true, bytes: bytesOf(path, text) });
    const tracked = await linter.lintTracked(doc);
    this.#open.set(path, { facts: tracked.facts, root: config.root });
    return { doc, result: tracked.result, facts: tracked.facts, config };
  }

  /** A buffer was closed: its file's claims are the disk's again. */
  close(path: string): void {
    this.#open.delete(path);
  }

  /** The project of a config, its disk claims loaded in the background the first time. */
  project(config: ResolvedConfig): Project {
    let project = this.#projects.get(config.root);
    if (!project || project.config !== config) {
      const disk = new Map<string, ProjectFacts>();
      const created: Project = { config, disk, ready: Promise.resolve(), loaded: false };
      created.ready = loadDisk(config, disk).finally(() => (created.loaded = true));
      project = created;
      this.#projects.set(config.root, project);
    }
    return project;
  }

  /** A file of a project changed on disk (not through an open buffer): read its claims again. */
  async fileChanged(path: string): Promise<void> {
    for (const project of this.#projects.values()) {
      if (!path.startsWith(`${project.config.root}${sep}`)) continue;
      await project.ready;
      // Only skills take part (a reference page claims nothing), and the files already known.
      if (!project.disk.has(path) && basename(path).toLowerCase() !== "skill.md") continue;
      const facts = readFacts(project.config, path);
      if (facts) project.disk.set(path, facts);
      else project.disk.delete(path);
    }
  }

  /**
   * The project rules' diagnostics of every open buffer of `config`'s project: the claims of all
   * files on disk, with each open buffer's claims in place of its file's.
   */
  async projectDiagnostics(config: ResolvedConfig): Promise<Map<string, Diagnostic[]>> {
    const project = this.project(config);
    await project.ready;
    const facts = new Map(project.disk);
    for (const [path, open] of this.#open) if (open.root === config.root) facts.set(path, open.facts);
    const files = [...facts].map(([path, f]) => ({ path, facts: f }));
    return projectDiagnostics(files, config);
  }

  /** Paths of the open buffers of a project. */
  openIn(root: string): string[] {
    return [...this.#open].filter(([, o]) => o.root === root).map(([path]) => path);
  }
}

/**
 * The bytes to lint for a buffer: its text as UTF-8, except where the editor decoded a file that
 * is not UTF-8 (its text holds U+FFFD and is what the file's bytes decode to): then the file's
 * own bytes, so the encoding rule reports what `skillc lint` reports.
 */
function bytesOf(path: string, text: string): Buffer {
  if (text.includes("\uFFFD")) {
    try {
      const disk = readFileSync(path);
      if (new TextDecoder("utf-8").decode(disk).replace(/^\uFEFF/, "") === text.replace(/^\uFEFF/, "")) return disk;
    } catch {
      // Unsaved or unreadable: the buffer's text is all there is.
    }
  }
  return Buffer.from(text, "utf8");
}

async function loadDisk(config: ResolvedConfig, disk: Map<string, ProjectFacts>): Promise<void> {
  let files;
  try {
    files = await discoverFiles([], config, config.root);
  } catch (error) {
    if (error instanceof UsageError) return;
    throw error;
  }
  const linter = createLinter(config);
  for (const [i, file] of files.entries()) {
    if (file.problem) continue;
    disk.set(file.path, collectFacts(linter.loadFile(file), config));
    // Parse in slices: the server keeps answering while a large project loads.
    if (i % 20 === 19) await new Promise((next) => setImmediate(next));
  }
}

function readFacts(config: ResolvedConfig, path: string): ProjectFacts | undefined {
  try {
    const doc = createLinter(config).loadFile({ path, explicit: true });
    return doc.readable ? collectFacts(doc, config) : undefined;
  } catch {
    return undefined;
  }
}
