/**
 * unknown-hook: a hook name that is neither a required nor an optional hook of the framework,
 * often a typo (`### Sycn`) that leaves the real hook missing. A warning.
 */
import { OPTIONAL_HOOKS, REQUIRED_HOOKS } from "../parse/hooks.js";
import { defineRule } from "./define.js";

const KNOWN: readonly string[] = [...REQUIRED_HOOKS, ...OPTIONAL_HOOKS];

export default defineRule({
  id: "unknown-hook",
  meta: {
    description: "A hook name that neither the required nor the optional list knows (warning)",
    defaultSeverity: "warn",
    preset: "recommended",
    scope: "integration",
    messages: {
      unknown: "Unexpected hook `{{name}}` (from heading `{{title}}`), expected one of {{known}}",
    },
  },
  check(ctx) {
    for (const hook of ctx.doc.hooks) {
      if (KNOWN.includes(hook.name)) continue;
      const known = KNOWN.map((k) => `\`${k}\``).join(", ");
      ctx.report({ messageId: "unknown", data: { name: hook.name, title: hook.title, known }, at: hook.range });
    }
  },
});
