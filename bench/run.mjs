#!/usr/bin/env node
// npm run bench: skillc lint against markdownlint-cli2 (default rules) on the same generated
// integration-skill trees, alternating runs, reporting medians, the ratio and peak memory.
// It also times skillc lint --cache on an unchanged tree (warm cache).
// Results go to bench/results.md. Sizes and runs: SKILLC_BENCH_SIZES=1,100 SKILLC_BENCH_RUNS=3
// (SKILLC_BENCH_RUNS_LARGE for 10,000 files and more, default the same).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateTree } from "./generate.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const sizes = (process.env.SKILLC_BENCH_SIZES ?? "1,100,1000,10000").split(",").map(Number);
const runs = Number(process.env.SKILLC_BENCH_RUNS ?? 3);
const largeRuns = Number(process.env.SKILLC_BENCH_RUNS_LARGE ?? runs);
const peakFile = join(tmpdir(), `skillc-bench-peak-${process.pid}`);

/** @type {Record<"skillc" | "markdownlint-cli2", (root: string) => string[]>} */
const tools = {
  skillc: (root) => [join(repo, "dist/bin/skillc.js"), "lint", "--format", "json"],
  "markdownlint-cli2": () => [join(repo, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"), "skills/**/SKILL.md"],
};

/**
 * Run a tool once in `root`: its wall time and the peak memory of all its processes.
 * @param {string} root
 * @param {string[]} args
 */
function timeOnce(root, args) {
  rmSync(peakFile, { force: true });
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", join(repo, "bench/peak.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, SKILLC_BENCH_PEAK_FILE: peakFile, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  // One line per process (skillc's worker processes included): their sum.
  const peakKb = readFileSync(peakFile, "utf8").split("\n").filter(Boolean).reduce((sum, kb) => sum + Number(kb), 0);
  return { ms, peakKb };
}

/** The median of a non-empty list. @param {number[]} xs */
const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
const rows = [];
for (const size of sizes) {
  const root = mkdtempSync(join(tmpdir(), `skillc-bench-${size}-`));
  generateTree(root, size);
  /** @type {Record<keyof typeof tools, number[]>} */
  const times = { skillc: [], "markdownlint-cli2": [] };
  /** @type {Record<keyof typeof tools, number[]>} */
  const peaks = { skillc: [], "markdownlint-cli2": [] };
  const n = size >= 10000 ? largeRuns : runs;
  // Alternate the tools so drift in machine load hits both alike.
  for (let i = 0; i < n; i++) {
    for (const [name, args] of /** @type {[keyof typeof tools, (root: string) => string[]][]} */ (Object.entries(tools))) {
      const { ms, peakKb } = timeOnce(root, args(root));
      times[name].push(ms);
      peaks[name].push(peakKb);
    }
  }
  // Warm cache: one run fills it, the timed runs find every file unchanged.
  const cached = [...tools.skillc(root), "--cache", "--cache-location", join(root, ".skillccache")];
  timeOnce(root, cached);
  const warm = median(Array.from({ length: n }, () => timeOnce(root, cached).ms));
  const s = median(times.skillc);
  const m = median(times["markdownlint-cli2"]);
  rows.push({ size, n, s, m, warm, ratio: s / m, sPeak: Math.max(...peaks.skillc), mPeak: Math.max(...peaks["markdownlint-cli2"]) });
  console.log(`${size} files: skillc ${s.toFixed(0)} ms (warm cache ${warm.toFixed(0)} ms), markdownlint-cli2 ${m.toFixed(0)} ms, ratio ${(s / m).toFixed(2)}`);
  rmSync(root, { recursive: true, force: true });
}

const mb = (/** @type {number} */ kb) => `${(kb / 1024).toFixed(0)} MB`;
const table = [
  "| files | runs | skillc (median) | markdownlint-cli2 (median) | skillc / markdownlint-cli2 | skillc, warm --cache | skillc peak memory (all processes) | markdownlint-cli2 peak memory |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.size} | ${r.n} | ${(r.s / 1000).toFixed(2)} s | ${(r.m / 1000).toFixed(2)} s | ${r.ratio.toFixed(2)} | ${(r.warm / 1000).toFixed(2)} s | ${mb(r.sPeak)} | ${mb(r.mPeak)} |`,
  ),
].join("\n");
const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}; runs per tool and size alternate`;
writeFileSync(
  join(repo, "bench/results.md"),
  `# Benchmark: skillc lint vs markdownlint-cli2\n\nMade by \`npm run bench\`: generated integration skills (bench/generate.mjs), whole-process wall time, medians.\nskillc runs its schemas and every rule; markdownlint-cli2 runs its default rules.\n\nMachine: ${machine}.\n\n${table}\n`,
);
console.log(`\n${table}\n\nwritten to bench/results.md`);
