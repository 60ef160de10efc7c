/** `skillc docs [paths…] --out docs/protocols`: protocol pages, the index and the generated regions. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { planDocs, RegionError, type ExistingPage } from "../docs/index.js";
import { loadConfig, UsageError } from "../lint/config.js";
import { lintSkills } from "../lint/run.js";
import { ExitCode } from "./exit-codes.js";
import { describeSync, syncOutputs } from "./sync.js";

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
  const skills = await lintSkills({ paths, cwd, config });
  // A page is only as good as its skill: skills with lint errors get none until they are fixed.
  const failing = skills.filter((s) => s.result.errorCount > 0);
  for (const s of failing) {
    process.stderr.write(`skillc: skipping ${relative(cwd, s.doc.path).split(sep).join("/")}: ${s.result.errorCount} lint error(s); run skillc lint\n`);
  }
  const docs = skills.filter((s) => s.result.errorCount === 0 && s.doc.kind !== "template").map((s) => s.doc);

  let files;
  try {
    files = planDocs(docs, { root: config.root, outDir, protocol: config.protocol }, await readPages(outDir));
  } catch (error) {
    if (error instanceof RegionError) throw new UsageError(`${relative(cwd, outDir) || "."}/${error.message}`);
    throw error;
  }
  const mode = options.check ? "check" : options.dryRun ? "dry-run" : "write";
  const report = await syncOutputs(outDir, files, mode);
  const { lines, problems } = describeSync(report, mode, relative(cwd, outDir).split(sep).join("/") || ".");
  (problems ? process.stderr : process.stdout).write(`${lines.join("\n")}\n`);
  return problems || failing.length > 0 ? ExitCode.Problems : ExitCode.Ok;
}

/** The Markdown pages already in the output folder (top level), for their generated regions. */
async function readPages(outDir: string): Promise<ExistingPage[]> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  const pages: ExistingPage[] = [];
  for (const name of names.filter((n) => n.endsWith(".md")).sort()) {
    pages.push({ path: name, text: await readFile(join(outDir, name), "utf8") });
  }
  return pages;
}
