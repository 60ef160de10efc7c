/** Which files to lint: explicit files, folders and globs, or by default every SKILL.md and template in the project. */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore from "ignore";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
import { UsageError } from "../errors.js";
import { OUTPUTS_LIST, readOutputsList } from "../output/owned.js";
import type { ResolvedConfig } from "./config.js";

/** Never read as sources: dependencies, git internals and build output (skillc's included). */
export const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "dist/**", "coverage/**"];

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** Is this absolute path one of the project's templates? */
export function templateMatcher(config: ResolvedConfig): (path: string) => boolean {
  const match = picomatch(config.templates, { dot: true });
  return (path) => {
    const rel = toPosix(relative(config.root, path));
    return !rel.startsWith("../") && match(rel);
  };
}

function gitignoreFilter(root: string): (path: string) => boolean {
  const file = resolve(root, ".gitignore");
  if (!existsSync(file)) return () => true;
  const ig = ignore().add(readFileSync(file, "utf8"));
  return (path) => {
    const rel = toPosix(relative(root, path));
    return rel === "" || rel.startsWith("../") || isAbsolute(rel) || !ig.ignores(rel);
  };
}

/** Folders never searched: dependencies and git internals. */
const NEVER_SEARCHED = new Set(["node_modules", ".git"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Every SKILL.md and template under a folder. A hand-written walk rather than a glob: a glob
 * library skips names it cannot match (a newline in a folder name) and folders it cannot read,
 * silently; here each becomes a diagnostic. Folder symlinks are not followed (they can loop).
 */
function searchFolder(folder: string, config: ResolvedConfig, isTemplate: (path: string) => boolean): DiscoveredFile[] {
  // The config's ignores shape default discovery; a folder named on the command line that they
  // cover (`skillc lint examples/broken`) is linted anyway, as the user asked for it.
  const folderRel = toPosix(relative(config.root, folder));
  const asked = (p: string) => folderRel !== "" && !folderRel.startsWith("../") && picomatch(p, { dot: true })(`${folderRel}/x`);
  const ignored = picomatch([...ALWAYS_IGNORED, ...config.ignores.filter((p) => !asked(p))], { dot: true });
  const found: DiscoveredFile[] = [];
  const outputs = new Set<string>();
  const walk = (dir: string): void => {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      found.push({ path: dir, explicit: false, problem: { messageId: "folderUnreadable", data: { reason: (error as NodeJS.ErrnoException).code ?? "error" } } });
      return;
    }
    for (const entry of entries) {
      let name: string;
      try {
        name = utf8.decode(entry.name);
      } catch {
        found.push({ path: join(dir, entry.name.toString("utf8")), explicit: false, problem: { messageId: "unnamable", data: {} } });
        continue;
      }
      const abs = join(dir, name);
      if (entry.isDirectory()) {
        if (!NEVER_SEARCHED.has(name)) walk(abs);
      } else if (name === OUTPUTS_LIST) {
        for (const path of buildOutputs(dir)) outputs.add(join(dir, ...path.split("/")));
      } else if ((entry.isFile() || entry.isSymbolicLink()) && (name === "SKILL.md" || (name.endsWith(".md") && isTemplate(abs)))) {
        const rel = toPosix(relative(config.root, abs));
        if (rel.startsWith("../") || !ignored(rel)) found.push({ path: abs, explicit: false });
      }
    }
  };
  walk(folder);
  // What `skillc build` wrote is never read back as a source: its record names it.
  return found.filter((f) => !outputs.has(f.path));
}

/** The files the `skillc build` record in this folder names; none when there is no such record. */
function buildOutputs(folder: string): string[] {
  const record = readOutputsList(folder, "build");
  return record?.command === "build" ? [...record.files.keys()] : [];
}

/**
 * Resolve the command line's paths to files. With none, search the project root.
 * A path or glob that matches nothing is a usage error, as in ESLint.
 */
export async function discoverFiles(paths: readonly string[], config: ResolvedConfig, cwd: string): Promise<DiscoveredFile[]> {
  const found = new Map<string, boolean>();
  const keep = gitignoreFilter(config.root);
  const isTemplate = templateMatcher(config);
  const problems = new Map<string, DiscoveryProblem>();
  const add = (files: string[], searched: boolean) => {
    for (const f of files) if (!searched || keep(f)) found.set(resolve(f), (found.get(resolve(f)) ?? false) || !searched);
  };
  const addSearched = (files: DiscoveredFile[]) => {
    for (const f of files) {
      if (f.problem) problems.set(f.path, f.problem);
      else add([f.path], true);
    }
  };
  if (paths.length === 0) addSearched(searchFolder(config.root, config, isTemplate));
  for (const path of paths) {
    const abs = resolve(cwd, path);
    if (existsSync(abs)) {
      const stat = statSync(abs);
      if (stat.isDirectory()) addSearched(searchFolder(abs, config, isTemplate));
      else add([abs], false);
      continue;
    }
    if (!isDynamicPattern(path)) throw new UsageError(`No such file or directory: ${path}`);
    const files = await glob(path, { cwd, absolute: true, dot: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false });
    if (files.length === 0) throw new UsageError(`No files matching the pattern "${path}" were found`);
    add(files, true);
  }
  const files: DiscoveredFile[] = [...found].map(([path, explicit]) => ({ path, explicit }));
  for (const [path, problem] of problems) if (!found.has(path)) files.push({ path, explicit: false, problem });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Something discovery found but cannot lint: an `encoding` message id of a folder it cannot read or a name it cannot decode. */
export interface DiscoveryProblem {
  messageId: "folderUnreadable" | "unnamable";
  data: Record<string, string>;
}

export interface DiscoveredFile {
  path: string;
  /** Named on the command line (not found by searching a folder): linted even if skillc generated it. */
  explicit: boolean;
  /** Set when the entry cannot be linted: it is reported instead. */
  problem?: DiscoveryProblem;
}
