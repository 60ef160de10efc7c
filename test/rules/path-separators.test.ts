import { describe, expect, it } from "vitest";
import { at, fixFixture, idHits, lintFixture, plainSkill, withEol } from "../helpers/fixtures.js";

const RULE = "path-separators";
const HELPER = { "skills/demo-sync/scripts/helper.py": "print('hi')\n" };
const skill = (body: string) => plainSkill(body, "name: demo-sync\ndescription: Does one thing. Use when testing.");

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["a forward-slash link", "Run [the helper](scripts/helper.py)."],
      ["an escaped punctuation character", "See [notes](a\\_b.md)."],
      ["a URL with a backslash", "See [it](https://example.com/a\\b)."],
      ["a Windows absolute path", "See [it](C:\\tools\\a.md)."],
      ["a UNC path", "See [it](\\\\server\\share\\a.md)."],
      ["a backslash in the fragment", "See [it](scripts/helper.py#a\\b)."],
      ["inline code naming no file of the skill", "Output goes to `Reports\\Assessment\\`."],
      ["inline code that is not a path", "Match `\\d+\\.\\d+` or `C:\\Windows\\System32`."],
      ["a code block", "```powershell\n.\\scripts\\helper.py\n```"],
    ])("%s", async (_, body) => {
      expect(idHits(await lintFixture(skill(body), { files: HELPER }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a link: at its destination, with a fix", async () => {
      const text = skill("Run [the helper](scripts\\helper.py).");
      expect(idHits(await lintFixture(text, { files: HELPER }), RULE)).toEqual([{ messageId: "link", ...at(text, "scripts\\") }]);
      const { output, remaining } = await fixFixture(text, { files: HELPER });
      expect(output).toBe(skill("Run [the helper](scripts/helper.py)."));
      expect(remaining).toEqual([]);
    });

    it("an escaped backslash (`\\\\`) is a separator too: the two characters become `/`", async () => {
      const text = skill("Run [the helper](scripts\\\\helper.py).");
      expect(idHits(await lintFixture(text, { files: HELPER }), RULE)).toEqual([{ messageId: "link", ...at(text, "scripts\\") }]);
      expect((await fixFixture(text, { files: HELPER })).output).toBe(skill("Run [the helper](scripts/helper.py)."));
    });

    it("a missing target is reported too (`links` says it is broken), and the fix keeps `?query` and `#fragment`", async () => {
      const text = skill("See [a](ref\\guide.md#setup \"Guide\") and <ref\\b.md>.");
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId: "link", ...at(text, "ref\\guide") }]);
      expect((await fixFixture(text)).output).toBe(skill("See [a](ref/guide.md#setup \"Guide\") and <ref\\b.md>."));
    });

    it("a bracketed destination and a definition", async () => {
      const text = skill("See [a](<ref\\my guide.md>) and [b].\n\n[b]: ref\\b.md");
      expect(idHits(await lintFixture(text), RULE).map((h) => h.messageId)).toEqual(["link", "link"]);
      expect((await fixFixture(text)).output).toBe(skill("See [a](<ref/my guide.md>) and [b].\n\n[b]: ref/b.md"));
    });

    it("a character reference makes a backslash no edit can name: reported, not fixed", async () => {
      const text = skill("See [a](ref&#92;b.md).");
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId: "link", ...at(text, "ref&#92;") }]);
      expect((await fixFixture(text)).output).toBe(text);
    });

    it("inline code naming a file of the skill: at the path, with a fix", async () => {
      const text = skill("Run `python scripts\\helper.py`, or `scripts\\helper.py` alone, or ``.\\scripts\\helper.py``.");
      expect(idHits(await lintFixture(text, { files: HELPER }), RULE)).toEqual([
        { messageId: "path", ...at(text, "scripts\\helper.py` alone") },
        { messageId: "path", ...at(text, ".\\scripts") },
      ]);
      expect((await fixFixture(text, { files: HELPER })).output).toBe(skill("Run `python scripts\\helper.py`, or `scripts/helper.py` alone, or ``./scripts/helper.py``."));
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: same places, and the fix changes only the separators", async (_, eol) => {
      const lf = skill("Run [the helper](scripts\\helper.py)\nor `scripts\\helper.py`.");
      const text = withEol(lf, eol);
      expect(idHits(await lintFixture(text, { files: HELPER }), RULE)).toEqual([
        { messageId: "link", ...at(lf, "scripts\\") },
        { messageId: "path", ...at(lf, "scripts\\", 1) },
      ]);
      expect((await fixFixture(text, { files: HELPER })).output).toBe(withEol(skill("Run [the helper](scripts/helper.py)\nor `scripts/helper.py`."), { crlf: "crlf" in eol && eol.crlf }));
    });
  });
});
