/**
 * Link rewriting in a bundle, from the model's ranges: SKILL.md's links to shipped files point at
 * their copies, and a copied reference's links that would leave the bundle become plain text.
 * Each case here is one a regex over the text got wrong.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildBundle, foldTriggers } from "../../src/compile/bundle.js";
import type { Shipment } from "../../src/fs/shipped.js";
import { parseSkill } from "../../src/index.js";

const root = mkdtempSync(join(tmpdir(), "skillc-bundle-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FRONTMATTER = "---\nname: s\ndescription: d\n---\n\n";

/** The bundle's SKILL.md body, with `docs/a.md` and `docs/a b.md` shipped as references. */
function skillBody(body: string): string {
  const doc = parseSkill(join(root, "skills/s/SKILL.md"), FRONTMATTER + body);
  const references = new Map([
    [join(root, "docs/a.md"), "references/a.md"],
    [join(root, "docs/a b.md"), "references/a b.md"],
  ]);
  const files = buildBundle(doc, { files: [], references, problems: [] }, { root });
  const content = String(files.find((f) => f.path === "SKILL.md")!.content);
  return content.slice(content.indexOf("-->\n\n") + 5);
}

/** A reference's text as copied into a bundle that also carries `references/kept.md`. */
let n = 0;
function copied(text: string): string {
  const path = join(root, `ref-${n++}.md`);
  writeFileSync(path, text);
  const shipment: Shipment = {
    files: [{ path, bundlePath: "references/ref.md", kind: "reference", executable: false }],
    references: new Map([
      [path, "references/ref.md"],
      [join(root, "kept.md"), "references/kept.md"],
    ]),
    problems: [],
  };
  const doc = parseSkill(join(root, "skills/s/SKILL.md"), `${FRONTMATTER}Body\n`);
  return String(buildBundle(doc, shipment, { root }).find((f) => f.path === "references/ref.md")!.content);
}

describe("SKILL.md links to shipped files", () => {
  it.each([
    ["a plain link", "[a](../../docs/a.md#part)\n", "[a](references/a.md#part)\n"],
    ["a link with a title", '[a](../../docs/a.md "../../docs/a.md")\n', '[a](references/a.md "../../docs/a.md")\n'],
    ["an angle-bracket URL", "[a](<../../docs/a.md>)\n", "[a](<references/a.md>)\n"],
    ["a definition whose title repeats its URL", '[a][x]\n\n[x]: ../../docs/a.md "../../docs/a.md"\n', '[a][x]\n\n[x]: references/a.md "../../docs/a.md"\n'],
    ["a target whose bundle name has a space", "[a](../../docs/a%20b.md)\n", "[a](references/a%20b.md)\n"],
    ["a link in a code span", "`[a](../../docs/a.md)`\n", "`[a](../../docs/a.md)`\n"],
    ["a link in fenced code", "```md\n[a](../../docs/a.md)\n```\n", "```md\n[a](../../docs/a.md)\n```\n"],
  ])("%s", (_, body, expected) => {
    expect(skillBody(body)).toBe(expected);
  });
});

describe("a copied reference's links", () => {
  it.each([
    ["a link outside the bundle becomes its text", "See [the guide](../guide.md) now.\n", "See the guide now.\n"],
    ["a link inside the bundle stays", "See [kept](kept.md#x) and [kept](./kept.md).\n", "See [kept](kept.md#x) and [kept](./kept.md).\n"],
    ["absolute URLs, anchors and empty links stay", "[w](https://x.dev/a.md) [h](#top) [e]()\n", "[w](https://x.dev/a.md) [h](#top) [e]()\n"],
    ["a `/`-rooted link leaves the bundle", "[r](/kept.md)\n", "r\n"],
    ["a link with a title", "[a](../a.md 'title') [b](../b.md (title)) [c](../c.md \"t\")\n", "a b c\n"],
    ["an angle-bracket URL", "[a](<../a b.md>) [k](<kept.md>)\n", "a [k](<kept.md>)\n"],
    ["an image becomes its alt text", "![a *diagram*](../d.png)\n", "a *diagram*\n"],
    ["an image in a link", "[![logo](../l.png)](../home.md)\n", "logo\n"],
    ["a label with brackets, code and an escape", "[a [b] `]` \\] c](../x.md)\n", "a [b] `]` \\] c\n"],
    ["a label across lines", "[two\nlines](../x.md)\n", "two\nlines\n"],
    ["a link in a code span stays", "Write `[a](../x.md)` for a link.\n", "Write `[a](../x.md)` for a link.\n"],
    ["a link in fenced code stays", "```md\n[a](../x.md)\n```\n", "```md\n[a](../x.md)\n```\n"],
    ["an escaped bracket is no link", "\\[a](../x.md)\n", "\\[a](../x.md)\n"],
    [
      "reference-style links lose their definition",
      "[full][out], [out][], [out] and [in][k].\n\n[out]: ../x.md\n[k]: kept.md\n",
      "full, out, out and [in][k].\n\n\n[k]: kept.md\n",
    ],
  ])("%s", (_, text, expected) => {
    expect(copied(text)).toBe(expected);
  });

  it("keeps a byte order mark", () => {
    expect(copied("\uFEFF[a](../x.md)\n")).toBe("\uFEFFa\n");
  });
});

describe("foldTriggers", () => {
  const triggers = ["sync trello", "update trello"];

  it("appends the triggers to a description that does not say when to use the skill", () => {
    expect(foldTriggers("Sync tasks with Trello", triggers)).toBe('Sync tasks with Trello. Use when the user says "sync trello" or "update trello".');
    // Merely mentioning "when" is not saying when to use it.
    expect(foldTriggers("Sync tasks when boards change.", triggers)).toBe('Sync tasks when boards change. Use when the user says "sync trello" or "update trello".');
  });

  it.each([
    "Sync tasks with Trello. Use when the user asks to sync.",
    "Sync tasks with Trello. use WHEN tasks change.",
    "Sync tasks with Trello. Use this when boards change.",
    "Sync tasks with Trello. Use this skill when boards change.",
    "Syncs Trello when the user mentions a board.",
  ])("leaves %j as written", (description) => {
    expect(foldTriggers(description, triggers)).toBe(description);
  });
});
