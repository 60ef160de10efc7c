import { describe, expect, it } from "vitest";
import { at, hits, lintFixture, plainSkill, withEol } from "../helpers/fixtures.js";

const RULE = "description-trigger";
const on = { config: { rules: { [RULE]: "warn" } } };
const described = (description: string, more = "") => plainSkill("Text.", `name: demo-sync\ndescription: ${description}${more}`);

describe(RULE, () => {
  it("is off by default (strict preset)", async () => {
    expect(hits(await lintFixture(described("Processes Excel files and generates reports.")), RULE)).toEqual([]);
  });

  describe("valid", () => {
    it.each([
      ["Use when", "Processes Excel files. Use when the user asks for a report."],
      ["Use this skill whenever", "Use this skill whenever the user wants to edit a Word document."],
      ["Use for", "Publishes notes to the wiki. Use for any change to the team handbook."],
      ["Use … after", "Hunts for variants of a bug. Use immediately after a bug turns up."],
      ["if the user", "Drafts release notes if the user asks what changed."],
      ["Triggers", "Edits slides. Triggers include any mention of a deck or .pptx."],
      ["Preferred for", "A wrapper around RDKit. Preferred for standard drug discovery work."],
    ])("%s", async (_, description) => {
      expect(hits(await lintFixture(described(description), on), RULE)).toEqual([]);
    });

    it("`triggers`, which `skillc build` folds into the description", async () => {
      expect(hits(await lintFixture(described("Processes Excel files.", '\ntriggers:\n  - "make a report"'), on), RULE)).toEqual([]);
    });

    it("Claude Code's `when_to_use`", async () => {
      expect(hits(await lintFixture(described("Processes Excel files.", "\nwhen_to_use: The user asks for a report."), on), RULE)).toEqual([]);
    });

    it("a description in another language", async () => {
      expect(hits(await lintFixture(described("处理 Excel 文件并生成报告。"), on), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("only what the skill does: at the value", async () => {
      expect(hits(await lintFixture(described("Processes Excel files and generates reports."), on), RULE)).toEqual([{ line: 3, column: 14 }]);
    });

    it("a quoted value: at the opening quote", async () => {
      const text = described('"Toolkit for testing local web applications with Playwright."');
      expect(hits(await lintFixture(text, on), RULE)).toEqual([at(text, '"Toolkit')]);
    });

    it("an empty `triggers` list does not count", async () => {
      expect(hits(await lintFixture(described("Processes Excel files and generates reports.", "\ntriggers: []"), on), RULE)).toEqual([{ line: 3, column: 14 }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      expect(hits(await lintFixture(withEol(described("Processes Excel files and generates reports."), eol), on), RULE)).toEqual([{ line: 3, column: 14 }]);
    });
  });
});
