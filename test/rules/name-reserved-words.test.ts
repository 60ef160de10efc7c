import { describe, expect, it } from "vitest";
import { at, idHits, lintFixture, plainSkill, withEol } from "../helpers/fixtures.js";

const RULE = "name-reserved-words";
const on = { config: { rules: { [RULE]: "warn" } } };
const named = (name: string) => ({ text: plainSkill("Text.", `name: ${name}\ndescription: Does one thing`), path: `skills/${name.replace(/"/g, "")}/SKILL.md` });

describe(RULE, () => {
  it("is off by default (strict preset): Claude Code and the other agents load such a skill", async () => {
    const { text, path } = named("claude-api");
    expect(idHits(await lintFixture(text, { path }), RULE)).toEqual([]);
  });

  describe("valid", () => {
    it.each(["pdf-processing", "claw-machine", "anthro-notes"])("%s", async (name) => {
      const { text, path } = named(name);
      expect(idHits(await lintFixture(text, { path, ...on }), RULE)).toEqual([]);
    });

    it("a placeholder name (a template not filled yet)", async () => {
      const text = plainSkill("Text.", 'name: "[claude-skill]"\ndescription: Does one thing');
      expect(idHits(await lintFixture(text, on), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it.each([
      ["claude-api", "claude"],
      ["anthropic-brand", "anthropic"],
      ["using-claudeish-tools", "claude"],
    ])("%s: at the value", async (name, word) => {
      const { text, path } = named(name);
      const found = await lintFixture(text, { path, ...on });
      expect(idHits(found, RULE)).toEqual([{ messageId: "reserved", line: 2, column: 7 }]);
      expect(found.find((d) => d.ruleId === RULE)!.message).toContain(`\`${word}\``);
    });

    it("a quoted name: at the opening quote", async () => {
      const { text, path } = named('"claude-api"');
      expect(idHits(await lintFixture(text, { path, ...on }), RULE)).toEqual([{ messageId: "reserved", ...at(text, '"claude-api"') }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      const { text, path } = named("claude-api");
      expect(idHits(await lintFixture(withEol(text, eol), { path, ...on }), RULE)).toEqual([{ messageId: "reserved", line: 2, column: 7 }]);
    });
  });
});
