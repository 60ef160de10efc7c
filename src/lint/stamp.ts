/**
 * The runner, not the rule, adds the rule id, severity, docs URL and final message text: one
 * place for the diagnostics of file rules, project rules and what `build` refuses.
 */
import type { Diagnostic } from "../model/diagnostic.js";
import { mergeEdits, type Edit } from "../model/edits.js";
import type { Range, SkillDocument } from "../model/types.js";
import { ruleDocsUrl, type Report, type Rule } from "../rules/define.js";
import { rules, type RuleId } from "../rules/index.js";
import { redact, secretsIn } from "./redact.js";

/** A rule's diagnostic in `doc`, its place checked to lie inside the file. */
export function stamp(rule: Rule, doc: SkillDocument, report: Report<string>, severity: 1 | 2): Diagnostic {
  assertInside(rule.id, doc, report.at);
  const d = stampAt(rule, report, severity, () => secretsIn(doc));
  if (report.fix) {
    const edits = Array.isArray(report.fix) ? report.fix : [report.fix as Edit];
    for (const e of edits) {
      if (!(e.start >= 0 && e.start <= e.end && e.end <= doc.text.length)) throw new Error(`skillc bug: rule ${rule.id} fixed ${e.start}-${e.end} outside ${doc.path}`);
    }
    if (!rule.meta.fixable) throw new Error(`skillc bug: rule ${rule.id} reported a fix without meta.fixable`);
    const merged = mergeEdits(doc.text, edits);
    d.fix = { range: [merged.start, merged.end], text: merged.text };
  }
  return d;
}

/** A diagnostic made outside a rule's check (what `build` refuses), stamped as a rule's own: an error, never disabled. */
export function diagnosticAt(doc: SkillDocument, ruleId: RuleId, messageId: string, data: Record<string, string | number>, at: Range): Diagnostic {
  const rule = (rules as readonly Rule[]).find((r) => r.id === ruleId)!;
  return stamp(rule, doc, { messageId, data, at }, 2);
}

/** As markdownlint's engine does: a rule that cannot place a problem inside the file is a bug. */
export function assertInside(ruleId: string, doc: SkillDocument, at: Range): void {
  const { start, end } = at;
  const lines = doc.lines.lineCount;
  if (start.line < 1 || start.line > lines || start.column < 1 || end.line < start.line || end.line > lines) {
    throw new Error(`skillc bug: rule ${ruleId} reported ${start.line}:${start.column}-${end.line}:${end.column} outside ${doc.path}`);
  }
}

/**
 * A diagnostic at a place already checked, with whatever its message quotes from the file masked
 * by `secrets` (the file's, asked for only when a message quotes something), once, for every
 * rule and format.
 */
export function stampAt(rule: Rule, report: Report<string>, severity: 1 | 2, secrets: () => readonly string[]): Diagnostic {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`skillc bug: rule ${rule.id} has no message ${report.messageId}`);
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => redact(String(report.data?.[key] ?? ""), secrets()));
  const { start, end } = report.at;
  return {
    ruleId: rule.id,
    severity,
    message,
    messageId: report.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    url: ruleDocsUrl(rule.id),
  };
}

/**
 * The order of a file's diagnostics: by line, column, then rule id. Rule ids are compared by
 * code unit, not with `localeCompare`: their kebab-case ASCII sorts the same either way, and the
 * first `localeCompare` of a process loads ICU's collation data (8–12 ms measured on 2 cores),
 * which a one-file run paid whenever two diagnostics shared a position.
 */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
