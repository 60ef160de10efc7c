/** A lint worker thread: lints its share of the files with its own linter and posts the results back. */
import { parentPort, workerData } from "node:worker_threads";
import { isGenerated } from "../model/generated.js";
import type { LintResult } from "../model/diagnostic.js";
import { loadConfig, resolveConfig } from "./config.js";
import { createLinter } from "./run.js";

export interface WorkerInput {
  cwd: string;
  /** The config file the main thread used, or the root when there was none. */
  configFile?: string;
  root: string;
  files: { path: string; explicit: boolean }[];
}

const input = workerData as WorkerInput;
// Config is data: each worker reads it again rather than receiving compiled validators.
const config = input.configFile ? loadConfig(input.cwd, input.configFile) : resolveConfig({}, input.root);
const linter = createLinter(config);
const results: (LintResult | undefined)[] = [];
for (const file of input.files) {
  const doc = await linter.load(file.path);
  results.push(!file.explicit && isGenerated(doc.text) ? undefined : await linter.lintDocument(doc));
}
parentPort!.postMessage(results);
