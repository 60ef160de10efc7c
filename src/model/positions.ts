/** Converting offsets into 1-based line/column points, and mdast positions into ranges. */
import type { Position as UnistPosition } from "unist";
import type { Point, Range } from "./types.js";

/** Line-start table for one text; offset -> point in O(log lines). */
export class LineIndex {
  readonly #starts: number[] = [0];
  readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.#starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.#starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.#starts[lo]! + 1, offset: o };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(end) };
  }

  /** Offsets of a 1-based line's text, its line break left out. */
  lineSpan(text: string, line: number): { start: number; end: number } {
    const start = this.lineStart(line);
    const next = line < this.#starts.length ? this.#starts[line]! : text.length;
    const end = text.charCodeAt(next - 1) === 10 ? (text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1) : text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    return { start, end: Math.max(start, end) };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line - 1, this.#starts.length - 1))]!;
  }
}

/** The range of an mdast node; nodes made by remark always carry a position. */
export function rangeOf(node: { position?: UnistPosition | undefined }): Range {
  const p = node.position;
  if (!p) throw new Error("skillc: mdast node without position");
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
  };
}

/** A zero-width range at the start of the file. */
export const FILE_START: Range = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};
