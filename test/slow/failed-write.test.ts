/**
 * Safe writes when a write fails halfway: each writing command runs under `ulimit -f 1`, so the
 * kernel stops any file at 1 KiB (the process gets SIGXFSZ, or EFBIG where it ignores it), as a
 * full disk would. A plain `writeFile` would leave the target truncated to that first KiB; skillc
 * writes a temporary file and renames it, so every target is its old self or wholly new, and no
 * temporary file is left behind. (`build` killed with SIGKILL mid-write: crash.test.ts; a symlink
 * in the target folder: test/security/symlinked-targets.test.ts.)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { skillText } from "../../bench/generate.mjs";
import { BIN, PLAIN_SKILL, project, skillc } from "../helpers/cli.js";

/** Run skillc with every file it writes capped at 1 KiB. */
function cappedSkillc(args: string[], cwd: string) {
  const r = spawnSync("bash", ["-c", 'ulimit -f 1 && exec "$0" "$@"', process.execPath, BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, signal: r.signal, stderr: r.stderr };
}

/** Every file under `dir`, relative, with its content. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (f.startsWith("node_modules") || statSync(join(dir, f)).isDirectory()) continue;
    out.set(f, readFileSync(join(dir, f), "utf8"));
  }
  return out;
}

/**
 * After the failed run: every file is its old self or wholly its new self (`after`, from an uncapped
 * run), no file was lost and none appeared that neither run has (no temporary leftovers).
 */
function expectOldOrNew(root: string, before: Map<string, string>, after: Map<string, string>, written: string) {
  const now = snapshot(root);
  for (const f of before.keys()) expect(now.has(f), `${f} still there`).toBe(true);
  for (const [f, text] of now) expect([before.get(f), after.get(f)], f).toContain(text);
  // The file whose write was cut short kept its old content.
  expect(now.get(written), written).toBe(before.get(written));
  expect(after.get(written)!.length, `${written} is over the cap`).toBeGreaterThan(1024);
}

/** The capped run failed: killed by SIGXFSZ, or exit 2 (an error writing, not lint problems). */
const failed = (r: ReturnType<typeof cappedSkillc>) => r.signal === "SIGXFSZ" || r.code === 2;

describe("a write that fails halfway leaves the old file whole", () => {
  it("new --force", () => {
    const files = { ".github/skills/trello-sync/SKILL.md": "---\nname: trello-sync\ndescription: The old hand-written skill.\n---\n\n# Old\n", "skillc.config.json": "{}\n" };
    const root = project(files);
    const before = snapshot(root);
    const r = cappedSkillc(["new", "trello", "--force"], root);
    expect(failed(r), JSON.stringify(r)).toBe(true);

    const fresh = project(files);
    expect(skillc(["new", "trello", "--force"], { cwd: fresh }).code).toBe(0);
    expectOldOrNew(root, before, snapshot(fresh), ".github/skills/trello-sync/SKILL.md");
  });

  it("init --force", () => {
    const files = {
      "skillc.config.json": "{}\n",
      "templates/INTEGRATION_TEMPLATE.md": "# Our old template\n",
      "docs/protocols/integration-framework.md": "# Our old protocol\n",
    };
    const root = project(files);
    const before = snapshot(root);
    const r = cappedSkillc(["init", "--force"], root);
    expect(failed(r), JSON.stringify(r)).toBe(true);

    const fresh = project(files);
    expect(skillc(["init", "--force"], { cwd: fresh }).code).toBe(0);
    // init may finish the small config before the cap stops it at the template.
    expectOldOrNew(root, before, snapshot(fresh), "templates/INTEGRATION_TEMPLATE.md");
  });

  it("lint --output", () => {
    const files = { "skills/notes/SKILL.md": PLAIN_SKILL, "report.sarif": "the old report\n", "skillc.config.json": '{"ignores": ["report.sarif"]}\n' };
    const root = project(files);
    const before = snapshot(root);
    const r = cappedSkillc(["lint", "--format", "sarif", "--output", "report.sarif"], root);
    expect(failed(r), JSON.stringify(r)).toBe(true);

    const fresh = project(files);
    expect(skillc(["lint", "--format", "sarif", "--output", "report.sarif"], { cwd: fresh }).code).toBe(0);
    expectOldOrNew(root, before, snapshot(fresh), "report.sarif");
  });

  it("docs", () => {
    const text = skillText(0) as string;
    const name = /^name: (.+)$/m.exec(text)![1]!;
    const files = (version: string) => ({
      "docs/protocols/integration-framework.md": "# Integration framework\n",
      "skillc.config.json": "{}\n",
      [`skills/${name}/SKILL.md`]: text.replace("through its MCP server.", `through its MCP server (${version}).`),
    });
    const root = project(files("v1"));
    expect(skillc(["docs"], { cwd: root }).code).toBe(0);
    writeFileSync(join(root, `skills/${name}/SKILL.md`), files("v2")[`skills/${name}/SKILL.md`]!);
    const before = snapshot(root);
    const r = cappedSkillc(["docs"], root);
    expect(failed(r), JSON.stringify(r)).toBe(true);

    const fresh = project(files("v2"));
    expect(skillc(["docs"], { cwd: fresh }).code).toBe(0);
    const page = [...snapshot(fresh).keys()].find((f) => f.startsWith("docs/protocols/service0"))!;
    expect(before.get(page)).toContain("(v1)");
    expectOldOrNew(root, before, snapshot(fresh), page);
  });

  it("lint --cache, and the old cache still works afterwards", () => {
    const root = project({ "skills/notes/SKILL.md": PLAIN_SKILL, "skillc.config.json": "{}\n" });
    expect(skillc(["lint", "--cache"], { cwd: root }).code).toBe(0);
    const old = readFileSync(join(root, ".skillccache"), "utf8");
    expect(old.length).toBeLessThan(1024);
    // Five more skills: the new cache outgrows the cap.
    for (let i = 0; i < 5; i++) {
      const text = skillText(i) as string;
      const name = /^name: (.+)$/m.exec(text)![1]!;
      mkdirSync(join(root, "skills", name), { recursive: true });
      writeFileSync(join(root, "skills", name, "SKILL.md"), text);
    }
    const r = cappedSkillc(["lint", "--cache"], root);
    expect(failed(r), JSON.stringify(r)).toBe(true);
    expect(readFileSync(join(root, ".skillccache"), "utf8")).toBe(old);
    expect(readdirSync(root).filter((f) => f.startsWith(".skillccache"))).toEqual([".skillccache"]);

    // Uncapped, the next run reads the old cache, lints the rest and saves the whole.
    const next = skillc(["lint", "--cache", "--format", "json"], { cwd: root });
    expect(next.code).toBe(1); // the generated skills link a protocol this project lacks
    expect(JSON.parse(next.stdout)).toHaveLength(6);
    expect(readFileSync(join(root, ".skillccache"), "utf8").length).toBeGreaterThan(1024);
  });
});
