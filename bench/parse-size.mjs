#!/usr/bin/env node
// npm run bench:parse-size: how parse time grows with file size. Builds a realistic skill of
// 5, 50, 200 and 500 KB (hooks with lists, tables, quotes, nested lists, code blocks) and times
// parseSkill from the built library in this process, with the size limit raised, printing ms and
// ms per KB. A linear parser shows the same ms per KB at every size. Times are CPU time of this
// process (user + system), which other load on the machine disturbs less than wall time.
// `node bench/parse-size.mjs /other/checkout` measures another checkout's dist/.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { realisticSkill } from "./generate.mjs";

const repo = resolve(process.argv[2] ?? new URL("..", import.meta.url).pathname);
const { parseSkill } = await import(pathToFileURL(resolve(repo, "dist/index.js")).href);
const sizes = (process.env.SKILLC_BENCH_KB ?? "5,50,200,500").split(",").map(Number);
const runs = Number(process.env.SKILLC_BENCH_RUNS ?? 7);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`SKILLC_BENCH_RUNS must be a whole number of at least 1, got ${process.env.SKILLC_BENCH_RUNS}`);

const limits = { maxFileSize: 8 * 1024 * 1024 };
// Warm up the JIT on a small file first, as a long lint run would be.
for (let i = 0; i < 20; i++) parseSkill("SKILL.md", realisticSkill(5), { limits });

console.log(`parse time by size (${repo}, Node ${process.version}, median of ${runs})`);
console.log("| size | CPU ms | ms per KB |\n|---:|---:|---:|");
for (const kb of sizes) {
  const text = realisticSkill(kb);
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    const doc = parseSkill("SKILL.md", text, { limits });
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
    if (!doc.readable) throw new Error(`the ${kb} KB skill was not parsed: ${JSON.stringify(doc.problems)}`);
  }
  // runs >= 1: the median is there.
  const ms = /** @type {number} */ (times.sort((a, b) => a - b)[Math.floor(runs / 2)]);
  console.log(`| ${kb} KB | ${ms.toFixed(0)} | ${(ms / (text.length / 1024)).toFixed(2)} |`);
}
