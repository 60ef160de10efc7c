import { describe, expect, it } from "vitest";
import { at, hits, idHits, integrationSkill, lintFixture, plainSkill, spans, withEol, fixFixture } from "../helpers/fixtures.js";

const RULE = "frontmatter";

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["a plain skill", plainSkill()],
      ["an integration skill", integrationSkill()],
      ["every Agent Skills field", plainSkill("Text.", 'name: demo-sync\ndescription: Does one thing\nlicense: MIT\ncompatibility: Needs network access\nmetadata:\n  author: someone\nallowed-tools: Read Write\ntriggers:\n  - "do it"')],
      ["a CRLF file with a BOM", withEol(plainSkill(), { crlf: true, bom: true })],
      ["a description of 1024 characters", plainSkill("Text.", `name: demo-sync\ndescription: ${"a".repeat(1024)}`)],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("no frontmatter: at 1:1", async () => {
      expect(hits(await lintFixture("# Demo\n\nNo frontmatter here.\n"), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("an unclosed frontmatter: at 1:1, once", async () => {
      expect(hits(await lintFixture("---\nname: demo-sync\ndescription: Never closed\n\n# Demo\n"), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("a frontmatter that is not a mapping: at the opening fence", async () => {
      expect(hits(await lintFixture("---\n- just\n- a list\n---\n\n# Demo\n"), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("a YAML syntax error: at the offending token, not at the fence", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nfoo: : bar");
      expect(hits(await lintFixture(text), RULE)).toEqual([{ line: 4, column: 6 }]);
    });

    it("a duplicate key: at the second key", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: One\ndescription: Two");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "description: Two")]);
    });

    it("a name that is not lower-case-hyphen: at the value", async () => {
      const text = plainSkill("Text.", "name: Demo_Sync\ndescription: Does one thing");
      expect(hits(await lintFixture(text, { path: "skills/Demo_Sync/SKILL.md" }), RULE)).toEqual([{ line: 2, column: 7 }]);
    });

    it("a description with `<`: at the value", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Renders <b>bold</b> text");
      expect(hits(await lintFixture(text), RULE)).toEqual([{ line: 3, column: 14 }]);
    });

    it("a description of only spaces: at the value, once, as `empty` (the spec's reference validator strips it)", async () => {
      const text = plainSkill("Text.", 'name: demo-sync\ndescription: "   "');
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId: "empty", ...at(text, '"   "') }]);
    });

    it("an empty description: `tooShort` only, not also `empty`", async () => {
      const text = plainSkill("Text.", 'name: demo-sync\ndescription: ""');
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId: "tooShort", ...at(text, '""') }]);
    });

    it("a description over 1024 characters: at the value", async () => {
      const text = plainSkill("Text.", `name: demo-sync\ndescription: ${"a".repeat(1025)}`);
      expect(hits(await lintFixture(text), RULE)).toEqual([{ line: 3, column: 14 }]);
    });

    it("a missing description: at the opening fence", async () => {
      expect(hits(await lintFixture(plainSkill("Text.", "name: demo-sync")), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("metadata values must be strings: at the value", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nmetadata:\n  version: 2");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "2\n")]);
    });

    it("a bad integration.service: at the value", async () => {
      const text = integrationSkill({
        frontmatter: 'name: demo-sync\ndescription: Sync\nintegration:\n  service: Demo Service\n  mcp_server: "@demo/mcp-server"\n  requires_auth: true',
      });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "Demo Service")]);
    });

    it("integration without mcp_server: at the `integration` value", async () => {
      const text = integrationSkill({ frontmatter: "name: demo-sync\ndescription: Sync\nintegration:\n  service: demo\n  requires_auth: true" });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "service: demo")]);
    });

    it("requires_auth that is not a boolean: at the value", async () => {
      const text = integrationSkill({
        frontmatter: 'name: demo-sync\ndescription: Sync\nintegration:\n  service: demo\n  mcp_server: "@demo/mcp-server"\n  requires_auth: "yes"',
      });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, '"yes"')]);
    });
  });

  describe("message ids", () => {
    const skill = (frontmatter: string) => plainSkill("Text.", `name: demo-sync\ndescription: Does one thing\n${frontmatter}`);
    it.each([
      ["noFrontmatter", "# Demo\n\nNo frontmatter here.\n", "# Demo"],
      ["unclosed", "---\nname: demo-sync\ndescription: Never closed\n\n# Demo\n", "---"],
      ["notMapping", "---\n- just\n- a list\n---\n\n# Demo\n", "---"],
      ["yamlSyntax", skill("foo: : bar"), ": bar"],
      ["missing", plainSkill("Text.", "name: demo-sync"), "---"],
      ["badFormat", plainSkill("Text.", "name: demo-sync\ndescription: Renders <b>bold</b> text"), "Renders"],
      ["empty", plainSkill("Text.", 'name: "  "\ndescription: Does one thing'), '"  "'],
      ["tooLong", plainSkill("Text.", `name: demo-sync\ndescription: ${"a".repeat(1025)}`), "aaa"],
      ["tooFew", skill("triggers: []"), "[]"],
      ["wrongType", skill("metadata:\n  version: 2"), "2\n"],
    ])("%s", async (messageId, text, needle) => {
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId, ...at(text, needle) }]);
    });

    it("an alias without its anchor is a YAML error at the alias, not an alias limit", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nmetadata:\n  owner: *team");
      const diagnostics = await lintFixture(text);
      expect(idHits(diagnostics, RULE)).toEqual([{ messageId: "yamlSyntax", ...at(text, "*team") }]);
      expect(hits(diagnostics, "limits")).toEqual([]);
      expect(diagnostics.find((d) => d.ruleId === RULE)?.message).toBe("Invalid YAML in the frontmatter: Unresolved alias `team`: no anchor `&team` before it");
    });

    it("an empty name is both too short and empty: tooShort, empty", async () => {
      const text = plainSkill("Text.", 'name: ""\ndescription: Does one thing');
      expect(idHits(await lintFixture(text), RULE).map((h) => h.messageId)).toEqual(["tooShort", "empty"]);
    });

    it("a project's skill schema: one id per failing keyword", async () => {
      const schema = {
        type: "object",
        required: ["license"],
        minProperties: 9,
        properties: {
          compatibility: { const: "none" },
          "allowed-tools": { enum: ["Read"] },
          triggers: { type: "array", maxItems: 1 },
          metadata: { type: "object", properties: { team: { type: "string", pattern: "^[a-z]+$" }, owner: { type: "string", pattern: "\\S" } } },
        },
      };
      const text = skill('compatibility: Any\nallowed-tools: Write\ntriggers: ["a", "b"]\nmetadata:\n  team: Core\n  owner: " "');
      const found = idHits(await lintFixture(text, { files: { "skill.schema.json": JSON.stringify(schema) }, config: { schemas: { skill: "skill.schema.json" } } }), RULE);
      expect(found).toEqual([
        { messageId: "invalid", ...at(text, "---") },
        { messageId: "missing", ...at(text, "---") },
        { messageId: "unexpectedValue", ...at(text, "Any") },
        { messageId: "notOneOf", ...at(text, "Write") },
        { messageId: "tooMany", ...at(text, '["a"') },
        { messageId: "noMatch", ...at(text, "Core") },
        { messageId: "emptyValue", ...at(text, '" "') },
      ]);
    });
  });

  describe("CRLF and BOM keep lines and columns", () => {
    const base = plainSkill("Text.", "name: demo-sync\ndescription: Renders <b>bold</b> text");
    it.each([
      ["LF", {}],
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a schema error in a %s file is at 3:14", async (_, eol) => {
      expect(hits(await lintFixture(withEol(base, eol)), RULE)).toEqual([{ line: 3, column: 14 }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
    ])("a duplicate key in a %s file is at the second key", async (_, eol) => {
      const text = withEol(plainSkill("Text.", "name: demo-sync\ndescription: One\ndescription: Two"), eol);
      expect(hits(await lintFixture(text), RULE)).toEqual([{ line: 4, column: 1 }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a YAML syntax error in a %s file is at 4:6", async (_, eol) => {
      const text = withEol(plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nfoo: : bar"), eol);
      expect(hits(await lintFixture(text), RULE)).toEqual([{ line: 4, column: 6 }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file has the same ranges (start and end) as the LF file", async (_, eol) => {
      const bad = plainSkill("Text.", "name: demo-sync\ndescription: Renders <b>bold</b>\nmetadata:\n  version: 2\nlicense:\n  - MIT");
      const lf = spans(await lintFixture(bad));
      expect(lf.filter((d) => d[0] === RULE)).toHaveLength(3);
      expect(spans(await lintFixture(withEol(bad, eol)))).toEqual(lf);
    });

    it("an unclosed frontmatter in a CRLF file: at 1:1", async () => {
      const text = withEol("---\nname: demo-sync\ndescription: Never closed\n\n# Demo\n", { crlf: true });
      expect(hits(await lintFixture(text), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("no frontmatter in a BOM file: at 1:1", async () => {
      expect(hits(await lintFixture(withEol("# Demo\n\nText.\n", { bom: true })), RULE)).toEqual([{ line: 1, column: 1 }]);
    });
  });

  describe("fix", () => {
    it.each([
      ["formatting tags go, with their brackets", "Use <b>this</b> to sync tasks", "Use this to sync tasks"],
      ["another tag keeps its word", "Pass a <token> to sync tasks", "Pass a token to sync tasks"],
      ["in a quoted value", '"Use <em>this</em> to sync"', '"Use this to sync"'],
    ])("a description with tags: %s", async (_, written, fixed) => {
      const text = plainSkill("Text.", `name: demo-sync\ndescription: ${written}`);
      const { output, remaining } = await fixFixture(text);
      expect(output).toBe(plainSkill("Text.", `name: demo-sync\ndescription: ${fixed}`));
      expect(hits(remaining, RULE)).toEqual([]);
    });

    it.each([
      ["a lone comparison", "Use when x > 5 to sync"],
      ["a block scalar", ">\n  Use <b>this</b> to sync"],
    ])("no fix for %s", async (_, written) => {
      const text = plainSkill("Text.", `name: demo-sync\ndescription: ${written}`);
      expect((await fixFixture(text)).output).toBe(text);
    });
  });
});
