/** Paths as reports show them: relative to the working folder, with `/` separators. */
import { relative, sep } from "node:path";

export function shownPath(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).join("/") || file;
}
