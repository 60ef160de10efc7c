/** `--fix-dry-run`: what `--fix` would change, as one unified diff (`git apply` takes it). */
import { relative, sep } from "node:path";
import { createTwoFilesPatch } from "diff";
import { holdsSecret, type LintResult } from "../model/diagnostic.js";

export function fixDiff(results: readonly LintResult[], originals: ReadonlyMap<string, string>, cwd: string): string {
  let out = "";
  for (const r of results) {
    const before = originals.get(r.filePath);
    if (r.output === undefined || before === undefined) continue;
    const path = relative(cwd, r.filePath).split(sep).join("/");
    if (holdsSecret(r)) {
      out += `# ${path}: fixes not shown, the file holds a secret (see no-secrets); --fix applies them\n`;
      continue;
    }
    // `diff --git` headers are what git apply needs to find the file from the folder it runs in.
    out += `diff --git a/${path} b/${path}\n` + createTwoFilesPatch(`a/${path}`, `b/${path}`, before, r.output, undefined, undefined, { context: 3 }).replace(/^=+\n/, "");
  }
  return out;
}
