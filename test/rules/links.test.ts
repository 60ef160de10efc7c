import { describe, expect, it } from "vitest";
import { at, hits, integrationSkill, lintFixture, plainSkill, spans, withEol } from "../helpers/fixtures.js";

const RULE = "links";
const FILES = { "skills/demo-sync/reference.md": "# Ref\n", "skills/demo-sync/my file.md": "# Spaced\n", "skills/demo-sync/img/logo.png": "png", "README.md": "# Root\n" };

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["a relative link to a file", "See [the reference](reference.md) and [this](./SKILL.md)."],
      ["a link to a folder", "See [the folder](../demo-sync/) and [images](img)."],
      ["an image", "![Logo](img/logo.png)"],
      ["a percent-encoded name, a query and an anchor", "See [spaced](my%20file.md), [query](reference.md?plain=1) and [section](reference.md#ref)."],
      ["a root-relative link", "See [the readme](/README.md)."],
      ["URLs, anchors and mail", "See [web](https://example.com/x.md), [top](#demo), [mail](mailto:a@example.com) and [proto](//cdn.example.com/a.md)."],
      ["a placeholder or template variable as the target", "See [docs]([docs-url]), [a]({{url}}) and [b](${URL})."],
      ["links in code are not links", "Write `[x](missing.md)`.\n\n```md\n[x](missing.md)\n```"],
    ])("%s", async (_, body) => {
      expect(await lintFixture(plainSkill(body), { files: FILES })).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a missing file: at the link", async () => {
      const text = plainSkill("See [the guide](guide.md) for details.");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "[the guide]")]);
    });

    it("a missing image: at the image", async () => {
      const text = plainSkill("Intro.\n\n![Diagram](img/diagram.png)");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "![Diagram]")]);
    });

    it("a broken link definition: at the definition", async () => {
      const text = plainSkill("See [the guide][g].\n\n[g]: ../gone.md");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "[g]: ")]);
    });

    it("a broken root-relative link", async () => {
      const text = plainSkill("See [the spec](/docs/spec.md).");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "[the spec]")]);
    });

    it("two broken links on one line: both, in order", async () => {
      const text = plainSkill("See [a](a.md) and [b](b%20c.md).");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "[a]"), at(text, "[b]")]);
    });

    it("a broken protocol link in an integration skill", async () => {
      const text = integrationSkill();
      expect(hits(await lintFixture(text, { protocol: false }), RULE)).toEqual([at(text, "[integration framework]")]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
    ["CRLF and BOM", { crlf: true, bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const text = plainSkill("Intro line.\nSee [a](a.md)\nand ![b](b.png).\n\n[c]: c.md");
    const lf = spans(await lintFixture(text));
    expect(lf.filter((d) => d[0] === RULE)).toHaveLength(3);
    expect(spans(await lintFixture(withEol(text, eol)))).toEqual(lf);
  });
});
