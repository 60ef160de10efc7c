/** Input limits checked before parsing, so pathological files give a diagnostic instead of a hang. */
import type { ParseProblem } from "../model/types.js";

export interface Limits {
  /** Largest file, in bytes, that is parsed (remark needs ~7 s and ~800 MB for 1 MB). */
  maxFileSize: number;
  /** Deepest nesting of lists and block quotes (remark's time grows faster than linearly with depth). */
  maxNesting: number;
  /** Most YAML aliases the frontmatter may expand. */
  maxAliases: number;
  /**
   * Largest paragraph (a run of non-blank lines outside fenced code), in characters, which also
   * bounds a single long line: remark's inline parsing grows faster than linearly with it
   * (measured: 50,000 characters of links and code spans 1.2 s, 400,000 characters 18-28 s).
   * A line of fenced code is held to it too: rules that read the whole text (no-secrets) see
   * code like any other line, and a fence must not be a way around the limit.
   */
  maxParagraph: number;
  /**
   * Most inline markers (`*`, `_`, `~`, `[`, `<`, backtick) in one paragraph. micromark resolves
   * emphasis, strikethrough and inline HTML in time that grows with the square of their number
   * (measured, dense `*a_` paragraphs: 2,000 characters 12 s/MB, 20,000 characters 85 s/MB).
   */
  maxInlineMarks: number;
}

export const DEFAULT_LIMITS: Limits = { maxFileSize: 512 * 1024, maxNesting: 100, maxAliases: 100, maxParagraph: 50_000, maxInlineMarks: 2_000 };

/**
 * The problem of a file of `size` bytes over `limit`: one diagnostic whether the size came from
 * a stat (the file was never read) or from bytes or text in hand.
 */
export function fileSizeProblem(size: number, limit: number): Omit<ParseProblem, "range"> {
  return { ruleId: "limits", messageId: "fileSize", data: { size, limit } };
}

/** The size of `text` in UTF-8 bytes, as it would be on disk: the size limit counts bytes. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // Two bytes below U+0800, three above; a surrogate pair is four bytes for two code units.
    if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff)) bytes += 1;
    else bytes += 2;
  }
  return bytes;
}

/** `*`, `_`, `~`, `[`, `<` and backtick: what opens emphasis, strikethrough, links, HTML and code spans. */
const INLINE_MARKS = new Set([42, 95, 126, 91, 60, 96]);

/**
 * The first paragraph longer than `max` characters outside fenced code blocks, or the first line
 * longer than `max` inside one (a long block of short lines is fine).
 */
export function findLongParagraph(text: string, max: number, maxMarks = Infinity): { line: number; size: number; what: "paragraph" | "line" | "marks" } | undefined {
  let fence: string | undefined;
  let start = 0;
  let size = 0;
  let marks = 0;
  let line = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    line++;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      else if (raw.length > max) return { line, size: raw.length, what: "line" };
      continue;
    }
    if (marker) {
      fence = marker;
      size = 0;
      continue;
    }
    const content = raw.trimStart();
    if (content === "") {
      size = 0;
      continue;
    }
    // A list item, table row, quote or heading starts a block of its own: only paragraph text adds up.
    if (size === 0 || /^(?:[-*+]\s|\d{1,9}[.)]\s|\||>|#{1,6}\s)/.test(content)) {
      start = line;
      size = 0;
      marks = 0;
    }
    size += content.length + 1;
    if (size > max) return { line: start, size, what: "paragraph" };
    for (let i = 0; i < content.length; i++) if (INLINE_MARKS.has(content.charCodeAt(i))) marks++;
    if (marks > maxMarks) return { line: start, size: marks, what: "marks" };
  }
  return undefined;
}

/**
 * A cheap estimate of container nesting per line: half the indentation before the first
 * marker (each nested list level indents its content) plus the `>` and list markers.
 * Returns the first line over the limit, or 0.
 */
export function findDeepNesting(text: string, max: number): { line: number; depth: number } | undefined {
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let markers = 0;
    let spaces = 0; // indentation before the first marker
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) spaces += markers === 0 ? 1 : 0;
      else if (c === 9) spaces += markers === 0 ? 4 : 0;
      else if (c === 62 /* > */) markers++;
      else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isBlankOrEnd(text.charCodeAt(i + 1))) markers++;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) /* . ) */ && isBlankOrEnd(text.charCodeAt(j + 1))) {
          markers++;
          i = j;
        } else break;
      } else break;
      i++;
    }
    const depth = (spaces >> 1) + markers;
    if (depth > max) return { line, depth };
    // Skip to the next line.
    while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
    i++;
    line++;
  }
  return undefined;
}

function isBlankOrEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
