// Preloaded into each timed process (node --import), and inherited by skillc's worker processes:
// each appends one line on exit, "<peak resident KB> <user µs> <system µs>". Worker threads share
// their process, so its figures cover them. The benchmark adds the lines up: the CPU time of the
// whole process tree, and an upper bound of the memory it held at once.
import { appendFileSync } from "node:fs";

const out = process.env.SKILLC_BENCH_PEAK_FILE;
if (out) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    appendFileSync(out, `${maxRSS} ${userCPUTime} ${systemCPUTime}\n`);
  });
}
