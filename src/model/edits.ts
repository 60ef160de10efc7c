/** Text edits made from the model's positions, so generators rewrite source text without parsing it again. */
import type { Link, SkillDocument } from "./types.js";

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Edits that replace link URLs: `rewrite` gets each link and returns its new URL (without the
 * `?query`/`#fragment`, which is kept) or undefined to leave it alone.
 */
export function linkEdits(doc: SkillDocument, rewrite: (link: Link) => string | undefined): Edit[] {
  const edits: Edit[] = [];
  for (const link of doc.links) {
    const url = rewrite(link);
    if (url === undefined) continue;
    const source = doc.text.slice(link.range.start.offset, link.range.end.offset);
    // Where the URL sits in the link's source: after `](` for links and images, after `]:` for definitions.
    const found = link.kind === "definition" ? source.lastIndexOf(link.url) : source.indexOf(`(${link.url}`);
    if (found < 0) continue;
    const start = link.range.start.offset + found + (link.kind === "definition" ? 0 : 1);
    const suffix = link.url.slice(link.url.replace(/[?#].*$/, "").length);
    edits.push({ start, end: start + link.url.length, text: url + suffix });
  }
  return edits;
}
