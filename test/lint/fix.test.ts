/** The fixer: fixes applied by offsets, in passes until stable, written atomically only over the file that was linted. */
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyFixes, fixDocument, MAX_PASSES, writeFixes } from "../../src/lint/fix.js";
import type { Linter } from "../../src/lint/linter.js";
import type { SkillDocument } from "../../src/model/types.js";
import { mergeEdits } from "../../src/model/edits.js";
import type { Diagnostic, LintResult } from "../../src/model/diagnostic.js";
import { fixFixture, plainSkill, withEol, withProject } from "../helpers/fixtures.js";

const fixAt = (start: number, end: number, text: string) => ({ fix: { range: [start, end] as [number, number], text } }) as Diagnostic;

describe("applyFixes", () => {
  it("applies fixes in file order, whatever order they come in, and keeps every other byte", () => {
    expect(applyFixes("abcdef", [fixAt(4, 5, "E"), fixAt(0, 1, "A")])).toEqual({ text: "AbcdEf", applied: 2 });
  });

  it("leaves a fix that overlaps one applied before it for the next pass", () => {
    expect(applyFixes("abcdef", [fixAt(0, 3, "X"), fixAt(2, 4, "Y")])).toEqual({ text: "Xdef", applied: 1 });
  });

  it("applies two insertions at one place one pass apart, never in an order it made up", () => {
    expect(applyFixes("ab", [fixAt(1, 1, "X"), fixAt(1, 1, "Y")])).toEqual({ text: "aXb", applied: 1 });
  });

  it("ignores messages without a fix", () => {
    expect(applyFixes("ab", [{} as Diagnostic])).toEqual({ text: "ab", applied: 0 });
  });
});

describe("mergeEdits (several edits of one report as ESLint's one fix)", () => {
  it("spans the edits and keeps the text between them", () => {
    expect(mergeEdits("abcdef", [{ start: 4, end: 5, text: "E" }, { start: 1, end: 2, text: "B" }])).toEqual({ start: 1, end: 5, text: "BcdE" });
  });

  it("puts an insertion before a replacement that starts where it is", () => {
    expect(mergeEdits("keep-gone-tail", [{ start: 5, end: 10, text: "" }, { start: 5, end: 5, text: "new-" }])).toEqual({ start: 5, end: 10, text: "new-" });
  });

  it("refuses overlapping edits as a bug of the rule", () => {
    expect(() => mergeEdits("abcdef", [{ start: 0, end: 3, text: "" }, { start: 2, end: 4, text: "" }])).toThrow(/overlapping/);
  });
});

describe("fixing a file", () => {
  it("fixes and re-lints: the name takes its folder's, and nothing is left", async () => {
    const { output, remaining } = await fixFixture(plainSkill("Text.", "name: other-name\ndescription: Does one thing"));
    expect(output).toBe(plainSkill("Text.", "name: demo-sync\ndescription: Does one thing"));
    expect(remaining).toEqual([]);
  });

  it.each([
    ["CRLF", { crlf: true, bom: false }],
    ["a BOM", { crlf: false, bom: true }],
  ])("keeps %s: offsets are the text's own", async (_, eol) => {
    const { output } = await fixFixture(withEol(plainSkill("Text.", "name: other-name\ndescription: Does one thing"), eol));
    expect(output).toBe(withEol(plainSkill("Text.", "name: demo-sync\ndescription: Does one thing"), { crlf: eol.crlf }));
  });

  it("gives no output when nothing is fixable", async () => {
    const text = plainSkill("Text.", "description: Does one thing");
    const { output, remaining } = await fixFixture(text);
    expect(output).toBe(text);
    expect(remaining.map((m) => m.ruleId)).toEqual(["frontmatter"]);
  });

  it("stops after MAX_PASSES when a rule's fix keeps making new fixes", async () => {
    // A linter whose rule always offers to add one more "x" at the end.
    const lintOf = (text: string): LintResult => ({ filePath: "/p/a.md", messages: [fixAt(text.length, text.length, "x")], errorCount: 0, warningCount: 0 });
    const linter = {
      loadFile: ({ bytes }: { bytes: Uint8Array }) => ({ path: "/p/a.md", text: Buffer.from(bytes).toString("utf8") }),
      lintDocument: async (doc: { text: string }) => lintOf(doc.text),
    } as unknown as Linter;
    const doc = { path: "/p/a.md", text: "a" } as SkillDocument;
    const fixed = await fixDocument(linter, doc, lintOf("a"));
    expect(fixed.output).toBe(`a${"x".repeat(MAX_PASSES)}`);
  });
});

describe("writeFixes", () => {
  const result = (filePath: string, output: string): LintResult => ({ filePath, messages: [], errorCount: 0, warningCount: 0, output });

  it("writes the fixed text over the file, keeping its BOM", async () => {
    await withProject({ "a.md": "\uFEFFold\n" }, async (root) => {
      const path = join(root, "a.md");
      const report = await writeFixes([result(path, "new\n")], new Map([[path, "old\n"]]), root);
      expect(report).toEqual({ written: [path], skipped: [] });
      expect(readFileSync(path, "utf8")).toBe("\uFEFFnew\n");
    });
  });

  it("leaves a file that changed since it was linted, and says so", async () => {
    await withProject({ "a.md": "old\n" }, async (root) => {
      const path = join(root, "a.md");
      writeFileSync(path, "edited meanwhile\n");
      const report = await writeFixes([result(path, "new\n")], new Map([[path, "old\n"]]), root);
      expect(report.skipped).toEqual([{ path, reason: "it changed while skillc was fixing it" }]);
      expect(readFileSync(path, "utf8")).toBe("edited meanwhile\n");
    });
  });

  it("never replaces a symlink with a file", async () => {
    await withProject({ "real.md": "old\n" }, async (root) => {
      const link = join(root, "link.md");
      symlinkSync(join(root, "real.md"), link);
      const report = await writeFixes([result(link, "new\n")], new Map([[link, "old\n"]]), root);
      expect(report.skipped).toEqual([{ path: link, reason: "it is a symlink; fix the file it points to" }]);
      expect(readFileSync(join(root, "real.md"), "utf8")).toBe("old\n");
    });
  });

  it("never writes outside the project, even through a folder symlinked into it", async () => {
    await withProject({ "outside/skills/x/SKILL.md": "old\n", "proj/skillc.config.json": "{}" }, async (base) => {
      const root = join(base, "proj");
      symlinkSync(join(base, "outside/skills"), join(root, "skills"));
      const path = join(root, "skills/x/SKILL.md");
      const report = await writeFixes([result(path, "new\n")], new Map([[path, "old\n"]]), root);
      expect(report.skipped).toEqual([{ path, reason: "it is outside the project (or reached through a symlink that leads out of it)" }]);
      expect(readFileSync(join(base, "outside/skills/x/SKILL.md"), "utf8")).toBe("old\n");
    });
  });
});
