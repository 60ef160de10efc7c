/**
 * Reports are safe for any input: messages and paths come from untrusted files (a frontmatter key,
 * a table cell, a folder name), so no format may let them rewrite a terminal, inject a workflow
 * command, break the XML or turn part of a path into a URI query or fragment. Each case states the
 * exact output; the properties run the formatters on arbitrary strings, lone surrogates included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatters, type LintResult } from "../../src/index.js";

const cwd = "/project";
const RULE = "unknown-frontmatter-key";
const URL_ = "https://example.com/docs/rules/unknown-frontmatter-key.md";

/** One file with the same message as an error (line 2) and a warning (line 3). */
function resultFor(path: string, message: string, ruleId = RULE, url = URL_): LintResult {
  const at = (line: number) => ({ line, column: 1, endLine: line, endColumn: 5 });
  return {
    filePath: `${cwd}/${path}`,
    messages: [
      { ruleId, severity: 2, messageId: "m", message, url, ...at(2) },
      { ruleId, severity: 1, messageId: "m", message, url, ...at(3) },
    ],
    errorCount: 1,
    warningCount: 1,
  };
}

/** What the tester put in a frontmatter key: an OSC that retitles the terminal, and a clear-screen. */
const RETITLE = "\u001b]0;pwned\u0007";
const CLEAR = "\u001b[2J";
const keyMessage = (key: string) => `Unexpected frontmatter key \`${key}\``;

/** Characters that break one format or another, mixed into the arbitrary strings below. */
const awkward = fc.constantFrom(
  ...["\u001b", "\u0007", "\u0000", "\t", "\n", "\r", "\u007f", "\u0085", "\u009b", "\u009c", "\u202e", "\u2028"],
  ...["\ud800", "\udfff", "\ufffe", "\uffff", "&", "<", ">", '"', "'", "%", "#", "?", ":", ",", "[", "]", "\\", " ", "é", "😀"],
);
const anyUnit = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), // lone surrogates too
  awkward,
);
const anyText = fc.string({ unit: anyUnit, maxLength: 40 });
/** A folder name: anything but a separator or a dot segment. */
const anySegment = fc
  .string({ unit: anyUnit, minLength: 1, maxLength: 20 })
  .map((s) => s.replaceAll("/", "_"))
  .filter((s) => s !== "." && s !== "..");
/** Bounded in `npm test`; SKILLC_FUZZ_RUNS raises it, as for the parser's properties. */
const RUNS = { numRuns: Number(process.env.SKILLC_FUZZ_RUNS ?? 0) || 300 };

/** C0 and C1 controls and DEL, except the line feed that separates lines. */
const CONTROL_BUT_LF = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe("stylish", () => {
  /** skillc's own codes: SGR colours and OSC 8 hyperlinks (whose URL has no control character). */
  const stripOwnCodes = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "").replace(/\u001b\]8;;[^\u0000-\u001F\u007F-\u009F]*\u0007/g, "");

  it("shows control characters from a message and a path as \\xHH escapes", () => {
    const out = formatters.stylish([resultFor(`skills/${CLEAR}/SKILL.md`, keyMessage(RETITLE))], { cwd, color: false });
    expect(out.split("\n")).toEqual([
      "",
      "skills/\\x1B[2J/SKILL.md",
      "  2:1  error    Unexpected frontmatter key `\\x1B]0;pwned\\x07`  unknown-frontmatter-key",
      "  3:1  warning  Unexpected frontmatter key `\\x1B]0;pwned\\x07`  unknown-frontmatter-key",
      "",
      "\u2716 2 problems (1 error, 1 warning)",
      "",
    ]);
  });

  it("shows DEL, C1 controls, line breaks and bidirectional overrides as escapes too", () => {
    const out = formatters.stylish([resultFor("skills/a/SKILL.md", "a\u007fb\u009b2Jc\u0085d\r\ne\tf\u202eg\u2066h")], { cwd, color: false });
    expect(out).toContain("  2:1  error    a\\x7Fb\\x9B2Jc\\x85d\\x0D\\x0Ae\\x09f\\u202Eg\\u2066h  unknown-frontmatter-key\n");
  });

  it("keeps its own colours and hyperlinks, and only those", () => {
    const result = resultFor(`skills/${CLEAR}/SKILL.md`, keyMessage(RETITLE));
    const coloured = formatters.stylish([result], { cwd, color: true, hyperlinks: true });
    expect(coloured).toContain("\u001b[31merror  \u001b[39m");
    expect(coloured).toContain(`\u001b]8;;${URL_}\u0007unknown-frontmatter-key\u001b]8;;\u0007`);
    expect(stripOwnCodes(coloured)).not.toMatch(CONTROL_BUT_LF);
    expect(stripOwnCodes(coloured)).toBe(formatters.stylish([result], { cwd, color: false }));
  });

  it("has no control character but its own, whatever the message, path, rule id or URL", () => {
    fc.assert(
      fc.property(anyText, anySegment, anyText, anyText, (message, segment, ruleId, url) => {
        const results = [resultFor(`skills/${segment}/SKILL.md`, message, ruleId, url)];
        const plain = formatters.stylish(results, { cwd, color: false });
        expect(plain).not.toMatch(CONTROL_BUT_LF);
        const coloured = formatters.stylish(results, { cwd, color: true, hyperlinks: true });
        expect(stripOwnCodes(coloured)).toBe(plain);
      }),
      RUNS,
    );
  });
});
