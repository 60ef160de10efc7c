import { describe, expect, it } from "vitest";
import { at, hits, idHits, integrationSkill, lintFixture, spans, withEol } from "../helpers/fixtures.js";

const RULE = "rate-limits-table";
const HEADER = "| Limit | Value | Handling |\n|-------|-------|----------|";
const rateLimits = (...rows: string[]) => `## Rate Limits\n\n${HEADER}\n${rows.join("\n")}`;

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      [
        "thousands separators and decimals",
        integrationSkill({ rateLimits: rateLimits("| Per minute | 1,000 | Queue |", "| Per second | 2.5 | Back off |", "| Per day | 0.5 | Notify the user |") }),
      ],
      ["a lower-case section heading", integrationSkill({ rateLimits: rateLimits("| Per minute | 100 | Queue |").replace("## Rate Limits", "## Rate limits") })],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    it("a placeholder value is the placeholder rule's to report", async () => {
      const text = integrationSkill({ rateLimits: rateLimits("| Per minute | [N] | [strategy] |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });

    it("a plain skill is not checked", async () => {
      const text = "---\nname: demo-sync\ndescription: Not an integration\n---\n\n# Demo\n\n## Rate Limits\n\n| Limit | Value |\n|---|---|\n| a | none |\n";
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a zero value: at the cell's text", async () => {
      const text = integrationSkill({ rateLimits: rateLimits("| Per minute | 0 | Queue |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "0 |")]);
    });

    it("a value that is not a number: at the cell's text", async () => {
      const text = integrationSkill({ rateLimits: rateLimits("| Per minute | lots | Queue |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "lots")]);
    });

    it("a value with a unit: at the cell's text", async () => {
      const text = integrationSkill({ rateLimits: rateLimits("| Per minute | 100/min | Queue |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "100/min")]);
    });

    it("a negative value: at the cell's text", async () => {
      const text = integrationSkill({ rateLimits: rateLimits("| Per minute | -5 | Queue |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "-5")]);
    });

    it("an empty Handling cell: on its row", async () => {
      const text = integrationSkill({ rateLimits: rateLimits("| Per minute | 100 |  |") });
      // Where in an empty cell is not specified; the line is.
      expect(hits(await lintFixture(text), RULE).map((h) => h.line)).toEqual([at(text, "| Per minute | 100 |").line]);
    });

    it("wrong column headers: at the header row", async () => {
      const text = integrationSkill({ rateLimits: "## Rate Limits\n\n| Limit | Amount | Handling |\n|---|---|---|\n| Per minute | 100 | Queue |" });
      const header = at(text, "| Limit | Amount");
      // The columns, and the row that now lacks a Value cell.
      expect(hits(await lintFixture(text), RULE)).toEqual([header, { line: header.line + 2, column: 1 }]);
    });

    it("a header row without limits: at the table", async () => {
      const text = integrationSkill({ rateLimits: `## Rate Limits\n\n${HEADER}` });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "| Limit | Value")]);
    });

    it("a Rate Limits section without a table: at its heading", async () => {
      const text = integrationSkill({ rateLimits: "## Rate Limits\n\nBe gentle." });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "## Rate Limits")]);
    });

    it("no Rate Limits section: at the `integration` key", async () => {
      const text = integrationSkill({ rateLimits: "" });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "integration:")]);
    });
  });

  describe("message ids", () => {
    it.each([
      ["missing", { rateLimits: "" }, "integration:"],
      ["noTable", { rateLimits: "## Rate Limits\n\nAbout 100 a minute." }, "## Rate Limits"],
      ["unexpectedValue", { rateLimits: rateLimits("| Per minute | 100 | Queue |").replace("| Limit | Value | Handling |", "| limit | value | handling |") }, "| limit"],
      ["tooFew", { rateLimits: `## Rate Limits\n\n${HEADER}` }, "| Limit | Value"],
      ["badFormat", { rateLimits: rateLimits("| Per minute | 0 | Queue |") }, "0 |"],
      ["empty", { rateLimits: rateLimits("| Per minute | 100 |   |") }, "|   |"],
    ])("%s", async (messageId, parts, needle) => {
      const text = integrationSkill(parts);
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId, ...at(text, needle) }]);
    });
  });

  describe("CRLF and BOM", () => {
    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file has the same ranges as the LF file", async (_, eol) => {
      const bad = integrationSkill({ rateLimits: rateLimits("| Per minute | lots | Queue |", "| | 5 | Stop |") });
      const lf = spans(await lintFixture(bad));
      expect(lf.filter((d) => d[0] === RULE)).toHaveLength(2);
      expect(spans(await lintFixture(withEol(bad, eol)))).toEqual(lf);
    });
  });
});
