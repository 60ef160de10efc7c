import { describe, expect, it } from "vitest";
import { at, hits, integrationSkill, lintFixture, plainSkill, PROTOCOL_LINK, spans, withEol } from "../helpers/fixtures.js";

const RULE = "protocol-reference";
const TEMPLATE = "templates/INTEGRATION_TEMPLATE.md";
const intro = (line: string) => `# Demo Sync\n\n${line}`;

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["an inline link", integrationSkill()],
      ["a reference link", integrationSkill({ intro: intro(`Follows the [framework][fw].\n\n[fw]: ${PROTOCOL_LINK}`) })],
      ["a root-relative link with an anchor", integrationSkill({ intro: intro("Follows the [framework](/docs/protocols/integration-framework.md#hooks).") })],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    it("a link to any file named integration-framework.md counts (links reports it if broken)", async () => {
      const text = integrationSkill({ intro: intro("Follows the [framework](../../elsewhere/integration-framework.md).") });
      const diagnostics = await lintFixture(text);
      expect(hits(diagnostics, RULE)).toEqual([]);
      expect(hits(diagnostics, "links")).toEqual([at(text, "[framework]")]);
    });

    it("the protocol path set in the config", async () => {
      const text = integrationSkill({ intro: intro("Follows the [framework](../../PROTOCOL.md).") });
      expect(await lintFixture(text, { config: { protocol: "PROTOCOL.md" }, files: { "PROTOCOL.md": "# P\n" } })).toEqual([]);
    });

    it("a template that links it", async () => {
      const text = integrationSkill({ intro: "# [Service Name] Sync\n\nFollows the [integration framework](../docs/protocols/integration-framework.md)." });
      expect(hits(await lintFixture(text, { path: TEMPLATE }), RULE)).toEqual([]);
    });

    it("a plain skill needs no link", async () => {
      expect(hits(await lintFixture(plainSkill()), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("no link: at the title", async () => {
      const text = integrationSkill({ intro: intro("Syncs tasks with Demo.") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "# Demo Sync")]);
    });

    it("the path in a code span is not a link", async () => {
      const text = integrationSkill({ intro: intro(`Follows \`${PROTOCOL_LINK}\`.`) });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "# Demo Sync")]);
    });

    it("a URL ending in integration-framework.md is not the local protocol", async () => {
      const text = integrationSkill({ intro: intro("Follows the [framework](https://example.com/integration-framework.md).") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "# Demo Sync")]);
    });

    it("no headings: at the frontmatter", async () => {
      const text = integrationSkill({ intro: "Syncs tasks with Demo.", hooks: "", credentials: "", rateLimits: "", dataMapping: "" });
      expect(hits(await lintFixture(text), RULE)).toEqual([{ line: 1, column: 1 }]);
    });

    it("a template without the link: at its title", async () => {
      const text = integrationSkill({ intro: "# [Service Name] Sync\n\nNo link." });
      expect(hits(await lintFixture(text, { path: TEMPLATE }), RULE)).toEqual([at(text, "# [Service Name] Sync")]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
  ])("a %s file: at the same title", async (_, eol) => {
    const text = integrationSkill({ intro: intro("Syncs tasks with Demo.") });
    const lf = spans(await lintFixture(text));
    expect(lf.map((d) => d[0])).toEqual([RULE]);
    expect(spans(await lintFixture(withEol(text, eol)))).toEqual(lf);
  });
});
