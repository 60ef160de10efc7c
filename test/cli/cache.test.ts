/** `--cache`: unchanged files are answered from the cache; content, config, version and link targets invalidate it. */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project } from "../helpers/cli.js";
import { run } from "../helpers/run.js";

const skill = (name: string, body = "# Notes\n\nSee [the guide](guide.md).\n") => `---\nname: ${name}\ndescription: Notes.\n---\n${body}`;
const json = async (root: string, extra: string[] = []) => JSON.parse((await run(["lint", "--format", "json", "--cache", ...extra], { cwd: root })).stdout);
const cacheEntries = (root: string) => Object.keys(JSON.parse(readFileSync(join(root, ".skillccache"), "utf8")).entries).sort();

describe("skillc lint --cache", () => {
  it("writes the cache and gives the same results from it", async () => {
    const root = project({ "skills/a/SKILL.md": skill("a"), "skills/a/guide.md": "x", "skills/b/SKILL.md": skill("other") });
    const first = await json(root);
    expect(existsSync(join(root, ".skillccache"))).toBe(true);
    expect(cacheEntries(root)).toEqual(["skills/a/SKILL.md", "skills/b/SKILL.md"]);
    expect(await json(root)).toEqual(first);
    expect(first.find((r: { filePath: string }) => r.filePath.endsWith("b/SKILL.md")).errorCount).toBeGreaterThan(0);
  });

  it("relints a file whose content changed", async () => {
    const root = project({ "skills/a/SKILL.md": skill("a"), "skills/a/guide.md": "x" });
    expect((await json(root))[0].errorCount).toBe(0);
    writeFileSync(join(root, "skills/a/SKILL.md"), skill("wrong"));
    expect((await json(root))[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["name-directory"]);
  });

  it("relints when a link target appears or disappears", async () => {
    const root = project({ "skills/a/SKILL.md": skill("a"), "skills/a/guide.md": "x" });
    expect((await json(root))[0].errorCount).toBe(0);
    rmSync(join(root, "skills/a/guide.md"));
    expect((await json(root))[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["links"]);
    writeFileSync(join(root, "skills/a/guide.md"), "back");
    expect((await json(root))[0].errorCount).toBe(0);
  });

  it("relints when a page the skill links is edited, for the rules that read it", async () => {
    const config = '{"rules": {"reference-depth": "warn"}}';
    const root = project({ "skills/a/SKILL.md": skill("a"), "skills/a/guide.md": "# Guide\n", "skills/a/deep.md": "# Deep\n", "skillc.config.json": config });
    const ids = async () => (await json(root))[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(await ids()).toEqual([]);
    writeFileSync(join(root, "skills/a/guide.md"), "# Guide\n\nSee [more](deep.md).\n");
    expect(await ids()).toEqual(["reference-depth"]);
    expect(await ids()).toEqual(["reference-depth"]);
    const read = JSON.parse(readFileSync(join(root, ".skillccache"), "utf8")).entries["skills/a/SKILL.md"].reads;
    expect(Object.keys(read)).toEqual(["skills/a/guide.md"]);
    writeFileSync(join(root, "skills/a/guide.md"), "# Guide\n");
    expect(await ids()).toEqual([]);
  });

  it("is discarded when the config changes", async () => {
    const root = project({ "skills/a/SKILL.md": skill("other", "# A\n"), "skillc.config.json": "{}" });
    expect((await json(root))[0].errorCount).toBe(1);
    writeFileSync(join(root, "skillc.config.json"), '{"rules": {"name-directory": "off"}}');
    expect((await json(root))[0].errorCount).toBe(0);
  });

  it("ignores a corrupt cache file, and honours --cache-location", async () => {
    const root = project({ "skills/a/SKILL.md": skill("other", "# A\n"), ".skillccache": "not json{" });
    expect((await json(root))[0].errorCount).toBe(1);
    await run(["lint", "--cache-location", "tmp/lint-cache.json"], { cwd: root });
    expect(existsSync(join(root, "tmp/lint-cache.json"))).toBe(true);
  });

  it("drops entries of files that no longer exist", async () => {
    const root = project({ "skills/a/SKILL.md": skill("a", "# A\n"), "skills/b/SKILL.md": skill("b", "# B\n") });
    await json(root);
    rmSync(join(root, "skills/b"), { recursive: true });
    await json(root);
    expect(cacheEntries(root)).toEqual(["skills/a/SKILL.md"]);
  });

  it("finds clashes between files afresh on every run, for files answered from the cache too", async () => {
    const off = '{"rules": {"name-directory": "off"}}';
    const root = project({ "skills/a/SKILL.md": skill("one", "# A\n"), "skills/b/SKILL.md": skill("two", "# B\n"), "skillc.config.json": off });
    const clashes = (results: { filePath: string; messages: { ruleId: string }[] }[]) =>
      results.map((r) => [r.filePath.slice(root.length + 1), r.messages.filter((m) => m.ruleId === "unique-names").length]);
    expect(clashes(await json(root))).toEqual([["skills/a/SKILL.md", 0], ["skills/b/SKILL.md", 0]]);
    // Only b changes: a comes from the cache, and still learns of the clash.
    writeFileSync(join(root, "skills/b/SKILL.md"), skill("one", "# B\n"));
    expect(clashes(await json(root))).toEqual([["skills/a/SKILL.md", 1], ["skills/b/SKILL.md", 1]]);
    expect(clashes(await json(root))).toEqual([["skills/a/SKILL.md", 1], ["skills/b/SKILL.md", 1]]);
    // The cache keeps each file's own result: renaming b clears a's clash, a still from the cache.
    writeFileSync(join(root, "skills/b/SKILL.md"), skill("two", "# B\n"));
    expect(clashes(await json(root))).toEqual([["skills/a/SKILL.md", 0], ["skills/b/SKILL.md", 0]]);
  });

  it("honours a cached file's disable comment for clashes found later", async () => {
    const off = '{"rules": {"name-directory": "off"}}';
    const root = project({ "skills/a/SKILL.md": skill("one", "# A\n\n<!-- skillc-disable-file unique-names -->\n"), "skills/b/SKILL.md": skill("two", "# B\n"), "skillc.config.json": off });
    await json(root);
    writeFileSync(join(root, "skills/b/SKILL.md"), skill("one", "# B\n"));
    const results = await json(root);
    expect(results.map((r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId))).toEqual([[], ["unique-names"]]);
  });
});
