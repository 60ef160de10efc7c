/** Text edits made from the model's positions, so generators rewrite source text without parsing it again. */
import type { Link, SkillDocument } from "./types.js";

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Apply non-overlapping edits (any order) to a text, from the end back. An insertion and a
 * replacement that start at one offset: the insertion's text comes first.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Edits that replace link URLs: `rewrite` gets each link and returns its new URL (without the
 * `?query`/`#fragment`, which is kept as written) or undefined to leave it alone. Only the URL's
 * own source changes, so titles, brackets and escapes elsewhere stay byte for byte.
 */
export function linkEdits(doc: SkillDocument, rewrite: (link: Link) => string | undefined): Edit[] {
  const edits: Edit[] = [];
  for (const link of doc.links) {
    const at = link.destination;
    if (!at) continue;
    const url = rewrite(link);
    if (url === undefined) continue;
    const written = doc.text.slice(at.start.offset, at.end.offset);
    const suffix = written.slice(written.replace(/[?#].*$/s, "").length);
    const bracketed = doc.text.charAt(at.start.offset - 1) === "<";
    edits.push({ start: at.start.offset, end: at.end.offset, text: asDestination(url, bracketed) + suffix });
  }
  return edits;
}

/**
 * A URL as a link destination can hold it: percent-encoded where Markdown would end or misread
 * it (a space or parenthesis in a bare destination, an angle bracket or a line break in `<…>`,
 * a backslash anywhere). A file name with none of these is written as it is.
 */
function asDestination(url: string, bracketed: boolean): string {
  const unsafe = bracketed ? /[<>\\\n\r]/g : /[\u0000-\u0020\u007f()<>\\]/g;
  return url.replace(unsafe, (c) => encodeURIComponent(c));
}

/**
 * Several edits as one, as ESLint merges a rule's fixes: the span from the first edit's start
 * to the last one's end, with the text between them kept. Edits must not overlap.
 */
export function mergeEdits(text: string, edits: readonly Edit[]): Edit {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = sorted[0];
  if (!first) throw new Error("skillc bug: an empty fix");
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) throw new Error("skillc bug: a fix with overlapping edits");
  }
  const start = first.start;
  const end = Math.max(...sorted.map((e) => e.end));
  const shifted = sorted.map((e) => ({ ...e, start: e.start - start, end: e.end - start }));
  return { start, end, text: applyEdits(text.slice(start, end), shifted) };
}
