import { describe, expect, it } from "vitest";
import { at, hits, idHits, lintFixture, plainSkill, SKILL_NAME, withEol } from "../helpers/fixtures.js";

const RULE = "claude-allowed-tools";
const CONFIG = { rules: { [RULE]: "warn" } };
const skill = (tools: string) => plainSkill("Text.", `name: ${SKILL_NAME}\ndescription: Does one thing\nallowed-tools: ${tools}`);
const lintIt = (text: string, options: { path?: string; config?: unknown } = {}) => lintFixture(text, { config: CONFIG, ...options });

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["space-separated names", "Read Grep Glob Bash"],
      ["comma-separated names", "Read, Grep, Glob, Bash, Task"],
      ["patterns with spaces inside", '"Bash(git add:*) Bash(npx expo *), Read(~/.cache/**)"'],
      ["MCP tools", "Read mcp__sentry__search_issues mcp__serena"],
      ["old names Claude Code still maps", "Task KillShell"],
      ["a YAML list", "\n  - Read\n  - Bash(stripe *)\n  - Skill"],
    ])("%s", async (_, tools) => {
      expect(hits(await lintIt(skill(tools)), RULE)).toEqual([]);
    });

    it("off under the recommended preset", async () => {
      expect(hits(await lintFixture(skill("Read TodoRead")), RULE)).toEqual([]);
    });

    it("a file not checked against Claude Code", async () => {
      expect(hits(await lintIt(skill("ask_user sql"), { config: { ...CONFIG, agents: ["copilot"] } }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("an unknown name: at the entry", async () => {
      const text = skill("Read TodoRead Grep List");
      expect(idHits(await lintIt(text), RULE)).toEqual([
        { messageId: "unknown", ...at(text, "TodoRead") },
        { messageId: "unknown", ...at(text, "List") },
      ]);
    });

    it("a name in the wrong case", async () => {
      const text = skill('"bash, Read"');
      expect(idHits(await lintIt(text), RULE)).toEqual([{ messageId: "wrongCase", ...at(text, "bash") }]);
    });

    it("an unknown pattern's tool: at the whole entry", async () => {
      const text = skill("Shell(git:*) Read");
      expect(hits(await lintIt(text), RULE)).toEqual([at(text, "Shell(git:*)")]);
    });

    it("a list item: at the item", async () => {
      const text = skill("\n  - Read\n  - Azure MCP/documentation");
      expect(hits(await lintIt(text), RULE)).toEqual([at(text, "Azure MCP/documentation")]);
    });

    it("a folded value: at the value", async () => {
      const text = skill(">\n  Read\n  TodoRead");
      expect(hits(await lintIt(text), RULE)).toEqual([at(text, ">")]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the entry", async (_, eol) => {
      const text = skill("Read TodoRead");
      expect(hits(await lintIt(withEol(text, eol)), RULE)).toEqual([at(text, "TodoRead")]);
    });
  });
});
