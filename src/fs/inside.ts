/** Confinement: whether a path is inside a folder, by its name and, after symlinks, by where it really is. */
import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";

/** Is `path` inside `folder` (or the folder itself)? Both absolute; compares names only. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of `path`, resolving the symlinks of the part that exists (the rest may not exist yet). */
export function realPathOf(path: string): string {
  const missing: string[] = [];
  let at = path;
  for (;;) {
    try {
      return join(realpathSync(at), ...missing.reverse());
    } catch {
      const parent = dirname(at);
      if (parent === at) return path;
      missing.push(basename(at));
      at = parent;
    }
  }
}

/** Does `path`, after every symlink, lie inside `root`? */
export function resolvesInside(root: string, path: string): boolean {
  return isInside(root, path) && isInside(realPathOf(root), realPathOf(path));
}
