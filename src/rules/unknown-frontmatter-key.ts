/**
 * unknown-frontmatter-key: a frontmatter key outside the Agent Skills specification and
 * skillc's authoring keys. A warning: agents extend the format, but strict validators reject it.
 * Option `allow`: top-level keys the project's agents read, not reported.
 */
import { defineRule } from "./define.js";

export default defineRule({
  id: "unknown-frontmatter-key",
  meta: {
    description: "A frontmatter key that the Agent Skills specification does not define (warning)",
    defaultSeverity: "warn",
    preset: "recommended",
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
      if (issue.path.length === 1) ctx.report({ messageId: "topLevel", data: { key }, at: issue.range });
      else ctx.report({ messageId: "nested", data: { key, parent: issue.path.slice(0, -1).join(".") }, at: issue.range });
    }
  },
});
