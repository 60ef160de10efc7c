import { describe, expect, it } from "vitest";
import { at, hits, idHits, integrationSkill, lintFixture, spans, withEol, fixFixture } from "../helpers/fixtures.js";

const RULE = "data-mapping-table";
const HEADER = "| External Field | Local Field | Sync Direction |\n|----------------|-------------|----------------|";
const dataMapping = (...rows: string[]) => `## Data Mapping\n\n${HEADER}\n${rows.join("\n")}`;

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      [
        "every spelling of the three directions",
        integrationSkill({
          dataMapping: dataMapping(
            "| status | checkbox | bidirectional |",
            "| due | date | external -> local |",
            "| title | text | local -> external |",
            "| a | b | External → Local |",
            "| c | d | Local → External |",
            "| e | f | local ← external |",
            "| g | h | BIDIRECTIONAL |",
            "| i | j | external->local |",
            "| k | l | ↔ |",
          ),
        }),
      ],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    it("a plain skill is not checked", async () => {
      const text = "---\nname: demo-sync\ndescription: Not an integration\n---\n\n# Demo\n\n## Data Mapping\n\nNone.\n";
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("an unknown direction: at the cell's text", async () => {
      const text = integrationSkill({ dataMapping: dataMapping("| status | checkbox | sideways |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "sideways")]);
    });

    it("a one-way arrow with no ends: at the cell's text", async () => {
      const text = integrationSkill({ dataMapping: dataMapping("| status | checkbox | → |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "→")]);
    });

    it("an empty local field: on its row", async () => {
      const text = integrationSkill({ dataMapping: dataMapping("| status |  | bidirectional |") });
      expect(hits(await lintFixture(text), RULE).map((h) => h.line)).toEqual([at(text, "| status |").line]);
    });

    it("wrong column headers: at the header row", async () => {
      const text = integrationSkill({ dataMapping: "## Data Mapping\n\n| External | Local | Direction |\n|---|---|---|\n| status | checkbox | bidirectional |" });
      const header = at(text, "| External | Local");
      // The columns, and the row that has none of the known cells (one `required` issue each).
      expect(hits(await lintFixture(text), RULE)).toEqual([
        header,
        { line: header.line + 2, column: 1 },
        { line: header.line + 2, column: 1 },
        { line: header.line + 2, column: 1 },
      ]);
    });

    it("a Data Mapping section without a table: at its heading", async () => {
      const text = integrationSkill({ dataMapping: "## Data Mapping\n\nStatus syncs both ways." });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "## Data Mapping")]);
    });

    it("no Data Mapping section: at the `integration` key", async () => {
      const text = integrationSkill({ dataMapping: "" });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "integration:")]);
    });
  });

  describe("message ids", () => {
    it.each([
      ["missing", { dataMapping: "" }, "integration:"],
      ["noTable", { dataMapping: "## Data Mapping\n\nStatus maps to the checkbox." }, "## Data Mapping"],
      ["unexpectedValue", { dataMapping: dataMapping("| status | task checkbox | bidirectional |").replace("| External Field | Local Field | Sync Direction |", "| external field | local field | sync direction |") }, "| external"],
      ["tooFew", { dataMapping: `## Data Mapping\n\n${HEADER}` }, "| External Field | Local"],
      ["notOneOf", { dataMapping: dataMapping("| status | task checkbox | sideways |") }, "sideways"],
      ["empty", { dataMapping: dataMapping("| status |   | bidirectional |") }, "|   |"],
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
      const bad = integrationSkill({ dataMapping: dataMapping("| status | checkbox | sideways |", "| due |  | up |") });
      const lf = spans(await lintFixture(bad));
      expect(lf.filter((d) => d[0] === RULE)).toHaveLength(3);
      expect(spans(await lintFixture(withEol(bad, eol)))).toEqual(lf);
    });
  });

  describe("fix", () => {
    it.each([
      ["external => local", "external -> local"],
      ["External ⇒ Local", "external -> local"],
      ["local <= external", "external -> local"],
    ])("`%s` becomes `%s`, the cell's other bytes kept", async (written, fixed) => {
      const text = integrationSkill({ dataMapping: dataMapping(`| status | done | ${written} |`) });
      const { output, remaining } = await fixFixture(text);
      expect(output).toBe(text.replace(`| ${written} |`, `| ${fixed} |`));
      expect(hits(remaining, RULE)).toEqual([]);
    });

    it("no fix for a word that is no direction", async () => {
      const text = integrationSkill({ dataMapping: dataMapping("| status | done | both |") });
      expect((await fixFixture(text)).output).toBe(text);
    });
  });
});
