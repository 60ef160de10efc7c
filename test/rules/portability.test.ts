import { describe, expect, it } from "vitest";
import { at, hits, idHits, lintFixture, plainSkill, SKILL_NAME, withEol } from "../helpers/fixtures.js";

const RULE = "portability";
const ON = { rules: { [RULE]: "warn" } };
const skill = (extra: string) => plainSkill("Text.", `name: ${SKILL_NAME}\ndescription: Does one thing\n${extra}`);

describe(RULE, () => {
  describe("valid", () => {
    it("off under the recommended preset", async () => {
      expect(hits(await lintFixture(skill("when_to_use: After a deploy")), RULE)).toEqual([]);
    });

    it.each([
      ["the spec's fields, which agents may ignore harmlessly", "license: MIT\ncompatibility: Needs git\nmetadata:\n  owner: me\nallowed-tools: Read"],
      ["a key no agent reads (unknown-frontmatter-key's)", "version: 1.0.0"],
    ])("%s", async (_, extra) => {
      expect(hits(await lintFixture(skill(extra), { config: ON }), RULE)).toEqual([]);
    });

    it("a Claude Code field in `.claude/skills`: checked against Claude Code only", async () => {
      expect(hits(await lintFixture(skill("when_to_use: After a deploy"), { path: `.claude/skills/${SKILL_NAME}/SKILL.md`, config: ON }), RULE)).toEqual([]);
    });

    it("a field every configured agent reads", async () => {
      expect(hits(await lintFixture(skill("argument-hint: '[file]'"), { config: { ...ON, agents: ["claude", "copilot"] } }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a field one agent reads: one diagnostic at the key, naming the others", async () => {
      const text = skill("when_to_use: After a deploy");
      const found = await lintFixture(text, { config: ON });
      expect(idHits(found, RULE)).toEqual([{ messageId: "ignored", ...at(text, "when_to_use") }]);
      const message = found.find((d) => d.ruleId === RULE)!.message;
      expect(message).toContain("only Claude Code reads it");
      expect(message).toContain("OpenAI Codex");
      expect(message).not.toContain("Agent Skills");
    });

    it("only against the configured agents", async () => {
      const text = skill("disable-model-invocation: true");
      const found = await lintFixture(text, { config: { ...ON, agents: ["claude", "codex"] } });
      expect(hits(found, RULE)).toEqual([at(text, "disable-model-invocation")]);
      expect(found.find((d) => d.ruleId === RULE)!.message).toBe(
        "Unexpected `disable-model-invocation` for OpenAI Codex: only Claude Code reads it, so the skill behaves differently there",
      );
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the key", async (_, eol) => {
      const text = skill("model: sonnet");
      expect(hits(await lintFixture(withEol(text, eol), { config: ON }), RULE)).toEqual([at(text, "model")]);
    });
  });
});
