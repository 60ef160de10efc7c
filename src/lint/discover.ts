/** Which files to lint: explicit files, folders and globs, or by default every SKILL.md and template in the project. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import ignore from "ignore";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
import { UsageError, type ResolvedConfig } from "./config.js";

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

async function searchFolder(folder: string, config: ResolvedConfig, isTemplate: (path: string) => boolean): Promise<string[]> {
  const files = await glob("**/*.md", {
    cwd: folder,
    absolute: true,
    dot: true,
    ignore: ["**/node_modules/**", "**/.git/**"],
    followSymbolicLinks: false,
  });
  // The config's ignores shape default discovery; a folder named on the command line that they
  // cover (`skillc lint examples/broken`) is linted anyway, as the user asked for it.
  const folderRel = toPosix(relative(config.root, folder));
  const asked = (p: string) => folderRel !== "" && !folderRel.startsWith("../") && picomatch(p, { dot: true })(`${folderRel}/x`);
  const ignored = picomatch([...ALWAYS_IGNORED, ...config.ignores.filter((p) => !asked(p))], { dot: true });
  return files.filter((file) => {
    const rel = toPosix(relative(config.root, file));
    if (!rel.startsWith("../") && ignored(rel)) return false;
    return basename(file) === "SKILL.md" || isTemplate(file);
  });
}

/**
 * Resolve the command line's paths to files. With none, search the project root.
 * A path or glob that matches nothing is a usage error, as in ESLint.
 */
export async function discoverFiles(paths: readonly string[], config: ResolvedConfig, cwd: string): Promise<DiscoveredFile[]> {
  const found = new Map<string, boolean>();
  const keep = gitignoreFilter(config.root);
  const isTemplate = templateMatcher(config);
  const add = (files: string[], searched: boolean) => {
    for (const f of files) if (!searched || keep(f)) found.set(resolve(f), (found.get(resolve(f)) ?? false) || !searched);
  };
  if (paths.length === 0) add(await searchFolder(config.root, config, isTemplate), true);
  for (const path of paths) {
    const abs = resolve(cwd, path);
    if (existsSync(abs)) {
      const stat = statSync(abs);
      if (stat.isDirectory()) add(await searchFolder(abs, config, isTemplate), true);
      else add([abs], false);
      continue;
    }
    if (!isDynamicPattern(path)) throw new UsageError(`No such file or directory: ${path}`);
    const files = await glob(path, { cwd, absolute: true, dot: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false });
    if (files.length === 0) throw new UsageError(`No files matching the pattern "${path}" were found`);
    add(files, true);
  }
  return [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([path, explicit]) => ({ path, explicit }));
}

export interface DiscoveredFile {
  path: string;
  /** Named on the command line (not found by searching a folder): linted even if skillc generated it. */
  explicit: boolean;
}
