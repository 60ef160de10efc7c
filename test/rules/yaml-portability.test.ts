import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { propertyRuns, propertyTimeout } from "../helpers/runs.js";
import { at, fixFixture, hits, hitsWithSeverity, idHits, lintFixture, plainSkill, withEol } from "../helpers/fixtures.js";

const RULE = "yaml-portability";
const HEAD = "name: demo-sync\ndescription: Does one thing";
/** A plain skill whose frontmatter is the usual name and description plus `more`. */
const skill = (more: string) => plainSkill("Text.", `${HEAD}\n${more}`);
/** Where the last `needle` of `text` is. */
const lastAt = (text: string, needle: string) => at(text, needle, text.split(needle).length - 2);

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["quoted lookalikes", 'metadata:\n  enabled: "yes"\n  mode: \'0777\'\n  time: "1:30"\n  date: "2024-01-31"'],
      ["booleans, numbers and null both versions read alike", "metadata-free: true\nversion: 1.5\ncount: 12\nhex: 0x1F\nnothing: ~\nempty:"],
      ["explicit tags", "metadata:\n  a: !!str yes\n  b: !!str 0777"],
      ["words that only look close", "metadata:\n  a: yesterday\n  b: onboard\n  c: 1.2.3\n  d: v1\n  e: 12:30pm"],
      ["tabs inside quoted and block text and in comments", 'metadata:\n  a: "x\ty"\n  b: \'x\ty\'\n  c: |\n    x\ty\n# a\tcomment'],
      ["a line separator in single quotes", "metadata:\n  a: 'x\u2028y'"],
      ["a comment on its own line, and after a non-string field", "# note\nallowed-tools: [Read] # tools"],
      ["C# inside text", "compatibility: Needs C# and F#"],
    ])("%s", async (_, more) => {
      expect(hits(await lintFixture(skill(more)), RULE)).toEqual([]);
    });

    it("a frontmatter with a YAML error (tab indentation, duplicate key) is the frontmatter rule's only", async () => {
      for (const more of ["metadata:\n\tenabled: yes", "name: demo-sync"]) {
        const diagnostics = await lintFixture(skill(more));
        expect(hits(diagnostics, RULE)).toEqual([]);
        expect(hits(diagnostics, "frontmatter")).toHaveLength(1);
      }
    });

    it("the Markdown body is not YAML", async () => {
      expect(hits(await lintFixture(plainSkill("Answer yes or no.\n\n\tIndented\twith tabs.")), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it.each([
      ["a YAML 1.1 boolean in a string field", "license: yes", "yes"],
      ["on/off", "metadata:\n  internal: off", "off"],
      ["an octal lookalike", "metadata:\n  mode: 0777", "0777"],
      ["a 1.2 octal", "metadata:\n  mode: 0o777", "0o777"],
      ["a sexagesimal number", "metadata:\n  duration: 1:30", "1:30"],
      ["underscores in a number", "metadata:\n  limit: 1_000", "1_000"],
      ["a binary lookalike", "metadata:\n  flags: 0b101", "0b101"],
      ["an exponent without a dot", "metadata:\n  size: 1e3", "1e3"],
      ["a date", "metadata:\n  updated: 2024-01-31", "2024-01-31"],
      ["a plain `=`", "metadata:\n  op: =", "="],
      ["an unknown key's value", "reviewed: yes", "yes"],
      ["a trigger", "triggers:\n  - on", "on"],
    ])("%s: at the value", async (_, more, value) => {
      const text = skill(more);
      expect(hitsWithSeverity(await lintFixture(text), RULE)).toEqual([{ ...lastAt(text, value), severity: 1 }]);
    });

    it("a key that YAML 1.1 reads as a boolean: at the key", async () => {
      const text = skill("metadata:\n  on: push");
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId: "ambiguousKey", ...lastAt(text, "on:") }]);
    });

    it("a merge key", async () => {
      const text = skill("metadata:\n  <<: {a: b}");
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId: "mergeKey", ...at(text, "<<") }]);
    });

    it("a tab after a key, before a comment, at a line's end, in a flow list: one report per run", async () => {
      const text = skill("license:\tMIT\nmetadata:\n  c: d\t\nallowed-tools: [Read,\tWrite] \t# c");
      expect(idHits(await lintFixture(text), RULE)).toEqual([
        { messageId: "tab", ...at(text, "\tMIT") },
        { messageId: "tab", ...at(text, "\t\nallowed") },
        { messageId: "tab", ...at(text, "\tWrite") },
        { messageId: "tab", ...at(text, " \t#") },
      ]);
    });

    it("a tab inside plain text", async () => {
      const text = skill("compatibility: Needs\tNode");
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId: "tab", ...at(text, "\tNode") }]);
    });

    it("a line separator in plain and double-quoted text", async () => {
      const text = skill('compatibility: a\u2028b\nlicense: "c\u0085d"');
      expect(idHits(await lintFixture(text), RULE)).toEqual([
        { messageId: "lineBreak", ...at(text, "\u2028") },
        { messageId: "lineBreak", ...at(text, "\u0085") },
      ]);
    });

    it("a comment after a string field's text: at the comment", async () => {
      const text = skill("compatibility: Needs C# #dotnet");
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId: "comment", ...at(text, "#dotnet") }]);
    });

    it.each([
      ["CRLF", { crlf: true }],
      ["BOM", { bom: true }],
      ["CRLF and BOM", { crlf: true, bom: true }],
    ])("a %s file: at the value", async (_, eol) => {
      expect(hits(await lintFixture(withEol(skill("license: no"), eol)), RULE)).toEqual([{ line: 4, column: 10 }]);
    });
  });

  describe("fix", () => {
    it("quotes a lookalike where the schema wants a string, and a lookalike key", async () => {
      const text = skill("license: yes\nmetadata:\n  on: push\n  updated: 2024-01-31\n  mode: 0777\ntriggers:\n  - off");
      const { output, remaining } = await fixFixture(text);
      expect(output).toBe(skill('license: "yes"\nmetadata:\n  "on": push\n  updated: "2024-01-31"\n  mode: "0777"\ntriggers:\n  - "off"'));
      expect(hits(remaining, RULE)).toEqual([]);
    });

    it("leaves a value whose type the schema does not give", async () => {
      const text = skill("reviewed: yes\nversion: 0777");
      // unknown-frontmatter-key would move both keys under metadata: this is about this rule's own fix.
      const { output, remaining } = await fixFixture(text, { config: { rules: { "unknown-frontmatter-key": "off" } } });
      expect(output).toBe(text);
      expect(hits(remaining, RULE)).toHaveLength(2);
    });

    it("turns separating tabs into spaces, column for column; a tab in plain text stays", async () => {
      const text = skill("license:\tMIT\nmetadata:\n  c: d\t\nallowed-tools: [Read] \t# c\ncompatibility: Needs\tNode");
      const { output, remaining } = await fixFixture(text);
      expect(output).toBe(skill("license: MIT\nmetadata:\n  c: d \nallowed-tools: [Read]  # c\ncompatibility: Needs\tNode"));
      expect(idHits(remaining, RULE)).toEqual([{ messageId: "tab", ...at(output, "\tNode") }]);
    });

    it("escapes a line separator inside double quotes", async () => {
      const { output } = await fixFixture(skill('license: "c\u2028d"'));
      expect(output).toBe(skill('license: "c\\u2028d"'));
    });

    it("keeps a CRLF file's line endings", async () => {
      const { output } = await fixFixture(withEol(skill("license: no"), { crlf: true }));
      expect(output).toBe(withEol(skill('license: "no"'), { crlf: true }));
    });

    /** Frontmatter entries whose values YAML 1.2 reads as text, some of which YAML 1.1 reads otherwise, with tabs and spaces between. */
    const entry = fc.record({
      key: fc.constantFrom("a", "b-c", "on", "Yes", "x1"),
      value: fc.constantFrom("yes", "No", "off", "2024-01-31", "1:30", "1_000", "0b101", "=", "word", "two words", "12:30pm"),
      separator: fc.constantFrom(": ", ":\t", ": \t", ":\t\t"),
      trailing: fc.constantFrom("", "\t", " \t "),
    });

    it("property: after the fix YAML 1.2 reads the same data, and nothing is left to report", async () => {
      const runs = propertyRuns(50);
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(entry, { selector: (e) => e.key, minLength: 1, maxLength: 5 }), async (entries) => {
          const metadata = entries.map((e) => `  ${e.key}${e.separator}${e.value}${e.trailing}`).join("\n");
          const frontmatterOf = (text: string) => parse(text.split("---\n")[1]!) as unknown;
          const text = skill(`metadata:\n${metadata}`);
          const { output, remaining } = await fixFixture(text);
          expect(frontmatterOf(output)).toEqual(frontmatterOf(text));
          expect(hits(remaining, RULE)).toEqual([]);
        }),
        runs,
      );
    }, propertyTimeout(propertyRuns(50).numRuns, 300));
  });

  it("leaves Claude Code's booleans to claude-fields, which says how Claude reads them", async () => {
    const text = skill("user-invocable: yes");
    const found = await lintFixture(text);
    expect(hits(found, RULE)).toEqual([]);
    expect(hits(found, "claude-fields")).toEqual([at(text, "yes")]);
  });
});
