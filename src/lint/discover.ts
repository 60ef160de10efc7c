/** Which files to lint: explicit files, folders and globs, or by default every SKILL.md and template in the project. */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore from "ignore";
import picomatch from "picomatch";
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

/** Which `.gitignore` line excludes a path (`.gitignore: "generated/"`), or undefined when none does. */
function gitignoreRule(root: string): (path: string) => string | undefined {
  const file = resolve(root, ".gitignore");
  if (!existsSync(file)) return () => undefined;
  const ig = ignore().add(readFileSync(file, "utf8"));
  return (path) => {
    const rel = toPosix(relative(root, path));
    if (rel === "" || rel.startsWith("../") || isAbsolute(rel)) return undefined;
    const check = ig.checkIgnore(rel);
    return check.ignored ? `.gitignore: "${check.rule?.pattern ?? rel}"` : undefined;
  };
}

/** Which of these globs matches a path, said as the rule that excludes it. */
function globRule(patterns: readonly string[], rel: string): string {
  const pattern = patterns.find((p) => picomatch(p, { dot: true })(rel));
  if (pattern === undefined) return "ignored";
  return ALWAYS_IGNORED.includes(pattern) ? `skillc always skips "${pattern}"` : `the config's ignores: "${pattern}"`;
}

/** Folders never searched: dependencies and git internals. */
const NEVER_SEARCHED = new Set(["node_modules", ".git"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Every SKILL.md and template under a folder. A hand-written walk rather than a glob: a glob
 * library skips names it cannot match (a newline in a folder name) and folders it cannot read,
 * silently; here each becomes a diagnostic. Folder symlinks are not followed (they can loop).
 */
function searchFolder(folder: string, config: ResolvedConfig, isTemplate: (path: string) => boolean, excluded: Excluded): DiscoveredFile[] {
  // The config's ignores shape default discovery; a folder named on the command line that they
  // cover (`skillc lint examples/broken`) is linted anyway, as the user asked for it.
  const folderRel = toPosix(relative(config.root, folder));
  const asked = (p: string) => folderRel !== "" && !folderRel.startsWith("../") && picomatch(p, { dot: true })(`${folderRel}/x`);
  const patterns = [...ALWAYS_IGNORED, ...config.ignores.filter((p) => !asked(p))];
  const ignored = picomatch(patterns, { dot: true });
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
        else excluded.first ??= globRule(patterns, rel);
      }
    }
  };
  walk(folder);
  // What `skillc build` wrote is never read back as a source: its record names it.
  const sources = found.filter((f) => !outputs.has(f.path));
  if (sources.length < found.length) excluded.first ??= `skillc wrote them (${OUTPUTS_LIST})`;
  return sources;
}

/** The files the `skillc build` or `skillc install` record in this folder names; none when there is no such record. */
function buildOutputs(folder: string): string[] {
  const record = readOutputsList(folder, "build");
  // `install` copies the bundles where agents read them: those copies are not sources either.
  return record?.command === "build" || record?.command === "install" ? [...record.files.keys()] : [];
}

/**
 * Resolve the command line's paths to files. With none, search the project root.
 * A path or glob that matches nothing is a usage error, as in ESLint.
 */
export async function discoverFiles(paths: readonly string[], config: ResolvedConfig, cwd: string): Promise<DiscoveredFile[]> {
  const found = new Map<string, boolean>();
  const gitignored = gitignoreRule(config.root);
  const isTemplate = templateMatcher(config);
  const problems = new Map<string, DiscoveryProblem>();
  /** Adds the files found for one argument; returns how many were kept. */
  const add = (files: string[], searched: boolean, excluded: Excluded) => {
    let kept = 0;
    for (const f of files) {
      const why = searched ? gitignored(f) : undefined;
      if (why) excluded.first ??= why;
      else {
        found.set(resolve(f), (found.get(resolve(f)) ?? false) || !searched);
        kept++;
      }
    }
    return kept;
  };
  const addSearched = (files: DiscoveredFile[], excluded: Excluded) => {
    let kept = 0;
    for (const f of files) {
      if (f.problem) {
        problems.set(f.path, f.problem);
        kept++;
      } else kept += add([f.path], true, excluded);
    }
    return kept;
  };
  if (paths.length === 0) addSearched(searchFolder(config.root, config, isTemplate, {}), {});
  for (const path of paths) {
    const abs = resolve(cwd, path);
    // A folder or glob whose every file is excluded is a mistake worth saying, as in ESLint, not an empty success.
    const excluded: Excluded = {};
    let kept: number;
    if (existsSync(abs)) {
      const stat = statSync(abs);
      if (!stat.isDirectory()) {
        add([abs], false, excluded);
        continue;
      }
      kept = addSearched(searchFolder(abs, config, isTemplate, excluded), excluded);
    } else {
      // Loaded for a glob only: a run over folders or the whole project spares its start-up (~7 ms).
      const { glob, isDynamicPattern } = await import("tinyglobby");
      if (!isDynamicPattern(path)) throw new UsageError(`No such file or directory: ${path}`);
      // Dependencies and git internals are not even walked; the rest of ALWAYS_IGNORED is checked below, to say so.
      const files = await glob(path, { cwd, absolute: true, dot: true, ignore: ["**/node_modules/**", "**/.git/**"], followSymbolicLinks: false });
      const always = picomatch(ALWAYS_IGNORED, { dot: true });
      const outside = files.filter((f) => {
        const rel = toPosix(relative(config.root, f));
        if (rel.startsWith("../") || !always(rel)) return true;
        excluded.first ??= globRule(ALWAYS_IGNORED, rel);
        return false;
      });
      if (files.length === 0) throw new UsageError(`No files matching the pattern "${path}" were found`);
      kept = add(outside, true, excluded);
    }
    if (kept === 0 && excluded.first) throw new UsageError(`All files matched by "${path}" are ignored (${excluded.first}); name a file to lint it anyway`);
  }
  const files: DiscoveredFile[] = [...found].map(([path, explicit]) => ({ path, explicit }));
  for (const [path, problem] of problems) if (!found.has(path)) files.push({ path, explicit: false, problem });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The first rule that excluded a file found for one command-line argument. */
interface Excluded {
  first?: string;
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
