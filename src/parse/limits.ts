/** Input limits checked before parsing, so pathological files give a diagnostic instead of a hang. */

export interface Limits {
  /** Largest file, in bytes, that is parsed (remark needs ~7 s and ~800 MB for 1 MB). */
  maxFileSize: number;
  /** Deepest nesting of lists and block quotes (remark's time grows faster than linearly with depth). */
  maxNesting: number;
  /** Most YAML aliases the frontmatter may expand. */
  maxAliases: number;
}

export const DEFAULT_LIMITS: Limits = { maxFileSize: 512 * 1024, maxNesting: 100, maxAliases: 100 };

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
