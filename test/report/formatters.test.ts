/** Snapshot tests of the formatters on a fixed set of results (paths relative, so snapshots are portable). */
import { describe, expect, it } from "vitest";
import { formatters, type LintResult } from "../../src/index.js";

const cwd = "/project";
const results: LintResult[] = [
  { filePath: "/project/skills/clean/SKILL.md", messages: [], errorCount: 0, warningCount: 0 },
  {
    filePath: "/project/skills/trello-sync/SKILL.md",
    messages: [
      { ruleId: "unknown-frontmatter-key", severity: 1, messageId: "topLevel", message: "Unexpected frontmatter key `model`: not an Agent Skills field, so strict validators reject it (move it under `metadata`)", line: 4, column: 1, endLine: 4, endColumn: 6, url: "u" },
      { ruleId: "required-hooks", severity: 2, messageId: "missing", message: "Missing hook `sync`", line: 17, column: 1, endLine: 17, endColumn: 19, url: "u" },
      { ruleId: "credentials-table", severity: 2, messageId: "notOneOf", message: "Unexpected credential source `Magic`, expected one of `Manual`, `Generated`, `OAuth`", line: 43, column: 16, endLine: 43, endColumn: 23, url: "u" },
    ],
    errorCount: 2,
    warningCount: 1,
  },
];

describe("formatters", () => {
  it("stylish groups by file, aligns columns and ends with a summary", () => {
    expect(formatters.stylish(results, { cwd, color: false })).toMatchSnapshot();
  });

  it("stylish prints nothing when there is nothing to report", () => {
    expect(formatters.stylish([results[0]!], { cwd, color: false })).toBe("");
  });

  it("stylish colours only when asked", () => {
    expect(formatters.stylish(results, { cwd, color: true })).toContain("\u001b[");
    expect(formatters.stylish(results, { cwd, color: false })).not.toContain("\u001b[");
  });

  it("json keeps ESLint's result shape, messageId included as ESLint's has it", () => {
    const parsed = JSON.parse(formatters.json(results, { cwd, color: true }));
    expect(parsed).toMatchSnapshot();
    expect(Object.keys(parsed[1].messages[0]).sort()).toEqual(["column", "endColumn", "endLine", "line", "message", "messageId", "ruleId", "severity"]);
  });
});
