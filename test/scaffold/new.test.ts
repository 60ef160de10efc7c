/** `skillc new` fills a template by the model's ranges: links, the name and the marker, wherever Markdown puts them. */
import { describe, expect, it } from "vitest";
import { planNewSkill } from "../../src/scaffold/new.js";

const MARKER = "<!-- skillc:scaffolded: replace every remaining [placeholder], then delete this line -->\n";

function scaffold(text: string): string {
  return planNewSkill({
    service: "google-calendar",
    mcpServer: "@x/calendar-mcp",
    dir: "/p/.github/skills",
    root: "/p",
    template: { text, path: "/p/templates/INTEGRATION_TEMPLATE.md" },
  }).content;
}

describe("planNewSkill", () => {
  it("fills the name and the service tokens, and puts the marker after the frontmatter", () => {
    expect(scaffold('---\nname: "[integration-name]-sync"\n---\n\n# [Service Name] via [npm-package-name]\n')).toBe(
      `---\nname: google-calendar-sync\n---\n\n${MARKER}\n# Google Calendar via @x/calendar-mcp\n`,
    );
  });

  it.each([
    ["a plain link", "[p](../docs/p.md#s)", "[p](../../../docs/p.md#s)"],
    ["an angle-bracket URL", "[p](<../docs/p.md>)", "[p](<../../../docs/p.md>)"],
    ["a title that repeats the URL", '[p](../docs/p.md "../docs/p.md")', '[p](../../../docs/p.md "../docs/p.md")'],
    ["a definition with a title", '[p][d]\n\n[d]: ../docs/p.md "../docs/p.md"', '[p][d]\n\n[d]: ../../../docs/p.md "../docs/p.md"'],
    ["a `/`-rooted link", "[p](/docs/p.md)", "[p](/docs/p.md)"],
    ["a link in a code span", "`[p](../docs/p.md)`", "`[p](../docs/p.md)`"],
    ["a link in fenced code", "```md\n[p](../docs/p.md)\n```", "```md\n[p](../docs/p.md)\n```"],
  ])("relinks %s from the new skill's folder", (_, body, expected) => {
    expect(scaffold(`---\nname: x\n---\n${body}\n`)).toBe(`---\nname: google-calendar-sync\n---\n\n${MARKER}${expected}\n`);
  });

  it("puts the marker first in a template without frontmatter", () => {
    expect(scaffold("# [Service Name]\n")).toBe(`${MARKER}# Google Calendar\n`);
  });

  it("puts the marker on a line of its own after a closing fence that ends the file", () => {
    expect(scaffold("---\nname: x\n---")).toBe(`---\nname: google-calendar-sync\n---\n${MARKER}`);
  });

  it("keeps CRLF line endings around the marker", () => {
    expect(scaffold("---\r\nname: x\r\n---\r\nBody\r\n")).toBe(`---\r\nname: google-calendar-sync\r\n---\r\n\n${MARKER}Body\r\n`);
  });
});
