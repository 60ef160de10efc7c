#!/usr/bin/env node
// npm run bench: skillc lint against markdownlint-cli2 (default rules), and ESLint with
// @eslint/markdown's recommended rules, on the same generated integration-skill trees. Runs of
// the tools alternate; each run's wall time, CPU time (user + system) and peak memory are those
// of its whole process tree (bench/peak.mjs). Tables:
// - by number of files, on a quiet machine (SKILLC_BENCH_SIZES, default 1,10,100,1000,10000),
//   with skillc lint --cache on an unchanged tree (warm cache);
// - the same with another job holding one core: a spinning node process runs through the table
//   (SKILLC_BENCH_LOAD_SIZES, default 1000);
// - cost per KB: one SKILL.md of 1 KB to 5 MB (SKILLC_BENCH_KB, default 1,10,100,1024,5120),
//   skillc's maxFileSize raised by the project's config so that it parses them all.
// Then bench/lsp.mjs (SKILLC_BENCH_LSP=0 skips it). Results go to bench/results.md.
// ESLint runs at SKILLC_BENCH_ESLINT_SIZES (default 1000). An empty list skips that part.
// Runs per size: SKILLC_BENCH_RUNS (default 3; at least 11 up to 100 files), SKILLC_BENCH_RUNS_LARGE
// for 10,000 files and more. One untimed run of each tool comes first (warmUp).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateTree, realisticSkill, skillText } from "./generate.mjs";
import { machineLine, processCpuMs, watchLoad } from "./machine.mjs";

const { PARALLEL_THRESHOLD } = await import(new URL("../dist/lint/run.js", import.meta.url).href);

const repo = fileURLToPath(new URL("..", import.meta.url));
/** @param {string} name @param {string} fallback */
const list = (name, fallback) => (process.env[name] ?? fallback).split(",").filter(Boolean).map(Number);
const sizes = list("SKILLC_BENCH_SIZES", "1,10,100,1000,10000");
const loadSizes = list("SKILLC_BENCH_LOAD_SIZES", "1000");
const eslintSizes = list("SKILLC_BENCH_ESLINT_SIZES", "1000");
const kbSizes = list("SKILLC_BENCH_KB", "1,10,100,1024,5120");
const runs = Number(process.env.SKILLC_BENCH_RUNS ?? 3);
const largeRuns = Number(process.env.SKILLC_BENCH_RUNS_LARGE ?? runs);
const peakFile = join(tmpdir(), `skillc-bench-peak-${process.pid}`);

