/** The library API a tool author imports: lint, build, docs and loadSkill, typed, writing nothing. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, docs, lint, loadSkill, resolveConfig } from "../src/index.js";
import { REPO } from "./helpers/cli.js";

const config = resolveConfig({ ignores: ["examples/broken/**"] }, REPO);

describe("the library", () => {
  it("lints", async () => {
    const results = await lint({ paths: ["examples"], cwd: REPO, config });
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.every((r) => r.errorCount === 0)).toBe(true);
  });

  it("loads a skill into the model", async () => {
    const doc = await loadSkill(join(REPO, "examples/trello-sync/SKILL.md"), config);
    expect(doc.kind).toBe("integration");
    expect(doc.hooks.map((h) => h.name)).toContain("sync");
  });

  it("plans a build without writing it", async () => {
    const { files, refused } = await build({ paths: ["examples/trello-sync"], cwd: REPO, config, targets: ["claude"] });
    expect(refused).toEqual([]);
    expect(files.map((f) => f.path)).toContain("claude/.claude/skills/trello-sync/SKILL.md");
    expect(files.map((f) => f.path)).toContain("claude/.mcp.json");
    expect(existsSync(join(REPO, "claude"))).toBe(false);
  });

  it("plans docs and reports refused skills", async () => {
    const { files, refused } = await docs({ paths: ["examples/trello-sync", "examples/broken/credentials-table"], cwd: REPO, config, outDir: "docs/protocols" });
    // As `skillc docs` does, the hand-written pages of the output folder get their regions filled.
    expect(files.map((f) => [f.path, f.owned ?? true])).toEqual([
      ["agents.md", true],
      ["index.md", true],
      ["integration-framework.md", false],
      ["trello.md", true],
    ]);
    expect(refused.map((r) => r.filePath)).toEqual([join(REPO, "examples/broken/credentials-table/SKILL.md")]);
  });

  it("plans docs for given pages only", async () => {
    const { files } = await docs({ paths: ["examples/trello-sync"], cwd: REPO, config, outDir: "docs/protocols", pages: [] });
    expect(files.map((f) => f.path)).toEqual(["agents.md", "index.md", "trello.md"]);
  });
});
