/** `skillc docs [paths…] --out docs/protocols`: protocol pages, the index and the generated regions. */
import { docs } from "../api.js";
import { loadConfig } from "../lint/config.js";
import { outFolder, writeCompiled } from "./compile.js";

export interface DocsCommandOptions {
  /** Default: docs/protocols in the project root. */
  out?: string;
  check?: boolean;
  dryRun?: boolean;
  config?: string;
}

export async function runDocs(paths: string[], options: DocsCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const config = loadConfig(cwd, options.config);
  const out = outFolder(options.out, "docs/protocols", config.root);
  const result = await docs({ paths, cwd, config, outDir: out });
  return writeCompiled("docs", result, { ...options, out });
}
