/**
 * The start-up probe of bench/startup.mjs, bundled and launched as the CLI is (one CommonJS file
 * run through src/cli/launch.ts with its code cache): `skillc lint --format json` on one file,
 * done step by step with each step's time written to stdout as JSON. The module groups are
 * imported in the order the CLI needs them; in the bundle each import runs that group's
 * module-level code then, so each costs what setting that group up adds (reading and compiling
 * the code is the launch's part, before the first line). The first file's parse and rules are timed, then a second
 * file's: what the first costs beyond the second is first use (regular expressions compiled,
 * functions compiled, caches filled).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const cwd = process.cwd();
/** When the probe's bin started launch(): see bench/startup-probe-bin.ts. */
const launched = (globalThis as { skillcProbeLaunched?: number }).skillcProbeLaunched ?? 0;
const marks: [string, number][] = [
  ["node start-up (before the first line of the bin)", launched],
  ["launch: read the bundle and its code cache, compile", performance.now() - launched],
];
let last = performance.now();
function mark(part: string): void {
  const now = performance.now();
  marks.push([part, now - last]);
  last = now;
}

// No top-level await: the bundle is CommonJS, as the CLI's.
async function main(): Promise<void> {
  const { createProgram } = await import("../src/cli/program.js");
  createProgram("0.0.0");
  mark("modules: command line (commander, the program's commands)");
  await import("../src/parse/index.js");
  mark("modules: parser (@lezer/markdown, yaml)");
  await import("../src/schema/validate.js");
  mark("modules: schema validation");
  await import("../src/rules/index.js");
  mark("modules: rules (each rule's module-level set-up)");
  const { loadConfig } = await import("../src/lint/config.js");
  const { discoverFiles } = await import("../src/lint/discover.js");
  const { createLinter } = await import("../src/lint/linter.js");
  const { projectDiagnostics } = await import("../src/lint/project.js");
  await import("../src/lint/run.js");
  mark("modules: lint pipeline (config, discovery, cache, workers)");
  const { formatters } = await import("../src/report/index.js");
  await import("../src/cli/lint.js");
  mark("modules: formatters and the lint command");

  const { validator } = await import("../src/schema/load.js");
  validator("config");
  validator("skill");
  validator("integration");
  mark("schemas: load the precompiled validators");
  const config = loadConfig(cwd);
  mark("config: find, read and resolve skillc.config.json");
  const files = await discoverFiles([], config, cwd);
  mark("discovery: find the SKILL.md files");
  const linter = createLinter(config);
  const first = files[0]!;
  const doc = linter.loadFile(first);
  mark("first file: read and parse");
  const tracked = await linter.lintTracked(doc);
  mark("first file: schemas and rules");
  const found = projectDiagnostics([{ path: first.path, facts: tracked.facts }], config);
  mark("project rules");
  const text = formatters.json([tracked.result], { cwd, color: false, version: "0.0.0" });
  process.stderr.write(`${text.length}\n`); // The CLI writes its report; stdout carries the figures here.
  mark("output: format and write the report");

  // A second, different file (the name changed) in the same process: no first use left.
  const second = join(cwd, "second/service1-sync/SKILL.md");
  const doc2 = linter.loadFile({ path: second, explicit: true, bytes: readFileSync(second) });
  mark("second file: read and parse");
  await linter.lintTracked(doc2);
  mark("second file: schemas and rules");
  void found;
  process.stdout.write(`${JSON.stringify(marks)}\n`);
}

void main();
