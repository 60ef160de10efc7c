/** A lint worker thread: lints its share of the files with its own linter and posts the results back. */
import { parentPort, workerData } from "node:worker_threads";
import { loadConfig, resolveConfig } from "./config.js";
import { lintHere } from "./run.js";

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
parentPort!.postMessage(await lintHere(input.files, config));
