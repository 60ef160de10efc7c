/** The CI formats: SARIF checked against the SARIF 2.1.0 schema, GitHub escaping, JUnit, Code Climate; no ANSI anywhere. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Ajv04Module from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { formatters, type LintResult, rules } from "../../src/index.js";

// ajv-draft-04 is CommonJS: its class is the module itself or its `default`, depending on the loader.
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as typeof import("ajv").default;

const cwd = "/repo";
const results: LintResult[] = [
  { filePath: "/repo/skills/clean/SKILL.md", messages: [], errorCount: 0, warningCount: 0 },
  {
    filePath: "/repo/skills/trello sync/SKILL.md",
    messages: [
      { ruleId: "credentials-table", severity: 2, messageId: "notOneOf", message: "Unexpected credential source `Magic`, expected one of `Manual`, `Generated`, `OAuth`", line: 43, column: 16, endLine: 43, endColumn: 21, url: "u" },
      { ruleId: "unknown-hook", severity: 1, messageId: "unknown", message: "100% odd: a, b\r\nnext <line> & \"quotes\"", line: 50, column: 1, endLine: 50, endColumn: 9, url: "u" },
    ],
    errorCount: 1,
    warningCount: 1,
  },
];
const ctx = { cwd, color: true, hyperlinks: true, version: "1.2.3" };

// The official SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif; only the JSON file is used.
const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(
  readFileSync(join(require.resolve("@microsoft/jest-sarif/package.json"), "../lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
);

describe("sarif", () => {
  const log = JSON.parse(formatters.sarif(results, ctx));

  it("is valid SARIF 2.1.0", () => {
    const validate = new Ajv04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("names the tool and every rule with its help URI and level", () => {
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: "skillc", version: "1.2.3", informationUri: expect.stringMatching(/^https:\/\//) });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    for (const r of driver.rules) expect(r.helpUri).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`));
  });

  it("has one result per diagnostic with a region and a URI relative to the root", () => {
    expect(log.runs[0].results).toHaveLength(2);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: "credentials-table",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "skills/trello%20sync/SKILL.md" }, region: { startLine: 43, startColumn: 16, endLine: 43, endColumn: 21 } } }],
    });
    expect(log.runs[0].results[1].level).toBe("warning");
  });
});

describe("github", () => {
  it("writes one workflow command per diagnostic with GitHub's escaping", () => {
    expect(formatters.github(results, ctx).split("\n")).toEqual([
      "::error file=skills/trello sync/SKILL.md,line=43,col=16,endLine=43,endColumn=21,title=credentials-table::Unexpected credential source `Magic`, expected one of `Manual`, `Generated`, `OAuth`",
      '::warning file=skills/trello sync/SKILL.md,line=50,col=1,endLine=50,endColumn=9,title=unknown-hook::100%25 odd: a, b%0D%0Anext <line> & "quotes"',
      "",
    ]);
  });

  it("escapes `:` and `,` in property values", () => {
    const odd = [{ ...results[1]!, filePath: "/repo/a:b,c/SKILL.md" }];
    expect(formatters.github(odd, ctx)).toContain("file=a%3Ab%2Cc/SKILL.md,");
  });
});

describe("junit", () => {
  const xml = formatters.junit(results, ctx);

  it("has one testsuite, one testcase per file and a failure per error", () => {
    expect(xml.match(/<testsuite /g)).toHaveLength(1);
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml).toContain('tests="2" failures="1"');
    expect(xml).toContain("&lt;line&gt; &amp; &quot;quotes&quot;");
  });
});

describe("codeclimate", () => {
  it("gives GitLab issues with stable fingerprints", () => {
    const issues = JSON.parse(formatters.codeclimate(results, ctx));
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ check_name: "credentials-table", severity: "major", location: { path: "skills/trello sync/SKILL.md", lines: { begin: 43 } } });
    expect(JSON.parse(formatters.codeclimate(results, ctx))[0].fingerprint).toBe(issues[0].fingerprint);
  });
});

describe("every format", () => {
  it.each(Object.keys(formatters))("%s matches its snapshot", (name) => {
    expect(formatters[name as keyof typeof formatters](results, { cwd, color: false })).toMatchSnapshot();
  });

  it.each(["json", "sarif", "github", "junit", "codeclimate"])("%s never contains ANSI codes, even when colour is on", (name) => {
    expect(formatters[name as keyof typeof formatters](results, ctx)).not.toContain("\u001b");
  });

  it("stylish links rule ids to their docs only when asked", () => {
    expect(formatters.stylish(results, { cwd, color: false, hyperlinks: true })).toContain("\u001b]8;;u\u0007credentials-table\u001b]8;;\u0007");
    expect(formatters.stylish(results, { cwd, color: false })).not.toContain("\u001b]8");
  });
});