/** @typedef {"skillc" | "markdownlint-cli2" | "eslint" | "skillc, warm --cache"} Tool */
/** @type {Record<Tool, (root: string) => string[]>} */
const tools = {
  skillc: () => [join(repo, "dist/bin/skillc.cjs"), "lint", "--format", "json"],
  "markdownlint-cli2": () => [join(repo, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"), "skills/**/SKILL.md"],
  eslint: () => [join(repo, "node_modules/eslint/bin/eslint.js"), "--no-config-lookup", "--config", "eslint.config.mjs", "skills/**/SKILL.md"],
  "skillc, warm --cache": (root) => [...tools.skillc(root), "--cache", "--cache-location", join(root, ".skillccache")],
};

/** @param {string} pkg */
const moduleUrl = (pkg) => import.meta.resolve(pkg);

/**
 * ESLint's flat config for the tree: @eslint/markdown's recommended rules on every SKILL.md, GFM
 * (the skills' tables) and YAML frontmatter, as skillc and markdownlint-cli2 read them.
 * @param {string} root
 */
function writeEslintConfig(root) {
  writeFileSync(
    join(root, "eslint.config.mjs"),
    `import markdown from ${JSON.stringify(moduleUrl("@eslint/markdown"))};
export default markdown.configs.recommended.map((c) => ({ ...c, files: ["**/SKILL.md"], language: "markdown/gfm", languageOptions: { frontmatter: "yaml" } }));
`,
  );
}

/**
 * Run a tool once in `root`: its wall time, and the CPU time and peak memory of all its processes.
 * @param {string} root
 * @param {string[]} args
 */
function timeOnce(root, args) {
  rmSync(peakFile, { force: true });
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(join(repo, "bench/peak.mjs")).href, ...args], {
    cwd: root,
    env: { ...process.env, SKILLC_BENCH_PEAK_FILE: peakFile, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  // One line per process (skillc's worker processes included): their sum.
  let peakKb = 0;
  let cpuMs = 0;
  for (const line of readFileSync(peakFile, "utf8").split("\n").filter(Boolean)) {
    const [kb = 0, user = 0, system = 0] = line.split(" ").map(Number);
    peakKb += kb;
    cpuMs += (user + system) / 1000;
  }
  return { ms, cpuMs, peakKb };
}

/** The median of a non-empty list. @param {number[]} xs */
const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** @typedef {{ label: string, tool: Tool, n: number, wall: number, cpu: number, peakKb: number }} Row */

/**
 * Time `names` on `root`, alternating, `n` runs each; a warm cache run for skillc when asked.
 * @param {string} root @param {string} label @param {Tool[]} names @param {number} n
 * @returns {{ rows: Row[], cpuMs: number }} the medians, and the CPU time of every run
 */
function measure(root, label, names, n) {
  /** @type {Map<Tool, { ms: number, cpuMs: number, peakKb: number }[]>} */
  const samples = new Map(names.map((name) => [name, []]));
  let cpuMs = 0;
  if (names.includes("skillc, warm --cache")) cpuMs += timeOnce(root, tools["skillc, warm --cache"](root)).cpuMs; // fills the cache
  // Alternate the tools so drift in machine load hits all alike.
  for (let i = 0; i < n; i++) {
    for (const name of names) {
      const sample = timeOnce(root, tools[name](root));
      samples.get(name)?.push(sample);
      cpuMs += sample.cpuMs;
    }
  }
  const rows = names.map((tool) => {
    const s = samples.get(tool) ?? [];
    return { label, tool, n, wall: median(s.map((x) => x.ms)), cpu: median(s.map((x) => x.cpuMs)), peakKb: Math.max(...s.map((x) => x.peakKb)) };
  });
  for (const r of rows) console.log(`${label} ${r.tool}: wall ${r.wall.toFixed(0)} ms, CPU ${r.cpu.toFixed(0)} ms, peak ${(r.peakKb / 1024).toFixed(0)} MB`);
  return { rows, cpuMs };
}

/**
 * Measure trees of each size; `load` keeps one core busy with a spinning process meanwhile.
 * @param {number[]} counts @param {{ load: boolean }} options
 */
function filesTable(counts, { load }) {
  const watch = watchLoad();
  const spinner = load ? spawn(process.execPath, ["-e", "for (;;);"], { stdio: "ignore" }) : undefined;
  const stop = () => spinner?.kill();
  process.once("exit", stop);
  /** @type {Row[]} */
  const rows = [];
  let cpuMs = 0;
  try {
    for (const size of counts) {
      const root = mkdtempSync(join(tmpdir(), `skillc-bench-${size}-`));
      generateTree(root, size);
      writeEslintConfig(root);
      /** @type {Tool[]} */
      const names = ["skillc", "markdownlint-cli2", ...(eslintSizes.includes(size) ? /** @type {Tool[]} */ (["eslint"]) : []), "skillc, warm --cache"];
      const m = measure(root, `${size}`, names, runsFor(size));
      rows.push(...m.rows);
      cpuMs += m.cpuMs;
      rmSync(root, { recursive: true, force: true });
    }
  } finally {
    if (spinner?.pid) cpuMs += processCpuMs(spinner.pid);
    stop();
  }
  return { rows, note: watch.end(cpuMs) };
}

/** Single files of each size, linted by the whole CLI. @param {number[]} kbs */
function kbTable(kbs) {
  const watch = watchLoad();
  const root = mkdtempSync(join(tmpdir(), "skillc-bench-kb-"));
  generateTree(root, 1);
  // The default maxFileSize (512 KB) refuses the larger files: raise it to parse them all.
  writeFileSync(join(root, "skillc.config.json"), `${JSON.stringify({ limits: { maxFileSize: 8 * 1024 * 1024 } })}\n`);
  const file = join(root, "skills/service0-sync/SKILL.md");
  /** @type {(Row & { bytes: number })[]} */
  const rows = [];
  let cpuMs = 0;
  // First a file with nothing but its frontmatter and a title: what every run costs before any content.
  const title = skillText(0).indexOf("\n\n", skillText(0).indexOf("\n# ")) + 1;
  const sized = [{ label: "start-up", text: skillText(0).slice(0, title) }, ...kbs.map((kb) => ({ label: kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`, text: realisticSkill(kb) }))];
  for (const { label, text } of sized) {
    writeFileSync(file, text);
    // A small file's cost per KB is a difference of a few ms between two runs: more runs steady its median.
    const m = measure(root, label, ["skillc", "markdownlint-cli2"], text.length <= 100 * 1024 ? Math.max(runs, 11) : runs);
    for (const r of m.rows) rows.push({ ...r, bytes: Buffer.byteLength(text) });
    cpuMs += m.cpuMs;
  }
  rmSync(root, { recursive: true, force: true });
  return { rows, note: watch.end(cpuMs) };
}

const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (/** @type {number} */ kb) => `${(kb / 1024).toFixed(0)} MB`;

/** A table by number of files, each tool's ratios to markdownlint-cli2's. @param {Row[]} rows */
function renderFiles(rows) {
  const lines = [
    "| files | tool | runs | wall (median) | CPU, user + sys (median) | peak memory | wall / markdownlint-cli2 | CPU / markdownlint-cli2 |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const base = rows.find((b) => b.label === r.label && b.tool === "markdownlint-cli2");
    const ratio = (/** @type {number} */ x, /** @type {number} */ y) => (r.tool === "markdownlint-cli2" || !base ? "" : (x / y).toFixed(2));
    lines.push(`| ${r.label} | ${r.tool} | ${r.n} | ${s(r.wall)} | ${s(r.cpu)} | ${mb(r.peakKb)} | ${ratio(r.wall, base?.wall ?? 1)} | ${ratio(r.cpu, base?.cpu ?? 1)} |`);
  }
  return lines.join("\n");
}

/** The cost per KB: each file's time beyond the start-up row's, over its size. @param {(Row & { bytes: number })[]} rows */
function renderKb(rows) {
  const lines = [
    "| file | tool | runs | wall (median) | CPU (median) | peak memory | wall ms per KB beyond start-up | CPU ms per KB beyond start-up |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const base = rows.find((b) => b.label === "start-up" && b.tool === r.tool);
    const kb = (r.bytes - (base?.bytes ?? 0)) / 1024;
    const per = (/** @type {number} */ x, /** @type {number} */ y) => (r.label === "start-up" ? "" : ((x - y) / kb).toFixed(2));
    lines.push(`| ${r.label} | ${r.tool} | ${r.n} | ${s(r.wall)} | ${s(r.cpu)} | ${mb(r.peakKb)} | ${per(r.wall, base?.wall ?? 0)} | ${per(r.cpu, base?.cpu ?? 0)} |`);
  }
  return lines.join("\n");
}

/**
 * One untimed run of each tool on a one-file tree before any table: the first runs of a session
 * pay for reading the tools' code from disk, and skillc's first run (its options here include
 * peak.mjs, so it keeps a code cache of its own) writes its code cache (src/cli/launch.ts).
 */
function warmUp() {
  const root = mkdtempSync(join(tmpdir(), "skillc-bench-warm-"));
  generateTree(root, 1);
  for (const name of /** @type {Tool[]} */ (["skillc", "markdownlint-cli2"])) timeOnce(root, tools[name](root));
  rmSync(root, { recursive: true, force: true });
}

/**
 * Runs for a table row: a row of a few hundred ms moves by more than its differences from one run
 * to the next, so rows up to 100 files get at least 11; 10,000 files get SKILLC_BENCH_RUNS_LARGE.
 * @param {number} size
 */
const runsFor = (size) => (size >= 10000 ? largeRuns : size <= 100 ? Math.max(runs, 11) : runs);

warmUp();
const sections = [];
if (sizes.length > 0) {
  const quiet = filesTable(sizes, { load: false });
  sections.push(`## By number of files\n\n${renderFiles(quiet.rows)}\n\n${quiet.note}`);
}
if (loadSizes.length > 0) {
  const loaded = filesTable(loadSizes, { load: true });
  sections.push(
    `## By number of files, another job holding one core\n\nA \`node -e "for (;;);"\` process spins through the whole table, as another job would hold one core.\n\n${renderFiles(loaded.rows)}\n\n${loaded.note}`,
  );
}
if (kbSizes.length > 0) {
  const perKb = kbTable(kbSizes);
  sections.push(
    `## Cost per KB: one file\n\nOne integration skill grown with notes, hooks and tables (bench/generate.mjs \`realisticSkill\`) to each size, linted by the whole command. skillc's \`maxFileSize\` (512 KB by default) is raised to 8 MB in the project's config so that every file is parsed. "Start-up" is a file with only its frontmatter and title; the per-KB columns are each file's time beyond it, over its size.\n\n${renderKb(perKb.rows)}\n\n${perKb.note}`,
  );
}
let lsp = "";
if (process.env.SKILLC_BENCH_LSP !== "0") {
  const r = spawnSync(process.execPath, [join(repo, "bench/lsp.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`bench/lsp.mjs exited ${r.status}`);
  // Its page, one level down: a section of this one.
  lsp = readFileSync(join(repo, "bench/lsp-results.md"), "utf8").replace(/^# Benchmark: the language server/m, "## The language server").replace(/^Machine: .*\n\n?/m, "");
  sections.push(lsp.trim());
}

const page = `# Benchmark: skillc lint vs markdownlint-cli2 and ESLint

Made by \`npm run bench\` (bench/run.mjs): generated integration skills (bench/generate.mjs); each tool's whole process tree (skillc's worker processes included), runs of the tools alternating after one untimed run of each, medians (at least 11 runs up to 100 files). Peak memory is the sum of each process's own peak, an upper bound of what the tree held at once.
skillc runs its schemas and every rule, in one process below ${PARALLEL_THRESHOLD} files and in worker processes (one per core) from there; markdownlint-cli2 its default rules; ESLint @eslint/markdown's recommended rules (GFM, YAML frontmatter). Start-up, part by part: bench/startup-results.md (\`npm run bench:startup\`).

Machine: ${machineLine()}.

${sections.join("\n\n")}
`;
writeFileSync(join(repo, "bench/results.md"), page);
console.log(`\n${page}\nwritten to bench/results.md`);
