/** Links in the model: where each one's text and URL are written, and reference-style links resolved to their definitions. */
import { describe, expect, it } from "vitest";
import { parseSkill } from "../../src/index.js";
import type { Range } from "../../src/index.js";

const parse = (body: string) => parseSkill("/p/s/SKILL.md", body);
const slice = (text: string, range: Range | undefined) => (range ? text.slice(range.start.offset, range.end.offset) : undefined);

describe("link spans", () => {
  it.each([
    ["[text](a.md)", "text", "a.md"],
    ['[text](a.md "a.md")', "text", "a.md"],
    ["[text](a.md 'title')", "text", "a.md"],
    ["[text](a.md (title))", "text", "a.md"],
    ["[a b](<a b.md>)", "a b", "a b.md"],
    ["[a](<>)", "a", ""],
    ["[](a.md)", "", "a.md"],
    ["[a [b] `]` c](a.md)", "a [b] `]` c", "a.md"],
    ["[x\\](y)](a\\_b.md#s)", "x\\](y)", "a\\_b.md#s"],
    ["[multi\nline](a.md)", "multi\nline", "a.md"],
    ["![alt *text*](img.png)", "alt *text*", "img.png"],
    ["[![i](i.png)](a.md)", "![i](i.png)", "a.md"],
  ])("%j: text %j, URL %j", (md, label, destination) => {
    const text = `Intro.\n\n${md}\n`;
    const doc = parse(text);
    // The outer one, where an image sits inside a link.
    const link = doc.links.find((l) => l.range.start.offset === "Intro.\n\n".length)!;
    expect(slice(text, link.label)).toBe(label);
    expect(slice(text, link.destination)).toBe(destination);
  });

  it("an empty destination and an autolink have no destination", () => {
    const text = "[a]() and <https://example.com>\n";
    const [empty, auto] = parse(text).links;
    expect(empty!.destination).toBeUndefined();
    expect(slice(text, empty!.label)).toBe("a");
    expect(auto!.destination).toBeUndefined();
  });

  it("a definition's destination is its URL, not a title that repeats it", () => {
    const text = '[ref]: a.md "a.md"\n\n[b]: <b c.md>\n';
    const links = parse(text).links;
    expect(links.map((l) => [l.kind, l.url, slice(text, l.destination), l.destination!.start.offset])).toEqual([
      ["definition", "a.md", "a.md", 7],
      ["definition", "b c.md", "b c.md", 26],
    ]);
  });

  it("links in code spans and fenced code are not links", () => {
    expect(parse("`[a](b.md)`\n\n```md\n[c](d.md)\n```\n").links).toEqual([]);
  });
});

describe("reference links", () => {
  it("take the URL of the first definition of their label, wherever it is", () => {
    const text = "[full][Ref], [collapsed][], [shortcut] and ![img][ref].\n\n[ref]: first.md\n[REF]: second.md\n[collapsed]: c.md\n[shortcut]: s.md\n";
    const refs = parse(text).linkReferences;
    expect(refs.map((r) => [r.kind, r.url, slice(text, r.label), slice(text, r.range)])).toEqual([
      ["link", "first.md", "full", "[full][Ref]"],
      ["link", "c.md", "collapsed", "[collapsed][]"],
      ["link", "s.md", "shortcut", "[shortcut]"],
      ["image", "first.md", "img", "![img][ref]"],
    ]);
  });

  it("a bracketed name without a definition is text, not a reference", () => {
    expect(parse("Fill in [service-name].\n").linkReferences).toEqual([]);
  });
});
