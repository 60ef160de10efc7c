#!/usr/bin/env node
// The demo: lint the bundled examples, templates and skills (must be clean), check that
// docs/protocols is current, then show what skillc reports on examples/broken (must fail).
// Exits non-zero if any expectation breaks.
import { spawnSync } from "node:child_process";

const bin = new URL("../dist/bin/skillc.cjs", import.meta.url).pathname;
const run = (/** @type {string[]} */ args) => {
  process.stdout.write(`\n$ skillc ${args.join(" ")}\n`);
  return spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" }).status;
};

const clean = run(["lint"]);
if (clean === 0) process.stdout.write("(clean: exit 0)\n");
const docs = run(["docs", "--check"]);
const broken = run(["lint", "examples/broken"]);
process.stdout.write(`(exit ${broken}: every file in examples/broken shows one rule firing)\n`);
if (clean !== 0 || docs !== 0 || broken !== 1) {
  process.stderr.write(`demo: expected exit 0 for lint and docs --check and 1 for examples/broken, got ${clean}, ${docs} and ${broken}\n`);
  process.exit(1);
}
