/**
 * unknown-frontmatter-key: a frontmatter key outside the Agent Skills specification and
 * skillc's authoring keys. A warning: agents extend the format, but strict validators reject it.
 * Option `allow`: top-level keys the project's agents read, not reported.
 */
import { AGENTS } from "../agents/index.js";
import type { Edit } from "../model/edits.js";
import type { SkillDocument } from "../model/types.js";
import { defineRule } from "./define.js";

export default defineRule({
  id: "unknown-frontmatter-key",
  meta: {
    description: "A frontmatter key that the Agent Skills specification does not define (warning)",
    defaultSeverity: "warn",
    preset: "recommended",
    fixable: true,
    scope: "all",
    options: {
      schema: {
        type: "object",
        properties: {
          allow: {
            description: "Top-level frontmatter keys your agents read that the specification does not define; not reported.",
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
      defaults: { allow: [] as string[] },
    },
    messages: {
      topLevel: "Unexpected frontmatter key `{{key}}`: not an Agent Skills field, so strict validators reject it (move it under `metadata`)",
      nested: "Unexpected key `{{key}}` in `{{parent}}`",
    },
  },
  check(ctx) {
    for (const issue of ctx.frontmatterIssues()) {
      if (issue.keyword !== "additionalProperties") continue;
      const key = issue.path.at(-1) ?? "";
      if (issue.path.length === 1 && ctx.options.allow.includes(key)) continue;
      // A field one of the file's agents reads (Claude Code's `model`) is that agent's, not unknown:
      // whether the others ignore it is the portability rule's.
      if (issue.path.length === 1 && ctx.agents.some((a) => (a.frontmatter as readonly string[]).includes(key))) continue;
      if (issue.path.length === 1) {
        const fix = toMetadata(ctx.doc, key);
        ctx.report({ messageId: "topLevel", data: { key }, at: issue.range, ...(fix ? { fix } : {}) });
      }
      else ctx.report({ messageId: "nested", data: { key, parent: issue.path.slice(0, -1).join(".") }, at: issue.range });
    }
  },
});

/**
 * The key's line moved under `metadata` as a string entry (`metadata` values are strings in the
 * specification), its value as written: only for a scalar on a line of its own that no agent
 * reads at the top level, into a block `metadata` that lacks the key, or a new `metadata` at
 * the end of the frontmatter.
 */
function toMetadata(doc: SkillDocument, key: string): Edit[] | undefined {
  const fm = doc.frontmatter;
  const data = fm?.data;
  if (!fm || !data || !/^[A-Za-z0-9_-]+$/.test(key)) return undefined;
  const value = data[key];
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return undefined;
  // A field an agent reads (Claude Code's `model`) works where it is: moving it would break that agent.
  if (AGENTS.some((a) => (a.frontmatter as readonly string[]).includes(key))) return undefined;
  const keyAt = fm.rangeOf([key], true);
  const valueAt = fm.rangeOf([key]);
  if (!keyAt || !valueAt || keyAt.start.line !== valueAt.end.line || keyAt.start.column !== 1) return undefined;
  // The value as written (`0777` stays `"0777"`, never the number a reader makes of it), and
  // nothing after it on the line (a comment would be lost with the line).
  const source = doc.text.slice(valueAt.start.offset, valueAt.end.offset);
  const after = doc.text.slice(valueAt.end.offset, doc.lines.lineStart(keyAt.start.line + 1)).trim();
  if (after !== "" || source.includes("\n")) return undefined;
  const written = /^["']/.test(source) ? source : JSON.stringify(source);
  const eol = /\r\n/.test(doc.text) ? "\r\n" : "\n";
  const line = keyAt.start.line;
  const remove: Edit = { start: doc.lines.lineStart(line), end: doc.lines.lineStart(line + 1), text: "" };
  const entry = `${key}: ${written}`;
  const metadata = data.metadata;
  if (metadata === undefined) {
    // A new block just before the closing fence.
    const at = doc.lines.lineStart(fm.range.end.line);
    return [remove, { start: at, end: at, text: `metadata:${eol}  ${entry}${eol}` }];
  }
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata) || key in metadata) return undefined;
  const entries = Object.keys(metadata);
  const first = entries[0] === undefined ? undefined : fm.rangeOf(["metadata", entries[0]], true);
  const block = fm.rangeOf(["metadata"]);
  const metadataKey = fm.rangeOf(["metadata"], true);
  // Block style only: the entries on lines of their own below `metadata:`.
  if (!first || !block || !metadataKey || first.start.line <= metadataKey.start.line) return undefined;
  const indent = " ".repeat(first.start.column - 1);
  const lastLine = doc.lines.point(Math.max(block.start.offset, block.end.offset - 1)).line;
  const at = doc.lines.lineStart(lastLine + 1);
  return [remove, { start: at, end: at, text: `${indent}${entry}${eol}` }];
}
