/**
 * A fast path to the same mdast remark-parse builds: @lezer/markdown tokenizes (about six times
 * faster than micromark on skills), and this module builds remark's exact nodes, values and
 * positions from its tree. It covers the Markdown skills are made of; for anything else it
 * returns undefined and the caller parses with remark-parse, which stays the reference.
 * test/parse/fast.test.ts holds the two to the same tree on every file the tests know.
 *
 * Covered: YAML frontmatter, ATX and setext headings, paragraphs, fenced code, lists and task
 * lists, block quotes, thematic breaks, GFM tables, emphasis, strong, strikethrough (`~~`),
 * inline code, inline links and images, autolinks, inline and block HTML, hard breaks,
 * backslash escapes, and brackets that are text. Left to remark-parse, each where lezer and
 * micromark were seen to differ or where this module would have to decode: CR line endings,
 * tabs in indentation (outside top-level fenced code), indented code, reference links and
 * definitions, footnotes, character references, `~` that may pair, a code span or link text
 * over a line ending, a backtick that opens nothing in a block of several lines, lazy
 * continuation lines and lists inside block quotes, tables that touch other text, tag names
 * CommonMark does not allow, and a few more (each `notCovered` call says which).
 */
import type { BlockContent, Blockquote, Code, Heading, Html, Image, InlineCode, Link, List, ListItem, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from "mdast";
import { parser as commonmark, Strikethrough, Table as GfmTable, TaskList } from "@lezer/markdown";
import type { SyntaxNode } from "@lezer/common";
import { htmlBlockNames, htmlRawNames } from "micromark-util-html-tag-name";
import { toString } from "mdast-util-to-string";
import type { LineIndex } from "../model/positions.js";
import { recordSpan } from "./spans.js";

const parser = commonmark.configure([GfmTable, Strikethrough, TaskList]);

/** Thrown inside the builder for anything it does not cover; fastParse turns it into undefined. */
class NotCovered extends Error {}
const notCovered = (reason: string): never => {
  throw new NotCovered(reason);
};

type Position = NonNullable<Text["position"]>;

/** The mdast tree of `text`, exactly as remark-parse builds it, or undefined where this module does not cover the text. */
export function fastParse(text: string, lines: LineIndex): Root | undefined {
  return fastParseOrReason(text, lines).tree;
}

/** fastParse, saying why when it does not cover the text (for tests and measurements). */
export function fastParseOrReason(text: string, lines: LineIndex): { tree?: Root; reason?: string } {
  if (text.includes("\r")) return { reason: "CR line endings" };
  try {
    return { tree: new Builder(text, lines).root() };
  } catch (error) {
    // A bug here must never cost a file its lint: remark-parse reads it instead.
    return { reason: error instanceof NotCovered ? error.message : `error: ${String(error)}` };
  }
}

/** `---` fences of YAML frontmatter, as remark-frontmatter reads them: at the very start, alone on their lines (trailing spaces and tabs allowed). */
const FRONTMATTER_OPEN = /^---[ \t]*\n/;
const FRONTMATTER_CLOSE = /^---[ \t]*$/gm;

class Builder {
  /** How many list items and block quotes hold the block being built. */
  containers = 0;

  /** How many block quotes hold the block being built. */
  quotes = 0;

  /** How many `~` the block whose text is being built holds. */
  blockTildes = 0;

  /** Whether the block whose text is being built spans several lines. */
  blockMultiline = false;

  /** Runs of text in the block so far holding a `[`, which may open a link around a later reference. */
  blockBrackets = 0;

  /** Inside a table cell, where `\\|` in a code span is a pipe (mdast-util-gfm-table). */
  inTable = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  position(from: number, to: number): Position {
    return { start: this.lines.point(from), end: this.lines.point(to) };
  }

  root(): Root {
    const { text } = this;
    const children: RootContent[] = [];
    let source = text;
    const open = FRONTMATTER_OPEN.exec(text);
    if (open) {
      FRONTMATTER_CLOSE.lastIndex = open[0].length;
      const close = FRONTMATTER_CLOSE.exec(text);
      // Without a closing fence remark reads `---` as a thematic break or a setext underline.
      if (!close) return notCovered("unclosed frontmatter");
      const end = close.index + close[0].length;
      const value = close.index > open[0].length ? text.slice(open[0].length, close.index - 1) : "";
      children.push({ type: "yaml", value, position: this.position(0, end) });
      // The frontmatter's characters become spaces for the Markdown parser: blank lines that keep every offset.
      source = text.slice(0, end).replace(/[^\n]/g, " ") + text.slice(end);
    }
    // With nothing defined, a reference (`[x]`, `[x][y]`) is plain text, as brackets are.
    if (DEFINITION.test(text)) return notCovered("reference or footnote definitions");
    const tree = parser.parse(source);
    // A tab in a line's indentation counts to the next tab stop, which this module does not follow:
    // covered only inside top-level fenced code whose fence is not indented, where lines are kept as they are.
    TAB_INDENT.lastIndex = 0;
    if (TAB_INDENT.test(source)) {
      const verbatim: [number, number][] = [];
      for (let node = tree.topNode.firstChild; node; node = node.nextSibling) {
        const code = node.name === "FencedCode" && (node.from === 0 || source[node.from - 1] === "\n") ? node.getChild("CodeText") : null;
        if (code) verbatim.push([code.from, code.to]);
      }
      TAB_INDENT.lastIndex = 0;
      let k = 0; // both ascending: one walk
      for (let m = TAB_INDENT.exec(source); m; m = TAB_INDENT.exec(source)) {
        while (k < verbatim.length && verbatim[k]![1] <= m.index) k++;
        if (k === verbatim.length || m.index < verbatim[k]![0]) return notCovered("a tab in indentation");
      }
    }
    for (let node = tree.topNode.firstChild; node; node = node.nextSibling) children.push(...this.block(node));
    return { type: "root", children, position: this.position(0, text.length) };
  }

  /** The mdast of one block node: usually one node, none for a blank construct. */
  block(node: SyntaxNode): BlockContent[] {
    const { text } = this;
    switch (node.name) {
      case "Paragraph": {
        // lezer reads `4. x` after a list's paragraph as a lazy continuation line, micromark as a new list.
        const paragraph = text.slice(node.from, node.to);
        if (LIST_LINE.test(paragraph)) return notCovered("a line like a list item inside a paragraph");
        if (this.containers > 0 && this.hasLazyLine(node)) return notCovered("a lazy continuation line");
        // GFM starts a table inside a paragraph, at a line of pipes over a delimiter row; lezer does not.
        if (DELIMITER_ROW.test(paragraph)) return notCovered("a table delimiter row inside a paragraph");
        return [{ type: "paragraph", children: this.blockInline(node, node.from, this.trimEnd(node.to)), position: this.position(node.from, node.to) }];
      }
      case "ATXHeading1":
      case "ATXHeading2":
      case "ATXHeading3":
      case "ATXHeading4":
      case "ATXHeading5":
      case "ATXHeading6":
        return [this.atxHeading(node)];
      case "SetextHeading1":
      case "SetextHeading2":
        return [this.setextHeading(node)];
      case "FencedCode":
        return [this.fencedCode(node)];
      case "BulletList":
      case "OrderedList":
        return [this.list(node)];
      case "Blockquote":
        return [this.blockquote(node)];
      case "HorizontalRule":
        return [{ type: "thematicBreak", position: this.position(node.from, node.to) }];
      case "Table":
        return [this.table(node)];
      case "HTMLBlock":
      case "CommentBlock":
      case "ProcessingInstructionBlock":
        return [this.htmlBlock(node)];
      default:
        return notCovered(`block ${node.name}`);
    }
  }

  /** Whether a later line of a paragraph in a container starts left of its first line, without a `>`: a lazy line. */
  hasLazyLine(node: SyntaxNode): boolean {
    const { text } = this;
    const column = node.from - (text.lastIndexOf("\n", node.from - 1) + 1);
    for (let i = text.indexOf("\n", node.from); i !== -1 && i < node.to; i = text.indexOf("\n", i + 1)) {
      let j = i + 1;
      while (text[j] === " ") j++;
      if (j - (i + 1) < column && text[j] !== ">") return true;
    }
    return false;
  }

  /** `to` moved back over spaces and tabs. */
  trimEnd(to: number, from = 0): number {
    while (to > from && (this.text[to - 1] === " " || this.text[to - 1] === "\t")) to--;
    return to;
  }

  atxHeading(node: SyntaxNode): Heading {
    const depth = Number(node.name.slice(-1)) as Heading["depth"];
    const open = node.firstChild!;
    let from = open.to;
    let to = node.to;
    const close = node.lastChild;
    if (close && close.from !== open.from && close.name === "HeaderMark") to = close.from;
    while (from < to && (this.text[from] === " " || this.text[from] === "\t")) from++;
    to = this.trimEnd(to, from);
    return { type: "heading", depth, children: from < to ? this.blockInline(node, from, to) : [], position: this.position(node.from, node.to) };
  }

  setextHeading(node: SyntaxNode): Heading {
    const mark = node.lastChild!;
    // Over `---`, GFM reads lines with pipes as a table where lezer reads a heading.
    if (this.text.slice(node.from, mark.from).includes("|")) return notCovered("a setext heading with a pipe");
    if (mark.name !== "HeaderMark") return notCovered("setext underline");
    // The content ends before the line break above the underline, trailing whitespace left out.
    let to = mark.from;
    while (to > node.from && this.text[to - 1] !== "\n") to--;
    to = this.trimEnd(to - 1, node.from);
    return {
      type: "heading",
      depth: node.name === "SetextHeading1" ? 1 : 2,
      children: this.blockInline(node, node.from, to, mark.from),
      position: this.position(node.from, node.to),
    };
  }

  fencedCode(node: SyntaxNode): Code {
    const { text } = this;
    const open = node.firstChild!;
    let lang: string | null = null;
    let meta: string | null = null;
    const info = node.getChild("CodeInfo");
    if (info) {
      // The info string runs to the line's end; lezer's CodeInfo is its first word.
      const lineEnd = text.indexOf("\n", open.to);
      const raw = text.slice(open.to, lineEnd === -1 ? text.length : lineEnd).trim();
      if (/[\\&]/.test(raw)) return notCovered("escape or reference in a code info string");
      const space = raw.search(/[ \t]/);
      lang = space === -1 ? raw : raw.slice(0, space);
      if (space !== -1) meta = raw.slice(space).replace(/^[ \t]+/, "");
      if (meta === "") meta = null;
    }
    // Indentation of the fence, stripped from each content line up to that many spaces.
    const lineStart = text.lastIndexOf("\n", open.from - 1) + 1;
    const indent = open.from - lineStart;
    if (indent > 0 && /[^ ]/.test(text.slice(lineStart, open.from))) return notCovered("fenced code indented inside a container"); // inside a container
    const last = node.lastChild;
    const close = last && last.from !== open.from && last.name === "CodeMark" ? last : undefined;
    // An unclosed fence ends with its container, where micromark's positions follow rules of their own.
    if (!close && this.containers > 0) return notCovered("an unclosed fence in a container");
    const firstLine = text.indexOf("\n", open.to);
    let value = "";
    if (firstLine !== -1 && firstLine < node.to) {
      const contentEnd = close ? text.lastIndexOf("\n", close.from - 1) : node.to;
      if (contentEnd > firstLine) {
        // Unclosed, the code runs to the end of the document, less one final line ending.
        const body = text.slice(firstLine + 1, close ? contentEnd : contentEnd - (text[contentEnd - 1] === "\n" ? 1 : 0));
        value = indent === 0 ? body : body.split("\n").map((line) => stripIndent(line, indent)).join("\n");
      }
    }
    return { type: "code", lang, meta, value, position: this.position(node.from, node.to) };
  }

  list(node: SyntaxNode): List {
    if (this.quotes > 0) return notCovered("a list in a block quote");
    const ordered = node.name === "OrderedList";
    const items: ListItem[] = [];
    let start: number | null = null;
    let spread = false;
    let previousEnd = -1;
    for (let item = node.firstChild; item; item = item.nextSibling) {
      if (item.name === "QuoteMark") continue;
      if (item.name !== "ListItem") return notCovered(`list child ${item.name}`);
      const mark = item.firstChild!;
      if (ordered && start === null) start = Number.parseInt(this.text.slice(mark.from, mark.to - 1), 10);
      if (previousEnd !== -1 && this.blankLineBetween(previousEnd, item.from)) spread = true;
      const built = this.listItem(item, mark);
      previousEnd = built.end;
      items.push(built.node);
    }
    const last = items.at(-1)!;
    if (node.to > last.position!.end.offset! && /[>]/.test(this.text.slice(last.position!.end.offset!, node.to))) return notCovered("a list ending in a quote's blank line");
    return { type: "list", ordered, start, spread, children: items, position: { start: items[0]!.position!.start, end: last.position!.end } };
  }

  /** Whether a blank line lies between two offsets. */
  blankLineBetween(from: number, to: number): boolean {
    return /\n[ \t]*\n/.test(this.text.slice(from, to));
  }

  listItem(item: SyntaxNode, mark: SyntaxNode): { node: ListItem; end: number } {
    this.containers++;
    try {
      return this.listItemIn(item, mark);
    } finally {
      this.containers--;
    }
  }

  listItemIn(item: SyntaxNode, mark: SyntaxNode): { node: ListItem; end: number } {
    const { text } = this;
    // Content follows the marker on its line, after spaces: an item that starts blank or with a tab is remark's to read.
    let spaces = 0;
    while (text[mark.to + spaces] === " ") spaces++;
    if (spaces === 0 || text[mark.to + spaces] === "\t" || text[mark.to + spaces] === "\n" || mark.to + spaces >= text.length) return notCovered("list item content not after a space");
    // A checkbox alone on the first line is micromark's task checkbox, not lezer's; a `[` alone
    // there (a failed checkbox) moves the end of the text after it past the next line's indentation.
    const content = text.slice(mark.to + spaces, mark.to + spaces + 24);
    if (ALONE_CHECKBOX.test(content)) return notCovered("a checkbox or `[` alone on a list item's first line");
    // A list inside the item from its first line: micromark takes `- 10. a` after a paragraph,
    // and `[x] 10. a`, as text, where lezer reads a list.
    if (NESTED_MARKER.test(content)) return notCovered("a list item that starts with another list marker");
    const children: BlockContent[] = [];
    let checked: boolean | null = null;
    let end = mark.to;
    let previousEnd = -1;
    let spread = false;
    for (let child = mark.nextSibling; child; child = child.nextSibling) {
      if (child.name === "QuoteMark") continue;
      let built: BlockContent[];
      if (child.name === "Task") {
        if (children.length > 0) return notCovered("a checkbox after other content");
        if (this.hasLazyLine(child)) return notCovered("a lazy continuation line");
        const marker = child.firstChild!;
        checked = this.text[marker.from + 1] !== " ";
        const from = marker.to + 1;
        // The paragraph after `[x] `.
        const to = this.trimEnd(child.to, from);
        // GFM takes `[x]` as a checkbox only when text follows on its line.
        const lineEnd = this.text.indexOf("\n", marker.to);
        if (!/[^ \t]/.test(this.text.slice(marker.to, lineEnd === -1 ? this.text.length : lineEnd))) return notCovered("a checkbox with nothing after it");
        const inline = this.blockInline(child, from, to);
        // As mdast-util-gfm-task-list-item: the paragraph starts at its text, or at the checkbox when an inline node comes first.
        const start = inline[0]?.type === "text" ? inline[0].position!.start : this.lines.point(child.from);
        built = [{ type: "paragraph", children: inline, position: { start, end: this.lines.point(child.to) } }];
      } else built = this.block(child);
      if (previousEnd !== -1 && this.blankLineBetween(previousEnd, child.from)) spread = true;
      children.push(...built);
      previousEnd = child.to;
      end = child.to;
    }
    if (children.length === 0) return notCovered("empty list item");
    return { node: { type: "listItem", spread, checked, children, position: this.position(mark.from, children.at(-1)!.position!.end.offset!) }, end };
  }

  blockquote(node: SyntaxNode): Blockquote {
    const children: BlockContent[] = [];
    this.containers++;
    this.quotes++;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === "QuoteMark") continue;
      children.push(...this.block(child));
    }
    this.containers--;
    this.quotes--;
    return { type: "blockquote", children, position: this.position(node.from, node.to) };
  }

  table(node: SyntaxNode): Table {
    const { text } = this;
    // After a line of text, GFM and lezer disagree on where a table starts.
    if (node.from > 0 && !/(?:^|\n)[ \t>]*\n[ \t>]*$/.test(text.slice(Math.max(0, node.from - 200), node.from)) && !(node.from < 200 && /^[ \t]*$/.test(text.slice(0, node.from)))) {
      return notCovered("a table right after other text");
    }
    const rows: TableRow[] = [];
    let align: Table["align"] = [];
    for (let row = node.firstChild; row; row = row.nextSibling) {
      if (row.name === "TableDelimiter") {
        align = text
          .slice(row.from, row.to)
          .replace(/^\s*\|/, "")
          .replace(/\|\s*$/, "")
          .split("|")
          .map((cell) => {
            const c = cell.trim();
            const left = c.startsWith(":");
            const right = c.endsWith(":");
            return left && right ? "center" : left ? "left" : right ? "right" : null;
          });
        continue;
      }
      if (row.name !== "TableHeader" && row.name !== "TableRow") return notCovered(`table part ${row.name}`);
      // A body row without a pipe, indented like code, or starting like another block (`2) |a`, a
      // list for micromark): micromark may end the table there.
      if (row.name === "TableRow" && (!/[^|\s]/.test(text.slice(row.from, row.to)) || !text.slice(row.from, row.to).includes("|") || /^ {4}/.test(text.slice(text.lastIndexOf("\n", row.from) + 1, row.from + 1)) || BLOCK_START.test(text.slice(row.from, row.to)))) {
        return notCovered("a table row micromark may not read as one");
      }
      rows.push(this.tableRow(row));
    }
    // GFM continues a table on any next line that starts no other block; lezer stops at some of them.
    if (/^\n[ \t]*[^ \t\n]/.test(text.slice(node.to, node.to + 200))) return notCovered("a line right after a table");
    return { type: "table", align, children: rows, position: this.position(node.from, node.to) };
  }

  tableRow(row: SyntaxNode): TableRow {
    const cells: TableCell[] = [];
    // A cell runs from its leading pipe (or the row's start) to the next pipe; the last one takes its trailing pipe.
    let cellStart = row.from;
    let content: SyntaxNode | undefined;
    const close = (to: number) => {
      this.inTable = true;
      const children = content ? this.blockInline(content, content.from, this.trimEnd(content.to, content.from)) : [];
      this.inTable = false;
      cells.push({ type: "tableCell", children, position: this.position(cellStart, to) });
      content = undefined;
    };
    let sawContent = false;
    for (let part = row.firstChild; part; part = part.nextSibling) {
      if (part.name === "TableDelimiter") {
        if (part.from === row.from) continue; // leading pipe
        if (sawContent || content) {
          if (part.to === row.to) close(part.to);
          else close(part.from);
        } else {
          // an empty cell between two pipes
          cells.push({ type: "tableCell", children: [], position: this.position(cellStart, part.to === row.to ? part.to : part.from) });
        }
        cellStart = part.from;
        sawContent = false;
      } else if (part.name === "TableCell") {
        content = part;
        sawContent = true;
      } else return notCovered(`table cell part ${part.name}`);
    }
    if (content) close(this.trimEnd(row.to));
    return { type: "tableRow", children: cells, position: this.position(row.from, row.to) };
  }

  htmlBlock(node: SyntaxNode): Html {
    const lineEnd = this.text.indexOf("\n", node.from);
    // Inside a list item or quote, micromark leaves the container's prefix out of each later line.
    if (this.containers > 0 && this.text.slice(node.from, node.to).includes("\n")) return notCovered("a multi-line HTML block in a container");
    if (!isHtmlBlockStart(this.text.slice(node.from, lineEnd === -1 ? this.text.length : lineEnd))) return notCovered("an HTML block micromark may not read as one");
    // micromark keeps the indentation before the block's `<` (up to three spaces) in its value.
    const lineStart = this.text.lastIndexOf("\n", node.from - 1) + 1;
    let from = node.from;
    if (this.containers === 0 && /^ {1,3}$/.test(this.text.slice(lineStart, node.from))) from = lineStart;
    else if (this.containers > 0 && node.from > lineStart && this.text[node.from - 1] === " " && this.text[node.from - 2] === " ") return notCovered("an indented HTML block in a container");
    return { type: "html", value: this.text.slice(from, node.to), position: this.position(from, node.to) };
  }

  /** The phrasing content of a block (paragraph, heading, cell): inline, with the block's `~` counted. */
  blockInline(container: SyntaxNode, from: number, to: number, stop = to): PhrasingContent[] {
    // Within the block only: an indexOf from here would scan the rest of the document for each block.
    const block = this.text.slice(from, to);
    let tildes = 0;
    for (let i = block.indexOf("~"); i !== -1; i = block.indexOf("~", i + 1)) tildes++;
    this.blockTildes = tildes;
    this.blockMultiline = block.includes("\n");
    this.blockBrackets = 0;
    return this.inline(container, from, to, stop);
  }

  /**
   * The phrasing content of `container` between `from` and `to`: its inline nodes, and text
   * between them as micromark gives it (whitespace at a line's start and end left out, line
   * endings kept, escapes resolved), adjacent text merged into one node.
   */
  inline(container: SyntaxNode, from: number, to: number, stop = to): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    let at = from;
    for (let child = container.firstChild; child && child.from < stop; child = child.nextSibling) {
      if (child.to <= from) continue;
      if (child.from < at) return notCovered("overlapping inline nodes");
      this.text_(out, at, Math.min(child.from, to));
      // A block quote's `>` on a continuation line: skipped like the line's indentation.
      if (child.name === "QuoteMark") at = this.skipQuoteMark(child);
      else at = Math.max(at, this.phrasing(out, child));
    }
    if (at < to) this.text_(out, at, to);
    return out;
  }

  /** Append the text of `[from, to)` to `out`, merging with a text node already at its end. */
  text_(out: PhrasingContent[], from: number, to: number): void {
    const { text } = this;
    if (from >= to) return;
    const segment = text.slice(from, to);
    if (SPECIAL_TEXT.test(segment)) {
      const problem = this.textProblem(segment);
      if (problem) return notCovered(`text with ${problem}`);
      if (segment.includes("[")) this.blockBrackets++;
    }
    let value = "";
    let start = -1;
    let end = from;
    let i = from;
    while (i < to) {
      let lineEnd = i;
      while (lineEnd < to && text.charCodeAt(lineEnd) !== 10) lineEnd++;
      // Leading whitespace after a line ending is not data; trailing whitespace before one is not either.
      let s = i;
      if (i > from || this.afterLineEnding(i)) while (s < lineEnd && (text[s] === " " || text[s] === "\t")) s++;
      const e = lineEnd < to ? this.trimEnd(lineEnd, s) : lineEnd;
      if (e > s) {
        if (start === -1) start = s;
        value += text.slice(s, e);
        end = e;
      }
      if (lineEnd < to) {
        if (start === -1) start = lineEnd;
        value += "\n";
        end = lineEnd + 1;
      }
      i = lineEnd + 1;
    }
    if (start === -1) return;
    const tail = out.at(-1);
    if (tail?.type === "text") {
      tail.value += value;
      tail.position!.end = this.lines.point(end);
    } else out.push({ type: "text", value, position: this.position(start, end) });
  }

  /** What in a run of text this module cannot read as remark does, if anything. */
  textProblem(segment: string): string | undefined {
    // One `~` in a block pairs with nothing; two may be remark's `~strikethrough~`.
    if (segment.includes("~") && this.blockTildes !== 1) return "~";
    // micromark ends a text node differently after a backtick that opens no code span.
    if (segment.includes("`") && this.blockMultiline) return "a backtick that opens no code span, in a block of several lines";
    if (/\\[!-/:-@[-`{-~\n]/.test(segment)) return "a backslash escape";
    if (/&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/.test(segment)) return "a character reference";
    return undefined;
  }

  /** Past a `>` and the whitespace after it; the text after it then starts a line. */
  skipQuoteMark(mark: SyntaxNode): number {
    let i = mark.to;
    while (this.text[i] === " " || this.text[i] === "\t") i++;
    this.quoteLineStart = i;
    return i;
  }

  /** Where text after a continuation line's `>` starts: it is read as a line's start. */
  quoteLineStart = -1;

  /** Whether `i` starts a line (after a line ending). */
  afterLineEnding(i: number): boolean {
    return (i > 0 && this.text[i - 1] === "\n") || i === this.quoteLineStart;
  }

  /** Append the mdast of inline node `node` to `out`; returns where it ends. */
  phrasing(out: PhrasingContent[], node: SyntaxNode): number {
    const { text } = this;
    const position = this.position(node.from, node.to);
    switch (node.name) {
      case "Emphasis":
      case "StrongEmphasis":
      case "Strikethrough": {
        const open = node.firstChild!;
        const close = node.lastChild!;
        const children = this.inline(node, open.to, close.from);
        const type = node.name === "Emphasis" ? "emphasis" : node.name === "StrongEmphasis" ? "strong" : "delete";
        out.push({ type, children, position } as PhrasingContent);
        return node.to;
      }
      case "InlineCode": {
        const open = node.firstChild!;
        const close = node.lastChild!;
        if (open.from === close.from) return notCovered("unclosed code span");
        let value = text.slice(open.to, close.from);
        if (value.includes("\n")) return notCovered("line ending in a code span");
        if (this.inTable) value = value.replace(/\\\|/g, "|");
        if (value.length > 2 && value.startsWith(" ") && value.endsWith(" ") && /[^ ]/.test(value)) value = value.slice(1, -1);
        out.push({ type: "inlineCode", value, position } satisfies InlineCode);
        return node.to;
      }
      case "HardBreak": {
        if (text[node.from] === "\\") return notCovered("backslash hard break");
        out.push({ type: "break", position });
        return node.to;
      }
      case "Escape": {
        const value = text[node.from + 1]!;
        const tail = out.at(-1);
        if (tail?.type === "text") {
          tail.value += value;
          tail.position!.end = this.lines.point(node.to);
        } else out.push({ type: "text", value, position });
        return node.to;
      }
      case "HTMLTag":
      case "Comment": {
        const raw = text.slice(node.from, node.to);
        if (raw.includes("\n")) return notCovered("line ending in inline HTML");
        const valid = node.name === "Comment" ? /^<!--(?:>|->|[^]*-->)$/.test(raw) && !raw.slice(4, -3).includes("-->") : TAG.exec(raw)?.[0] === raw;
        if (!valid) return notCovered("inline HTML micromark may not read as HTML");
        out.push({ type: "html", value: raw, position } satisfies Html);
        return node.to;
      }
      case "Link":
      case "Image":
        if (this.isPlainReference(node)) {
          // Its brackets made no link: they open none later either, so they do not count.
          const brackets = this.blockBrackets;
          this.text_(out, node.from, node.to);
          this.blockBrackets = brackets;
        } else out.push(this.link(node, position));
        return node.to;
      case "Autolink": {
        const url = node.getChild("URL");
        if (!url) return notCovered("autolink without URL");
        const raw = text.slice(url.from, url.to);
        if (/[\\&]/.test(raw)) return notCovered("escape or reference in an autolink");
        const href = /^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:/.test(raw) ? raw : `mailto:${raw}`;
        out.push({ type: "link", title: null, url: href, children: [{ type: "text", value: raw, position: this.position(url.from, url.to) }], position } satisfies Link);
        return node.to;
      }
      default:
        return notCovered(`inline ${node.name}`);
    }
  }

  /**
   * A reference (`[text]`, `[text][]`, `[text][id]`, or an image's), which lezer makes a link
   * whatever the definitions. This module reads no document that has definitions (DEFINITION), so
   * for micromark it is the text as written, provided nothing in it could pair with a delimiter
   * outside it or be a link of its own (plain text only), nothing after it could make its brackets
   * a link's (`[a][b](c)`), and no `[` before it in the block could open a link around it
   * (`[a [b] c](d)`, a link for micromark, where lezer stops at `[b]`).
   */
  isPlainReference(node: SyntaxNode): boolean {
    if (this.blockBrackets > 0) return false;
    const next = this.text[node.to];
    if (next === "(" || next === "[") return false;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.name !== "LinkMark" && c.name !== "LinkLabel") return false;
    const raw = this.text.slice(node.from, node.to);
    if (!PLAIN_REFERENCE.test(raw) || /www\./i.test(raw)) return false;
    // `[x]` or `[ ]` where a list item's content starts may be micromark's task checkbox
    // (`- [x]` then a line ending), which lezer's reads only before a space.
    const lineStart = this.text.lastIndexOf("\n", node.from - 1) + 1;
    return !(/^\[[ \txX]\]$/.test(raw) && /^[ \t>*+\-\d.)]*$/.test(this.text.slice(lineStart, node.from)));
  }

  link(node: SyntaxNode, position: Position): Link | Image {
    const { text } = this;
    const marks: SyntaxNode[] = [];
    let url: SyntaxNode | undefined;
    let title: SyntaxNode | undefined;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === "LinkMark") marks.push(c);
      else if (c.name === "URL") url = c;
      else if (c.name === "LinkTitle") title = c;
      else if (c.name === "LinkLabel") return notCovered("reference link");
    }
    // [ label ] ( destination title )
    if (marks.length !== 4 || text[marks[2]!.from] !== "(") return notCovered("link without a destination");
    const labelFrom = marks[0]!.to;
    const labelTo = marks[1]!.from;
    if (text.slice(labelFrom, labelTo).includes("\n")) return notCovered("line ending in link text");
    const destination = url ? text.slice(url.from, url.to) : "";
    if (/[\\&\n]/.test(destination)) return notCovered("escape, reference or line ending in a destination");
    const bracketed = destination.startsWith("<");
    const href = bracketed ? destination.slice(1, -1) : destination;
    let titleValue: string | null = null;
    if (title) {
      const raw = text.slice(title.from + 1, title.to - 1);
      if (/[\\&\n]/.test(raw)) return notCovered("escape, reference or line ending in a title");
      titleValue = raw;
    }
    const children = this.inline(node, labelFrom, labelTo, labelTo);
    let built: Link | Image;
    if (node.name === "Image") built = { type: "image", title: titleValue, url: href, alt: toString(children), position };
    else built = { type: "link", title: titleValue, url: href, children: children as Link["children"], position };
    recordSpan(built, "label", labelFrom, labelTo);
    if (url) recordSpan(built, "destination", url.from + (bracketed ? 1 : 0), url.to - (bracketed ? 1 : 0));
    return built;
  }
}

/** CommonMark's HTML tags, strictly: lezer also takes names such as `<research_guide>`. */
const ATTRIBUTE = String.raw`(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t\n"'=<>\x60]+|'[^'\n]*'|"[^"\n]*"))?)`;
const TAG = new RegExp(String.raw`^(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)`);
const BLOCK_NAMES = new Set(htmlBlockNames);
const RAW_NAMES = new Set(htmlRawNames);

/** Whether the first line of an HTML block starts one as micromark reads it (CommonMark's seven kinds). */
function isHtmlBlockStart(line: string): boolean {
  if (/^<!--/.test(line)) return true;
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(line);
  if (!name) return false;
  const lower = name[1]!.toLowerCase();
  const after = line.slice(name[0].length);
  if (!line.startsWith("</") && RAW_NAMES.has(lower)) return /^(?:[ \t>]|$)/.test(after);
  if (BLOCK_NAMES.has(lower)) return /^(?:[ \t>]|\/>|$)/.test(after);
  // Any other complete tag, alone on its line.
  const tag = TAG.exec(line);
  return tag !== null && !RAW_NAMES.has(lower) && /^[ \t]*$/.test(line.slice(tag[0].length));
}

/** A line that could be a table's delimiter row. */
const DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/m;

/** A line whose indentation holds a tab. */
const TAB_INDENT = /^[ >]*\t/gm;

/** The start of a list item's content that is a checkbox, or a `[`, alone on its line. */
const ALONE_CHECKBOX = /^\[(?:[ \txX]\][ \t]*)?\n/;

/** The start of a list item's content that is another list marker, after a checkbox or not. */
const NESTED_MARKER = /^(?:\[[ \txX]\][ \t]+)?(?:[-+*]|\d{1,9}[.)])(?:[ \t\n]|$)/;

/** A line that starts like a block other than a paragraph or table row (list item, quote, heading, fence, HTML). */
const BLOCK_START = /^ {0,3}(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|>|#{1,6}(?:[ \t]|$)|```|~~~|<)/;

/** A continuation line that starts like a list item. */
const LIST_LINE = /\n[ \t>]*(?:\d{1,9}[.)]|[-+*])(?:[ \t]|$)/m;

/** A line that may define a reference or footnote, inside containers too. */
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m;

/**
 * A reference of plain text: none of the delimiters, brackets, escapes, character references,
 * HTML or autolinks (`:`, `@`, `www.`) that could mean something inside it or reach outside it.
 */
const PLAIN_REFERENCE = /^!?\[[^*_~`<>!\\&[\]:@]*\](?:\[[^*_~`<>!\\&[\]:@]*\])?$/;

/** Characters whose meaning in text depends on more than this module reads. */
const SPECIAL_TEXT = /[~`&\\[\]]/;

/** `line` without up to `indent` leading spaces. */
function stripIndent(line: string, indent: number): string {
  let i = 0;
  while (i < indent && line[i] === " ") i++;
  return line.slice(i);
}
