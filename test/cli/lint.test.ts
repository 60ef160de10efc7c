import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLAIN_SKILL, project, REPO, skillc } from "../helpers/cli.js";
import { run } from "../helpers/run.js";

const BROKEN_NAME = PLAIN_SKILL.replace("name: notes", "name: other-name");

describe("skillc lint (built binary)", () => {
  it("exits 0 and says how many files it checked for a clean project", () => {
    const root = project({ "skills/notes/SKILL.md": PLAIN_SKILL });
    const r = skillc(["lint"], { cwd: root });
    expect(r).toMatchObject({ code: 0, stdout: "\u2714 1 file checked, no problems\n", stderr: "" });
  });

  it("exits 1 with ESLint-shaped JSON when a file has errors", () => {
    const root = project({ "skills/notes/SKILL.md": BROKEN_NAME });
    const r = skillc(["lint", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as unknown[];
    expect(results).toEqual([
      {
        filePath: join(root, "skills/notes/SKILL.md"),
        messages: [
          {
            ruleId: "name-directory",
            severity: 2,
            message: expect.stringContaining("`other-name`"),
            messageId: "mismatch",
            line: 2,
            column: 7,
            endLine: 2,
            endColumn: 17,
            // ESLint's fix: `notes` over the value `other-name`.
            fix: { range: [10, 20], text: "notes" },
          },
        ],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
      },
    ]);
  });

  it.each([
    [["lint", "--bogus"], /unknown option/],
    [["frobnicate"], /unknown command/],
    // A file where a folder should be: the file system's refusal, said plainly, not an "internal error".
    [["lint", "--output", "skills/notes/SKILL.md/report.txt"], /^skillc: EEXIST: file already exists, mkdir '.*SKILL\.md'\n$/],
    [["lint", "--cache", "--cache-location", "skills/notes/SKILL.md/cache"], /^skillc: EEXIST: file already exists/],
  ])("exits 2 with a one-line message for usage errors: %j", (args, pattern) => {
    const root = project({ "skills/notes/SKILL.md": PLAIN_SKILL });
    const r = skillc(args, { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("colours stylish output only when asked (FORCE_COLOR) and never with NO_COLOR", () => {
    const root = project({ "skills/notes/SKILL.md": BROKEN_NAME });
    const esc = String.fromCharCode(27);
    expect(skillc(["lint"], { cwd: root }).stdout).not.toContain(esc);
    expect(skillc(["lint"], { cwd: root, env: { FORCE_COLOR: "1" } }).stdout).toContain(esc);
    expect(skillc(["lint", "--format", "json"], { cwd: root, env: { FORCE_COLOR: "1" } }).stdout).not.toContain(esc);
  });

  it("prints its version and help with exit 0", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(skillc(["--version"], { cwd: REPO })).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    expect(skillc(["lint", "--help"], { cwd: REPO }).stdout).toContain("--max-warnings");
  });
});

/** What lint decides, run in this process (helpers/run.ts): the same results and exit codes, without a spawn each. */
describe("skillc lint", () => {
  it.each([
    [["lint", "--format", "xml"], /format/],
    [["lint", "missing-folder"], /No such file or directory: missing-folder/],
    [["lint", "nothing/**/*.md"], /No files matching the pattern/],
    [["lint", "--concurrency", "0"], /--concurrency/],
  ])("exits 2 with a one-line message for usage errors: %j", async (args, pattern) => {
    const root = project({ "skills/notes/SKILL.md": PLAIN_SKILL });
    const r = await run(args, { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("counts warnings against --max-warnings and hides them with --quiet", async () => {
    const root = project({ "skills/notes/SKILL.md": PLAIN_SKILL.replace("---\n\n#", "author: Dana\n---\n\n#") });
    expect((await run(["lint"], { cwd: root })).code).toBe(0);
    const strict = await run(["lint", "--max-warnings", "0"], { cwd: root });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("too many warnings");
    const quiet = await run(["lint", "--quiet", "--format", "json"], { cwd: root });
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([]);
  });

  it("writes the report to --output and nothing to stdout", async () => {
    const root = project({ "skills/notes/SKILL.md": BROKEN_NAME });
    const r = await run(["lint", "--format", "json", "--output", "report.json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(root, "report.json"), "utf8"))[0].errorCount).toBe(1);
  });

  it("exits 2 naming the bad key of an invalid config", async () => {
    const cases: [string, RegExp][] = [
      ['{"rules": {"no-such-rule": "error"}}', /rules\.no-such-rule: unknown rule id/],
      ['{"rules": {"links": "loud"}}', /rules\.links/],
      ['{"colour": true}', /colour: unknown key/],
      ['{"rules": ', /Invalid config/],
      ['{"ignores": 3}', /ignores: must be array/],
      // Bad globs: unbalanced, absolute, outside the root, a Windows separator; the index names the one.
      ['{"ignores": ["drafts/**", "skills/[a-"]}', /ignores\.1: "skills\/\[a-" is not a valid glob: Missing closing: "\]"/],
      ['{"ignores": ["{a,b"]}', /ignores\.0: .* is not a valid glob/],
      ['{"templates": "/etc/**/*.md"}', /templates: "\/etc\/\*\*\/\*\.md" is absolute/],
      ['{"templates": ["templates/**", "../other/**/*.md"]}', /templates\.1: .* leaves the project root/],
      ['{"ignores": ["drafts\\\\"]}', /ignores\.0: .* lone backslash/],
    ];
    for (const [config, pattern] of cases) {
      const root = project({ "skills/notes/SKILL.md": PLAIN_SKILL, "skillc.config.json": config });
      const r = await run(["lint"], { cwd: root });
      expect(r.code, config).toBe(2);
      expect(r.stderr, config).toMatch(pattern);
    }
  });

  it("applies the config's rule severities", async () => {
    const root = project({
      "skills/notes/SKILL.md": BROKEN_NAME,
      "skillc.config.json": '{"rules": {"name-directory": "warn"}}',
    });
    const r = await run(["lint", "--format", "json"], { cwd: root });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].warningCount).toBe(1);
  });

  it("reads the config from package.json's skillc key and from YAML", async () => {
    const pkg = project({
      "skills/notes/SKILL.md": BROKEN_NAME,
      "package.json": JSON.stringify({ name: "x", skillc: { rules: { "name-directory": "off" } } }),
    });
    expect((await run(["lint"], { cwd: pkg })).code).toBe(0);
    const yaml = project({ "skills/notes/SKILL.md": BROKEN_NAME, "skillc.config.yaml": "rules:\n  name-directory: off\n" });
    expect((await run(["lint"], { cwd: yaml })).code).toBe(0);
  });

  it("skips node_modules, .git, dist and .gitignore'd files by default, but lints named files", async () => {
    const root = project({
      "skills/notes/SKILL.md": PLAIN_SKILL,
      "node_modules/pkg/skills/x/SKILL.md": BROKEN_NAME,
      ".git/skills/x/SKILL.md": BROKEN_NAME,
      "dist/skills/x/SKILL.md": BROKEN_NAME,
      "generated/x/SKILL.md": BROKEN_NAME,
      ".gitignore": "generated/\n",
    });
    expect(await run(["lint"], { cwd: root })).toMatchObject({ code: 0, stdout: "\u2714 1 file checked, no problems\n" });
    expect((await run(["lint", "generated/x/SKILL.md"], { cwd: root })).code).toBe(1);
  });

  it("finds templates by the templates glob and treats them as templates", async () => {
    const root = project({ "templates/T.md": "# no frontmatter\n" });
    const r = await run(["lint", "--format", "json"], { cwd: root });
    const ids = JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).toContain("frontmatter");
    expect(ids).toContain("required-hooks");
  });

  it("reports 1-based lines and columns in CRLF files with a BOM", async () => {
    const text = `\uFEFF${BROKEN_NAME.replace(/\n/g, "\r\n")}`;
    const root = project({ "skills/notes/SKILL.md": text });
    const m = JSON.parse((await run(["lint", "--format", "json"], { cwd: root })).stdout)[0].messages[0];
    expect(m).toMatchObject({ ruleId: "name-directory", line: 2, column: 7, endLine: 2, endColumn: 17 });
  });
});
