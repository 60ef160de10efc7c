/**
 * Edits to a JSON or JSONC text that change one property and leave every other byte as it was:
 * comments, key order, indentation and line endings. jsonc-parser's `modify` reformats the
 * object around an edit when given formatting options and takes neighbouring comments with a
 * removed property, so these edits are made by hand on its tree.
 */
import { createScanner, type Node as JsonNode } from "jsonc-parser";

/** How a file writes what skillc inserts: one level of indentation and its line ending. */
export interface JsonStyle {
  unit: string;
  eol: string;
}

/** The file's own style: the first line ending, and the indentation of the root's first member (else tabs if any line starts with one, else two spaces). */
export function styleOf(text: string, root: JsonNode): JsonStyle {
  const eol = /\r?\n/.exec(text)?.[0] ?? "\n";
  const first = root.children?.[0];
  const own = first && text.slice(root.offset, first.offset).includes("\n") ? indentOf(text, first.offset).slice(indentOf(text, root.offset).length) : "";
  return { unit: own || (/^\t/m.test(text) ? "\t" : "  "), eol };
}

/** The value of a node, its objects without a prototype so that a key such as `__proto__` is data. */
export function valueOf(node: JsonNode): unknown {
  if (node.type === "array") return (node.children ?? []).map(valueOf);
  if (node.type !== "object") return node.value;
  const object = Object.create(null) as Record<string, unknown>;
  for (const p of node.children ?? []) object[p.children![0]!.value as string] = valueOf(p.children![1]!);
  return object;
}

/** jsonc-parser's SyntaxKind is a const enum that isolated modules cannot read: the tokens used here. */
const COMMA = 5;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const EOF = 17;

export function hasComments(text: string): boolean {
  const scanner = createScanner(text, false);
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === LINE_COMMENT || token === BLOCK_COMMENT) return true;
  }
  return false;
}

/** Add `name: value` after an object's last member, in the file's style. */
export function insertProperty(text: string, object: JsonNode, name: string, value: unknown, style: JsonStyle): string {
  const last = object.children?.at(-1);
  const key = JSON.stringify(name);
  if (!last) {
    // An empty object opens onto lines of its own; a comment inside it stays before the member.
    const outer = indentOf(text, object.offset);
    const inner = outer + style.unit;
    const [open, close] = [object.offset + 1, object.offset + object.length - 1];
    const inside = text.slice(open, close);
    const keep = inside.trim() === "" ? "" : inside.trimEnd();
    return `${text.slice(0, open)}${keep}${style.eol}${inner}${key}: ${render(value, inner, style)}${style.eol}${outer}${text.slice(close)}`;
  }
  const end = last.offset + last.length;
  // An object written on one line stays on one line.
  if (isOneLine(text, object)) return `${text.slice(0, end)}, ${key}: ${JSON.stringify(value)}${text.slice(end)}`;
  const indent = indentOf(text, last.offset);
  const member = `${key}: ${render(value, indent, style)}`;
  const line = restOfLine(text, end);
  if (ENDS_MEMBER_LINE.test(line.rest)) {
    // The new member goes on a line of its own after the last one's, so a comment ending that line stays with it.
    if (/^\s*,/.test(line.rest)) return `${text.slice(0, line.next)}${indent}${member},${style.eol}${text.slice(line.next)}`;
    return `${text.slice(0, end)},${text.slice(end, line.next)}${indent}${member}${style.eol}${text.slice(line.next)}`;
  }
  return `${text.slice(0, end)},${style.eol}${indent}${member}${text.slice(end)}`;
}

/** Replace a member's value, in the file's style. */
export function replaceValue(text: string, object: JsonNode, property: JsonNode, value: unknown, style: JsonStyle): string {
  const node = property.children![1]!;
  const rendered = isOneLine(text, object) ? JSON.stringify(value) : render(value, indentOf(text, property.offset), style);
  return text.slice(0, node.offset) + rendered + text.slice(node.offset + node.length);
}

/**
 * Remove a member. One on lines of its own goes with those lines (and with the comma before it
 * when it was last); an object left with nothing but whitespace inside becomes `{}`.
 */
export function removeProperty(text: string, object: JsonNode, property: JsonNode): string {
  const members = object.children!;
  const i = members.indexOf(property);
  const [prev, next] = [members[i - 1], members[i + 1]];
  const end = property.offset + property.length;
  const line = restOfLine(text, end);
  // The comma after it, if any: before the next member, or a trailing one (JSONC), perhaps past a comment.
  const comma = commaAfter(text, end);
  const lineStart = text.lastIndexOf("\n", property.offset - 1) + 1;
  const ownLines = /^[ \t]*$/.test(text.slice(lineStart, property.offset)) && ENDS_MEMBER_LINE.test(line.rest) && (comma === undefined || comma < line.next);
  let out: string;
  if (!isOneLine(text, object) && ownLines) {
    out = text.slice(0, lineStart) + text.slice(line.next);
    const before = prev && !next && comma === undefined ? commaAfter(text, prev.offset + prev.length) : undefined;
    if (before !== undefined) out = out.slice(0, before) + out.slice(before + 1);
  } else if (prev) out = text.slice(0, prev.offset + prev.length) + text.slice(end);
  else if (next) out = text.slice(0, property.offset) + text.slice(next.offset);
  else out = text.slice(0, property.offset) + text.slice(comma === undefined ? end : comma + 1);
  if (prev || next) return out;
  const close = object.offset + object.length - 1 - (text.length - out.length);
  return out.slice(object.offset + 1, close).trim() === "" ? out.slice(0, object.offset + 1) + out.slice(close) : out;
}

/** What may follow a member on its last line when the next member or the closing brace is on a later one: a comma, a comment. */
const ENDS_MEMBER_LINE = /^[ \t]*(?:,[ \t]*)?(?:\/\*(?:(?!\*\/).)*\*\/[ \t]*)*(?:\/\/.*)?$/;

/** A value as JSON in the file's style, its inner lines indented under `base`. */
function render(value: unknown, base: string, { unit, eol }: JsonStyle): string {
  return JSON.stringify(value, null, unit).split("\n").join(`${eol}${base}`);
}

/** The indentation of the line that holds `offset`. */
function indentOf(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** The rest of the line from `offset` (without its line break) and where the next line starts. */
function restOfLine(text: string, offset: number): { rest: string; next: number } {
  const newline = text.indexOf("\n", offset);
  if (newline === -1) return { rest: text.slice(offset), next: text.length };
  return { rest: text.slice(offset, text[newline - 1] === "\r" ? newline - 1 : newline), next: newline + 1 };
}

function isOneLine(text: string, node: JsonNode): boolean {
  return !text.slice(node.offset, node.offset + node.length).includes("\n");
}

/** The offset of the comma that follows `offset`, past whitespace and comments. */
function commaAfter(text: string, offset: number): number | undefined {
  const scanner = createScanner(text, true);
  scanner.setPosition(offset);
  return scanner.scan() === COMMA ? scanner.getTokenOffset() : undefined;
}
