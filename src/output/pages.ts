/** The hand-written Markdown pages already in an output folder, whose generated regions `docs` fills. */
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readRegularFile } from "../fs/read.js";
import type { ExistingPage } from "../model/generated.js";
import { readOutputsList } from "./owned.js";

/** A page bigger than this is not a hand-written page with regions. */
const MAX_PAGE_SIZE = 4 * 1024 * 1024;

/** The top-level `.md` pages of `outDir` that skillc did not write; symlinks are not followed. */
export function readPages(outDir: string): ExistingPage[] {
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
    const read = readRegularFile(path, MAX_PAGE_SIZE);
    if (read.ok) pages.push({ path: name, text: read.bytes.toString("utf8") });
  }
  return pages;
}
