/**
 * unknown-frontmatter-key: a frontmatter key outside the Agent Skills specification and
 * skillc's authoring keys. A warning: agents extend the format, but strict validators reject it.
 */
import { defineRule } from "./define.js";

export default defineRule({
  id: "unknown-frontmatter-key",
  meta: {
    description: "A frontmatter key that the Agent Skills specification does not define (warning)",
    defaultSeverity: "warn",
    scope: "all",
    messages: {
      topLevel: "Unexpected frontmatter key `{{key}}`: not an Agent Skills field, so strict validators reject it (move it under `metadata`)",
      nested: "Unexpected key `{{key}}` in `{{parent}}`",
    },
  },
  check(ctx) {
    for (const issue of ctx.frontmatterIssues()) {
      if (issue.keyword !== "additionalProperties") continue;
      const key = issue.path.at(-1) ?? "";
      if (issue.path.length === 1) ctx.report({ messageId: "topLevel", data: { key }, at: issue.range });
      else ctx.report({ messageId: "nested", data: { key, parent: issue.path.slice(0, -1).join(".") }, at: issue.range });
    }
  },
});
