/** stylish ends a run with how many files it checked, whether or not anything was found. */
import { describe, expect, it } from "vitest";
import { formatters, type LintResult } from "../../src/index.js";

const clean = (name: string): LintResult => ({ filePath: `/p/${name}/SKILL.md`, messages: [], errorCount: 0, warningCount: 0 });
const broken: LintResult = {
  filePath: "/p/broken/SKILL.md",
  messages: [{ ruleId: "links", severity: 2, message: "Unexpected link target `x.md`: no such file", messageId: "missing", line: 3, column: 1, endLine: 3, endColumn: 9, url: "https://example.com/links.md" }],
  errorCount: 1,
  warningCount: 0,
};

describe("stylish's last line", () => {
  it("counts the files checked in a clean run", () => {
    expect(formatters.stylish([clean("a"), clean("b")], { cwd: "/p", color: false, checked: { files: 2 } })).toBe("\u2714 2 files checked, no problems\n");
    expect(formatters.stylish([clean("a")], { cwd: "/p", color: false, checked: { files: 1, quiet: true } })).toBe("\u2714 1 file checked, no errors\n");
  });

  it("adds the count to the summary of problems", () => {
    const text = formatters.stylish([clean("a"), broken], { cwd: "/p", color: false, checked: { files: 2 } });
    expect(text.trimEnd().split("\n").at(-1)).toBe("\u2716 1 problem (1 error, 0 warnings) in 2 files checked");
  });

  it("prints nothing for a clean part of a run and no count without one (build's refusals)", () => {
    expect(formatters.stylish([clean("a")], { cwd: "/p", color: false })).toBe("");
    expect(formatters.stylish([broken], { cwd: "/p", color: false }).trimEnd().split("\n").at(-1)).toBe("\u2716 1 problem (1 error, 0 warnings)");
  });
});
