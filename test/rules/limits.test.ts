import { describe, expect, it } from "vitest";
import { hits, lintFixture, plainSkill, ruleIdsOf, spans, withEol } from "../helpers/fixtures.js";

const RULE = "limits";
const HEAD = plainSkill("").trimEnd(); // frontmatter and title: lines 1-6
/** A list nested `depth` levels by indentation, one level per line, starting on line 8. */
const indentedList = (depth: number) => Array.from({ length: depth }, (_, k) => `${"  ".repeat(k)}- item ${k + 1}`).join("\n");
/** Frontmatter whose metadata list uses `count` aliases of one anchor. */
const aliases = (count: number) =>
  `---\nname: demo-sync\ndescription: Does one thing\nx-anchor: &a x\nlist: [${Array(count).fill("*a").join(", ")}]\n---\n\n# Demo\n`;

describe(RULE, () => {
  describe("valid", () => {
    it("a list nested 100 levels (the limit)", async () => {
      expect(hits(await lintFixture(`${HEAD}\n\n${indentedList(100)}\n`), RULE)).toEqual([]);
    });

    it("block quotes nested 100 levels on one line", async () => {
      expect(hits(await lintFixture(`${HEAD}\n\n${"> ".repeat(100)}deep\n`), RULE)).toEqual([]);
    });

    it("a file of exactly the size limit", async () => {
      const base = `${HEAD}\n\n`;
      const text = `${base}${"a".repeat(1000 - base.length - 1)}\n`;
      expect(hits(await lintFixture(text, { config: { limits: { maxFileSize: 1000 } } }), RULE)).toEqual([]);
    });

    // The config schema: "maxAliases: Most YAML aliases in the frontmatter (default 100)".
    it("100 YAML aliases (the limit)", async () => {
      expect(hits(await lintFixture(aliases(100)), RULE)).toEqual([]);
    });

    it("a few YAML aliases", async () => {
      expect(hits(await lintFixture(aliases(3)), RULE)).toEqual([]);
    });

    it("a fenced code block longer than maxParagraph, of short lines", async () => {
      const code = Array.from({ length: 100 }, (_, i) => `echo line ${i}`).join("\n");
      expect(hits(await lintFixture(`${HEAD}\n\n\`\`\`sh\n${code}\n\`\`\`\n`, { config: { limits: { maxParagraph: 500 } } }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a list nested 101 levels by indentation: at the start of the first line past the limit, and nothing else checked", async () => {
      const diagnostics = await lintFixture(`${HEAD}\n\n${indentedList(101)}\n`);
      expect(ruleIdsOf(diagnostics)).toEqual([RULE]);
      expect(hits(diagnostics, RULE)).toEqual([{ line: 8 + 100, column: 1 }]);
    });

    it("101 list markers on one line", async () => {
      expect(hits(await lintFixture(`${HEAD}\n\n${"- ".repeat(101)}item\n`), RULE)).toEqual([{ line: 8, column: 1 }]);
    });

    it("block quotes nested 101 levels", async () => {
      expect(hits(await lintFixture(`${HEAD}\n\n${"> ".repeat(101)}deep\n`), RULE)).toEqual([{ line: 8, column: 1 }]);
    });

    it("a file over the default 512 KiB: at 1:1, and nothing else checked", async () => {
      const text = `# No frontmatter\n\n${"word ".repeat(110_000)}\n`;
      const diagnostics = await lintFixture(text);
      expect(ruleIdsOf(diagnostics)).toEqual([RULE]);
      expect(hits(diagnostics, RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("a file one byte over a configured size limit", async () => {
      const base = `${HEAD}\n\n`;
      const text = `${base}${"a".repeat(1001 - base.length - 1)}\n`;
      expect(hits(await lintFixture(text, { config: { limits: { maxFileSize: 1000 } } }), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("a size limit counts bytes, not characters", async () => {
      const base = `${HEAD}\n\n`;
      const text = `${base}${"é".repeat(600)}\n`; // under 1000 characters, over 1000 bytes
      expect(hits(await lintFixture(text, { config: { limits: { maxFileSize: 1000 } } }), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("a line of fenced code longer than maxParagraph: at the start of that line, and nothing else checked", async () => {
      const diagnostics = await lintFixture(`${HEAD}\n\n\`\`\`text\nshort\n${"x".repeat(501)}\n\`\`\`\n`, { config: { limits: { maxParagraph: 500 } } });
      expect(ruleIdsOf(diagnostics)).toEqual([RULE]);
      expect(diagnostics[0]!.messageId).toBe("line");
      expect(hits(diagnostics, RULE)).toEqual([{ line: 10, column: 1 }]);
    });

    it("101 YAML aliases: at the frontmatter", async () => {
      expect(hits(await lintFixture(aliases(101)), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("an alias bomb: at the frontmatter, promptly", async () => {
      const bomb = [
        "---",
        "name: demo-sync",
        "description: Does one thing",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
        "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
        "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
        "---",
        "",
        "# Demo",
        "",
      ].join("\n");
      expect(hits(await lintFixture(bomb), RULE)).toEqual([{ line: 1, column: 1 }]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
    ["CRLF and BOM", { crlf: true, bom: true }],
  ])("a deep list in a %s file: the same place as in the LF file", async (_, eol) => {
    const text = `${HEAD}\n\n${indentedList(102)}\n`;
    const lf = spans(await lintFixture(text));
    expect(lf.map((d) => d[0])).toEqual([RULE]);
    expect(spans(await lintFixture(withEol(text, eol)))).toEqual(lf);
  });

  it("101 markers on one line of a CRLF file with a BOM", async () => {
    expect(hits(await lintFixture(withEol(`${HEAD}\n\n${"- ".repeat(101)}item\n`, { crlf: true, bom: true })), RULE)).toEqual([{ line: 8, column: 1 }]);
  });
});
