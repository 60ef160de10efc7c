/**
 * A lint worker process: receives its share of the files, lints them with its own linter and
 * sends the results back. Started by lint/workers.ts with V8 flags tuned for throughput.
 */
import { resolveConfig } from "./config.js";
import { lintHere, type TrackedResult } from "./run.js";

export interface WorkerInput {
  /** The main process's config, as data (validators and compiled schemas do not cross processes). */
  config: { data: unknown; root: string; file?: string };
  files: { path: string; explicit: boolean }[];
}

export type WorkerOutput = { ok: true; results: (TrackedResult | undefined)[] } | { ok: false; message: string; stack?: string };

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
