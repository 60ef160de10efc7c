import { describe, expect, it } from "vitest";
import { at, fixFixture, hits, idHits, lintFixture, plainSkill, SKILL_NAME, withEol } from "../helpers/fixtures.js";

const RULE = "claude-fields";
const CONFIG = { rules: { [RULE]: "error", "unknown-frontmatter-key": "off" } };
const skill = (extra: string) => plainSkill("Text.", `name: ${SKILL_NAME}\ndescription: Does one thing\n${extra}`);
const lintIt = (text: string, options: { path?: string; config?: unknown } = {}) => lintFixture(text, { config: CONFIG, ...options });

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["a model alias", "model: sonnet"],
      ["a 1M alias", "model: opus[1m]"],
      ["inherit", "model: inherit"],
      ["a first-party id", "model: claude-sonnet-4-5-20250929"],
      ["a Bedrock id", "model: us.anthropic.claude-opus-4-1-20250805-v1:0"],
      ["context fork with an agent", "context: fork\nagent: Explore"],
      ["context fork alone", "context: fork"],
      ["context inline", "context: inline"],
      ["boolean flags", "disable-model-invocation: true\nuser-invocable: false"],
      ["hooks of the settings shape", "hooks:\n  PreToolUse:\n    - matcher: Bash\n      hooks:\n        - type: command\n          command: ./check.sh"],
    ])("%s", async (_, extra) => {
      expect(hits(await lintIt(skill(extra)), RULE)).toEqual([]);
    });

    it("a file not checked against Claude Code", async () => {
      const text = skill("model: gpt-4o");
      expect(hits(await lintIt(text, { config: { ...CONFIG, agents: ["codex"] } }), RULE)).toEqual([]);
    });

    it("a file in another agent's own folder", async () => {
      const text = skill("model: gpt-4o");
      expect(hits(await lintIt(text, { path: `.cursor/skills/${SKILL_NAME}/SKILL.md` }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a model that is neither an alias nor a Claude id: at the value", async () => {
      const text = skill("model: gpt-4o");
      expect(idHits(await lintIt(text), RULE)).toEqual([{ messageId: "model", ...at(text, "gpt-4o") }]);
    });

    it("a context other than inline or fork", async () => {
      const text = skill("context: forked");
      expect(idHits(await lintIt(text), RULE)).toEqual([{ messageId: "context", ...at(text, "forked") }]);
    });

    it("an agent without context fork: at the key", async () => {
      const text = skill("agent: Explore");
      expect(idHits(await lintIt(text), RULE)).toEqual([{ messageId: "agentWithoutFork", ...at(text, "agent:") }]);
    });

    it("a string boolean: at the value", async () => {
      const text = skill('disable-model-invocation: "true"');
      expect(idHits(await lintIt(text), RULE)).toEqual([{ messageId: "stringBoolean", ...at(text, '"true"') }]);
    });

    it("a value Claude Code reads as false", async () => {
      const text = skill("user-invocable: always");
      expect(idHits(await lintIt(text), RULE)).toEqual([{ messageId: "notBoolean", ...at(text, "always") }]);
    });

    it("hooks that are a list, an unknown event, an entry without hooks, a hook without type", async () => {
      const text = skill(
        ["hooks:", "  BeforeTool:", "    - hooks: []", "  Stop:", "    - command: ./x.sh", "  PostToolUse:", "    - hooks:", "        - command: ./y.sh"].join("\n"),
      );
      expect(idHits(await lintIt(text), RULE)).toEqual([
        { messageId: "hookEvent", ...at(text, "BeforeTool") },
        { messageId: "hooksShape", ...at(text, "command: ./x.sh") },
        { messageId: "hooksShape", ...at(text, "command: ./y.sh") },
      ]);
    });

    it("hooks as a string", async () => {
      const text = skill("hooks: ./hooks.json");
      expect(idHits(await lintIt(text), RULE)).toEqual([{ messageId: "hooksShape", ...at(text, "./hooks.json") }]);
    });

    it("in `.claude/skills`, whatever the config's agents", async () => {
      const text = skill("model: gpt-4o");
      const found = await lintIt(text, { path: `.claude/skills/${SKILL_NAME}/SKILL.md`, config: { ...CONFIG, agents: ["codex"] } });
      expect(hits(found, RULE)).toEqual([at(text, "gpt-4o")]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      const text = skill("model: gpt-4o");
      expect(hits(await lintIt(withEol(text, eol)), RULE)).toEqual([at(text, "gpt-4o")]);
    });
  });

  describe("fix", () => {
    it.each([
      ['"true"', "true"],
      ["'false'", "false"],
      ["yes", "true"],
      ['"Off"', "false"],
    ])("%s becomes %s", async (written, boolean) => {
      const { output, remaining } = await fixFixture(skill(`user-invocable: ${written}`), { config: CONFIG });
      expect(output).toBe(skill(`user-invocable: ${boolean}`));
      expect(hits(remaining, RULE)).toEqual([]);
    });

    it("keeps a comment and CRLF", async () => {
      const text = withEol(skill('disable-model-invocation: "true" # user only'), { crlf: true });
      const { output } = await fixFixture(text, { config: CONFIG });
      expect(output).toBe(withEol(skill("disable-model-invocation: true # user only"), { crlf: true }));
    });

    it("no fix for a value Claude Code does not read as a boolean", async () => {
      const text = skill("user-invocable: always");
      expect((await fixFixture(text, { config: CONFIG })).output).toBe(text);
    });
  });
});
