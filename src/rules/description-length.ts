/**
 * description-length: agents choose a skill by its description among all the others, so a
 * description of a few words ("Processes data") cannot say what the skill does and when to use it.
 */
import { defineRule } from "./define.js";
import { frontmatterText } from "./frontmatter-text.js";

export default defineRule({
  id: "description-length",
  meta: {
    description: "A description too short for an agent to choose the skill by (under 40 characters)",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      tooShort: "Unexpected description of {{length}} characters, expected at least {{min}} that say what the skill does and when to use it",
    },
    options: {
      schema: {
        type: "object",
        properties: { min: { type: "integer", minimum: 1, description: "The fewest characters a description may have (default 40)." } },
        additionalProperties: false,
      },
      defaults: { min: 40 },
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    const description = frontmatterText(doc, "description");
    if (!description) return;
    // What agents route on: `skillc build` folds `triggers` into the description, and Claude Code
    // lists `when_to_use` after it.
    const data = doc.frontmatter!.data!;
    const triggers = Array.isArray(data.triggers) ? data.triggers.filter((t): t is string => typeof t === "string") : [];
    const whenToUse = typeof data.when_to_use === "string" ? data.when_to_use : "";
    const length = [description.value, whenToUse, ...triggers].map((t) => t.trim()).join(" ").trim().length;
    if (length < options.min) ctx.report({ messageId: "tooShort", data: { length, min: options.min }, at: description.at });
  },
});
