/**
 * The statements of a TOML text with where each lies and the full key path it defines, and the
 * spans that hold one entry of a table, so that it can be cut out of a file as text and every other
 * byte left alone. It reads text that smol-toml has already parsed, so it only finds boundaries and
 * never judges validity.
 */

export interface TomlStatement {
  /** `[a.b]`, `[[a.b]]`, `key = value` (perhaps over several lines), a comment line or an empty line. */
  kind: "table" | "array" | "pair" | "comment" | "blank";
  /** The key path it defines: a header's own, a pair's under the table it sits in; empty for comments and blanks. */
  path: string[];
  /** The offset of its first line, and the offset just past its last line's line break. */
  start: number;
  end: number;
}

export function tomlStatements(text: string): TomlStatement[] {
  const statements: TomlStatement[] = [];
  let table: string[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    i = skipSpace(text, i);
    const c = text[i];
    if (c === undefined || c === "\n" || c === "\r" || c === "#") {
      i = lineEnd(text, i);
      statements.push({ kind: c === "#" ? "comment" : "blank", path: [], start, end: i });
    } else if (c === "[") {
      const array = text[i + 1] === "[";
      const key = readKey(text, i + (array ? 2 : 1));
      table = key.path;
      i = lineEnd(text, key.end);
      statements.push({ kind: array ? "array" : "table", path: table, start, end: i });
    } else {
      const key = readKey(text, i);
      i = valueEnd(text, key.end + 1);
      statements.push({ kind: "pair", path: [...table, ...key.path], start, end: i });
    }
  }
  return statements;
}

/** A stretch of the text, from `start` up to `end`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where the entry `table.name` lies: each of its tables with their bodies (consecutive ones joined,
 * comment and empty lines before the next table left to that table), and each pair outside them
 * that defines it (`name = { … }` under `[table]`, dotted keys). `header` when the span opens with a table.
 */
export function runsOf(statements: readonly TomlStatement[], table: string, name: string): (Span & { header: boolean })[] {
  const belongs = (s: TomlStatement) => s.path.length >= 2 && s.path[0] === table && s.path[1] === name;
  const isHeader = (s: TomlStatement) => s.kind === "table" || s.kind === "array";
  const runs: (Span & { header: boolean })[] = [];
  for (let k = 0; k < statements.length; k++) {
    const s = statements[k]!;
    if (!belongs(s)) continue;
    if (!isHeader(s)) {
      runs.push({ start: s.start, end: s.end, header: false });
      continue;
    }
    let last = k;
    for (let j = k + 1; j < statements.length && !(isHeader(statements[j]!) && !belongs(statements[j]!)); j++) {
      if (statements[j]!.kind !== "comment" && statements[j]!.kind !== "blank") last = j;
    }
    runs.push({ start: s.start, end: statements[last]!.end, header: true });
    k = last;
  }
  return runs;
}

/**
 * The spans to cut, those apart only by empty lines joined, each with the empty line that set it
 * apart: the one before it when an empty line or the end of the file follows, the one after it
 * at the start of the file. So appending a table and cutting it again gives the file back.
 */
export function withSeparators(statements: readonly TomlStatement[], cuts: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const cut of [...cuts].sort((x, y) => x.start - y.start)) {
    const last = joined.at(-1);
    const between = last ? statements.filter((s) => s.start >= last.end && s.end <= cut.start) : [];
    if (last && between.every((s) => s.kind === "blank")) last.end = cut.end;
    else joined.push({ start: cut.start, end: cut.end });
  }
  return joined.map((cut) => {
    const before = statements.find((s) => s.end === cut.start);
    const after = statements.find((s) => s.start === cut.end);
    if (before?.kind === "blank" && (!after || after.kind === "blank")) return { start: before.start, end: cut.end };
    if (!before && after?.kind === "blank") return { start: cut.start, end: after.end };
    return cut;
  });
}

/** A dotted key from `i`, bare or quoted parts, and the offset after it (at `]` or `=`). */
function readKey(text: string, i: number): { path: string[]; end: number } {
  const path: string[] = [];
  for (;;) {
    i = skipSpace(text, i);
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      path.push(unescape(text.slice(i + 1, end - 1)));
      i = end;
    } else if (c === "'") {
      const end = stringEnd(text, i);
      path.push(text.slice(i + 1, end - 1));
      i = end;
    } else {
      const bare = /[A-Za-z0-9_-]+/y;
      bare.lastIndex = i;
      const m = bare.exec(text);
      if (!m) throw new Error(`unexpected TOML key at offset ${i}`);
      path.push(m[0]);
      i += m[0].length;
    }
    i = skipSpace(text, i);
    if (text[i] !== ".") return { path, end: i };
    i++;
  }
}

/** Past the line break that ends a value begun at `i`: arrays and inline tables may span lines, and so may strings. */
function valueEnd(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = stringEnd(text, i);
      continue;
    }
    if (c === "#") {
      const newline = text.indexOf("\n", i);
      if (newline === -1) return text.length;
      i = newline;
      continue;
    }
    if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (c === "\n" && depth === 0) return i + 1;
    i++;
  }
  return text.length;
}

/** Past the string that opens at `i`: basic or literal, on one line or multi-line. */
function stringEnd(text: string, i: number): number {
  const quote = text[i]!;
  const triple = quote.repeat(3);
  const multi = text.startsWith(triple, i);
  let j = i + (multi ? 3 : 1);
  while (j < text.length) {
    if (quote === '"' && text[j] === "\\") j += 2;
    else if (!multi && text[j] === quote) return j + 1;
    else if (multi && text.startsWith(triple, j)) {
      // Up to two quotes may end the content just before the closing three.
      let end = j + 3;
      while (end < j + 5 && text[end] === quote) end++;
      return end;
    } else j++;
  }
  return text.length;
}

const ESCAPES: Record<string, string> = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", e: "\x1b", '"': '"', "\\": "\\" };

function unescape(s: string): string {
  return s.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|(.))/g, (_, u?: string, U?: string, x?: string, c?: string) =>
    c === undefined ? String.fromCodePoint(parseInt(u ?? U ?? x!, 16)) : (ESCAPES[c] ?? c),
  );
}

function skipSpace(text: string, i: number): number {
  while (text[i] === " " || text[i] === "\t") i++;
  return i;
}

function lineEnd(text: string, i: number): number {
  const newline = text.indexOf("\n", i);
  return newline === -1 ? text.length : newline + 1;
}
