/**
 * frontmatter: the file must open with a YAML frontmatter block that parses and
 * follows skill.schema.json (the Agent Skills fields plus `triggers` and `integration`).
 */
import type { Edit } from "../model/edits.js";
import { FILE_START } from "../model/positions.js";
import type { SkillDocument } from "../model/types.js";
import { defineRule } from "./define.js";
import { SCHEMA_MESSAGES, schemaMessage } from "./schema-messages.js";

export default defineRule({
  id: "frontmatter",
  meta: {
    description: "No frontmatter, a YAML syntax error, or a frontmatter schema violation",
    defaultSeverity: "error",
    preset: "recommended",
    fixable: true,
    scope: "all",
    messages: {
      noFrontmatter: "Missing frontmatter, expected a `---` block with `name` and `description` at the top of the file",
      unclosed: "Unclosed frontmatter: the opening `---` has no closing `---`",
      yamlSyntax: "Invalid YAML in the frontmatter: {{reason}}",
      notMapping: "Unexpected frontmatter shape, expected a YAML mapping of keys to values",
      ...SCHEMA_MESSAGES,
      notBuildable: "Not built: agents would reject the bundle's frontmatter ({{reason}})",
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const problem of doc.problems) {
      if (problem.ruleId !== "frontmatter") continue;
      ctx.report({ messageId: problem.messageId as "unclosed" | "yamlSyntax" | "notMapping", data: problem.data, at: problem.range });
    }
    if (!doc.readable) return;
    if (!doc.frontmatter && !doc.problems.some((p) => p.messageId === "unclosed")) {
      ctx.report({ messageId: "noFrontmatter", at: FILE_START });
      return;
    }
    for (const issue of ctx.frontmatterIssues()) {
      // Unknown keys are warnings of their own rule: agents extend the format.
      if (issue.keyword === "additionalProperties") continue;
      const fix = issue.path.length === 1 && issue.path[0] === "description" && issue.keyword === "pattern" ? withoutTags(doc) : undefined;
      ctx.report({ ...schemaMessage(issue), at: issue.range, ...(fix ? { fix } : {}) });
    }
  },
});

/** Inline HTML an agent would show as tags: removed with its brackets; any other `<word>` keeps its word. */
const FORMATTING = new Set(["b", "i", "em", "strong", "code", "u", "s", "br", "sup", "sub", "span", "p", "kbd", "mark"]);

/**
 * The description with its tags taken out (`<b>x</b>` -> `x`, `<token>` -> `token`), where
 * every `<` and `>` in it belongs to such a tag and is written as it reads (no escapes, not a
 * block scalar's header): otherwise no single edit is right.
 */
function withoutTags(doc: SkillDocument): Edit[] | undefined {
  const fm = doc.frontmatter;
  const value = fm?.data?.description;
  const at = fm?.rangeOf(["description"]);
  if (typeof value !== "string" || !at || at.start.line !== at.end.line) return undefined;
  const source = doc.text.slice(at.start.offset, at.end.offset);
  const count = (s: string) => (s.match(/[<>]/g) ?? []).length;
  if (/^[|>]/.test(source) || count(source) !== count(value)) return undefined;
  const tag = /<(\/?)([A-Za-z][\w-]*)(\/?)>/g;
  if (count(source.replace(tag, "")) !== 0) return undefined;
  const edits: Edit[] = [];
  for (const m of source.matchAll(tag)) {
    const start = at.start.offset + m.index;
    const keep = FORMATTING.has(m[2]!.toLowerCase()) || m[1] === "/" || m[3] === "/" ? "" : m[2]!;
    edits.push({ start, end: start + m[0].length, text: keep });
  }
  return edits.length > 0 ? edits : undefined;
}
