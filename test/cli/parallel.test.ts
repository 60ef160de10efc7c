/** Parallel lint: from PARALLEL_THRESHOLD files on, worker threads give exactly the single-thread results. */
import { describe, expect, it } from "vitest";
import { PARALLEL_THRESHOLD } from "../../src/lint/run.js";
import { project, skillc } from "../helpers/cli.js";

describe("skillc lint --concurrency", () => {
  it("gives the same results, in path order, with workers as in one thread", () => {
    const files: Record<string, string> = {
      // Config in package.json: each worker must read it the same way.
      "package.json": JSON.stringify({ name: "p", skillc: { rules: { "unknown-frontmatter-key": "off" } } }),
    };
    for (let i = 0; i < PARALLEL_THRESHOLD + 10; i++) {
      const name = `skill-${String(i).padStart(3, "0")}`;
      // Every seventh skill has a wrong name, every fifth an unknown key (turned off by the config).
      files[`skills/${name}/SKILL.md`] = `---\nname: ${i % 7 === 0 ? "wrong" : name}\ndescription: Skill ${i}.\n${i % 5 === 0 ? "model: x\n" : ""}---\n# ${name}\n`;
    }
    const root = project(files);
    const one = skillc(["lint", "--format", "json", "--concurrency", "1"], { cwd: root });
    const two = skillc(["lint", "--format", "json", "--concurrency", "2"], { cwd: root });
    expect(two.stderr).toBe("");
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const results = JSON.parse(two.stdout) as { filePath: string; errorCount: number; warningCount: number }[];
    expect(results).toHaveLength(PARALLEL_THRESHOLD + 10);
    expect(results.map((r) => r.filePath)).toEqual([...results.map((r) => r.filePath)].sort());
    expect(results.filter((r) => r.errorCount > 0)).toHaveLength(Math.ceil((PARALLEL_THRESHOLD + 10) / 7));
    expect(results.every((r) => r.warningCount === 0)).toBe(true);
  });

  it("rejects a concurrency that is not a whole number of at least 1", () => {
    const root = project({ "skills/a/SKILL.md": "---\nname: a\ndescription: d\n---\n# A\n" });
    expect(skillc(["lint", "--concurrency", "0"], { cwd: root })).toMatchObject({ code: 2, stderr: expect.stringContaining("--concurrency") });
  });
});
