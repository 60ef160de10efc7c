/** `skillc docs [paths…] --out docs/protocols`: protocol pages, the index and the generated regions. */
import { lstatSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { docs } from "../api.js";
import { RegionError, type ExistingPage } from "../docs/index.js";
import { UsageError } from "../errors.js";
import { readRegularFile } from "../fs/read.js";
import { loadConfig } from "../lint/config.js";
import { readOutputsList } from "../output/owned.js";
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
  const outDir = resolve(cwd, options.out);
  let result;
  try {
    result = await docs({ paths, cwd, config, outDir, pages: readPages(outDir) });
  } catch (error) {
    if (error instanceof RegionError) throw new UsageError(`${relative(cwd, outDir) || "."}/${error.message}`);
    throw error;
  }
  return writeCompiled("docs", result, options, config.root);
}

/** The Markdown pages already in the output folder (top level), for their generated regions; symlinks are not followed. */
function readPages(outDir: string): ExistingPage[] {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return [];
  }
  // Pages skillc wrote are its own, not hand-written pages with regions.
  const generated = readOutputsList(outDir, "docs")?.files ?? new Map<string, string | undefined>();
  const pages: ExistingPage[] = [];
  for (const name of names.filter((n) => n.endsWith(".md") && !generated.has(n)).sort()) {
    const path = join(outDir, name);
    if (!lstatSync(path).isFile()) continue;
    const read = readRegularFile(path, 4 * 1024 * 1024);
    if (read.ok) pages.push({ path: name, text: read.bytes.toString("utf8") });
  }
  return pages;
}
