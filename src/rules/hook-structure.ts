/**
 * hook-structure: each hook follows the documentation pattern: `**Trigger:**`, `**Behavior:**`
 * steps, `**Error Handling:**` cases (`case: response`) and `**User Communication:**`
 * with `Success:` and `Failure:` messages; and each hook appears once.
 */
import type { Hook } from "../model/types.js";
import type { SchemaIssue } from "../schema/validate.js";
import { defineRule, type Report } from "./define.js";
import { HOOK_SCHEMA_MESSAGES, schemaMessage } from "./schema-messages.js";

const MESSAGES = {
  ...HOOK_SCHEMA_MESSAGES,
  // Issues of a hook as a whole, from a project's schema: they need not name the hook twice.
  unknownKey: "Unexpected key `{{key}}` in {{parent}}",
  invalidHook: "Unexpected {{title}}: {{reason}}",
  duplicate: "Hook `{{name}}` is defined again here (first at line {{line}}); skillc checks only the first, so merge the two",
} as const;

/** The message of a schema issue at or inside a hook (`["hooks", "setup", …]`). */
function hookMessage(issue: SchemaIssue): Report<keyof typeof MESSAGES> {
  const at = issue.range;
  if (issue.keyword === "additionalProperties") {
    return { messageId: "unknownKey", data: { key: issue.path.at(-1)!, parent: issue.parentTitle ?? `\`${issue.path.at(-2)}\`` }, at };
  }
  const message = schemaMessage(issue);
  if (issue.path.length === 2) return { messageId: "invalidHook", data: { title: message.data.title!, reason: issue.reason }, at };
  return { messageId: message.messageId, data: { ...message.data, hook: issue.path[1]! }, at };
}

export default defineRule({
  id: "hook-structure",
  meta: {
    description: "A hook lacks Trigger, Behavior steps, Error Handling or User Communication (Success and Failure)",
    defaultSeverity: "error",
    preset: "recommended",
    scope: "integration",
    messages: MESSAGES,
  },
  check(ctx) {
    for (const issue of ctx.modelIssues()) {
      if (issue.path[0] !== "hooks" || issue.path.length < 2) continue;
      // A missing hook is `required-hooks`' to report.
      if (issue.path.length === 2 && issue.keyword === "required") continue;
      ctx.report(hookMessage(issue));
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
