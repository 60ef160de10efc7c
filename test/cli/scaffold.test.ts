/**
 * `skillc init` and `skillc new` in temporary folders: one run of each through the built binary,
 * the others in this process (helpers/run.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, REPO, skillc } from "../helpers/cli.js";
import { at } from "../helpers/fixtures.js";
import { run } from "../helpers/run.js";

const TRELLO = ["new", "trello", "--mcp-server", "@delorenj/mcp-server-trello"];
const skillPath = (root: string, name = "trello-sync") => join(root, ".github/skills", name, "SKILL.md");

describe("skillc init", () => {
  it("writes config, template, protocol and workflow into an empty folder, and the result lints clean", async () => {
    const root = project({});
    const r = skillc(["init"], { cwd: root }); // the built binary
    expect(r.code).toBe(0);
    for (const f of ["skillc.config.json", "templates/INTEGRATION_TEMPLATE.md", "docs/protocols/integration-framework.md", ".github/workflows/skills.yml"]) {
      expect(existsSync(join(root, f)), f).toBe(true);
      expect(r.stdout).toContain(f);
    }
    const workflow = readFileSync(join(root, ".github/workflows/skills.yml"), "utf8");
    expect(workflow).toContain("skillc lint --format github");
    expect(workflow).toContain("skillc docs --check");
    expect(await run(["lint"], { cwd: root })).toMatchObject({ code: 0, stdout: "\u2714 1 file checked, no problems\n" });
    // The workflow's second step passes too, once the docs are generated.
    expect((await run(["docs"], { cwd: root })).code).toBe(0);
    expect((await run(["docs", "--check"], { cwd: root })).code).toBe(0);
  });

  it("never overwrites without --force, and says what it skipped", async () => {
    const root = project({ "skillc.config.json": '{"rules": {}}\n' });
    const r = await run(["init"], { cwd: root });
    expect(r.stdout).toMatch(/skipped\s+skillc\.config\.json/);
    expect(readFileSync(join(root, "skillc.config.json"), "utf8")).toBe('{"rules": {}}\n');
    await run(["init", "--force"], { cwd: root });
    expect(readFileSync(join(root, "skillc.config.json"), "utf8")).toContain("$schema");
  });

  it("--dry-run writes nothing", async () => {
    const root = project({});
    expect((await run(["init", "--dry-run"], { cwd: root })).stdout).toContain("would create");
    expect(existsSync(join(root, "skillc.config.json"))).toBe(false);
  });
});

describe("skillc new", () => {
  it("scaffolds from the bundled template in an empty folder: no errors, placeholders as warnings", async () => {
    const root = project({ "docs/protocols/integration-framework.md": "# Protocol\n" });
    const r = skillc(TRELLO, { cwd: root }); // the built binary
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Created .github/skills/trello-sync/SKILL.md");
    expect(r.stdout).toContain("Next steps");
    const text = readFileSync(skillPath(root), "utf8");
    expect(text).toMatch(/^name: "?trello-sync"?$/m);
    expect(text).toContain("@delorenj/mcp-server-trello");
    expect(text).toContain("<!-- skillc:scaffolded");
    expect(text).toContain("](../../../docs/protocols/integration-framework.md)");
    const lint = JSON.parse((await run(["lint", "--format", "json"], { cwd: root })).stdout);
    expect(lint[0].errorCount).toBe(0);
    expect(lint[0].warningCount).toBeGreaterThan(0);
    expect(new Set(lint[0].messages.map((m: { ruleId: string }) => m.ruleId))).toEqual(new Set(["placeholder"]));
  });

  it("is not built, documented or installed while placeholders are left, even as warnings, and says why", async () => {
    const root = project({ "docs/protocols/integration-framework.md": "# Protocol\n" });
    expect((await run(TRELLO, { cwd: root })).code).toBe(0);
    expect((await run(["lint"], { cwd: root })).code).toBe(0);
    const build = await run(["build", "--out", "out", "--target", "claude"], { cwd: root });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain("skillc: not building .github/skills/trello-sync/SKILL.md: it still has placeholders to fill (below)");
    expect(build.stderr).toMatch(/warning +Placeholder `\[CREDENTIAL_NAME\]` still to fill +placeholder/);
    expect(existsSync(join(root, "out/claude/.claude/skills/trello-sync"))).toBe(false);
    const out = join(root, "out");
    for (const f of existsSync(out) ? readdirSync(out, { recursive: true, encoding: "utf8" }) : []) {
      if (statSync(join(out, f)).isFile()) expect(readFileSync(join(out, f), "utf8"), f).not.toContain("CREDENTIAL_NAME");
    }
    const docs = await run(["docs"], { cwd: root });
    expect(docs.code).toBe(1);
    expect(docs.stderr).toContain("skillc: skipping .github/skills/trello-sync/SKILL.md: it still has placeholders to fill (below)");
    expect(existsSync(join(root, "docs/protocols/trello.md"))).toBe(false);
    const install = await run(["install", "--target", "claude"], { cwd: root });
    expect(install.code).toBe(1);
    expect(install.stderr).toContain("skillc: not installing .github/skills/trello-sync/SKILL.md: it still has placeholders to fill (below)");
  });

  it("leaves the template's instructions out; in a copy made by hand they are a placeholder until deleted", async () => {
    const root = project({ "docs/protocols/integration-framework.md": "# Protocol\n" });
    expect((await run(TRELLO, { cwd: root })).code).toBe(0);
    const text = readFileSync(skillPath(root), "utf8");
    expect(text).not.toContain("How to use this template");
    expect(text).toContain("# Trello Sync\n\nKeeps the workspace's");
    expect(text).toMatch(/every hook below relies on\.\n\n## Required Hooks\n/);
    // The template itself lints clean; the same text in a skill is told to lose the paragraph.
    const template = readFileSync(join(REPO, "templates/INTEGRATION_TEMPLATE.md"), "utf8");
    writeFileSync(join(root, "copy.md"), template.replace('name: "[integration-name]-sync"', "name: copy"));
    const results = JSON.parse((await run(["lint", "copy.md", "--format", "json"], { cwd: root })).stdout);
    const help = results[0].messages.find((m: { message: string }) => m.message.includes("[How to use this template]"));
    expect(help).toMatchObject({ ruleId: "placeholder", severity: 2, ...at(template, "[How to use this template]") });
  });

  it("uses the project's own template when it has one", async () => {
    const root = project({});
    await run(["init"], { cwd: root });
    const templatePath = join(root, "templates/INTEGRATION_TEMPLATE.md");
    writeFileSync(templatePath, readFileSync(templatePath, "utf8").replace("## Required Hooks", "Our house rules apply.\n\n## Required Hooks"));
    expect((await run(TRELLO, { cwd: root })).code).toBe(0);
    expect(readFileSync(skillPath(root), "utf8")).toContain("Our house rules apply.");
    expect(await run(["lint", "--quiet"], { cwd: root })).toMatchObject({ code: 0, stdout: "\u2714 2 files checked, no errors\n" });
  });

  it("refuses to overwrite without --force (exit 1, file unchanged) and overwrites with it", async () => {
    const root = project({});
    await run(TRELLO, { cwd: root });
    writeFileSync(skillPath(root), "edited\n");
    const again = await run(TRELLO, { cwd: root });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(readFileSync(skillPath(root), "utf8")).toBe("edited\n");
    expect((await run([...TRELLO, "--force"], { cwd: root })).code).toBe(0);
    expect(readFileSync(skillPath(root), "utf8")).toContain("trello-sync");
  });

  it("lower-cases a service id, and says so", async () => {
    const root = project({ "docs/protocols/integration-framework.md": "# Protocol\n" });
    const r = await run(["new", "GitHub"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Using the service id "github" for "GitHub": skill names are lower-case\.\nCreated \.github\/skills\/github-sync\/SKILL\.md\n/);
    const text = readFileSync(skillPath(root, "github-sync"), "utf8");
    expect(text).toMatch(/^name: "?github-sync"?$/m);
    expect(text).toMatch(/^ {2}service: "?github"?$/m);
    const json = JSON.parse((await run(["new", "GitHub", "--json", "--force"], { cwd: root })).stdout);
    expect(json).toMatchObject({ service: "github", path: skillPath(root, "github-sync") });
    expect((await run(["new", "trello"], { cwd: root })).stdout).not.toContain("lower-case");
  });

  it.each(["../x", "/abs", "a/b", "Git Hub", "-x", "a--b", ""])("rejects the service name %j with exit 2 and writes nothing", async (name) => {
    const root = project({});
    // "-x" is an option to commander: only the binary gives its answer.
    const r = name.startsWith("-") ? skillc(["new", name], { cwd: root }) : await run(["new", name], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^skillc: /);
    // Named as given, not as lower-cased.
    if (name === "Git Hub") expect(r.stderr).toContain('"Git Hub"');
    expect(existsSync(join(root, ".github"))).toBe(false);
  });

  it("rejects a bad --name the same way", async () => {
    const root = project({});
    expect((await run(["new", "trello", "--name", "../../etc"], { cwd: root })).code).toBe(2);
    expect(existsSync(join(root, ".github"))).toBe(false);
  });

  it("--dry-run prints the skill and writes nothing; --json is machine-readable", async () => {
    const root = project({ "docs/protocols/integration-framework.md": "# Protocol\n" });
    const dry = await run([...TRELLO, "--dry-run"], { cwd: root });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("Would write .github/skills/trello-sync/SKILL.md");
    expect(existsSync(skillPath(root))).toBe(false);
    const json = JSON.parse((await run([...TRELLO, "--json"], { cwd: root })).stdout);
    expect(json).toMatchObject({ path: skillPath(root), written: true, dryRun: false, errorCount: 0 });
  });

  it("run from a subfolder, writes into the project root's .github/skills; --dir is relative to the working folder", async () => {
    const root = project({ "skillc.config.json": "{}\n", "docs/protocols/integration-framework.md": "# Protocol\n", "src/app/.keep": "" });
    expect((await run(TRELLO, { cwd: join(root, "src/app") })).code).toBe(0);
    expect(existsSync(skillPath(root))).toBe(true);
    expect(existsSync(join(root, "src/app/.github"))).toBe(false);
    expect((await run(["new", "acme", "--dir", "skills"], { cwd: join(root, "src") })).code).toBe(0);
    expect(existsSync(join(root, "src/skills/acme-sync/SKILL.md"))).toBe(true);
  });

  it("honours --dir, --name and --template", async () => {
    const root = project({});
    await run(["init"], { cwd: root });
    const r = await run([...TRELLO, "--dir", "skills", "--name", "trello-board", "--template", "templates/INTEGRATION_TEMPLATE.md"], { cwd: root });
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, "skills/trello-board/SKILL.md"), "utf8");
    expect(text).toMatch(/^name: "?trello-board"?$/m);
    expect(text).toContain("](../../docs/protocols/integration-framework.md)");
  });

  it("without a TTY and without a service, fails with a usage error instead of waiting", async () => {
    const root = project({});
    const r = await run(["new"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Missing <service>");
  });

  it("does not write through a symlink inside the target folder that leads out of it", async () => {
    const root = project({});
    const outside = project({});
    mkdirSync(join(root, ".github/skills"), { recursive: true });
    symlinkSync(outside, join(root, ".github/skills/trello-sync"));
    const r = await run(TRELLO, { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("symlink");
    expect(existsSync(join(outside, "SKILL.md"))).toBe(false);
  });

  it("tells the user when the protocol doc the skill links is missing", async () => {
    const root = project({});
    const r = await run(TRELLO, { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("docs/protocols/integration-framework.md does not exist yet");
  });
});
