#!/usr/bin/env node
// npm run bench:startup: where the time of `skillc lint` on one file goes, part by part. Bundles
// bench/startup-probe.ts as the CLI is bundled (scripts/bundle-cli.mjs's options: one CommonJS
// file, started by a bin that runs it through the code cache) and runs it in fresh processes on a one-skill project; alongside, `node -e 0` and the real `skillc lint
// --format json` on the same project, runs alternating, medians of SKILLC_BENCH_RUNS (default
// 15). Every part over 3 ms must say why it is there (WHY below). Results go to
// bench/startup-results.md. `node bench/startup.mjs /other/checkout` also times that checkout's
// built CLI in the same alternation: a before and after of the whole command (a third argument
// names it on the page).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { cjsOptions } from "../scripts/bundle-cli.mjs";
import { generateTree, skillText } from "./generate.mjs";
import { machineLine, watchLoad } from "./machine.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const runs = Number(process.env.SKILLC_BENCH_RUNS ?? 15);
const other = process.argv[2] ? resolve(process.argv[2]) : undefined;
/** What the page calls the other checkout (a third argument), else its path. */
const otherName = process.argv[3] ?? other;
/** The other checkout's bin: dist/bin/skillc.cjs, or skillc.js in builds before the code cache. */
const otherBin = other && (existsSync(join(other, "dist/bin/skillc.cjs")) ? join(other, "dist/bin/skillc.cjs") : join(other, "dist/bin/skillc.js"));
/** Parts over this many ms need a reason. */
const NOTABLE = 3;

/**
 * Why each part that costs more than a few ms is there, by the start of its name. A part over
 * NOTABLE ms without an entry shows as unexplained.
 * @type {Record<string, string>}
 */
const WHY = {
  "node start-up": "Node itself: about what `node -e 0` takes, less its exit.",
  "launch:":
    "src/cli/launch.ts: reading the ~2.5 MB bundle and its ~1.5 MB code cache, hashing the bundle to match them (~2 ms), decoding it (~5 ms: a few regular expressions and comments are not ASCII) and V8 deserialising the cache: the bytecode of every function a lint calls, compiled by an earlier run. Without the cache this part parses the whole bundle and every first call compiles its function: 255 ms for the whole command before the cache, against about 180-195 ms with it.",
  "modules: command line":
    "commander (about 120 KB bundled) and the command table: the arguments must be read before anything else. node:util's parseArgs would save most of it but not the help, the suggestions for a mistyped option and the usage errors users get now.",
  "modules: parser":
    "@lezer/markdown (the fast path's tokenizer, about 100 KB) and yaml (the frontmatter, about 200 KB): every run that lints a file needs both. remark-parse with micromark (about 280 KB, in the bundle) is not set up here: only for a file the fast path does not cover.",
  "modules: schema validation": "The model-to-schema glue (src/schema/); ajv itself is not loaded, its code is precompiled at build time.",
  "modules: rules":
    "Every rule's code (about 130 KB) and its module-level set-up: the secret detector builds its ~100 patterns here (a new RegExp is parsed when built). A rule cannot be skipped: each one runs on every file.",
  "modules: lint pipeline":
    "Config (jsonc-parser, picomatch), discovery (ignore), the cache, the linter, the project rules and the worker pool: all used on every run. tinyglobby (globs) and write-file-atomic (writes) are loaded only when needed. Each extra chunk the probe splits this into costs it ~2 ms the CLI does not pay.",
  "modules: formatters and the lint command": "chalk and the terminal checks (colour, hyperlinks) and the six formatters, about 30 KB: the default format (stylish) needs the first two.",
  "schemas: load the precompiled validators":
    "The validators ajv generated at build time (~240 KB, in the bundle): ajv's verbose mode keeps the schema parts the error messages quote. The config is validated with them before anything else.",
  "config: find, read and resolve": "Reading and validating skillc.config.json, each rule's severity and options from the preset, and the templates glob compiled.",
  "discovery": "Walking the project for SKILL.md files and templates, reading .gitignore.",
  "first file: read and parse":
    "Mostly first use: the tokenizer, the mdast builder and the YAML parser run cold (interpreted, then compiled by the JIT); compare the second file, and ~1.5 ms a file once warm in a run of 1,000.",
  "first file: schemas and rules":
    "Mostly first use: V8 compiles each regular expression on its first match, and the rules' code runs cold; compare the second file. no-config-editing's five large patterns (10-20 ms to compile) now run only on text holding a word they need.",
  "second file: read and parse": "Still warming up: V8 optimises a function only after many calls, so the first dozens of files parse slower than in a long run.",
  "second file: schemas and rules": "The rules' code is still partly cold (interpreted) on the second file.",
  "exit and what the probe cannot see": "Spawning the process, and Node's exit and teardown.",
};

