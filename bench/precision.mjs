#!/usr/bin/env node
// npm run bench:precision -- FOLDER: how many findings each rule makes on a set of real skills,
// under each preset. FOLDER holds one folder per repository (owner__name/…, as gathered for the
// issue notes); each is linted as a project of its own (a config is written into a copy), so a
// skill is compared only with its own repository's. Prints a table of counts per rule and preset,
// and with --list, every finding, to judge each one.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const folder = process.argv[2];
const list = process.argv.includes("--list");
if (!folder) {
  process.stderr.write("usage: node bench/precision.mjs FOLDER [--list]\n");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "skillc-precision-"));
/** @type {Record<string, Record<string, number>>} */
const counts = {};
/** @type {string[]} */
const findings = [];
let files = 0;
try {
  const repos = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name).sort();
  for (const name of repos) {
    const copy = join(work, name);
    // A copy, so that its config is the project root and nothing is written beside the set.
    cpSync(join(folder, name), copy, { recursive: true, verbatimSymlinks: true });
    for (const preset of ["recommended", "strict"]) {
      writeFileSync(join(copy, "skillc.config.json"), JSON.stringify({ extends: `skillc:${preset}` }));
      const r = spawnSync(process.execPath, [join(repo, "dist/bin/skillc.cjs"), "lint", "--format", "json"], { cwd: copy, encoding: "utf8", maxBuffer: 1 << 28 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`${name} (${preset}): exit ${r.status}: ${r.stderr}`);
      /** @type {{ filePath: string, messages: { ruleId: string, line: number, column: number, message: string }[] }[]} */
      const results = JSON.parse(r.stdout);
      if (preset === "recommended") files += results.length;
      for (const result of results) {
        for (const m of result.messages) {
          const row = (counts[m.ruleId] ??= { recommended: 0, strict: 0 });
          row[preset] = (row[preset] ?? 0) + 1;
          if (list && preset === "strict") findings.push(`${name}/${relative(copy, result.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
        }
      }
    }
    rmSync(copy, { recursive: true, force: true });
  }
  const rows = Object.entries(counts).sort((a, b) => (b[1].strict ?? 0) - (a[1].strict ?? 0));
  let out = `${files} files in ${repos.length} repositories\n\n| rule | recommended | strict |\n|---|---:|---:|\n`;
  for (const [id, c] of rows) out += `| ${id} | ${c.recommended ?? 0} | ${c.strict ?? 0} |\n`;
  process.stdout.write(out);
  if (list) process.stdout.write(`\n${findings.join("\n")}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
