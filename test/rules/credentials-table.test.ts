import { describe, expect, it } from "vitest";
import { at, CREDENTIALS, hits, idHits, integrationSkill, lintFixture, spans, withEol, fixFixture } from "../helpers/fixtures.js";

const RULE = "credentials-table";
const HEADER = "| Credential | Source | User Obtains From |\n|------------|--------|-------------------|";
const credentials = (...rows: string[]) => `## Credentials\n\n${HEADER}\n${rows.join("\n")}`;
const NO_AUTH_FRONTMATTER = 'name: demo-sync\ndescription: Sync tasks with Demo\nintegration:\n  service: demo\n  mcp_server: "@demo/mcp-server"\n  requires_auth: false';

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      [
        "every source, a link cell and a URL with a path",
        integrationSkill({
          credentials: credentials(
            "| DEMO_API_KEY | Manual | https://demo.example.com/app-key |",
            "| DEMO_TOKEN | Generated | [Token page](https://demo.example.com/token) |",
            "| DEMO_OAUTH2 | OAuth | https://auth.demo.example.com/authorize?scope=read |",
          ),
        }),
      ],
      ["no Credentials section when requires_auth is false", integrationSkill({ frontmatter: NO_AUTH_FRONTMATTER, credentials: "" })],
      ["the `## Credential Requirements` heading", integrationSkill({ credentials: CREDENTIALS.replace("## Credentials", "## Credential Requirements") })],
      ["a CRLF file with a BOM", withEol(integrationSkill(), { crlf: true, bom: true })],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    it("a placeholder cell is the placeholder rule's to report, not this rule's", async () => {
      const text = integrationSkill({ credentials: credentials("| DEMO_API_KEY | Manual | [URL to dashboard] |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });

    it("a template with placeholder cells", async () => {
      const text = integrationSkill({
        intro: "# [Service Name] Sync\n\nFollows the [integration framework](../docs/protocols/integration-framework.md).",
        credentials: credentials("| [SERVICE]_API_KEY | Manual | [URL to dashboard] |"),
      });
      expect(hits(await lintFixture(text, { path: "templates/INTEGRATION_TEMPLATE.md" }), RULE)).toEqual([]);
    });

    it("a plain skill is not checked", async () => {
      const text = "---\nname: demo-sync\ndescription: Not an integration\n---\n\n# Demo\n\n## Credentials\n\nNone.\n";
      expect(hits(await lintFixture(text), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a credential name that is not UPPER_SNAKE_CASE: at the cell's text", async () => {
      const text = integrationSkill({ credentials: credentials("| demo_api_key | Manual | https://demo.example.com/account |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "demo_api_key")]);
    });

    it("an unknown source: at the cell's text", async () => {
      const text = integrationSkill({ credentials: credentials("| DEMO_API_KEY | Typed | https://demo.example.com/account |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "Typed")]);
    });

    it("an http URL: at the cell's text", async () => {
      const text = integrationSkill({ credentials: credentials("| DEMO_API_KEY | Manual | http://demo.example.com/account |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "http://demo")]);
    });

    it("a link cell whose URL is not https: at the link", async () => {
      const text = integrationSkill({ credentials: credentials("| DEMO_API_KEY | Manual | [Account](http://demo.example.com/account) |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "[Account]")]);
    });

    it("text that is not a URL: at the cell's text", async () => {
      const text = integrationSkill({ credentials: credentials("| DEMO_API_KEY | Manual | the account page |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "the account page")]);
    });

    it("three bad cells in one row: one diagnostic each, in column order", async () => {
      const text = integrationSkill({ credentials: credentials("| demo key | manual | demo.example.com |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "demo key"), at(text, "manual"), at(text, "demo.example.com |")]);
    });

    it("wrong column headers: at the header row", async () => {
      const text = integrationSkill({
        credentials: "## Credentials\n\n| Credential | Source | Where |\n|---|---|---|\n| DEMO_API_KEY | Manual | https://demo.example.com/account |",
      });
      const header = at(text, "| Credential | Source | Where |");
      // The columns, and the row that now lacks a `User Obtains From` cell.
      expect(hits(await lintFixture(text), RULE)).toEqual([header, { line: header.line + 2, column: 1 }]);
    });

    it("headers in the wrong case: at the header row", async () => {
      const text = integrationSkill({ credentials: CREDENTIALS.replace("| Credential | Source | User Obtains From |", "| credential | source | user obtains from |") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "| credential | source")]);
    });

    it("a header row without credentials: at the table", async () => {
      const text = integrationSkill({ credentials: `## Credentials\n\n${HEADER}` });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "| Credential | Source")]);
    });

    it("a Credentials section without a table: at its heading", async () => {
      const text = integrationSkill({ credentials: "## Credentials\n\nAsk the user for the key." });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "## Credentials")]);
    });

    it("no Credentials section while requires_auth is true: at the `integration` key", async () => {
      const text = integrationSkill({ credentials: "" });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "integration:")]);
    });

    it("no Credentials section while requires_auth is absent: at the `integration` key", async () => {
      const text = integrationSkill({
        frontmatter: 'name: demo-sync\ndescription: Sync tasks with Demo\nintegration:\n  service: demo\n  mcp_server: "@demo/mcp-server"',
        credentials: "",
      });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "integration:")]);
    });

    it("a template is checked too", async () => {
      const text = integrationSkill({
        intro: "# [Service Name] Sync\n\nFollows the [integration framework](../docs/protocols/integration-framework.md).",
        credentials: credentials("| api key | Manual | [URL to dashboard] |"),
      });
      expect(hits(await lintFixture(text, { path: "templates/INTEGRATION_TEMPLATE.md" }), RULE)).toEqual([at(text, "api key")]);
    });
  });

  describe("message ids", () => {
    it.each([
      ["missing", { credentials: "" }, "integration:"],
      ["noTable", { credentials: "## Credentials\n\nAsk the user for the key." }, "## Credentials"],
      ["unexpectedValue", { credentials: CREDENTIALS.replace("| Credential | Source | User Obtains From |", "| credential | source | user obtains from |") }, "| credential"],
      ["tooFew", { credentials: `## Credentials\n\n${HEADER}` }, "| Credential | Source"],
      ["badFormat", { credentials: credentials("| demo_api_key | Manual | https://demo.example.com/account |") }, "demo_api_key"],
      ["notOneOf", { credentials: credentials("| DEMO_API_KEY | Typed | https://demo.example.com/account |") }, "Typed"],
      ["missing", { credentials: credentials("| DEMO_API_KEY | Manual |") }, "| DEMO_API_KEY"],
    ])("%s", async (messageId, parts, needle) => {
      const text = integrationSkill(parts);
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId, ...at(text, needle) }]);
    });
  });

  describe("CRLF and BOM keep lines and columns", () => {
    const text = integrationSkill({ credentials: credentials("| DEMO_API_KEY | Typed | https://demo.example.com/account |") });
    const expected = [at(text, "Typed")];
    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a bad source in a %s file", async (_, eol) => {
      expect(hits(await lintFixture(withEol(text, eol)), RULE)).toEqual(expected);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file has the same ranges (start and end) as the LF file", async (_, eol) => {
      const bad = integrationSkill({ credentials: credentials("| demo key | Typed | http://demo.example.com |", "| DEMO_TOKEN | Manual |") });
      const lf = spans(await lintFixture(bad));
      expect(lf.filter((d) => d[0] === RULE)).toHaveLength(4);
      expect(spans(await lintFixture(withEol(bad, eol)))).toEqual(lf);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
    ])("a missing table in a %s file: at its heading", async (_, eol) => {
      const noTable = integrationSkill({ credentials: "## Credentials\n\nAsk the user for the key." });
      expect(hits(await lintFixture(withEol(noTable, eol)), RULE)).toEqual([at(noTable, "## Credentials")]);
    });

    it("a missing section in a CRLF file with a BOM: at the `integration` key", async () => {
      const noSection = integrationSkill({ credentials: "" });
      expect(hits(await lintFixture(withEol(noSection, { crlf: true, bom: true })), RULE)).toEqual([at(noSection, "integration:")]);
    });
  });

  describe("fix", () => {
    it("headers spelled in another case or spacing take the template's spelling", async () => {
      const text = integrationSkill({ credentials: CREDENTIALS.replace("| Credential | Source | User Obtains From |", "| credential | SOURCE | User  obtains from |") });
      const { output, remaining } = await fixFixture(text);
      expect(output).toBe(integrationSkill());
      expect(remaining).toEqual([]);
    });

    it("no fix for other columns", async () => {
      const text = integrationSkill({ credentials: CREDENTIALS.replace("| Credential | Source | User Obtains From |", "| Name | Source | User Obtains From |") });
      expect((await fixFixture(text)).output).toBe(text);
    });
  });
});