// The probe, bundled and launched as the CLI, beside dist/bin so that its paths (schemas, package.json,
// dist/schema/validators.cjs) resolve as the CLI's do.
const outdir = join(repo, "dist/startup-probe");
rmSync(outdir, { recursive: true, force: true });
await build({ ...cjsOptions, absWorkingDir: repo, entryPoints: { skillc: "bench/startup-probe-bin.ts", cli: "bench/startup-probe.ts" }, outdir, outExtension: { ".js": ".cjs" } });

const root = mkdtempSync(join(tmpdir(), "skillc-bench-startup-"));
generateTree(root, 1);
mkdirSync(join(root, "second/service1-sync"), { recursive: true });
writeFileSync(join(root, "second/service1-sync/SKILL.md"), skillText(1));

/** @param {string[]} args @returns {{ ms: number, stdout: string }} */
function run(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return { ms, stdout: r.stdout };
}

/** The median of a non-empty list. @param {number[]} xs */
const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

const watch = watchLoad();
/** @type {number[]} */ const bare = [];
/** @type {number[]} */ const cli = [];
/** @type {number[]} */ const probeWall = [];
/** @type {number[]} */ const otherCli = [];
/** @type {Map<string, number[]>} */
const parts = new Map();
let ownMs = 0;
for (let i = 0; i < runs + 1; i++) {
  const n = run(["-e", "0"]);
  const c = run([join(repo, "dist/bin/skillc.cjs"), "lint", "--format", "json"]);
  const p = run([join(outdir, "skillc.cjs")]); // the warm-up run writes its code cache
  const o = otherBin ? run([otherBin, "lint", "--format", "json"]) : undefined;
  if (i === 0) continue; // warm-up: the file system cache, the disk
  if (o) otherCli.push(o.ms);
  bare.push(n.ms);
  cli.push(c.ms);
  probeWall.push(p.ms);
  ownMs += n.ms + c.ms + p.ms + (o?.ms ?? 0);
  /** @type {[string, number][]} */
  const marks = JSON.parse(p.stdout);
  for (const [part, ms] of marks) parts.set(part, [...(parts.get(part) ?? []), ms]);
  const sum = marks.reduce((s, [, ms]) => s + ms, 0);
  parts.set("exit and what the probe cannot see", [...(parts.get("exit and what the probe cannot see") ?? []), p.ms - sum]);
}
rmSync(outdir, { recursive: true, force: true });
rmSync(root, { recursive: true, force: true });
// Each run is one process on one core at most: its wall time bounds its CPU time.
const note = watch.end(ownMs);

const rows = [...parts].map(([part, ms]) => {
  const m = median(ms);
  const why = Object.entries(WHY).find(([prefix]) => part.startsWith(prefix))?.[1];
  return `| ${part} | ${m.toFixed(1)} | ${m > NOTABLE ? (why ?? "**unexplained**") : ""} |`;
});
const page = `# Start-up of \`skillc lint\` on one file, part by part

Made by \`npm run bench:startup\` (bench/startup.mjs): bench/startup-probe.ts, bundled as the CLI is, does what \`skillc lint --format json\` does on a one-skill project, step by step, in a fresh process each run; medians of ${runs} runs, alternating with \`node -e 0\` and the real command.

Machine: ${machineLine()}.

${note}

| whole process | wall (median) |
|---|---:|
| \`node -e 0\` | ${median(bare).toFixed(1)} ms |
| \`skillc lint --format json\`, one file | ${median(cli).toFixed(1)} ms |
| the probe (the same steps, plus a second file) | ${median(probeWall).toFixed(1)} ms |
${other ? `| \`skillc lint --format json\` of ${otherName}, one file | ${median(otherCli).toFixed(1)} ms |\n` : ""}
| part | ms (median) | why it is there (parts over ${NOTABLE} ms) |
|---|---:|---|
${rows.join("\n")}
`;
writeFileSync(join(repo, "bench/startup-results.md"), page);
process.stdout.write(page);
