/**
 * placeholder: template placeholders (`[service-name]`, `[N]`) are for templates only. In a
 * skill made with `skillc new` they are warnings while the `<!-- skillc:scaffolded -->` marker
 * is present (what is left to fill), and errors once it is removed.
 */
import { SCAFFOLD_MARKER } from "../model/skill.js";
import { defineRule } from "./define.js";

export default defineRule({
  id: "placeholder",
  meta: {
    description: "A template placeholder such as `[service-name]` left in a skill (error; warning in a freshly scaffolded skill)",
    defaultSeverity: "error",
    preset: "recommended",
    scope: "integration",
    messages: {
      unfilled: "Unfilled placeholder `{{text}}`, expected a real value",
      scaffolded: "Placeholder `{{text}}` still to fill",
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind === "template") return;
    const scaffolded = doc.comments.some((c) => c.value.startsWith(SCAFFOLD_MARKER));
    for (const p of doc.placeholders) {
      ctx.report({
        messageId: scaffolded ? "scaffolded" : "unfilled",
        data: { text: p.value },
        at: p.range,
        ...(scaffolded ? { maxSeverity: "warn" as const } : {}),
      });
    }
  },
});
