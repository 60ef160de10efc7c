// Preloaded into each timed process (node --import): writes its peak resident memory on exit.
import { writeFileSync } from "node:fs";

const out = process.env.SKILLC_BENCH_PEAK_FILE;
if (out) process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
