/**
 * hook-structure: each hook follows the documentation pattern: `**Trigger:**`, `**Behavior:**`
 * steps, `**Error Handling:**` cases (`case: response`) and `**User Communication:**`
 * with `Success:` and `Failure:` messages.
 */
import { defineRule } from "./define.js";

export default defineRule({
  id: "hook-structure",
  meta: {
    description: "A hook lacks Trigger, Behavior steps, Error Handling or User Communication (Success and Failure)",
    defaultSeverity: "error",
    scope: "integration",
    messages: {
      schema: "{{message}}",
    },
  },
  check(ctx) {
    for (const issue of ctx.modelIssues()) {
      if (issue.path[0] !== "hooks" || issue.path.length < 2) continue;
      // A missing hook is `required-hooks`' to report.
      if (issue.path.length === 2 && issue.keyword === "required") continue;
      ctx.report({ messageId: "schema", data: { message: issue.message }, at: issue.range });
    }
  },
});
