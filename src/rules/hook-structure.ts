/**
 * hook-structure: each hook follows the documentation pattern: `**Trigger:**`, `**Behavior:**`
 * steps, `**Error Handling:**` cases (`case: response`) and `**User Communication:**`
 * with `Success:` and `Failure:` messages; and each hook appears once.
 */
import type { Hook } from "../model/types.js";
import { defineRule } from "./define.js";

export default defineRule({
  id: "hook-structure",
  meta: {
    description: "A hook lacks Trigger, Behavior steps, Error Handling or User Communication (Success and Failure)",
    defaultSeverity: "error",
    scope: "integration",
    messages: {
      schema: "{{message}}",
      duplicate: "Hook `{{name}}` is defined again here (first at line {{line}}); skillc checks only the first, so merge the two",
    },
  },
  check(ctx) {
    for (const issue of ctx.modelIssues()) {
      if (issue.path[0] !== "hooks" || issue.path.length < 2) continue;
      // A missing hook is `required-hooks`' to report.
      if (issue.path.length === 2 && issue.keyword === "required") continue;
      ctx.report({ messageId: "schema", data: { message: issue.message }, at: issue.range });
    }
    // The model keeps the first of two same-named hooks; the second would otherwise go unread.
    const first = new Map<string, Hook>();
    for (const hook of ctx.doc.hooks) {
      const earlier = first.get(hook.name);
      if (earlier) ctx.report({ messageId: "duplicate", data: { name: hook.name, line: earlier.range.start.line }, at: hook.range });
      else first.set(hook.name, hook);
    }
  },
});
