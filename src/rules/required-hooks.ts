/**
 * required-hooks: every integration skill and template documents the three hooks of the
 * integration framework, `setup`, `sync` and `error_handling`, under `## Required Hooks`.
 */
import { FILE_START } from "../model/positions.js";
import { defineRule } from "./define.js";
import { SCHEMA_MESSAGES, schemaMessage } from "./schema-messages.js";

export default defineRule({
  id: "required-hooks",
  meta: {
    description: "An integration skill or template lacks `setup`, `sync` or `error_handling`",
    defaultSeverity: "error",
    preset: "recommended",
    scope: "integration",
    messages: {
      noSection: "Missing `## Required Hooks` section, expected hooks `setup`, `sync` and `error_handling`",
      misplaced: "Missing hook `{{name}}` under `## Required Hooks` (it is under `## Optional Hooks`)",
      missing: SCHEMA_MESSAGES.missing,
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.requiredHooks) {
      // Hooks under `## Optional Hooks` alone do not make the section.
      ctx.report({ messageId: "noSection", at: doc.frontmatter?.rangeOf(["integration"], true) ?? doc.frontmatter?.range ?? FILE_START });
      return;
    }
    for (const issue of ctx.modelIssues()) {
      if (issue.path[0] !== "hooks" || issue.path.length !== 2 || issue.keyword !== "required") continue;
      const name = issue.path[1]!;
      const optional = doc.optionalHooks?.hooks.some((h) => h.name === name);
      if (optional) ctx.report({ messageId: "misplaced", data: { name }, at: issue.range });
      // A `required` issue's message is always `missing`.
      else ctx.report({ messageId: "missing", data: schemaMessage(issue).data, at: issue.range });
    }
  },
});
