/**
 * name-reserved-words: Anthropic's platform refuses a skill whose `name` contains `anthropic` or
 * `claude` (claude.ai and the Claude API's skill upload); Claude Code and the other agents of the
 * catalog load it, so this is a portability check, not a specification error.
 */
import { defineRule } from "./define.js";
import { frontmatterText } from "./frontmatter-text.js";

/** Reserved by Anthropic's Agent Skills overview ("Cannot contain reserved words"). */
const RESERVED = ["anthropic", "claude"] as const;

export default defineRule({
  id: "name-reserved-words",
  meta: {
    description: "A `name` that contains `anthropic` or `claude`, which claude.ai and the Claude API refuse",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      reserved: "Unexpected reserved word `{{word}}` in name `{{name}}`, expected a name without `anthropic` or `claude` (claude.ai and the Claude API refuse it)",
    },
  },
  check(ctx) {
    const name = frontmatterText(ctx.doc, "name");
    if (!name) return;
    // The platform's check is on the text, not on whole words: `claudeish` is refused too.
    const word = RESERVED.find((w) => name.value.toLowerCase().includes(w));
    if (word) ctx.report({ messageId: "reserved", data: { word, name: name.value }, at: name.at });
  },
});
