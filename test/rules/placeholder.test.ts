import { describe, expect, it } from "vitest";
import { at, hits, hitsWithSeverity, integrationSkill, INTEGRATION_FRONTMATTER, INTEGRATION_INTRO, lintFixture, plainSkill, spans, withEol } from "../helpers/fixtures.js";

const RULE = "placeholder";
const TEMPLATE = "templates/INTEGRATION_TEMPLATE.md";
const TEMPLATE_INTRO = "# [Service Name] Sync\n\nFollows the [integration framework](../docs/protocols/integration-framework.md).";

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      [
        "brackets that are not placeholders: links, references, images, indexes, task boxes",
        integrationSkill({
          extra: "See [docs](https://example.com), [ref](https://example.com/ref), ![img](https://example.com/a.png), items[0] and [x]: y.\n\n- [ ] todo\n- [x] done",
        }),
      ],
      ["placeholders in code", integrationSkill({ extra: "Write `[service-name]`.\n\n```md\n| Per minute | [N] |\n```" })],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    // A placeholder is never followed by `:`; `[r]: url` is a link reference definition.
    it("a link reference definition and its uses are not placeholders", async () => {
      const text = integrationSkill({ extra: "See [the docs][r] or [r].\n\n[r]: https://example.com/docs" });
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });

    // The pattern excludes a preceding backslash: `\[N]` is how an author writes literal brackets.
    it("an escaped bracket is not a placeholder", async () => {
      const text = integrationSkill({ extra: "Arrays print as \\[N] in the log." });
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });

    it("placeholders belong in templates", async () => {
      const text = integrationSkill({
        frontmatter: INTEGRATION_FRONTMATTER.replace("name: demo-sync", 'name: "[integration-name]-sync"').replace("service: demo", 'service: "[service-name]"'),
        intro: TEMPLATE_INTRO,
        extra: "## Limits\n\n| Limit | Value | Handling |\n|---|---|---|\n| Per minute | [N] | [strategy] |",
      });
      expect(hits(await lintFixture(text, { path: TEMPLATE }), RULE)).toEqual([]);
    });

    it("a plain skill is not checked", async () => {
      expect(hits(await lintFixture(plainSkill("Replace [Service Name] with yours.")), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("`[N]` in a table cell: at the placeholder", async () => {
      const text = integrationSkill({ rateLimits: "## Rate Limits\n\n| Limit | Value | Handling |\n|---|---|---|\n| Per minute | [N] | Queue |" });
      expect(hitsWithSeverity(await lintFixture(text), RULE)).toEqual([{ ...at(text, "[N]"), severity: 2 }]);
    });

    it("two placeholders on one line: both, in order", async () => {
      const text = integrationSkill({ extra: "Sync with [Service Name] every [N] minutes." });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "[Service Name]"), at(text, "[N]")]);
    });

    it("a placeholder after an entity in the same text: at the placeholder", async () => {
      const text = integrationSkill({ extra: "Fish &amp; chips every [N] minutes." });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "[N]")]);
    });

    it("placeholders in emphasis and a link's text", async () => {
      const text = integrationSkill({ extra: "Use *[tool-name]* and [see [URL to dashboard]](https://example.com)." });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "[tool-name]"), at(text, "[URL to dashboard]")]);
    });

    it("a placeholder in a frontmatter value: at the value", async () => {
      const text = integrationSkill({ frontmatter: INTEGRATION_FRONTMATTER.replace("service: demo", 'service: "[service-name]"') });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, '"[service-name]"')]);
    });

    it("a scaffolded skill: warnings while the marker is there", async () => {
      const text = integrationSkill({ intro: `<!-- skillc:scaffolded -->\n\n${INTEGRATION_INTRO}`, extra: "Poll every [N] minutes." });
      expect(hitsWithSeverity(await lintFixture(text), RULE)).toEqual([{ ...at(text, "[N]"), severity: 1 }]);
    });

    it("a setting of `warn` applies without the marker", async () => {
      const text = integrationSkill({ extra: "Poll every [N] minutes." });
      expect(hitsWithSeverity(await lintFixture(text, { config: { rules: { placeholder: "warn" } } }), RULE)).toEqual([{ ...at(text, "[N]"), severity: 1 }]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
    ["CRLF and BOM", { crlf: true, bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const text = integrationSkill({
      frontmatter: INTEGRATION_FRONTMATTER.replace("service: demo", 'service: "[service-name]"'),
      extra: "Poll every [N] minutes\nwith [Service Name].",
    });
    const lf = spans(await lintFixture(text));
    expect(lf.filter((d) => d[0] === RULE)).toHaveLength(3);
    expect(spans(await lintFixture(withEol(text, eol)))).toEqual(lf);
  });
});
