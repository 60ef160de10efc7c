#!/usr/bin/env node
// The demo: lint the bundled examples, templates and skills (must be clean), then show what
// skillc reports on examples/broken (must fail). Exits non-zero if either expectation breaks.
import { spawnSync } from "node:child_process";

const bin = new URL("../dist/cli/main.js", import.meta.url).pathname;
const run = (args) => {
  process.stdout.write(`\n$ skillc ${args.join(" ")}\n`);
  return spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" }).status;
};

const clean = run(["lint"]);
if (clean === 0) process.stdout.write("(clean: exit 0)\n");
const broken = run(["lint", "examples/broken"]);
process.stdout.write(`(exit ${broken}: every file in examples/broken shows one rule firing)\n`);
if (clean !== 0 || broken !== 1) {
  process.stderr.write(`demo: expected exit 0 for the project and 1 for examples/broken, got ${clean} and ${broken}\n`);
  process.exit(1);
}
