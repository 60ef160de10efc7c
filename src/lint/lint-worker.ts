/**
 * A lint worker process: receives its share of the files, lints them with its own linter and
 * sends the results back. Started by lint/workers.ts with V8 flags tuned for throughput.
 */
import { Worker } from "node:worker_threads";
import { resolveConfig } from "./config.js";
import { lintHere, type FileToLint, type TrackedResult } from "./linter.js";

export interface WorkerInput {
  /** The main process's config, as data (validators and compiled schemas do not cross processes). */
  config: { data: unknown; root: string; file?: string };
  /** Each with its bytes when the parent already read them (to hash them): not read again here. */
  files: FileToLint[];
}

export type WorkerOutput = { ok: true; results: (TrackedResult | undefined)[] } | { ok: false; message: string; stack?: string };

/**
 * A watchdog, on a thread of its own: every 100 ms it checks that the parent is still there and
 * kills this process when it is not (this process was handed to another parent, or the parent's
 * pid is gone), however the parent died, SIGKILL included. "disconnect" says the same but waits
 * for the event loop, which a long parse keeps busy: a file within the limits can take seconds.
 */
const WATCHDOG = `
const { workerData: parent } = require("node:worker_threads");
const gone = () => {
  if (process.ppid !== parent) return true;
  try { process.kill(parent, 0); return false; } catch (e) { return e.code === "ESRCH"; }
};
setInterval(() => { if (gone()) process.kill(process.pid, "SIGKILL"); }, 100);
`;

// The parent's pid comes from the parent: if it died before this line, process.ppid is already another.
const parent = Number(process.argv[2]) || process.ppid;
new Worker(WATCHDOG, { eval: true, workerData: parent }).unref();

// The main process went away (killed, or it failed on another worker): stop too.
process.once("disconnect", () => process.exit(0));
process.once("message", (input: WorkerInput) => {
  void (async (): Promise<WorkerOutput> => {
    try {
      // Config is data: each worker resolves the same data again rather than receiving compiled validators.
      const config = resolveConfig(input.config.data, input.config.root, input.config.file);
      return { ok: true, results: await lintHere(input.files, config) };
    } catch (error) {
      const e = error as Error;
      return { ok: false, message: e?.message ?? String(error), ...(e?.stack ? { stack: e.stack } : {}) };
    }
  })().then((output) => process.send!(output, () => process.disconnect()));
});
