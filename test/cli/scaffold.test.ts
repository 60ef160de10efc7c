/** `skillc init` and `skillc new`, driven through the built binary in temporary folders. */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, skillc } from "../helpers/cli.js";

const TRELLO = ["new", "trello", "--mcp-server", "@delorenj/mcp-server-trello"];
const skillPath = (root: string, name = "trello-sync") => join(root, ".github/skills", name, "SKILL.md");

describe("skillc init", () => {
  it("writes config, template, protocol and workflow into an empty folder, and the result lints clean", () => {
    const root = project({});
    const r = skillc(["init"], { cwd: root });
    expect(r.code).toBe(0);
    for (const f of ["skillc.config.json", "templates/INTEGRATION_TEMPLATE.md", "docs/protocols/integration-framework.md", ".github/workflows/skills.yml"]) {
      expect(existsSync(join(root, f)), f).toBe(true);
      expect(r.stdout).toContain(f);
    }
    const workflow = readFileSync(join(root, ".github/workflows/skills.yml"), "utf8");
    expect(workflow).toContain("skillc lint --format github");
    expect(workflow).toContain("skillc docs --check");
    expect(skillc(["lint"], { cwd: root })).toMatchObject({ code: 0, stdout: "\u2714 1 file checked, no problems\n" });
    // The workflow's second step passes too, once the docs are generated.
    expect(skillc(["docs"], { cwd: root }).code).toBe(0);
    expect(skillc(["docs", "--check"], { cwd: root }).code).toBe(0);
  });

  it("never overwrites without --force, and says what it skipped", () => {
    const root = project({ "skillc.config.json": '{"rules": {}}\n' });
    const r = skillc(["init"], { cwd: root });
    expect(r.stdout).toMatch(/skipped\s+skillc\.config\.json/);
    expect(readFileSync(join(root, "skillc.config.json"), "utf8")).toBe('{"rules": {}}\n');
    skillc(["init", "--force"], { cwd: root });
    expect(readFileSync(join(root, "skillc.config.json"), "utf8")).toContain("$schema");
  });

  it("--dry-run writes nothing", () => {
    const root = project({});
    expect(skillc(["init", "--dry-run"], { cwd: root }).stdout).toContain("would create");
    expect(existsSync(join(root, "skillc.config.json"))).toBe(false);
  });
});

describe("skillc new", () => {
  it("scaffolds from the bundled template in an empty folder: no errors, placeholders as warnings", () => {
    const root = project({ "docs/protocols/integration-framework.md": "# Protocol\n" });
    const r = skillc(TRELLO, { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Created .github/skills/trello-sync/SKILL.md");
    expect(r.stdout).toContain("Next steps");
    const text = readFileSync(skillPath(root), "utf8");
    expect(text).toMatch(/^name: "?trello-sync"?$/m);
    expect(text).toContain("@delorenj/mcp-server-trello");
    expect(text).toContain("<!-- skillc:scaffolded");
    expect(text).toContain("](../../../docs/protocols/integration-framework.md)");
    const lint = JSON.parse(skillc(["lint", "--format", "json"], { cwd: root }).stdout);
    expect(lint[0].errorCount).toBe(0);
    expect(lint[0].warningCount).toBeGreaterThan(0);
    expect(new Set(lint[0].messages.map((m: { ruleId: string }) => m.ruleId))).toEqual(new Set(["placeholder"]));
  });

  it("uses the project's own template when it has one", () => {
    const root = project({});
    skillc(["init"], { cwd: root });
    const templatePath = join(root, "templates/INTEGRATION_TEMPLATE.md");
    writeFileSync(templatePath, readFileSync(templatePath, "utf8").replace("## Required Hooks", "Our house rules apply.\n\n## Required Hooks"));
    expect(skillc(TRELLO, { cwd: root }).code).toBe(0);
    expect(readFileSync(skillPath(root), "utf8")).toContain("Our house rules apply.");
    expect(skillc(["lint", "--quiet"], { cwd: root })).toMatchObject({ code: 0, stdout: "\u2714 2 files checked, no errors\n" });
  });

  it("refuses to overwrite without --force (exit 1, file unchanged) and overwrites with it", () => {
    const root = project({});
    skillc(TRELLO, { cwd: root });
    writeFileSync(skillPath(root), "edited\n");
    const again = skillc(TRELLO, { cwd: root });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(readFileSync(skillPath(root), "utf8")).toBe("edited\n");
    expect(skillc([...TRELLO, "--force"], { cwd: root }).code).toBe(0);
    expect(readFileSync(skillPath(root), "utf8")).toContain("trello-sync");
  });

  it.each(["../x", "/abs", "a/b", "Trello", "-x", "a--b", ""])("rejects the service name %j with exit 2 and writes nothing", (name) => {
    const root = project({});
    const r = skillc(["new", name], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^skillc: /);
    expect(existsSync(join(root, ".github"))).toBe(false);
  });

  it("rejects a bad --name the same way", () => {
    const root = project({});
    expect(skillc(["new", "trello", "--name", "../../etc"], { cwd: root }).code).toBe(2);
    expect(existsSync(join(root, ".github"))).toBe(false);
  });

  it("--dry-run prints the skill and writes nothing; --json is machine-readable", () => {
    const root = project({ "docs/protocols/integration-framework.md": "# Protocol\n" });
    const dry = skillc([...TRELLO, "--dry-run"], { cwd: root });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("Would write .github/skills/trello-sync/SKILL.md");
    expect(existsSync(skillPath(root))).toBe(false);
    const json = JSON.parse(skillc([...TRELLO, "--json"], { cwd: root }).stdout);
    expect(json).toMatchObject({ path: skillPath(root), written: true, dryRun: false, errorCount: 0 });
  });

  it("honours --dir, --name and --template", () => {
    const root = project({});
    skillc(["init"], { cwd: root });
    const r = skillc([...TRELLO, "--dir", "skills", "--name", "trello-board", "--template", "templates/INTEGRATION_TEMPLATE.md"], { cwd: root });
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, "skills/trello-board/SKILL.md"), "utf8");
    expect(text).toMatch(/^name: "?trello-board"?$/m);
    expect(text).toContain("](../../docs/protocols/integration-framework.md)");
  });

  it("without a TTY and without a service, fails with a usage error instead of waiting", () => {
    const root = project({});
    const r = skillc(["new"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Missing <service>");
  });

  it("does not write through a symlink inside the target folder that leads out of it", () => {
    const root = project({});
    const outside = project({});
    mkdirSync(join(root, ".github/skills"), { recursive: true });
    symlinkSync(outside, join(root, ".github/skills/trello-sync"));
    const r = skillc(TRELLO, { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("symlink");
    expect(existsSync(join(outside, "SKILL.md"))).toBe(false);
  });

  it("tells the user when the protocol doc the skill links is missing", () => {
    const root = project({});
    const r = skillc(TRELLO, { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("docs/protocols/integration-framework.md does not exist yet");
  });
});
