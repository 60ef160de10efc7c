/**
 * required-hooks: every integration skill and template documents the three hooks of the
 * integration framework, `setup`, `sync` and `error_handling`, under `## Required Hooks`.
 */
import { defineRule } from "./define.js";

export default defineRule({
  id: "required-hooks",
  meta: {
    description: "An integration skill or template lacks `setup`, `sync` or `error_handling`",
    defaultSeverity: "error",
    scope: "integration",
    messages: {
      noSection: "Missing `## Required Hooks` section, expected hooks `setup`, `sync` and `error_handling`",
      schema: "{{message}}",
    },
  },
  check(ctx) {
    for (const issue of ctx.modelIssues()) {
      if (issue.path[0] !== "hooks") continue;
      if (issue.path.length === 1) ctx.report({ messageId: "noSection", at: issue.range });
      else if (issue.path.length === 2 && issue.keyword === "required") {
        ctx.report({ messageId: "schema", data: { message: issue.message }, at: issue.range });
      }
    }
  },
});
