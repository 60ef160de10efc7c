/**
 * Code actions: each rule's fix as a quick fix (the same edit `skillc lint --fix` makes), "fix
 * all" as a source action, and disable comments for a line or the file. Edits are text edits
 * made from the model's offsets; nothing here parses.
 */
import type { Diagnostic } from "../model/diagnostic.js";
import type { SkillDocument } from "../model/types.js";
import { linesOf } from "./knowledge.js";

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Action {
  title: string;
  kind: "quickfix" | "source.fixAll";
  /** The diagnostic it resolves, when it is one's. */
  diagnostic?: Diagnostic;
  edits: TextEdit[];
  preferred?: boolean;
}

/** Rules whose diagnostics a comment cannot turn off usefully: the file could not be read at all. */
const NOT_DISABLEABLE = new Set(["encoding", "limits"]);

/** Quick fixes and disable comments for the diagnostics that touch lines `from`..`to` (1-based). */
export function actionsFor(doc: SkillDocument, messages: readonly Diagnostic[], from: number, to: number): Action[] {
  const out: Action[] = [];
  const touching = messages.filter((m) => m.line <= to && m.endLine >= from);
  for (const m of touching) {
    if (m.fix) out.push({ title: `Fix: ${m.message}`, kind: "quickfix", diagnostic: m, edits: [{ start: m.fix.range[0], end: m.fix.range[1], newText: m.fix.text }], preferred: true });
  }
  const seen = new Set<string>();
  for (const m of touching) {
    if (NOT_DISABLEABLE.has(m.ruleId)) continue;
    const line = disableLineEdit(doc, m);
    if (line && !seen.has(`line ${m.ruleId} ${m.line}`)) {
      seen.add(`line ${m.ruleId} ${m.line}`);
      out.push({ title: `Disable ${m.ruleId} for this line`, kind: "quickfix", diagnostic: m, edits: [line] });
    }
    if (!seen.has(`file ${m.ruleId}`)) {
      seen.add(`file ${m.ruleId}`);
      out.push({ title: `Disable ${m.ruleId} for this file`, kind: "quickfix", diagnostic: m, edits: [disableFileEdit(doc, m.ruleId)] });
    }
  }
  return out;
}

/**
 * `<!-- skillc-disable-next-line RULE -->` on a line of its own above the diagnostic's line, at
 * its indentation; none where such a line would change the document (inside the frontmatter, or
 * past the first line of a code block, table, HTML block or paragraph), where only the file-wide
 * comment works.
 */
export function disableLineEdit(doc: SkillDocument, m: Diagnostic): TextEdit | undefined {
  const fm = doc.frontmatter?.range;
  if (fm && m.line <= fm.end.line) return undefined;
  if (insideBlock(doc, m.line)) return undefined;
  const text = linesOf(doc)[m.line - 1] ?? "";
  const indent = /^[ \t]*/.exec(text)![0];
  const start = doc.lines.lineStart(m.line);
  return { start, end: start, newText: `${indent}<!-- skillc-disable-next-line ${m.ruleId} -->${eol(doc)}` };
}

/** `<!-- skillc-disable-file RULE -->` right after the frontmatter (or at the top): it covers the frontmatter too. */
export function disableFileEdit(doc: SkillDocument, ruleId: string): TextEdit {
  const fm = doc.frontmatter?.range;
  const start = fm ? doc.lines.lineStart(fm.end.line + 1) : 0;
  const atEnd = fm !== undefined && start === doc.text.length && !/[\r\n]$/.test(doc.text);
  const nl = eol(doc);
  return { start, end: start, newText: `${atEnd ? nl : ""}<!-- skillc-disable-file ${ruleId} -->${nl}` };
}

const BLOCKS = new Set(["code", "html", "table", "yaml", "paragraph", "heading"]);

/** Is `line` inside a block that a comment line would break (code, table rows after the header, HTML), rather than at its start? */
function insideBlock(doc: SkillDocument, line: number): boolean {
  let inside = false;
  const visit = (node: { type: string; position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }): void => {
    const p = node.position;
    if (!p || line < p.start.line || line > p.end.line || inside) return;
    // Past a block's first line, a comment line would split a paragraph or table, or become code.
    if (BLOCKS.has(node.type) && line > p.start.line) inside = true;
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(doc.tree as unknown as Parameters<typeof visit>[0]);
  return inside;
}

function eol(doc: SkillDocument): string {
  return /\r\n/.test(doc.text) ? "\r\n" : "\n";
}
