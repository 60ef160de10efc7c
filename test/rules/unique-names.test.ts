import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, resolveConfig, type Diagnostic, type LintResult } from "../../src/index.js";
import { at, INTEGRATION_FRONTMATTER, integrationSkill, PROTOCOL, withEol, withProject } from "../helpers/fixtures.js";

const RULE = "unique-names";
const skill = (name: string, extra = "") => `---\nname: ${name}\ndescription: Does one thing.\n---\n\n# ${name}\n${extra}`;
/** An integration skill named `name` for `service`, to be saved at `skills/<name>/SKILL.md`. */
const integration = (name: string, service: string) =>
  integrationSkill({ frontmatter: INTEGRATION_FRONTMATTER.replace("name: demo-sync", `name: ${name}`).replace("service: demo", `service: ${service}`) });

/** Lint a whole project (every file, as `skillc lint` with no paths does): results by path relative to the root. */
async function lintProject(files: Record<string, string>, config: unknown = {}): Promise<Record<string, LintResult>> {
  return withProject({ [PROTOCOL]: "# Integration framework\n", ...files }, async (root) => {
    const results = await lint({ cwd: root, config: resolveConfig(config, root) });
    return Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1).split("\\").join("/"), r]));
  });
}

/** This rule's diagnostics of one result, as message id, place and severity. */
const found = (result: LintResult | undefined) =>
  (result?.messages ?? []).filter((d: Diagnostic) => d.ruleId === RULE).map((d) => ({ messageId: d.messageId, line: d.line, column: d.column, severity: d.severity }));

describe(RULE, () => {
  describe("valid", () => {
    it("skills with names of their own", async () => {
      const results = await lintProject({ "a/one/SKILL.md": skill("one"), "b/two/SKILL.md": skill("two") });
      expect(Object.values(results).flatMap((r) => r.messages)).toEqual([]);
    });

    it("a template that shares a skill's name: templates are not built", async () => {
      const results = await lintProject({ "skills/one/SKILL.md": skill("one"), "templates/one/SKILL.md": skill("one") });
      expect(found(results["skills/one/SKILL.md"])).toEqual([]);
    });

    it("two integrations with services of their own", async () => {
      const results = await lintProject({ "skills/a-sync/SKILL.md": integration("a-sync", "alpha"), "skills/b-sync/SKILL.md": integration("b-sync", "beta") });
      expect(Object.values(results).flatMap((r) => r.messages)).toEqual([]);
    });

    it("only the files of the run are compared", async () => {
      await withProject({ "a/twin/SKILL.md": skill("twin"), "b/twin/SKILL.md": skill("twin") }, async (root) => {
        const results = await lint({ paths: [join(root, "a")], cwd: root, config: resolveConfig({}, root) });
        expect(results.flatMap((r) => r.messages)).toEqual([]);
      });
    });

    it("turned off in the config", async () => {
      const results = await lintProject({ "a/twin/SKILL.md": skill("twin"), "b/twin/SKILL.md": skill("twin") }, { rules: { [RULE]: "off" } });
      expect(Object.values(results).flatMap((r) => r.messages)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("two skills with one name: each at its `name` value, naming the other", async () => {
      const text = skill("twin");
      const results = await lintProject({ "a/twin/SKILL.md": text, "b/twin/SKILL.md": text, "c/solo/SKILL.md": skill("solo") });
      const place = { messageId: "name", ...at(text, "twin"), severity: 2 };
      expect(found(results["a/twin/SKILL.md"])).toEqual([place]);
      expect(found(results["b/twin/SKILL.md"])).toEqual([place]);
      expect(found(results["c/solo/SKILL.md"])).toEqual([]);
      expect(results["a/twin/SKILL.md"]!.messages[0]!.message).toContain("`b/twin/SKILL.md`");
      expect(results["b/twin/SKILL.md"]!.messages[0]!.message).toContain("`a/twin/SKILL.md`");
      expect(results["a/twin/SKILL.md"]!.errorCount).toBe(1);
    });

    it("three skills with one name: each reported once", async () => {
      const text = skill("twin");
      const results = await lintProject({ "a/twin/SKILL.md": text, "b/twin/SKILL.md": text, "c/twin/SKILL.md": text });
      for (const path of ["a", "b", "c"]) expect(found(results[`${path}/twin/SKILL.md`])).toHaveLength(1);
    });

    it("names that differ only in letter case", async () => {
      const results = await lintProject({ "a/twin/SKILL.md": skill("twin"), "b/Twin/SKILL.md": skill("Twin") }, { rules: { "name-directory": "off" } });
      expect(found(results["a/twin/SKILL.md"])).toHaveLength(1);
      expect(found(results["b/Twin/SKILL.md"])).toHaveLength(1);
    });

    it("skills without a name: compared by their folders' names, at the frontmatter", async () => {
      const text = "---\ndescription: Does one thing.\n---\n\n# Twin\n";
      const results = await lintProject({ "a/twin/SKILL.md": text, "b/twin/SKILL.md": text });
      expect(found(results["a/twin/SKILL.md"])).toEqual([{ messageId: "name", line: 1, column: 1, severity: 2 }]);
    });

    it("two integrations with one service: at each `integration.service` value", async () => {
      const a = integration("a-sync", "trello");
      const results = await lintProject({ "skills/a-sync/SKILL.md": a, "skills/b-sync/SKILL.md": integration("b-sync", "trello") });
      const place = { messageId: "service", ...at(a, "trello"), severity: 2 };
      expect(found(results["skills/a-sync/SKILL.md"])).toEqual([place]);
      expect(found(results["skills/b-sync/SKILL.md"])).toEqual([place]);
      expect(results["skills/a-sync/SKILL.md"]!.messages[0]!.message).toContain("`skills/b-sync/SKILL.md`");
    });

    it("at the severity the config gives", async () => {
      const results = await lintProject({ "a/twin/SKILL.md": skill("twin"), "b/twin/SKILL.md": skill("twin") }, { rules: { [RULE]: "warn" } });
      expect(found(results["a/twin/SKILL.md"]).map((d) => d.severity)).toEqual([1]);
      expect(results["a/twin/SKILL.md"]!.warningCount).toBe(1);
    });

    it("a file that turns the rule off is not reported; the other file still is", async () => {
      const results = await lintProject({ "a/twin/SKILL.md": skill("twin", "\n<!-- skillc-disable-file unique-names -->\n"), "b/twin/SKILL.md": skill("twin") });
      expect(found(results["a/twin/SKILL.md"])).toEqual([]);
      expect(found(results["b/twin/SKILL.md"])).toHaveLength(1);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      const results = await lintProject({ "a/twin/SKILL.md": withEol(skill("twin"), eol), "b/twin/SKILL.md": skill("twin") });
      expect(found(results["a/twin/SKILL.md"])).toEqual([{ messageId: "name", line: 2, column: 7, severity: 2 }]);
    });
  });
});
