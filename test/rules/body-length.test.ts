import { describe, expect, it } from "vitest";
import { hits, lintFixture, plainSkill, withEol } from "../helpers/fixtures.js";

const RULE = "body-length";
const on = { config: { rules: { [RULE]: "warn" } } };
/** A skill whose body (after the frontmatter's 4 lines) has exactly `n` lines. */
const skillOf = (n: number) => `---\nname: demo-sync\ndescription: Does one thing\n---\n${Array.from({ length: n }, (_, i) => `Line ${i + 1}.`).join("\n")}\n`;

describe(RULE, () => {
  it("is off by default (strict preset)", async () => {
    expect(hits(await lintFixture(skillOf(501)), RULE)).toEqual([]);
  });

  describe("valid", () => {
    it("a body of 500 lines", async () => {
      expect(hits(await lintFixture(skillOf(500), on), RULE)).toEqual([]);
    });

    it("a body of 500 lines without a final line break", async () => {
      expect(hits(await lintFixture(skillOf(500).slice(0, -1), on), RULE)).toEqual([]);
    });

    it("a longer limit from the options", async () => {
      expect(hits(await lintFixture(skillOf(600), { config: { rules: { [RULE]: ["warn", { max: 600 }] } } }), RULE)).toEqual([]);
    });

    it("a Markdown file that is not SKILL.md", async () => {
      expect(hits(await lintFixture(skillOf(600), { path: "skills/demo-sync/reference.md", ...on }), RULE)).toEqual([]);
    });

    it("a short plain skill", async () => {
      expect(hits(await lintFixture(plainSkill(), on), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a body of 501 lines: at its 501st line (line 505 of the file)", async () => {
      expect(hits(await lintFixture(skillOf(501), on), RULE)).toEqual([{ line: 505, column: 1 }]);
    });

    it("a file without frontmatter: every line is body", async () => {
      const text = Array.from({ length: 501 }, (_, i) => `Line ${i + 1}.`).join("\n");
      expect(hits(await lintFixture(text, on), RULE)).toEqual([{ line: 501, column: 1 }]);
    });

    it("a shorter limit from the options", async () => {
      expect(hits(await lintFixture(skillOf(11), { config: { rules: { [RULE]: ["warn", { max: 10 }] } } }), RULE)).toEqual([{ line: 15, column: 1 }]);
    });

    it("a template", async () => {
      expect(hits(await lintFixture(skillOf(501), { path: "templates/demo/SKILL.md", ...on }), RULE)).toEqual([{ line: 505, column: 1 }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the same line", async (_, eol) => {
      const found = (await lintFixture(withEol(skillOf(501), eol), on)).filter((d) => d.ruleId === RULE);
      expect(found.map((d) => [d.line, d.column, d.endLine, d.endColumn])).toEqual([[505, 1, 505, 10]]);
    });
  });
});
