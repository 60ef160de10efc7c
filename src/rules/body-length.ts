/**
 * body-length: Anthropic's skill authoring best practices keep a `SKILL.md` body under 500
 * lines; the whole body is read into the context when the skill is used, so detail belongs in
 * files it links, read only when needed (progressive disclosure).
 */
import { defineRule } from "./define.js";
import { isSkillFile } from "./frontmatter-text.js";

export default defineRule({
  id: "body-length",
  meta: {
    description: "A `SKILL.md` body longer than 500 lines (Anthropic's skill authoring best practices)",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      tooLong: "Unexpected `SKILL.md` body of {{lines}} lines, expected at most {{max}} (move details into files it links)",
    },
    options: {
      schema: {
        type: "object",
        properties: { max: { type: "integer", minimum: 1, description: "The most lines a body may have (default 500)." } },
        additionalProperties: false,
      },
      defaults: { max: 500 },
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    if (!doc.readable || !isSkillFile(doc)) return;
    // The body starts on the line after the frontmatter's closing fence; a final line break ends the last line.
    const first = doc.frontmatter ? doc.frontmatter.range.end.line + 1 : 1;
    const endsWithBreak = /[\r\n]$/.test(doc.text);
    const last = doc.lines.lineCount - (endsWithBreak ? 1 : 0);
    const lines = Math.max(0, last - first + 1);
    if (lines <= options.max) return;
    // At the first line past the limit: where the cut would go.
    const line = first + options.max;
    const { start, end } = doc.lines.lineSpan(doc.text, line);
    ctx.report({ messageId: "tooLong", data: { lines, max: options.max }, at: doc.lines.range(start, end) });
  },
});
