/**
 * frontmatter: the file must open with a YAML frontmatter block that parses and
 * follows skill.schema.json (the Agent Skills fields plus `triggers` and `integration`).
 */
import { FILE_START } from "../model/positions.js";
import { defineRule } from "./define.js";
import { SCHEMA_MESSAGES, schemaMessage } from "./schema-messages.js";

export default defineRule({
  id: "frontmatter",
  meta: {
    description: "No frontmatter, a YAML syntax error, or a frontmatter schema violation",
    defaultSeverity: "error",
    preset: "recommended",
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
      ctx.report({ ...schemaMessage(issue), at: issue.range });
    }
  },
});
