import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, resolveConfig } from "../../src/index.js";
import { at, hits, idHits, lintFixture, plainSkill, SKILL_PATH, spans, withEol, withProject } from "../helpers/fixtures.js";

const RULE = "reference-depth";
const CONFIG = { rules: { [RULE]: "warn" } };
const DIR = "skills/demo-sync";
const lintWith = (text: string, files: Record<string, string | Uint8Array>) => lintFixture(text, { config: CONFIG, files });

describe(RULE, () => {
  describe("valid", () => {
    it.each<[string, string, Record<string, string | Uint8Array>]>([
      ["a page that links nothing", "See [the reference](reference.md).", { [`${DIR}/reference.md`]: "# Ref\n" }],
      [
        "a page whose links SKILL.md also makes",
        "See [the reference](reference.md) and [the details](details.md).",
        { [`${DIR}/reference.md`]: "See [details](details.md#usage).\n", [`${DIR}/details.md`]: "# Details\n" },
      ],
      ["a page that links back to SKILL.md and to itself", "See [ref](reference.md).", { [`${DIR}/reference.md`]: "[Back](SKILL.md), [top](#ref), [self](./reference.md)\n" }],
      ["a page that links a missing page (the links rule's)", "See [ref](reference.md).", { [`${DIR}/reference.md`]: "[Gone](gone.md)\n" }],
      ["a page that links files that are not Markdown", "See [ref](reference.md).", { [`${DIR}/reference.md`]: "[Script](scripts/run.py), [web](https://example.com/a.md)\n", [`${DIR}/scripts/run.py`]: "print(1)\n" }],
      ["a page outside the skill's folder", "See [docs](../../docs/guide.md).", { "docs/guide.md": "[More](more.md)\n", "docs/more.md": "# More\n" }],
      ["a page that links outside the skill's folder", "See [ref](reference.md).", { [`${DIR}/reference.md`]: "[Guide](../../docs/guide.md)\n", "docs/guide.md": "# Guide\n" }],
      ["a page that is not UTF-8", "See [ref](reference.md).", { [`${DIR}/reference.md`]: Buffer.from([0x5b, 0x61, 0x5d, 0x28, 0x62, 0x2e, 0x6d, 0x64, 0x29, 0xff, 0xfe]), [`${DIR}/b.md`]: "# B\n" }],
      ["a link in code on the page", "See [ref](reference.md).", { [`${DIR}/reference.md`]: "`[x](details.md)`\n", [`${DIR}/details.md`]: "# Details\n" }],
    ])("%s", async (_, body, files) => {
      expect(hits(await lintWith(plainSkill(body), files), RULE)).toEqual([]);
    });

    it("is off in the recommended preset", async () => {
      const files = { [`${DIR}/reference.md`]: "[Details](details.md)\n", [`${DIR}/details.md`]: "# Details\n" };
      expect(hits(await lintFixture(plainSkill("See [ref](reference.md)."), { files }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a page that links a page SKILL.md does not: at SKILL.md's link, naming the deeper page", async () => {
      const text = plainSkill("Intro.\n\nSee [the reference](reference.md#setup) for setup.");
      const found = await lintWith(text, { [`${DIR}/reference.md`]: "# Ref\n\nSee [details](./sub/details%20page.md?x=1#top).\n", [`${DIR}/sub/details page.md`]: "# D\n" });
      expect(idHits(found, RULE)).toEqual([{ messageId: "deep", ...at(text, "[the reference]") }]);
      expect(found.find((d) => d.ruleId === RULE)?.message).toBe(
        "Unexpected reference chain: `reference.md` links on to `sub/details page.md`, which SKILL.md does not link; agents may read such pages only in part, expected every reference linked from SKILL.md",
      );
    });

    it("a deeper page named with a percent-encoded dot", async () => {
      const text = plainSkill("See [ref](reference.md).");
      const found = await lintWith(text, { [`${DIR}/reference.md`]: "[d](details%2Emd)\n", [`${DIR}/details.md`]: "# D\n" });
      expect(hits(found, RULE)).toEqual([at(text, "[ref]")]);
    });

    it("once per page, at SKILL.md's first link to it, naming three deeper pages and counting the rest", async () => {
      const text = plainSkill("See [ref](reference.md), [again](reference.md) and [other](other.md).");
      const files = {
        [`${DIR}/reference.md`]: "[a](a.md) [b](b.md) [c](c.md) [d](d.md) [e](e.md) [other](other.md)\n",
        [`${DIR}/other.md`]: "# Other\n",
        ...Object.fromEntries(["a", "b", "c", "d", "e"].map((n) => [`${DIR}/${n}.md`, `# ${n}\n`])),
      };
      const found = (await lintWith(text, files)).filter((d) => d.ruleId === RULE);
      expect(hits(found, RULE)).toEqual([at(text, "[ref]")]);
      expect(found[0]!.message).toContain("`a.md`, `b.md`, `c.md` and 2 more");
    });

    it("a page in the skill's folder reached through a symlinked page inside it", async () => {
      const text = plainSkill("See [ref](reference.md).");
      const found = await withProject({ "docs/protocols/integration-framework.md": "# F\n", [SKILL_PATH]: text, [`${DIR}/real.md`]: "[d](details.md)\n", [`${DIR}/details.md`]: "# D\n" }, async (root) => {
        symlinkSync("real.md", join(root, DIR, "reference.md"));
        const [result] = await lint({ paths: [join(root, SKILL_PATH)], cwd: root, config: resolveConfig(CONFIG, root) });
        return result!.messages;
      });
      expect(hits(found, RULE)).toEqual([at(text, "[ref]")]);
    });

    it("not through a symlink that leads outside the skill's folder", async () => {
      const text = plainSkill("See [ref](reference.md).");
      const found = await withProject({ [SKILL_PATH]: text, "elsewhere/page.md": "[d](details.md)\n", "elsewhere/details.md": "# D\n" }, async (root) => {
        mkdirSync(join(root, DIR), { recursive: true });
        symlinkSync(join(root, "elsewhere/page.md"), join(root, DIR, "reference.md"));
        writeFileSync(join(root, DIR, "details.md"), "# D\n");
        const [result] = await lint({ paths: [join(root, SKILL_PATH)], cwd: root, config: resolveConfig(CONFIG, root) });
        return result!.messages;
      });
      expect(hits(found, RULE)).toEqual([]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const files = { [`${DIR}/reference.md`]: "[d](details.md)\r\n", [`${DIR}/details.md`]: "# D\n" };
    const text = plainSkill("Intro.\nSee [ref](reference.md).");
    const lf = spans(await lintWith(text, files)).filter((d) => d[0] === RULE);
    expect(lf).toHaveLength(1);
    expect(spans(await lintWith(withEol(text, eol), files)).filter((d) => d[0] === RULE)).toEqual(lf);
  });
});
