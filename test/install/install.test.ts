/** skillc install: the skills and their MCP servers in the project's own agent folders, merged, never clobbering the user's. */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { build, install, lint } from "../../src/index.js";
import { project, REPO } from "../helpers/cli.js";

function exampleProject(files: Record<string, string> = {}): string {
  const root = project({ "skillc.config.json": JSON.stringify({ ignores: ["examples/broken/**"] }), ...files });
  for (const path of ["examples", "templates", "docs/protocols/integration-framework.md"]) cpSync(join(REPO, path), join(root, path), { recursive: true });
  return root;
}
const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");

describe("skillc install", () => {
  it("places bundles where each agent reads them and merges servers into the user's files, keeping theirs", async () => {
    const userMcp = '{ "mcpServers": { "mine": { "command": "my-server" } } }\n';
    const userOpencode = '{\n  // my settings\n  "theme": "dark"\n}\n';
    const root = exampleProject({ ".mcp.json": userMcp, "opencode.json": userOpencode });
    const result = await install({ cwd: root, targets: ["claude", "opencode", "codex"] });
    expect(result.refused).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(existsSync(join(root, ".claude/skills/trello-sync/SKILL.md"))).toBe(true);
    expect(existsSync(join(root, ".opencode/skills/trello-sync/SKILL.md"))).toBe(true);
    expect(existsSync(join(root, ".agents/skills/trello-sync/SKILL.md"))).toBe(true);
    const mcp = JSON.parse(read(root, ".mcp.json")) as { mcpServers: Record<string, { env?: Record<string, string> }> };
    expect(Object.keys(mcp.mcpServers)).toEqual(["mine", "google-calendar", "trello"]);
    expect(mcp.mcpServers.trello!.env).toEqual({ TRELLO_API_KEY: "${TRELLO_API_KEY}", TRELLO_TOKEN: "${TRELLO_TOKEN}" });
    expect(read(root, "opencode.json").startsWith('{\n  // my settings\n  "theme": "dark",\n  "mcp": {')).toBe(true);
    expect(parseJsonc(read(root, "opencode.json")).mcp.trello.environment).toEqual({ TRELLO_API_KEY: "{env:TRELLO_API_KEY}", TRELLO_TOKEN: "{env:TRELLO_TOKEN}" });
    expect((parseToml(read(root, ".codex/config.toml")) as { mcp_servers: Record<string, unknown> }).mcp_servers.trello).toMatchObject({ env_vars: ["TRELLO_API_KEY", "TRELLO_TOKEN"] });
    expect(result.trust.map((t) => t.agent)).toEqual(["Claude Code", "OpenAI Codex"]);

    // Again: nothing to do, and --check agrees.
    const again = await install({ cwd: root, targets: ["claude", "opencode", "codex"], mode: "check" });
    expect(again.report).toMatchObject({ missing: [], stale: [], removed: [], conflicts: [] });

    // The installed copies are not sources: lint and build still see the examples only.
    const linted = await lint({ cwd: root });
    expect(linted.every((r) => r.filePath.includes("/examples/") || r.filePath.includes("/templates/"))).toBe(true);
    expect((await build({ cwd: root, targets: ["claude"] })).refused).toEqual([]);

    // A skill taken away leaves with its files and its servers; the user's server stays.
    rmSync(join(root, "examples/trello-sync"), { recursive: true });
    const after = await install({ cwd: root, targets: ["claude", "opencode", "codex"] });
    expect(after.report.removed).toContain(".claude/skills/trello-sync/SKILL.md");
    expect(existsSync(join(root, ".claude/skills/trello-sync"))).toBe(false);
    expect(Object.keys(JSON.parse(read(root, ".mcp.json")).mcpServers)).toEqual(["mine", "google-calendar"]);
    expect((parseToml(read(root, ".codex/config.toml")) as { mcp_servers: Record<string, unknown> }).mcp_servers).not.toHaveProperty("trello");
  });

  it("leaves a server the user wrote or changed, and a file the user changed, and says so", async () => {
    const root = exampleProject({ ".mcp.json": '{ "mcpServers": { "trello": { "command": "my-trello" } } }\n' });
    const first = await install({ cwd: root, targets: ["claude"] });
    expect(first.conflicts).toEqual([{ file: ".mcp.json", name: "trello", reason: "foreign" }]);
    expect(JSON.parse(read(root, ".mcp.json")).mcpServers.trello).toEqual({ command: "my-trello" });

    const skill = ".claude/skills/release-notes/SKILL.md";
    writeFileSync(join(root, skill), `${read(root, skill)}\nMy own note.\n`);
    const mcp = JSON.parse(read(root, ".mcp.json"));
    mcp.mcpServers["google-calendar"].args.push("--verbose");
    writeFileSync(join(root, ".mcp.json"), JSON.stringify(mcp, null, 2));
    const second = await install({ cwd: root, targets: ["claude"] });
    expect(second.report.conflicts).toEqual([{ path: skill, reason: "modified" }]);
    expect(read(root, skill)).toContain("My own note.");
    expect(second.conflicts).toEqual(expect.arrayContaining([{ file: ".mcp.json", name: "google-calendar", reason: "modified" }]));
    expect(JSON.parse(read(root, ".mcp.json")).mcpServers["google-calendar"].args).toContain("--verbose");
  });

  it("does not copy a skill over itself: one in .github/skills is already where Copilot reads it", async () => {
    const root = exampleProject();
    cpSync(join(REPO, ".github/skills/add-integration"), join(root, ".github/skills/add-integration"), { recursive: true });
    const before = read(root, ".github/skills/add-integration/SKILL.md");
    const result = await install({ cwd: root, targets: ["copilot"] });
    expect(result.report.conflicts).toEqual([]);
    expect(read(root, ".github/skills/add-integration/SKILL.md")).toBe(before);
    expect(existsSync(join(root, ".github/skills/trello-sync/SKILL.md"))).toBe(true);
  });
});

describe("skillc install on the command line", () => {
  it("prints what it placed and what each agent needs first; --check fails on drift and names the fix", async () => {
    const { run } = await import("../helpers/run.js");
    const root = exampleProject();
    const first = await run(["install", "--target", "claude"], { cwd: root });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("wrote  .claude/skills/trello-sync/SKILL.md");
    expect(first.stdout).toContain("wrote  .mcp.json");
    expect(first.stdout).toContain("Before they load the skills or servers:\n- Claude Code: `.mcp.json` servers wait for approval");
    expect(await run(["install", "--target", "claude", "--check"], { cwd: root })).toMatchObject({ code: 0, stdout: "The project is up to date\n" });
    rmSync(join(root, ".claude/skills/trello-sync/SKILL.md"));
    const check = await run(["install", "--target", "claude", "--check"], { cwd: root });
    expect(check.code).toBe(1);
    expect(check.stderr).toBe("missing  .claude/skills/trello-sync/SKILL.md\nRun `skillc install --target claude` to update the project.\n");
  });
});

describe("the repository's own install", () => {
  it("keeps every agent's folders and config files current with the repository's skills (skillc install --check)", async () => {
    const check = await install({ cwd: REPO, mode: "check" });
    expect(check.refused).toEqual([]);
    expect(check.report).toMatchObject({ missing: [], stale: [], removed: [], conflicts: [], kept: [] });
    expect(check.report.unchanged).toEqual(expect.arrayContaining([".claude/skills/add-integration/SKILL.md", ".agents/skills/add-integration/SKILL.md"]));
  });
});
