/** `--cache`: unchanged files are answered from the cache; content, config, version and link targets invalidate it. */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, skillc } from "../helpers/cli.js";

const skill = (name: string, body = "# Notes\n\nSee [the guide](guide.md).\n") => `---\nname: ${name}\ndescription: Notes.\n---\n${body}`;
const json = (root: string, extra: string[] = []) => JSON.parse(skillc(["lint", "--format", "json", "--cache", ...extra], { cwd: root }).stdout);
const cacheEntries = (root: string) => Object.keys(JSON.parse(readFileSync(join(root, ".skillccache"), "utf8")).entries).sort();

describe("skillc lint --cache", () => {
  it("writes the cache and gives the same results from it", () => {
    const root = project({ "skills/a/SKILL.md": skill("a"), "skills/a/guide.md": "x", "skills/b/SKILL.md": skill("other") });
    const first = json(root);
    expect(existsSync(join(root, ".skillccache"))).toBe(true);
    expect(cacheEntries(root)).toEqual(["skills/a/SKILL.md", "skills/b/SKILL.md"]);
    expect(json(root)).toEqual(first);
    expect(first.find((r: { filePath: string }) => r.filePath.endsWith("b/SKILL.md")).errorCount).toBeGreaterThan(0);
  });

  it("relints a file whose content changed", () => {
    const root = project({ "skills/a/SKILL.md": skill("a"), "skills/a/guide.md": "x" });
    expect(json(root)[0].errorCount).toBe(0);
    writeFileSync(join(root, "skills/a/SKILL.md"), skill("wrong"));
    expect(json(root)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["name-directory"]);
  });

  it("relints when a link target appears or disappears", () => {
    const root = project({ "skills/a/SKILL.md": skill("a"), "skills/a/guide.md": "x" });
    expect(json(root)[0].errorCount).toBe(0);
    rmSync(join(root, "skills/a/guide.md"));
    expect(json(root)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["links"]);
    writeFileSync(join(root, "skills/a/guide.md"), "back");
    expect(json(root)[0].errorCount).toBe(0);
  });

  it("is discarded when the config changes", () => {
    const root = project({ "skills/a/SKILL.md": skill("other", "# A\n"), "skillc.config.json": "{}" });
    expect(json(root)[0].errorCount).toBe(1);
    writeFileSync(join(root, "skillc.config.json"), '{"rules": {"name-directory": "off"}}');
    expect(json(root)[0].errorCount).toBe(0);
  });

  it("ignores a corrupt cache file, and honours --cache-location", () => {
    const root = project({ "skills/a/SKILL.md": skill("other", "# A\n"), ".skillccache": "not json{" });
    expect(json(root)[0].errorCount).toBe(1);
    skillc(["lint", "--cache-location", "tmp/lint-cache.json"], { cwd: root });
    expect(existsSync(join(root, "tmp/lint-cache.json"))).toBe(true);
  });

  it("drops entries of files that no longer exist", () => {
    const root = project({ "skills/a/SKILL.md": skill("a", "# A\n"), "skills/b/SKILL.md": skill("b", "# B\n") });
    json(root);
    rmSync(join(root, "skills/b"), { recursive: true });
    json(root);
    expect(cacheEntries(root)).toEqual(["skills/a/SKILL.md"]);
  });
});
