/** `skillc lint --stdin [--stdin-filename PATH]`, as ESLint's: the piped text linted as if it were PATH (the built binary: stdin is the process's). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, skillc } from "../helpers/cli.js";

const WRONG = "---\nname: other-name\ndescription: Take notes when the user asks for them.\n---\n\n# Notes\n\nSee [the guide](guide.md).\n";

describe("skillc lint --stdin", () => {
  const root = () => project({ "skills/notes/SKILL.md": "on disk, never read\n", "skills/notes/guide.md": "# Guide\n", "skillc.config.json": "{}" });

  it("lints the piped text as the named file: its folder's name, its links, its config", () => {
    const cwd = root();
    const r = skillc(["lint", "--stdin", "--stdin-filename", "skills/notes/SKILL.md", "-f", "json"], { cwd, input: WRONG });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.filePath).toBe(join(cwd, "skills/notes/SKILL.md"));
    // The name check is the folder's; the link to guide.md resolves beside the named file.
    expect(result.messages.map((m: { ruleId: string; line: number }) => `${m.line} ${m.ruleId}`)).toEqual(["2 name-directory"]);
  });

  it("resolves links from the named file: a missing target is reported", () => {
    const r = skillc(["lint", "--stdin", "--stdin-filename", "skills/other/SKILL.md", "-f", "json"], { cwd: root(), input: WRONG.replace("other-name", "other") });
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["links"]);
  });

  it("without a file name, lints the text as `<stdin>` in the working folder (no name check)", () => {
    const r = skillc(["lint", "--stdin", "-f", "json"], { cwd: root(), input: WRONG.replace("See [the guide](guide.md).\n", "") });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ filePath: expect.stringMatching(/<stdin>$/), messages: [] });
  });

  it("gives the fixed text with --fix-dry-run and writes nothing", () => {
    const cwd = root();
    const r = skillc(["lint", "--stdin", "--stdin-filename", "skills/notes/SKILL.md", "--fix-dry-run", "-f", "json"], { cwd, input: WRONG });
    expect(JSON.parse(r.stdout)[0].output).toBe(WRONG.replace("other-name", "notes"));
    expect(readFileSync(join(cwd, "skills/notes/SKILL.md"), "utf8")).toBe("on disk, never read\n");
  });

  it.each([
    [["--stdin", "--fix"], "--fix cannot write piped text"],
    [["--stdin-filename", "a/SKILL.md"], "--stdin-filename needs --stdin"],
    [["--stdin", "skills"], "--stdin lints the piped text only"],
  ])("refuses %j with a usage error", (args, message) => {
    const r = skillc(["lint", ...args], { cwd: root(), input: WRONG });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
  });
});
