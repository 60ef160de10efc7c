import { describe, expect, it } from "vitest";
import { at, hits, hitsWithSeverity, integrationSkill, lintFixture, plainSkill, spans, withEol, fixFixture } from "../helpers/fixtures.js";

const RULE = "unknown-frontmatter-key";

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["a plain skill", plainSkill()],
      ["an integration skill", integrationSkill()],
      ["any key under metadata", plainSkill("Text.", 'name: demo-sync\ndescription: Does one thing\nmetadata:\n  version: "1.0"\n  owner: team')],
      ["allowed-tools as a list", plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nallowed-tools:\n  - Read\n  - Bash")],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    it("a frontmatter with a YAML error is the frontmatter rule's to report", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nversion: : 1");
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("an unknown top-level key: a warning at the key", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nversion: 1.0");
      expect(hitsWithSeverity(await lintFixture(text), RULE)).toEqual([{ line: 4, column: 1, severity: 1 }]);
    });

    it("two unknown keys: one warning each, in order", async () => {
      const text = plainSkill("Text.", "name: demo-sync\nauthor: me\ndescription: Does one thing\ntags: [a, b]");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "author"), at(text, "tags")]);
    });

    it("a quoted key: at the key's opening quote", async () => {
      const text = plainSkill("Text.", 'name: demo-sync\ndescription: Does one thing\n"my key": 1');
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, '"my key"')]);
    });

    it("an unknown key inside `integration`: at that key", async () => {
      const text = integrationSkill({
        frontmatter: 'name: demo-sync\ndescription: Sync\nintegration:\n  service: demo\n  mcp_server: "@demo/mcp-server"\n  requires_auth: true\n  transport: stdio',
      });
      expect(hitsWithSeverity(await lintFixture(text), RULE)).toEqual([{ ...at(text, "transport"), severity: 1 }]);
    });

    it("a misspelt key is not also a frontmatter error", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\ndescripton: typo");
      const diagnostics = await lintFixture(text);
      expect(hits(diagnostics, RULE)).toEqual([at(text, "descripton")]);
      expect(hits(diagnostics, "frontmatter")).toEqual([]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
    ["CRLF and BOM", { crlf: true, bom: true }],
  ])("a %s file: at the same key", async (_, eol) => {
    const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nversion: 1.0");
    const lf = spans(await lintFixture(text));
    expect(lf).toEqual([[RULE, 4, 1, 4, 8]]);
    expect(spans(await lintFixture(withEol(text, eol)))).toEqual(lf);
  });

  describe("fix", () => {
    it("moves the keys under a new `metadata`, as strings written as they were, one per pass", async () => {
      const text = plainSkill("Text.", "author: Dana\nname: demo-sync\nversion: 0777\nteam: 'core'\ndescription: Does one thing");
      const { output, remaining } = await fixFixture(text);
      expect(output).toBe(plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nmetadata:\n  author: \"Dana\"\n  version: \"0777\"\n  team: 'core'"));
      expect(remaining).toEqual([]);
    });

    it("appends to an existing block `metadata` at its indentation, with CRLF kept", async () => {
      const text = withEol(plainSkill("Text.", "name: demo-sync\nmetadata:\n    team: core\nauthor: Dana\ndescription: Does one thing"), { crlf: true });
      const { output } = await fixFixture(text);
      expect(output).toBe(withEol(plainSkill("Text.", 'name: demo-sync\nmetadata:\n    team: core\n    author: "Dana"\ndescription: Does one thing'), { crlf: true }));
    });

    it.each([
      ["a value over several lines", "name: demo-sync\ndescription: Does one thing\nauthor:\n  first: Dana"],
      ["a flow `metadata`", "name: demo-sync\ndescription: Does one thing\nmetadata: { team: core }\nauthor: Dana"],
      ["a key `metadata` already has", "name: demo-sync\ndescription: Does one thing\nmetadata:\n  author: Sam\nauthor: Dana"],
      ["a field an agent reads (Claude Code's `model`)", "name: demo-sync\ndescription: Does one thing\nmodel: opus"],
      ["a value with a comment after it", "name: demo-sync\ndescription: Does one thing\nauthor: Dana # lead"],
    ])("no fix for %s", async (_, frontmatter) => {
      const text = plainSkill("Text.", frontmatter);
      expect((await fixFixture(text)).output).toBe(text);
    });
  });

  describe("fields an agent reads", () => {
    it("are the agent's, not unknown, while the agent is one of the file's", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nmodel: opus");
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });

    it("are unknown to a project whose agents do not read them", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nmodel: opus");
      expect(hits(await lintFixture(text, { config: { agents: ["codex", "gemini"] } }), RULE)).toEqual([at(text, "model")]);
    });
  });
});
