/** `skillc docs [paths…] --out docs/protocols`: protocol pages, the index and the generated regions. */
import { docs } from "../api.js";
import { loadConfig } from "../lint/config.js";
import { writeCompiled } from "./compile.js";

export interface DocsCommandOptions {
  out: string;
  check?: boolean;
  dryRun?: boolean;
  config?: string;
}

export async function runDocs(paths: string[], options: DocsCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const config = loadConfig(cwd, options.config);
  const result = await docs({ paths, cwd, config, outDir: options.out });
  return writeCompiled("docs", result, options);
}
