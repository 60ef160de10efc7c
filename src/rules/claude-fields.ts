/**
 * claude-fields: values of Claude Code's own frontmatter fields that Claude Code misreads or
 * rejects (`model`, `context` and `agent`, the two invocation booleans, `hooks`), in files checked
 * against Claude Code. The vocabulary comes from the agent catalog.
 */
import type { Agent } from "../agents/index.js";
import { defineRule } from "./define.js";


const isMap = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export default defineRule({
  id: "claude-fields",
  meta: {
    description: "A value of a Claude Code field (`model`, `context`, `agent`, the invocation booleans, `hooks`) that Claude Code misreads",
    defaultSeverity: "error",
    preset: "recommended",
    fixable: true,
    scope: "all",
    messages: {
      model: "Unexpected `model` `{{value}}`, expected a Claude Code alias ({{aliases}}) or a Claude model id",
      context: "Unexpected `context` `{{value}}`, expected `inline` or `fork`",
      agentWithoutFork: "Unexpected `agent` without `context: fork`: Claude Code runs the skill inline and ignores the agent",
      stringBoolean: "Unexpected string `{{value}}` for `{{key}}`, expected the boolean `{{boolean}}` (Claude Code reads it so, other readers may not)",
      notBoolean: "Unexpected `{{key}}` `{{value}}`, expected `true` or `false` (Claude Code reads it as `false`)",
      hooksShape: "Unexpected `hooks` shape at `{{path}}`, expected {{expected}}",
      hookEvent: "Unexpected hook event `{{event}}`, expected one of Claude Code's events (`PreToolUse`, `PostToolUse`, `Stop`, …)",
    },
  },
  check(ctx) {
    const claude = ctx.agents.find((a: Agent) => a.id === "claude");
    const vocabulary = claude?.vocabulary;
    const fm = ctx.doc.frontmatter;
    const data = fm?.data;
    if (!vocabulary || !fm || !data) return;
    const at = (path: readonly (string | number)[], key = false) => fm.rangeOf(path, key) ?? fm.range;

    const model = data.model;
    if (model !== undefined && model !== null) {
      const value = String(model).trim();
      const known = vocabulary.modelAliases.includes(value.toLowerCase()) || vocabulary.modelIdPattern.test(value);
      if (typeof model !== "string" || !known) {
        const aliases = vocabulary.modelAliases.map((a) => `\`${a}\``).join(", ");
        ctx.report({ messageId: "model", data: { value, aliases }, at: at(["model"]) });
      }
    }

    const context = data.context;
    if (context !== undefined && context !== null && context !== "inline" && context !== "fork") {
      ctx.report({ messageId: "context", data: { value: String(context) }, at: at(["context"]) });
    }
    if (data.agent !== undefined && data.agent !== null && context !== "fork") {
      ctx.report({ messageId: "agentWithoutFork", at: at(["agent"], true) });
    }

    for (const key of vocabulary.booleanFields) {
      const value = data[key];
      if (value === undefined || typeof value === "boolean") continue;
      const written = value === null ? "null" : String(value);
      const read = written.trim().toLowerCase();
      const boolean = vocabulary.booleanStrings.true.includes(read) ? "true" : vocabulary.booleanStrings.false.includes(read) ? "false" : undefined;
      const range = at([key]);
      if (boolean === undefined || value === null) {
        ctx.report({ messageId: "notBoolean", data: { key, value: written }, at: range });
        continue;
      }
      // The one right edit: the boolean Claude Code already reads, in place of the value as written.
      const valueAt = fm.rangeOf([key]);
      const fix = valueAt && valueAt.start.line === valueAt.end.line ? { start: valueAt.start.offset, end: valueAt.end.offset, text: boolean } : undefined;
      // Claude Code reads it as meant: a warning with its fix, not an error (other readers may not).
      ctx.report({ messageId: "stringBoolean", data: { key, value: written, boolean }, at: range, maxSeverity: "warn", ...(fix ? { fix } : {}) });
    }

    const hooks = data.hooks;
    if (hooks === undefined || hooks === null) return;
    if (!isMap(hooks)) {
      ctx.report({ messageId: "hooksShape", data: { path: "hooks", expected: "a map of hook events to lists of matchers" }, at: at(["hooks"]) });
      return;
    }
    for (const [event, matchers] of Object.entries(hooks)) {
      if (!vocabulary.hookEvents.includes(event)) {
        ctx.report({ messageId: "hookEvent", data: { event }, at: at(["hooks", event], true) });
        continue;
      }
      if (!Array.isArray(matchers)) {
        ctx.report({ messageId: "hooksShape", data: { path: `hooks.${event}`, expected: "a list of `{ matcher, hooks }` entries" }, at: at(["hooks", event]) });
        continue;
      }
      matchers.forEach((matcher: unknown, i) => {
        const path = ["hooks", event, i];
        if (!isMap(matcher) || !Array.isArray(matcher.hooks)) {
          ctx.report({ messageId: "hooksShape", data: { path: `hooks.${event}[${i}]`, expected: "a `hooks` list (and an optional `matcher`)" }, at: at(path) });
          return;
        }
        matcher.hooks.forEach((hook: unknown, j) => {
          if (!isMap(hook) || typeof hook.type !== "string") {
            ctx.report({ messageId: "hooksShape", data: { path: `hooks.${event}[${i}].hooks[${j}]`, expected: "an entry with a `type` (`command`, `prompt`, …)" }, at: at([...path, "hooks", j]) });
          }
        });
      });
    }
  },
});
