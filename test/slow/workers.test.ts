/**
 * Parallel lint: from PARALLEL_THRESHOLD files on, worker processes give exactly the one-process
 * results, a dead worker fails the run, and no worker outlives skillc. Slow: every test starts
 * skillc and its worker processes on hundreds of files.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PARALLEL_THRESHOLD } from "../../src/lint/run.js";
import { generateTree } from "../../bench/generate.mjs";
import { BIN, project, REPO, skillc } from "../helpers/cli.js";

/** The process ids of `pid`'s children (Linux and macOS `pgrep`). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).trim().split("\n").filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

/** Is `pid` running? A process that has exited but is not yet reaped (a zombie, "Z") is not. */
function alive(pid: number): boolean {
  try {
    const stat = execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim();
    return stat !== "" && !stat.startsWith("Z");
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

/** Start a lint over enough files for workers and resolve once its workers are running. */
async function lintWithWorkers(root: string) {
  const child = spawn(process.execPath, [BIN, "lint", "--concurrency", "2"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on("exit", (code, signal) => done({ code, signal })));
  let workers: number[] = [];
  for (let i = 0; i < 500 && workers.length < 2; i++) {
    await new Promise((r) => setTimeout(r, 10));
    workers = childrenOf(child.pid!);
  }
  return { child, workers, exited, stderr: () => stderr };
}

describe("skillc lint --concurrency", () => {
  it("gives the same results, in path order, with workers as in one thread", () => {
    const files: Record<string, string> = {
      // Config in package.json: each worker must read it the same way.
      "package.json": JSON.stringify({ name: "p", skillc: { rules: { "unknown-frontmatter-key": "off" } } }),
    };
    for (let i = 0; i < PARALLEL_THRESHOLD + 10; i++) {
      const name = `skill-${String(i).padStart(3, "0")}`;
      // Every seventh skill has a wrong name, every fifth an unknown key (turned off by the config).
      files[`skills/${name}/SKILL.md`] = `---\nname: ${i % 7 === 0 ? "wrong" : name}\ndescription: Skill ${i}.\n${i % 5 === 0 ? "author: x\n" : ""}---\n# ${name}\n`;
    }
    const root = project(files);
    const one = skillc(["lint", "--format", "json", "--concurrency", "1"], { cwd: root });
    const two = skillc(["lint", "--format", "json", "--concurrency", "2"], { cwd: root });
    expect(two.stderr).toBe("");
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const results = JSON.parse(two.stdout) as { filePath: string; errorCount: number; warningCount: number; messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(PARALLEL_THRESHOLD + 10);
    expect(results.map((r) => r.filePath)).toEqual([...results.map((r) => r.filePath)].sort());
    expect(results.filter((r) => r.errorCount > 0)).toHaveLength(Math.ceil((PARALLEL_THRESHOLD + 10) / 7));
    // The skills named `wrong` clash across both workers' shares: their claims came back with their results.
    expect(results.filter((r) => r.messages.some((m) => m.ruleId === "unique-names"))).toHaveLength(Math.ceil((PARALLEL_THRESHOLD + 10) / 7));
    expect(results.every((r) => r.warningCount === 0)).toBe(true);
  });

  it("fails with exit 2, naming the cause, when a worker dies, and stops the other worker", async () => {
    const root = project({});
    generateTree(root, PARALLEL_THRESHOLD * 3);
    const run = await lintWithWorkers(root);
    expect(run.workers).toHaveLength(2);
    process.kill(run.workers[0]!, "SIGKILL");
    expect(await run.exited).toEqual({ code: 2, signal: null });
    expect(run.stderr()).toMatch(/^skillc: internal error: lint worker was killed by SIGKILL\n/);
    await new Promise((r) => setTimeout(r, 200));
    expect(run.workers.filter(alive)).toEqual([]);
  }, 60_000);

  it("leaves no worker behind when skillc itself is killed", async () => {
    const root = project({});
    generateTree(root, PARALLEL_THRESHOLD * 3);
    const run = await lintWithWorkers(root);
    expect(run.workers).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1000)); // until the workers are busy linting
    run.child.kill("SIGKILL");
    await run.exited;
    for (let i = 0; i < 25 && run.workers.some(alive); i++) await new Promise((r) => setTimeout(r, 20));
    expect(run.workers.filter(alive)).toEqual([]);
  }, 60_000);

  it("works from a library user's `node -e` script: workers run the worker, not the script", () => {
    // Small skills: what is tested is who runs in the workers, not how fast they lint.
    const files: Record<string, string> = {};
    for (let i = 0; i < PARALLEL_THRESHOLD + 10; i++) files[`skills/s${i}/SKILL.md`] = `---\nname: s${i}\ndescription: Skill ${i}.\n---\n# S\n`;
    const root = project(files);
    const script = `import(${JSON.stringify(join(REPO, "dist/index.js"))}).then(async ({ lint }) => console.log((await lint({ concurrency: 2 })).length))`;
    const r = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`${PARALLEL_THRESHOLD + 10}\n`);
  }, 60_000);

  it("lints with a library caller's config object in the workers too, not the config on disk", () => {
    const files: Record<string, string> = { "skillc.config.json": '{"rules": {"name-directory": "error"}}' };
    for (let i = 0; i < PARALLEL_THRESHOLD + 10; i++) files[`skills/s${i}/SKILL.md`] = `---\nname: wrong\ndescription: Skill ${i}.\n---\n# S\n`;
    const root = project(files);
    const script = `import(${JSON.stringify(join(REPO, "dist/index.js"))}).then(async ({ lint, resolveConfig }) => {
      const config = resolveConfig({ rules: { "name-directory": "off", "unique-names": "off" } }, process.cwd());
      const results = await lint({ config, concurrency: 2 });
      console.log(results.length, results.reduce((n, r) => n + r.errorCount, 0));
    })`;
    const r = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`${PARALLEL_THRESHOLD + 10} 0\n`);
  }, 60_000);
});
