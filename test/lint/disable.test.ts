import { describe, expect, it } from "vitest";
import { at, hits, integrationSkill, lintFixture, plainSkill, SKILL_NAME, withEol } from "../helpers/fixtures.js";

/** Line numbers of the `links` diagnostics: each fixture line `See [x](x.md)` links a missing file. */
async function brokenLinkLines(body: string, options: { crlf?: boolean } = {}): Promise<number[]> {
  return hits(await lintFixture(withEol(plainSkill(body), options)), "links").map((h) => h.line);
}
/** The line of `needle` in the skill made from `body`. */
const lineOf = (body: string, needle: string) => at(plainSkill(body), needle).line;

describe("disable comments", () => {
  it("skillc-disable-next-line turns off the named rule on the next line only", async () => {
    const body = "<!-- skillc-disable-next-line links -->\nSee [a](a.md).\nSee [b](b.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[b]")]);
  });

  it("skillc-disable-next-line for another rule changes nothing", async () => {
    const body = "<!-- skillc-disable-next-line no-secrets -->\nSee [a](a.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[a]")]);
  });

  it("skillc-disable-next-line before a blank line does not reach the paragraph after it", async () => {
    const body = "<!-- skillc-disable-next-line links -->\n\nSee [a](a.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[a]")]);
  });

  it("skillc-disable-line turns off the rule on its own line", async () => {
    const body = "See [a](a.md). <!-- skillc-disable-line links -->\n\nSee [b](b.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[b]")]);
  });

  it("skillc-disable ... skillc-enable turns a rule off for the lines between", async () => {
    const body = "See [a](a.md).\n\n<!-- skillc-disable links -->\nSee [b](b.md).\n\nSee [c](c.md).\n<!-- skillc-enable links -->\n\nSee [d](d.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[a]"), lineOf(body, "[d]")]);
  });

  it("skillc-disable-file turns the named rule off in the whole file, frontmatter included", async () => {
    const text = plainSkill("See [a](a.md).\n\n<!-- skillc-disable-file unknown-frontmatter-key -->\n\nSee [b](b.md).", `name: ${SKILL_NAME}\ndescription: Does one thing well\nversion: 2`);
    const diagnostics = await lintFixture(text);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["links", "links"]);
    // Without the comment the frontmatter key is reported.
    expect((await lintFixture(text.replace(/<!--.*-->/, ""))).map((d) => d.ruleId)).toContain("unknown-frontmatter-key");
  });

  it("skillc-disable without skillc-enable lasts to the end of the file", async () => {
    const body = "See [a](a.md).\n\n<!-- skillc-disable links -->\n\nSee [b](b.md).\n\nSee [c](c.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[a]")]);
  });

  it("no rule ids means every rule", async () => {
    const body = "<!-- skillc-disable -->\nSee [a](a.md).\n<!-- skillc-enable -->\n\n<!-- skillc-disable-next-line -->\nSee [b](b.md).\n\nSee [c](c.md). <!-- skillc-disable-line -->\n\nSee [d](d.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[d]")]);
  });

  it("several ids, separated by commas or spaces, and a `--` reason", async () => {
    const body = "<!-- skillc-disable-next-line no-secrets, links -- the target is generated at build time -->\nSee [a](a.md).\n\n<!-- skillc-disable-next-line no-secrets links -->\nSee [b](b.md).\n\nSee [c](c.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[c]")]);
  });

  it("skillc-enable of one rule keeps the others disabled", async () => {
    const body = "<!-- skillc-disable links no-secrets -->\n<!-- skillc-enable no-secrets -->\nSee [a](a.md).\n<!-- skillc-enable links -->\n\nSee [b](b.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[b]")]);
  });

  it("a comment in a code span or code block is not a directive", async () => {
    const body = "Write `<!-- skillc-disable links -->` to silence it.\n\n```md\n<!-- skillc-disable links -->\n```\n\nSee [a](a.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[a]")]);
  });

  it("an unknown directive is ignored", async () => {
    const body = "<!-- skillc-silence links -->\nSee [a](a.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[a]")]);
  });

  it("a disable-next-line spanning several lines applies to the line after its end", async () => {
    const body = "<!--\n  skillc-disable-next-line links\n-->\nSee [a](a.md).\nSee [b](b.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[b]")]);
  });

  it("CRLF files keep the same lines", async () => {
    const body = "<!-- skillc-disable-next-line links -->\nSee [a](a.md).\nSee [b](b.md).\n\n<!-- skillc-disable links -->\nSee [c](c.md).\n<!-- skillc-enable links -->\nSee [d](d.md).";
    expect(await brokenLinkLines(body, { crlf: true })).toEqual([lineOf(body, "[b]"), lineOf(body, "[d]")]);
  });

  it("the scaffold marker is not a disable comment", async () => {
    const body = "<!-- skillc:scaffolded -->\nSee [a](a.md).";
    expect(await brokenLinkLines(body)).toEqual([lineOf(body, "[a]")]);
  });

  it("works for integration rules: a table row's cell", async () => {
    const text = integrationSkill({
      rateLimits: "## Rate Limits\n\n<!-- skillc-disable rate-limits-table -->\n\n| Limit | Value | Handling |\n|---|---|---|\n| Per minute | lots | Queue |\n\n<!-- skillc-enable rate-limits-table -->",
    });
    expect(hits(await lintFixture(text), "rate-limits-table")).toEqual([]);
  });

  it("a disabled diagnostic is dropped from the results", async () => {
    const body = "<!-- skillc-disable links -->\nSee [a](a.md).";
    expect(await lintFixture(plainSkill(body))).toEqual([]);
  });
});
