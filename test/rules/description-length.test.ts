import { describe, expect, it } from "vitest";
import { hits, lintFixture, plainSkill, withEol } from "../helpers/fixtures.js";

const RULE = "description-length";
const on = { config: { rules: { [RULE]: "warn" } } };
const described = (description: string, more = "") => plainSkill("Text.", `name: demo-sync\ndescription: ${description}${more}`);

describe(RULE, () => {
  it("is off by default (strict preset)", async () => {
    expect(hits(await lintFixture(described("Processes data")), RULE)).toEqual([]);
  });

  describe("valid", () => {
    it("40 characters", async () => {
      expect(hits(await lintFixture(described("a".repeat(40)), on), RULE)).toEqual([]);
    });

    it("a short description with `triggers`, which `skillc build` folds into it", async () => {
      expect(hits(await lintFixture(described("Sync tasks with Trello", '\ntriggers:\n  - "sync trello"\n  - "update my trello board"'), on), RULE)).toEqual([]);
    });

    it("a short description with Claude Code's `when_to_use`", async () => {
      expect(hits(await lintFixture(described("Processes data", "\nwhen_to_use: The user shares a CSV file to clean."), on), RULE)).toEqual([]);
    });

    it("a lower minimum from the options", async () => {
      expect(hits(await lintFixture(described("Processes data"), { config: { rules: { [RULE]: ["warn", { min: 10 }] } } }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it.each([
      ["Anthropic's vague example", "Processes data"],
      ["39 characters", "a".repeat(39)],
      ["spaces around do not count", '"   Helps with documents   "'],
    ])("%s: at the value", async (_, description) => {
      expect(hits(await lintFixture(described(description), on), RULE)).toEqual([{ line: 3, column: 14 }]);
    });

    it("a higher minimum from the options", async () => {
      expect(hits(await lintFixture(described("a".repeat(40)), { config: { rules: { [RULE]: ["warn", { min: 80 }] } } }), RULE)).toEqual([{ line: 3, column: 14 }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      expect(hits(await lintFixture(withEol(described("Processes data"), eol), on), RULE)).toEqual([{ line: 3, column: 14 }]);
    });
  });
});
