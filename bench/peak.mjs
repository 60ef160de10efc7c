// Preloaded into each timed process (node --import), and inherited by skillc's worker processes:
// each appends its own peak resident memory on exit. The benchmark adds them up, an upper bound
// of the memory the run held at once.
import { appendFileSync } from "node:fs";

const out = process.env.SKILLC_BENCH_PEAK_FILE;
if (out) process.on("exit", () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
