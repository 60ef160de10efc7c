/**
 * claude-argument-amounts: an amount of money in the prose of a skill (`$0.10`, `$1,200`) whose
 * `$0`, `$1`… an agent replaces with the skill's arguments when the skill is invoked with enough
 * of them: `$0.10 per call` becomes `main.10 per call`. Which agents replace what is the catalog's.
 */
import { rangeOf } from "../model/positions.js";
import { walk } from "../parse/walk.js";
import { bodyStart, ordinal, placeholdersIn, substitutingAgent } from "./argument-placeholders.js";
import { defineRule } from "./define.js";

/** After `$N`: a decimal or thousands separator and a digit. A `$1` alone may be a placeholder the author meant. */
const AMOUNT_TAIL = /^[.,]\d[\d.,]*/;

export default defineRule({
  id: "claude-argument-amounts",
  meta: {
    description: "An amount in prose (`$0.10`, `$1,200`) whose `$0`, `$1`… Claude Code replaces with the skill's arguments (warning)",
    defaultSeverity: "warn",
    preset: "strict",
    fixable: true,
    scope: "all",
    messages: {
      amount: "Unexpected `{{token}}` in the amount `{{amount}}`: {{agent}} replaces `{{token}}` with the skill's {{nth}} argument whenever it is invoked with one, expected `{{fixed}}`",
    },
  },
  check(ctx) {
    const found = substitutingAgent(ctx.agents);
    const { doc } = ctx;
    if (!found || !doc.readable) return;
    const { agent, placeholders } = found;
    const text = doc.text;
    // Code is claude-arguments' to judge: there a `$1.5` is code, not money.
    const code: [number, number][] = [];
    walk(doc.tree, (node) => {
      if (node.type !== "code" && node.type !== "inlineCode" && node.type !== "html") return;
      const { start, end } = rangeOf(node);
      code.push([start.offset, end.offset]);
      return false;
    });
    for (const p of placeholdersIn(text, bodyStart(doc), text.length, placeholders)) {
      if (code.some(([from, to]) => p.start >= from && p.start < to)) continue;
      const end = p.start + p.token.length;
      const tail = AMOUNT_TAIL.exec(text.slice(end, end + 24))?.[0].replace(/[.,]+$/, "");
      if (!tail) continue;
      const fix = { start: p.start, end, text: `${placeholders.escape}${p.token}` };
      ctx.report({
        messageId: "amount",
        data: { token: p.token, amount: `${p.token}${tail}`, agent: agent.name, nth: ordinal(p.index), fixed: `${fix.text}${tail}` },
        at: doc.lines.range(p.start, end),
        fix,
      });
    }
  },
});
