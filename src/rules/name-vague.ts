/**
 * name-vague: a `name` made only of vague or generic words (`helper`, `utils`, `tools`, `data`,
 * `my-files`) says nothing about what the skill does; Anthropic's skill authoring best practices
 * ask to avoid them, since people and agents refer to a skill by its name.
 */
import { defineRule } from "./define.js";
import { frontmatterText } from "./frontmatter-text.js";

/**
 * Words that name no task: Anthropic's examples of vague ("helper", "utils", "tools") and overly
 * generic ("documents", "data", "files") names, their variants, and filler that adds nothing.
 */
const VAGUE = new Set([
  "helper", "helpers", "util", "utils", "utility", "utilities", "tool", "tools", "toolkit", "toolbox",
  "misc", "miscellaneous", "stuff", "thing", "things", "various", "other", "general", "generic", "common", "shared",
  "data", "document", "documents", "doc", "docs", "file", "files", "info",
  "my", "the", "skill", "skills",
]);

export default defineRule({
  id: "name-vague",
  meta: {
    description: "A `name` made only of vague words (`helper`, `utils`, `tools`, `misc`, `data`, `files`)",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      vague: "Unexpected vague name `{{name}}`, expected words that say what the skill does (`processing-pdfs`)",
    },
  },
  check(ctx) {
    const name = frontmatterText(ctx.doc, "name");
    if (!name) return;
    const words = name.value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    if (words.length > 0 && words.every((w) => VAGUE.has(w))) ctx.report({ messageId: "vague", data: { name: name.value }, at: name.at });
  },
});
