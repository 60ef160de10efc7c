/**
 * Clean stops: SIGINT or SIGTERM to `skillc lint` ends it and every worker within a moment, with
 * the status a shell expects (130, 143) and no alarming output; SIGKILL to skillc leaves no
 * worker behind. The workers are caught in the worst place, a long parse of a file within the
 * limits, where they cannot yield to notice their parent leaving.
 *
 * "A moment" is 1.5 s, or four times what skillc took to start its workers when that is longer:
 * on a machine loaded enough to slow start-up down, the workers' watchdog is slowed down too. A
 * worker that waited for its parse to end would take far longer: each has two files to parse
 * first, of several seconds each.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/index.js";
import { PARALLEL_THRESHOLD } from "../../src/lint/run.js";
import { BIN } from "../helpers/cli.js";

/** Enough small skills that skillc lints in workers (it lints fewer in one process). */
const SMALL_SKILLS = PARALLEL_THRESHOLD;
/** How long skillc and its workers may take to go after the signal, on a machine that is not loaded. */
const BOUND_MS = 1500;

let root: string;
const started: number[] = [];

/**
 * PARALLEL_THRESHOLD small skills, and first in path order (so the first two files of each worker's share, with
 * --concurrency 2) four files that parse for seconds each: paragraphs of `*a_`, each just under
 * the limit of inline markers, up to just under the size limit.
 */
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "skillc-signals-"));
  writeFileSync(join(root, "skillc.config.json"), "{}\n");
  const write = (name: string, body: string) => {
    mkdirSync(join(root, "skills", name), { recursive: true });
    writeFileSync(join(root, "skills", name, "SKILL.md"), `---\nname: ${name}\ndescription: Skill ${name} for the signal tests.\n---\n\n# ${name}\n\n${body}\n`);
  };
  const paragraph = "*a_ ".repeat(DEFAULT_LIMITS.maxInlineMarks / 2 - 5);
  const paragraphs = Math.floor((DEFAULT_LIMITS.maxFileSize - 1024) / (paragraph.length + 2));
  for (const name of ["a-slow-0", "a-slow-1", "a-slow-2", "a-slow-3"]) write(name, Array(paragraphs).fill(paragraph).join("\n\n"));
  for (let i = 0; i < SMALL_SKILLS; i++) write(`s-${String(i).padStart(4, "0")}`, `Do thing ${i} when asked.`);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

// A failed test must not leave its processes running.
afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

/** The pids of `pid`'s child processes (its threads' children on Linux, else `pgrep -P`). */
function childrenOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (existsSync(tasks)) {
    try {
      return readdirSync(tasks).flatMap((t) => readFileSync(`${tasks}/${t}/children`, "utf8").split(" ").filter(Boolean).map(Number));
    } catch {
      return []; // the process ended meanwhile
    }
  }
  try {
    return execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

/** Is `pid` running? One that has ended but is not yet reaped (a zombie) is not. */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync("/proc/self/stat")) {
    try {
      // The state follows the command name in parentheses, which may itself hold spaces.
      return !/^[ZX]/.test(readFileSync(stat, "utf8").split(") ").at(-1)!);
    } catch {
      return false;
    }
  }
  try {
    const state = execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim();
    return state !== "" && !state.startsWith("Z");
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Start `skillc lint --concurrency 2` and resolve once both workers are deep in their first file. */
async function lintWithBusyWorkers() {
  const child: ChildProcess = spawn(process.execPath, [BIN, "lint", "--concurrency", "2"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child.pid!);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on("exit", (code, signal) => done({ code, signal })));
  const start = Date.now();
  let workers: number[] = [];
  for (let waited = 0; waited < 20_000 && workers.length < 2; waited += 20) {
    await sleep(20);
    workers = childrenOf(child.pid!);
  }
  started.push(...workers);
  // The bound scales with how slow this machine is right now.
  const bound = Math.max(BOUND_MS, 4 * (Date.now() - start));
  // Past start-up and into the slow files, which take seconds each.
  await sleep(500);
  return { child, workers, exited, bound, output: () => ({ stdout, stderr }) };
}

/** Wait up to `bound` ms for every pid to be gone; returns those still running. */
async function survivorsAfter(bound: number, pids: number[]): Promise<number[]> {
  const deadline = Date.now() + bound;
  while (pids.some(running) && Date.now() < deadline) await sleep(25);
  return pids.filter(running);
}

/** What a shell reports as the exit status: the code, or 128 + the number of the signal that ended it. */
const shellStatus = ({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }) => code ?? 128 + constants.signals[signal!];

describe.skipIf(process.platform === "win32")("stopping skillc lint", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s ends skillc and every worker within 1.5 s (more when the machine is loaded), with status %i", async (signal, status) => {
    const run = await lintWithBusyWorkers();
    expect(run.workers).toHaveLength(2);
    expect(run.workers.every(running)).toBe(true);
    process.kill(run.child.pid!, signal);
    expect(await survivorsAfter(run.bound, [run.child.pid!, ...run.workers])).toEqual([]);
    expect(shellStatus(await run.exited)).toBe(status);
    // Nothing alarming: no report, at most one line on stderr.
    expect(run.output().stdout).toBe("");
    expect(run.output().stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(1);
  }, 30_000);

  it("SIGKILL to skillc leaves no worker running, even mid-parse", async () => {
    const run = await lintWithBusyWorkers();
    expect(run.workers).toHaveLength(2);
    process.kill(run.child.pid!, "SIGKILL");
    await run.exited;
    expect(await survivorsAfter(run.bound, run.workers)).toEqual([]);
  }, 30_000);
});
