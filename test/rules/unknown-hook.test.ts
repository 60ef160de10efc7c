import { describe, expect, it } from "vitest";
import { at, hits, hitsWithSeverity, hook, integrationSkill, lintFixture, plainSkill, fixFixture } from "../helpers/fixtures.js";

const RULE = "unknown-hook";
const required = (...extra: string[]) => ["## Required Hooks", hook("Setup"), hook("Sync"), hook("Error Handling"), ...extra].join("\n\n");

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      ["every optional hook", integrationSkill({ optionalHooks: ["## Optional Hooks", hook("Status"), hook("Disconnect"), hook("Conflict Resolution")].join("\n\n") })],
      ["optional hooks with `hook` and hyphens", integrationSkill({ optionalHooks: ["## Optional Hooks", hook("Status hook"), hook("conflict-resolution")].join("\n\n") })],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    // Each hook's canonical name, as the framework writes it.
    it.each([["error_handling"], ["conflict_resolution"], ["`conflict_resolution`"]])("the canonical spelling %s", async (title) => {
      const text = integrationSkill({ hooks: required(), optionalHooks: `## Optional Hooks\n\n${hook(title)}` });
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });

    it("`###` headings outside the hook sections are not hooks", async () => {
      const text = integrationSkill({ extra: "## Notes\n\n### Anything Goes\n\nText." });
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });

    it("a plain skill's hook-like sections are not checked", async () => {
      const text = plainSkill("## Required Hooks\n\n### Whatever\n\nText.");
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a misspelt required hook: a warning at its heading", async () => {
      const text = integrationSkill({ hooks: ["## Required Hooks", hook("Setup"), hook("Sycn"), hook("Sync"), hook("Error Handling")].join("\n\n") });
      expect(hitsWithSeverity(await lintFixture(text), RULE)).toEqual([{ ...at(text, "### Sycn"), severity: 1 }]);
    });

    it("an invented optional hook: a warning at its heading", async () => {
      const text = integrationSkill({ optionalHooks: `## Optional Hooks\n\n${hook("Refresh")}` });
      expect(hitsWithSeverity(await lintFixture(text), RULE)).toEqual([{ ...at(text, "### Refresh"), severity: 1 }]);
    });

    it("two unknown hooks: two warnings, in order", async () => {
      const text = integrationSkill({ hooks: required(hook("Backup")), optionalHooks: `## Optional Hooks\n\n${hook("Statuss")}` });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "### Backup"), at(text, "### Statuss")]);
    });

    it("a setting of `error` raises it to an error", async () => {
      const text = integrationSkill({ optionalHooks: `## Optional Hooks\n\n${hook("Refresh")}` });
      expect(hitsWithSeverity(await lintFixture(text, { config: { rules: { "unknown-hook": "error" } } }), RULE)).toEqual([
        { ...at(text, "### Refresh"), severity: 2 },
      ]);
    });
  });

  describe("fix", () => {
    it("a misspelt hook becomes the one known hook within two edits that the skill lacks", async () => {
      const text = integrationSkill({ hooks: ["## Required Hooks", hook("Setup"), hook("Sycn"), hook("Error Handling")].join("\n\n") });
      const { output, remaining } = await fixFixture(text);
      expect(output).toBe(text.replace("### Sycn", "### sync"));
      expect(remaining).toEqual([]);
    });

    it.each([
      ["a hook the skill already has", ["## Required Hooks", hook("Setup"), hook("Sycn"), hook("Sync"), hook("Error Handling")].join("\n\n")],
      ["no known hook that close", required(hook("Backup"))],
    ])("no fix for %s", async (_, hooks) => {
      const text = integrationSkill({ hooks });
      expect((await fixFixture(text)).output).toBe(text);
    });
  });
});
