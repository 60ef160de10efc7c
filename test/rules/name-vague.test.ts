import { describe, expect, it } from "vitest";
import { hits, lintFixture, plainSkill, withEol } from "../helpers/fixtures.js";

const RULE = "name-vague";
const on = { config: { rules: { [RULE]: "warn" } } };
const named = (name: string) => ({ text: plainSkill("Text.", `name: ${name}\ndescription: Does one thing`), path: `skills/${name}/SKILL.md` });

describe(RULE, () => {
  it("is off by default (strict preset)", async () => {
    const { text, path } = named("helper");
    expect(hits(await lintFixture(text, { path }), RULE)).toEqual([]);
  });

  describe("valid", () => {
    it.each(["processing-pdfs", "pdf-tools", "data-analysis", "file-organizer", "git-helper"])("%s: one word says what it does", async (name) => {
      const { text, path } = named(name);
      expect(hits(await lintFixture(text, { path, ...on }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it.each(["helper", "utils", "tools", "misc", "stuff", "data", "documents", "files", "my-tools", "common-utils", "misc-stuff", "my-skill"])("%s: at the value", async (name) => {
      const { text, path } = named(name);
      expect(hits(await lintFixture(text, { path, ...on }), RULE)).toEqual([{ line: 2, column: 7 }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      const { text, path } = named("utils");
      expect(hits(await lintFixture(withEol(text, eol), { path, ...on }), RULE)).toEqual([{ line: 2, column: 7 }]);
    });
  });
});
