/** `skillc lint --fix`, `--fix-dry-run` and `--print-config`: in this process (helpers/run.ts), one case through the built binary. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, skillc } from "../helpers/cli.js";
import { run } from "../helpers/run.js";

const WRONG = "---\nname: other-name\ndescription: Take notes when the user asks for them.\n---\n\n# Notes\n";
const RIGHT = WRONG.replace("other-name", "notes");
// Random-looking (a counting run reads as made up): assembled at run time, so the file holds no token.
const GITHUB = ["ghp", "_", "R8xTq2LmZ9vKp4WnYb7H", "cJ3sFd6GtA1eUo5M"].join("");

describe("skillc lint --fix", () => {
  it("writes the fixed file and reports only what is left (the built binary)", () => {
    const root = project({ "skills/notes/SKILL.md": WRONG, "skillc.config.json": "{}" });
    const r = skillc(["lint", "--fix"], { cwd: root });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("no problems");
    expect(readFileSync(join(root, "skills/notes/SKILL.md"), "utf8")).toBe(RIGHT);
  });

  it("still exits 1 for what it cannot fix", async () => {
    const root = project({ "skills/notes/SKILL.md": WRONG.replace("description: Take notes when the user asks for them.\n", ""), "skillc.config.json": "{}" });
    const r = await run(["lint", "--fix"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("frontmatter");
    expect(r.stdout).not.toContain("name-directory");
    expect(readFileSync(join(root, "skills/notes/SKILL.md"), "utf8")).toBe(RIGHT.replace("description: Take notes when the user asks for them.\n", ""));
  });

  it("refuses --fix with --fix-dry-run", async () => {
    const r = await run(["lint", "--fix", "--fix-dry-run"], { cwd: project({ "skillc.config.json": "{}" }) });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining("--fix and --fix-dry-run cannot be used together") });
  });
});

describe("skillc lint --fix-dry-run", () => {
  it("prints a unified diff and writes nothing", async () => {
    const root = project({ "skills/notes/SKILL.md": WRONG, "skillc.config.json": "{}" });
    const r = await run(["lint", "--fix-dry-run"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(["diff --git a/skills/notes/SKILL.md b/skills/notes/SKILL.md", "--- a/skills/notes/SKILL.md", "+++ b/skills/notes/SKILL.md", "@@ -1,5 +1,5 @@", " ---", "-name: other-name", "+name: notes"].join("\n"));
    expect(readFileSync(join(root, "skills/notes/SKILL.md"), "utf8")).toBe(WRONG);
  });

  it("gives ESLint's `output` in JSON, and the fix of each message", async () => {
    const root = project({ "skills/notes/SKILL.md": WRONG, "skillc.config.json": "{}" });
    const [dry] = JSON.parse((await run(["lint", "--fix-dry-run", "-f", "json"], { cwd: root })).stdout);
    expect(dry).toMatchObject({ output: RIGHT, messages: [], fixableErrorCount: 0 });
    const [plain] = JSON.parse((await run(["lint", "-f", "json"], { cwd: root })).stdout);
    expect(plain.messages[0].fix).toEqual({ range: [10, 20], text: "notes" });
    expect(plain).toMatchObject({ fixableErrorCount: 1, fixableWarningCount: 0 });
    expect(plain.output).toBeUndefined();
  });

  it("never prints the text of a file that holds a secret: no diff, no output, no fix", async () => {
    const root = project({ "skills/notes/SKILL.md": `${WRONG}\nToken: ${GITHUB}\n`, "skillc.config.json": "{}" });
    const text = await run(["lint", "--fix-dry-run"], { cwd: root });
    expect(text.stdout).toContain("skills/notes/SKILL.md: fixes not shown, the file holds a secret");
    const json = await run(["lint", "--fix-dry-run", "-f", "json"], { cwd: root });
    const plain = await run(["lint", "-f", "json"], { cwd: root });
    for (const out of [text.stdout, json.stdout, plain.stdout]) expect(out).not.toContain(GITHUB);
    expect(JSON.parse(json.stdout)[0].output).toBeUndefined();
    expect(JSON.parse(plain.stdout)[0].messages.some((m: { fix?: unknown }) => m.fix)).toBe(false);
  });
});

describe("skillc lint --print-config", () => {
  it("prints the preset, the agents and each rule's effective level for a file", async () => {
    const root = project({ "skills/notes/SKILL.md": RIGHT, "skillc.config.json": '{"extends": "skillc:strict", "agents": ["claude", "codex"], "rules": {"no-secrets": "warn"}}' });
    const r = await run(["lint", "--print-config", "skills/notes/SKILL.md"], { cwd: root });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config).toMatchObject({ file: "skills/notes/SKILL.md", config: "skillc.config.json", kind: "skill", extends: "skillc:strict", agents: ["claude", "codex"] });
    expect(config.rules["no-secrets"]).toBe("warn");
    // An integration rule never runs on a plain skill.
    expect(config.rules["required-hooks"]).toBe("off");
    expect(config.rules["unknown-frontmatter-key"]).toEqual(["warn", { allow: [] }]);
  });

  it("checks a skill in an agent's own folder against that agent only", async () => {
    const root = project({ ".claude/skills/notes/SKILL.md": RIGHT, "skillc.config.json": '{"agents": ["codex"]}' });
    const config = JSON.parse((await run(["lint", "--print-config", ".claude/skills/notes/SKILL.md"], { cwd: root })).stdout);
    expect(config.agents).toEqual(["claude"]);
  });

  it("says so when the file does not exist", async () => {
    const r = await run(["lint", "--print-config", "nope.md"], { cwd: project({ "skillc.config.json": "{}" }) });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining("no such file: nope.md") });
  });
});
