/**
 * Worker processes for large lint runs: each lints an interleaved share of the files with its own
 * linter (lint-worker.ts) and sends the results back over IPC.
 */
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ResolvedConfig } from "./config.js";
import type { WorkerInput, WorkerOutput } from "./lint-worker.js";
import type { FileToLint, TrackedResult } from "./linter.js";

/** Node options a worker keeps from skillc's own command line, with whether each takes a value. */
const INHERITED: Record<string, boolean> = {
  "--import": true,
  "--require": true,
  "-r": true,
  "--loader": true,
  "--experimental-loader": true,
  "--conditions": true,
  "-C": true,
  "--max-old-space-size": true,
  "--stack-size": true,
  "--enable-source-maps": false,
  "--no-warnings": false,
  "--no-deprecation": false,
};

/**
 * The Node options a worker inherits: what changes how modules load (`--import`, `--require`,
 * loaders, conditions) and memory limits, so the worker runs as skillc does. Never what would run
 * something else in its place (`-e`, `-p`, `--test`, `--watch`: a library user's `node -e` would
 * otherwise start workers that run that code, each starting workers in turn) or a debugger's
 * `--inspect` (two processes cannot listen on one port).
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    const name = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
    const takesValue = INHERITED[name];
    if (takesValue === undefined) {
      // Skip an unknown option's separate value too, when it has one (`-e code`, `--test-name-pattern x`).
      if (!arg.includes("=") && execArgv[i + 1] !== undefined && !execArgv[i + 1]!.startsWith("-")) i++;
      continue;
    }
    out.push(arg);
    if (takesValue && !arg.includes("=") && execArgv[i + 1] !== undefined) out.push(execArgv[++i]!);
  }
  return out;
}

/** The worker's compiled script, next to this module (absent when running from TypeScript source). */
export function workerScript(): URL | undefined {
  const url = new URL("./lint-worker.js", import.meta.url);
  return existsSync(url) ? url : undefined;
}

/**
 * V8 flags for the worker processes. Concurrent marking keeps garbage collection pauses short for
 * interactive programs, but for a batch of parses it costs throughput: measured on 1,000 files
 * and 2 cores, the run's CPU time fell from 17.9 s to 14.9 s and its wall time from 9.9 s to 8.1 s
 * without it. V8 flags cannot be given to worker threads, nor safely changed at run time, so the
 * workers are processes.
 */
export const WORKER_V8_FLAGS = ["--no-concurrent-marking"];

/** Spread files over worker processes in interleaved shares; results come back in path order. */
export async function lintInWorkers(files: FileToLint[], config: ResolvedConfig, concurrency: number): Promise<(TrackedResult | undefined)[]> {
  const shares = Array.from({ length: Math.min(concurrency, files.length) }, (_, w) => files.filter((_, i) => i % concurrency === w));
  const children: ReturnType<typeof fork>[] = [];
  try {
    const outputs = await Promise.all(
      shares.map(
        (share) =>
          new Promise<(TrackedResult | undefined)[]>((done, fail) => {
            // The worker is told its parent's pid, to notice this process going away even mid-parse.
            const child = fork(fileURLToPath(workerScript()!), [String(process.pid)], {
              execArgv: [...workerExecArgv(process.execArgv), ...WORKER_V8_FLAGS],
              serialization: "advanced",
              stdio: ["ignore", "inherit", "inherit", "ipc"],
            });
            children.push(child);
            let output: WorkerOutput | undefined;
            child.once("message", (message: WorkerOutput) => (output = message));
            child.once("error", fail);
            // "close", not "exit": it comes after the IPC channel has delivered everything.
            child.once("close", (code, signal) => {
              if (output?.ok) return done(output.results);
              const error = new Error(output ? output.message : `lint worker ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`);
              if (output && !output.ok && output.stack) error.stack = output.stack;
              fail(error);
            });
            const input: WorkerInput = { config: { data: config.data, root: config.root, ...(config.file ? { file: config.file } : {}) }, files: share };
            child.send(input);
          }),
      ),
    );
    return files.map((_, i) => outputs[i % concurrency]![Math.floor(i / concurrency)]);
  } finally {
    // One worker failed: the others' work is moot.
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}
