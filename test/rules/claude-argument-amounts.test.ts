import { describe, expect, it } from "vitest";
import { at, fixFixture, hits, idHits, lintFixture, plainSkill, SKILL_NAME, spans, withEol } from "../helpers/fixtures.js";

const RULE = "claude-argument-amounts";
const CONFIG = { rules: { [RULE]: "warn" } };
const lintIt = (text: string, config: unknown = CONFIG) => lintFixture(text, { config });

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["an amount without decimals or thousands", "Donate $1 to the fund; it costs $20/month."],
      ["a placeholder at the end of a sentence", "Deploy to $1. Then tell the user."],
      ["an escaped amount", "It costs \\$0.10 a call."],
      ["an amount past the tenth argument", "It costs $45.20 a month."],
      ["an amount in code", "Run `bill --max $0.50`.\n\n```text\nTotal: $1,200.00\n```"],
      ["an amount in raw HTML", "<td>$0.10</td>"],
    ])("%s", async (_, body) => {
      expect(hits(await lintIt(plainSkill(body)), RULE)).toEqual([]);
    });

    it("an amount in the frontmatter, which the agent does not fill", async () => {
      const text = plainSkill("Text.", `name: ${SKILL_NAME}\ndescription: Costs $0.10 a call`);
      expect(hits(await lintIt(text), RULE)).toEqual([]);
    });

    it("is off in the recommended preset, and for a file not checked against Claude Code", async () => {
      const text = plainSkill("It costs $0.10 a call.");
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
      expect(hits(await lintIt(text, { ...CONFIG, agents: ["codex"] }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("amounts in prose and tables: at the `$N`", async () => {
      const text = plainSkill("It costs $0.10 a call, or $1,200 a year.\n\n| Model | Input |\n|---|---|\n| Haiku | $1.00 |");
      expect(idHits(await lintIt(text), RULE)).toEqual([
        { messageId: "amount", ...at(text, "$0.10") },
        { messageId: "amount", ...at(text, "$1,200") },
        { messageId: "amount", ...at(text, "$1.00") },
      ]);
    });

    it("names the amount, the agent, the argument and the escaped form", async () => {
      const [d] = (await lintIt(plainSkill("It costs $0.10."))).filter((m) => m.ruleId === RULE);
      expect(d?.message).toBe("Unexpected `$0` in the amount `$0.10`: Claude Code replaces `$0` with the skill's first argument whenever it is invoked with one, expected `\\$0.10`");
    });
  });

  it("fixes an amount with the escape Markdown reads as `$`", async () => {
    const { output, remaining } = await fixFixture(plainSkill("It costs $0.10, or $1,200.50."), { config: CONFIG });
    expect(output).toBe(plainSkill("It costs \\$0.10, or \\$1,200.50."));
    expect(hits(remaining, RULE)).toEqual([]);
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const text = plainSkill("Intro.\nIt costs $0.10.");
    const lf = spans(await lintIt(text)).filter((d) => d[0] === RULE);
    expect(lf).toHaveLength(1);
    expect(spans(await lintIt(withEol(text, eol))).filter((d) => d[0] === RULE)).toEqual(lf);
  });
});
