/**
 * limits: input past skillc's documented limits (file size, paragraph size, line length in code
 * blocks, list and quote nesting, YAML aliases) is reported instead of parsed, so one
 * pathological file cannot hang a CI run.
 */
import { defineRule } from "./define.js";

export default defineRule({
  id: "limits",
  meta: {
    description: "A file past an input limit (size, paragraph or code line length, nesting depth, YAML aliases), reported instead of parsed",
    defaultSeverity: "error",
    preset: "recommended",
    scope: "all",
    messages: {
      fileSize: "File of {{size}} bytes is larger than the limit of {{limit}} bytes, so it was not checked",
      nesting: "Lists or quotes nested {{depth}} levels deep, past the limit of {{limit}}, so the file was not checked",
      yamlAliases: "Frontmatter expands too many YAML aliases (limit {{limit}}), so it was not read",
      paragraph: "A paragraph of {{size}} characters starts here, past the limit of {{limit}}, so the file was not checked (split it with blank lines)",
      marks: "A paragraph with {{size}} inline markers (`*`, `_`, `~`, `[`, `<`, backtick) starts here, past the limit of {{limit}}, so the file was not checked (split it with blank lines)",
      line: "A line of {{size}} characters in a code block, past the limit of {{limit}}, so the file was not checked (break it into shorter lines)",
      parser: "The Markdown parser gave up on this file ({{reason}}), so it was not checked",
    },
  },
  check(ctx) {
    for (const p of ctx.doc.problems) {
      if (p.ruleId === "limits") {
        ctx.report({ messageId: p.messageId as "fileSize" | "nesting" | "yamlAliases" | "parser" | "paragraph" | "line" | "marks", data: p.data, at: p.range });
      }
    }
  },
});
