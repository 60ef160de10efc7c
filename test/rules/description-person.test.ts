import { describe, expect, it } from "vitest";
import { at, idHits, lintFixture, plainSkill, withEol } from "../helpers/fixtures.js";

const RULE = "description-person";
const on = { config: { rules: { [RULE]: "warn" } } };
const described = (description: string) => plainSkill("Text.", `name: demo-sync\ndescription: ${description}`);

describe(RULE, () => {
  it("is off by default (strict preset)", async () => {
    expect(idHits(await lintFixture(described("I can help you process Excel files.")), RULE)).toEqual([]);
  });

  describe("valid", () => {
    it.each([
      ["the third person", "Processes Excel files and generates reports. Use when the user asks for a spreadsheet."],
      ["a quoted request", 'Makes GIFs for Slack. Use when the user says "make me a GIF" or "can you animate this".'],
      ["a single-quoted request with an apostrophe", "Finds leaks. Use when the user says 'I can't find my memory leak'."],
      ["a code span", "Explains `useYourHook` and `myFunc`. Use when the user asks about hooks."],
      ["I/O and US", "Speeds up I/O-bound jobs in the US region. Use when jobs wait on disks."],
      ["words that contain the pronouns", "Summarises youtube videos and memos for users. Use when asked for a summary."],
    ])("%s", async (_, description) => {
      expect(idHits(await lintFixture(described(description), on), RULE)).toEqual([]);
    });

    it("a placeholder description (a template not filled yet)", async () => {
      expect(idHits(await lintFixture(described('"[What you do]"'), on), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it.each([
      ["I can", "I can help process Excel files."],
      ["help me", "A set of resources to help me write internal communications."],
      ["we", "We generate reports from Excel files."],
    ])("first person: %s, at the value", async (_, description) => {
      const text = described(description);
      expect(idHits(await lintFixture(text, on), RULE)).toEqual([{ messageId: "firstPerson", line: 3, column: 14 }]);
    });

    it.each([
      ["You can", "You can use this to process Excel files."],
      ["your", "Organises your files by type. Use when the desktop is cluttered."],
      ["when you", "Use when you need a pivot table."],
    ])("second person: %s, at the value", async (_, description) => {
      const text = described(description);
      expect(idHits(await lintFixture(text, on), RULE)).toEqual([{ messageId: "secondPerson", line: 3, column: 14 }]);
    });

    it("both: one report each", async () => {
      const text = described("I can help you process Excel files.");
      expect(idHits(await lintFixture(text, on), RULE).map((h) => h.messageId)).toEqual(["firstPerson", "secondPerson"]);
    });

    it("a block scalar: at its indicator", async () => {
      const text = plainSkill("Text.", "name: demo-sync\ndescription: >-\n  You can use this to\n  process Excel files.");
      expect(idHits(await lintFixture(text, on), RULE)).toEqual([{ messageId: "secondPerson", ...at(text, ">-") }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      const text = withEol(described("You can use this to process Excel files."), eol);
      expect(idHits(await lintFixture(text, on), RULE)).toEqual([{ messageId: "secondPerson", line: 3, column: 14 }]);
    });
  });
});
