/**
 * description-person: the description is injected into the agent's system prompt, so Anthropic's
 * skill authoring best practices ask for the third person ("Processes Excel files"), never "I can
 * help you …" or "You can use this to …": a shifting point of view confuses skill discovery.
 */
import { defineRule } from "./define.js";
import { frontmatterText } from "./frontmatter-text.js";

const FIRST = /\b(?:I(?![/\w-])|I'm|I'll|I've|I'd|[Mm]y|me|[Ww]e|[Ww]e're|[Ww]e'll|[Ww]e've|[Oo]ur|us|[Ll]et me)\b(?![/-])/;
const SECOND = /\b(?:you|your|you're|you'll|you've|yours|yourself)\b/i;

/**
 * The description's own words: quoted phrases (what a user might say, `"make me a GIF"`) and
 * code spans are blanked out. A single quote opens only before a word and closes only after one,
 * so apostrophes (`don't`) stay text.
 */
function ownWords(text: string): string {
  return text.replace(/"[^"]*"|\u201c[^\u201d]*\u201d|\u2018[^\u2019]*\u2019|`[^`]*`|(?<!\w)'(?:[^']|(?<=\w)'(?=\w))*'(?!\w)/g, " ");
}

export default defineRule({
  id: "description-person",
  meta: {
    description: "A description in the first or second person (`I can help`, `You can use this`), not the third",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      firstPerson: "Unexpected first person `{{word}}` in the description, expected the third person (`Processes Excel files`)",
      secondPerson: "Unexpected second person `{{word}}` in the description, expected the third person (`Processes Excel files`)",
    },
  },
  check(ctx) {
    const description = frontmatterText(ctx.doc, "description");
    if (!description) return;
    const words = ownWords(description.value);
    const first = FIRST.exec(words);
    if (first) ctx.report({ messageId: "firstPerson", data: { word: first[0] }, at: description.at });
    const second = SECOND.exec(words);
    if (second) ctx.report({ messageId: "secondPerson", data: { word: second[0] }, at: description.at });
  },
});
