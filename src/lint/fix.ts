/**
 * `--fix`: apply the fixes the rules report, re-lint, and repeat until the file is stable (at
 * most MAX_PASSES), as ESLint's fixer does. Each fix is one edit on the text's own offsets, so
 * the bytes around it never change; fixes that overlap one applied before wait for the next pass.
 */
import { readFileSync, lstatSync } from "node:fs";
import { UsageError } from "../errors.js";
import type { Diagnostic, LintResult } from "../model/diagnostic.js";
import { applyEdits, type Edit } from "../model/edits.js";
import type { SkillDocument } from "../model/types.js";
import { writeInside } from "../output/write.js";
import type { Linter } from "./linter.js";

/** As ESLint: a rule whose fix keeps making new fixes stops here instead of looping. */
export const MAX_PASSES = 10;

const BOM = "\uFEFF";

/** Apply the fixes of `messages` that do not overlap, in file order; the rest wait for the next pass. */
export function applyFixes(text: string, messages: readonly Diagnostic[]): { text: string; applied: number } {
  const fixes = messages
    .flatMap((m) => (m.fix ? [m.fix] : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Edit[] = [];
  let last = -1;
  for (const { range: [start, end], text: replacement } of fixes) {
    // A fix that starts inside (or, for two insertions, at) the end of the previous one: next pass.
    if (start < last || (start === last && start === end)) continue;
    chosen.push({ start, end, text: replacement });
    last = end;
  }
  return { text: applyEdits(text, chosen), applied: chosen.length };
}

/**
 * Fix one linted document: apply, re-parse and re-lint until no fix applies. Returns the final
 * result, with `output` set when the text changed.
 */
export async function fixDocument(linter: Linter, doc: SkillDocument, first: LintResult): Promise<LintResult> {
  let text = doc.text;
  let result = first;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(text, result.messages);
    if (applied === 0 || next === text) break;
    text = next;
    result = await linter.lintDocument(linter.loadFile({ path: doc.path, explicit: true, bytes: Buffer.from(text, "utf8") }));
  }
  return text === doc.text ? result : { ...result, output: text };
}

export interface WrittenFixes {
  written: string[];
  /** Files not written, and why (changed since they were read, a symlink). */
  skipped: { path: string; reason: string }[];
}

/**
 * Write each result's `output` over its file, atomically, keeping a BOM the file had. A file
 * that changed since it was linted, is a symlink, or lies outside `root` (the project root,
 * symlinks resolved) is left alone and reported.
 */
export async function writeFixes(results: readonly LintResult[], originals: ReadonlyMap<string, string>, root: string): Promise<WrittenFixes> {
  const written: string[] = [];
  const skipped: WrittenFixes["skipped"] = [];
  for (const r of results) {
    if (r.output === undefined) continue;
    const path = r.filePath;
    let bytes: string;
    try {
      if (lstatSync(path).isSymbolicLink()) {
        skipped.push({ path, reason: "it is a symlink; fix the file it points to" });
        continue;
      }
      bytes = readFileSync(path, "utf8");
    } catch (error) {
      skipped.push({ path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    const bom = bytes.startsWith(BOM);
    if ((bom ? bytes.slice(1) : bytes) !== originals.get(path)) {
      skipped.push({ path, reason: "it changed while skillc was fixing it" });
      continue;
    }
    // Only inside the project, where it really is: a folder symlinked from outside is not ours to write.
    try {
      await writeInside(root, path, (bom ? BOM : "") + r.output);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      skipped.push({ path, reason: "it is outside the project (or reached through a symlink that leads out of it)" });
      continue;
    }
    written.push(path);
  }
  return { written, skipped };
}
