/**
 * description-trigger: a description should say what the skill does and when to use it
 * (Anthropic's skill authoring best practices): agents match the "when" against the task at hand.
 */
import { defineRule } from "./define.js";
import { frontmatterText } from "./frontmatter-text.js";

/**
 * The ways public skills say when to use them: "Use when …", "Use this skill for …", "whenever",
 * "if the user …", "Triggers on …", "Invoke …", "Useful for …", "Preferred for …". A description
 * with none of them says only what the skill is. Generous on purpose: a false "when" costs a
 * missed warning, a false alarm costs trust.
 */
const SAYS_WHEN = new RegExp(
  [
    String.raw`\bwhen(?:ever)?\b`,
    String.raw`\bif (?:the |a |an )?(?:user|you|asked|requested|needed|working)\b`,
    String.raw`\btrigger(?:s|ed)?\b`,
    String.raw`\b(?:invoke|activate)[sd]?\b`,
    // "Use for …", "Use this skill to …", "Use immediately after …", "Use rdkit for …"; not "uses".
    String.raw`\bused? (?:[\w-]+ ){0,3}?(?:for|to|with|on|in|during|after|before|if|as)\b`,
    String.raw`\b(?:useful|helpful|relevant|ideal|best|preferred|recommended|designed|intended|meant) (?:for|when|to)\b`,
    String.raw`\bapplies to\b`,
  ].join("|"),
  "i",
);

/** Descriptions in other languages say "when" in their own words: only English ones are judged. */
function isEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((c) => /[A-Za-z]/.test(c)).length / letters.length > 0.9;
}

export default defineRule({
  id: "description-trigger",
  meta: {
    description: "A description that does not say when to use the skill (`Use when …`)",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      noTrigger: "Unexpected description without a when-to-use clause, expected one such as `Use when the user asks to …`",
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const description = frontmatterText(doc, "description");
    if (!description || !isEnglish(description.value) || SAYS_WHEN.test(description.value)) return;
    // `skillc build` folds `triggers` into the description as "Use when the user says …";
    // Claude Code reads `when_to_use` for the same purpose.
    const data = doc.frontmatter!.data!;
    if ((Array.isArray(data.triggers) && data.triggers.length > 0) || (typeof data.when_to_use === "string" && data.when_to_use.trim() !== "")) return;
    ctx.report({ messageId: "noTrigger", at: description.at });
  },
});
