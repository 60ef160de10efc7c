import { describe, expect, it } from "vitest";
import { at, hits, hook, idHits, integrationSkill, lintFixture, plainSkill, spans, withEol } from "../helpers/fixtures.js";

const RULE = "required-hooks";
const requiredHooks = (...titles: string[]) => ["## Required Hooks", ...titles.map((t) => hook(t))].join("\n\n");

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      ["lower-case titles and the `error` alias", integrationSkill({ hooks: requiredHooks("setup", "sync", "error") })],
      ["titles with `hook` and hyphens", integrationSkill({ hooks: requiredHooks("Setup hook", "Sync Hook", "Error-Handling") })],
      ["backticked titles", integrationSkill({ hooks: requiredHooks("`setup`", "`sync`", "Error Handling") })],
      ["optional hooks next to the required ones", integrationSkill({ optionalHooks: ["## Optional Hooks", hook("Status"), hook("Disconnect")].join("\n\n") })],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    // The framework spells the hook `error_handling`; the heading `### error_handling` must name it.
    it.each([["error_handling"], ["`error_handling`"]])("the canonical spelling %s", async (title) => {
      expect(await lintFixture(integrationSkill({ hooks: requiredHooks("setup", "sync", title) }))).toEqual([]);
    });

    it("a plain skill needs no hooks", async () => {
      expect(hits(await lintFixture(plainSkill()), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("no `## Required Hooks` section: at the `integration` key", async () => {
      const text = integrationSkill({ hooks: "" });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "integration:")]);
    });

    it("a missing sync hook: at the `## Required Hooks` heading", async () => {
      const text = integrationSkill({ hooks: requiredHooks("Setup", "Error Handling") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "## Required Hooks")]);
    });

    it("a misspelt hook leaves the real one missing", async () => {
      const text = integrationSkill({ hooks: requiredHooks("Setup", "Sycn", "Error Handling") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "## Required Hooks")]);
    });

    it("a section with no hooks: one diagnostic per missing hook, at the heading", async () => {
      const text = integrationSkill({ hooks: "## Required Hooks\n\nSee below." });
      const heading = at(text, "## Required Hooks");
      expect(hits(await lintFixture(text), RULE)).toEqual([heading, heading, heading]);
    });

    // The rule's contract: the three hooks are documented under `## Required Hooks`.
    it("required hooks only under `## Optional Hooks`: the section is missing, at the `integration` key", async () => {
      const text = integrationSkill({ hooks: ["## Optional Hooks", hook("Setup"), hook("Sync"), hook("Error Handling")].join("\n\n") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "integration:")]);
    });

    it("a required hook placed under `## Optional Hooks` is missing from `## Required Hooks`", async () => {
      const text = integrationSkill({
        hooks: requiredHooks("Setup", "Sync"),
        optionalHooks: `## Optional Hooks\n\n${hook("Error Handling")}`,
      });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "## Required Hooks")]);
    });

    it("a template is checked too", async () => {
      const text = integrationSkill({
        intro: "# [Service Name] Sync\n\nFollows the [integration framework](../docs/protocols/integration-framework.md).",
        hooks: requiredHooks("Setup", "Sync"),
      });
      expect(hits(await lintFixture(text, { path: "templates/INTEGRATION_TEMPLATE.md" }), RULE)).toEqual([at(text, "## Required Hooks")]);
    });
  });

  describe("message ids", () => {
    it.each([
      ["noSection", integrationSkill({ hooks: "" }), "integration:"],
      ["missing", integrationSkill({ hooks: requiredHooks("Setup", "Error Handling") }), "## Required Hooks"],
      ["misplaced", integrationSkill({ hooks: requiredHooks("Setup", "Sync"), optionalHooks: `## Optional Hooks\n\n${hook("Error Handling")}` }), "## Required Hooks"],
    ])("%s", async (messageId, text, needle) => {
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId, ...at(text, needle) }]);
    });

    it("a hook a project's schema requires: missing", async () => {
      const schema = { type: "object", properties: { hooks: { type: "object", required: ["status"] } } };
      const text = integrationSkill();
      const found = idHits(await lintFixture(text, { files: { "x.schema.json": JSON.stringify(schema) }, config: { schemas: { integration: "x.schema.json" } } }), RULE);
      expect(found).toEqual([{ messageId: "missing", ...at(text, "## Required Hooks") }]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const bad = integrationSkill({ hooks: requiredHooks("Setup", "Sync") });
    const lf = spans(await lintFixture(bad));
    expect(lf.filter((d) => d[0] === RULE)).toHaveLength(1);
    expect(spans(await lintFixture(withEol(bad, eol)))).toEqual(lf);
  });
});
