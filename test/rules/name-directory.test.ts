import { describe, expect, it } from "vitest";
import { at, hits, INTEGRATION_FRONTMATTER, integrationSkill, lintFixture, plainSkill, SKILL_NAME, withEol } from "../helpers/fixtures.js";

const RULE = "name-directory";
const named = (name: string) => plainSkill("Text.", `name: ${name}\ndescription: Does one thing`);

describe(RULE, () => {
  describe("valid", () => {
    it("a name equal to its folder", async () => {
      expect(await lintFixture(named("demo-sync"))).toEqual([]);
    });

    it("an integration skill in its folder", async () => {
      expect(await lintFixture(integrationSkill())).toEqual([]);
    });

    it("a placeholder name in an integration is left to the placeholder rule", async () => {
      const text = integrationSkill({ frontmatter: INTEGRATION_FRONTMATTER.replace(`name: ${SKILL_NAME}`, 'name: "[integration-name]-sync"') });
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });

    it("a placeholder name in a plain skill is compared (no other rule would report it)", async () => {
      const text = plainSkill("Text.", 'name: "[skill-name]"\ndescription: Does one thing');
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, '"[skill-name]"')]);
    });

    it("a template is not a skill folder", async () => {
      expect(hits(await lintFixture(named("other-name"), { path: "templates/demo/SKILL.md" }), RULE)).toEqual([]);
    });

    it("a file not named SKILL.md is not checked", async () => {
      expect(hits(await lintFixture(named("other-name"), { path: "skills/demo-sync/README.md" }), RULE)).toEqual([]);
    });

    it("a missing name is the frontmatter rule's to report", async () => {
      expect(hits(await lintFixture(plainSkill("Text.", "description: Does one thing")), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a different name: at the value", async () => {
      expect(hits(await lintFixture(named("other-name")), RULE)).toEqual([{ line: 2, column: 7 }]);
    });

    it("a name that differs only in case: at the value", async () => {
      expect(hits(await lintFixture(named("demo-sync"), { path: "skills/Demo-Sync/SKILL.md" }), RULE)).toEqual([{ line: 2, column: 7 }]);
    });

    it("a quoted name: at the opening quote", async () => {
      expect(hits(await lintFixture(plainSkill("Text.", 'description: Does one thing\nname: "other-name"')), RULE)).toEqual([{ line: 3, column: 7 }]);
    });

    it("an integration skill in the wrong folder", async () => {
      expect(hits(await lintFixture(integrationSkill(), { path: "skills/demo/SKILL.md", files: {} }), RULE)).toEqual([{ line: 2, column: 7 }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      expect(hits(await lintFixture(withEol(named("other-name"), eol)), RULE)).toEqual([{ line: 2, column: 7 }]);
    });
  });
});
