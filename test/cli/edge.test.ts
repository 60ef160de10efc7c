/** The command line's edge as a newcomer meets it: suggestions for typos, and colour on request. */
import { describe, expect, it } from "vitest";
import { PLAIN_SKILL, project, skillc } from "../helpers/cli.js";

const BROKEN = "---\nname: other\ndescription: A skill in the wrong folder.\n---\n\n# Notes\n";

describe("skillc's command line", () => {
  it.each([
    [["lnt"], "skillc: unknown command 'lnt'; did you mean lint?"],
    [["lint", "--formt", "json"], "skillc: unknown option '--formt'; did you mean --format?"],
  ])("suggests the command or option meant: %j", (args, line) => {
    const r = skillc(args, { cwd: project({}) });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(line);
  });

  it("--color colours a pipe, --no-color wins over FORCE_COLOR", () => {
    const root = project({ "skills/notes/SKILL.md": BROKEN });
    expect(skillc(["lint", "--color"], { cwd: root }).stdout).toContain("\u001B[31m");
    const plain = skillc(["--no-color", "lint"], { cwd: root, env: { FORCE_COLOR: "1" } });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("name-directory");
    expect(plain.stdout).not.toContain("\u001B[");
  });

  it.each([
    [["build", "--check", "--target", "claude"], "Run `skillc build --target claude` to update dist/skills."],
    [["docs", "--out", "my docs", "--check"], "Run `skillc docs --out 'my docs'` to update my docs."],
  ])("a failed --check says the command that fixes it: %j", (args, line) => {
    const r = skillc(args, { cwd: project({ "skills/notes/SKILL.md": PLAIN_SKILL }) });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe(line);
  });
});
