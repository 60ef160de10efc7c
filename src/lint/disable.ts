/**
 * Inline configuration comments: `skillc-disable`, `skillc-enable`, `skillc-disable-line`,
 * `skillc-disable-next-line` and `skillc-disable-file` (the whole file, frontmatter included:
 * a comment cannot stand inside the frontmatter, as markdownlint's `markdownlint-disable-file`).
 */
import type { Comment } from "../model/types.js";

const DIRECTIVE = /^skillc-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([^]*?))?\s*(?:--[^]*)?$/;

interface Region {
  from: number;
  to: number;
  /** Undefined: every rule. */
  rules?: Set<string>;
}

/** A predicate that tells whether a diagnostic of `ruleId` at `line` is turned off. */
export function disabledBy(comments: readonly Comment[]): (ruleId: string, line: number) => boolean {
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule id ("*" for all) -> line of its disable comment
  for (const comment of comments) {
    // A directive is a short line; matching a huge comment against the lazy pattern is quadratic.
    const m = comment.value.length <= 4096 ? DIRECTIVE.exec(comment.value) : null;
    if (!m) continue;
    const kind = m[1]!;
    const ids = (m[2] ?? "").split(/[\s,]+/).filter(Boolean);
    const line = comment.range.start.line;
    const endLine = comment.range.end.line;
    const rules = ids.length > 0 ? new Set(ids) : undefined;
    if (kind === "disable-next-line") regions.push({ from: endLine + 1, to: endLine + 1, rules });
    else if (kind === "disable-line") regions.push({ from: line, to: endLine, rules });
    else if (kind === "disable-file") regions.push({ from: 1, to: Infinity, rules });
    else if (kind === "disable") {
      for (const id of ids.length > 0 ? ids : ["*"]) if (!open.has(id)) open.set(id, line);
    } else {
      for (const id of ids.length > 0 ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        regions.push({ from, to: line, rules: id === "*" ? undefined : new Set([id]) });
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) regions.push({ from, to: Infinity, rules: id === "*" ? undefined : new Set([id]) });
  if (regions.length === 0) return () => false;
  return (ruleId, line) => regions.some((r) => line >= r.from && line <= r.to && (!r.rules || r.rules.has(ruleId)));
}
