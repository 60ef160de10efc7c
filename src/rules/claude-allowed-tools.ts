/**
 * claude-allowed-tools: an `allowed-tools` entry that names no tool Claude Code knows, in files
 * checked against Claude Code. Claude Code keeps it as a permission rule that matches nothing, so
 * the tool the author meant still asks for permission. The tool names are the catalog's.
 */
import type { Range } from "../model/types.js";
import { defineRule } from "./define.js";

/** The entries of a string value with their offsets: separated by spaces or commas outside `(…)`. */
function entriesOf(value: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    const separator = c === undefined || (depth === 0 && (c === "," || /\s/.test(c)));
    if (separator) {
      if (start >= 0) out.push({ text: value.slice(start, i), start });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
  }
  return out;
}

export default defineRule({
  id: "claude-allowed-tools",
  meta: {
    description: "An `allowed-tools` entry that names no Claude Code tool (warning)",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      unknown: "Unexpected tool `{{tool}}` in `allowed-tools`, expected a Claude Code tool (`Read`, `Bash(git:*)`, `mcp__server__tool`, …)",
      wrongCase: "Unexpected tool `{{tool}}` in `allowed-tools`, expected `{{expected}}`",
    },
  },
  check(ctx) {
    const vocabulary = ctx.agents.find((a) => a.id === "claude")?.vocabulary;
    const fm = ctx.doc.frontmatter;
    const value = fm?.data?.["allowed-tools"];
    if (!vocabulary || !fm || value === undefined || value === null) return;
    const known = new Set([...vocabulary.tools, ...Object.keys(vocabulary.toolAliases)]);
    const byLowerCase = new Map([...known].map((t) => [t.toLowerCase(), t]));
    const { text, lines } = ctx.doc;

    const check = (entry: string, at: Range) => {
      const tool = entry.replace(/\(.*$/s, "").trim();
      if (tool === "" || known.has(tool) || tool.startsWith("mcp__") || tool.includes("*")) return;
      const expected = byLowerCase.get(tool.toLowerCase());
      if (expected) ctx.report({ messageId: "wrongCase", data: { tool, expected }, at });
      else ctx.report({ messageId: "unknown", data: { tool }, at });
    };

    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        if (typeof item === "string") check(item, fm.rangeOf(["allowed-tools", i]) ?? fm.range);
      });
      return;
    }
    if (typeof value !== "string") return;
    const range = fm.rangeOf(["allowed-tools"]) ?? fm.range;
    // Where the value is written as is (plain, or quoted without escapes), each entry is placed
    // at its own column; otherwise at the value.
    const written = text.slice(range.start.offset, range.end.offset);
    const shift = written === value ? 0 : written === `"${value}"` || written === `'${value}'` ? 1 : undefined;
    for (const entry of entriesOf(value)) {
      if (shift === undefined) {
        check(entry.text, range);
        continue;
      }
      const start = range.start.offset + shift + entry.start;
      check(entry.text, { start: lines.point(start), end: lines.point(start + entry.text.length) });
    }
  },
});
