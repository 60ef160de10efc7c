/**
 * Inline configuration comments: `skillc-disable`, `skillc-enable`, `skillc-disable-line`,
 * `skillc-disable-next-line` and `skillc-disable-file` (the whole file, frontmatter included:
 * a comment cannot stand inside the frontmatter, as markdownlint's `markdownlint-disable-file`).
 */
import type { Comment } from "../model/types.js";

/**
 * The directive's name; rule ids and an optional `-- description` follow it. The rest is split
 * in code: a lazy `([^]*?)` before `\s*(?:--…)?$` retried the whitespace from every character
 * of a long gap, quadratic in the comment's length.
 */
const DIRECTIVE = /^skillc-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|--|$)/;

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
    const rest = comment.value.slice(m[0].length);
    const dashes = rest.indexOf("--");
    const ids = (dashes === -1 ? rest : rest.slice(0, dashes)).split(/[\s,]+/).filter(Boolean);
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

  // Line ranges per rule id ("*": every rule), merged and sorted: a lookup is a binary search, not
  // a pass over every region (a file of many comments and many findings was quadratic).
  const byRule = new Map<string, [number, number][]>();
  for (const r of regions) {
    for (const id of r.rules ?? ["*"]) {
      const list = byRule.get(id);
      if (list) list.push([r.from, r.to]);
      else byRule.set(id, [[r.from, r.to]]);
    }
  }
  for (const [id, list] of byRule) byRule.set(id, merged(list));
  return (ruleId, line) => covers(byRule.get("*"), line) || covers(byRule.get(ruleId), line);
}

/** Line ranges sorted by start, overlapping ones joined. */
function merged(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Does one of the sorted, disjoint `ranges` hold `line`? */
function covers(ranges: [number, number][] | undefined, line: number): boolean {
  if (!ranges) return false;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid]![0] <= line) lo = mid;
    else hi = mid - 1;
  }
  const [from, to] = ranges[lo]!;
  return from <= line && line <= to;
}
