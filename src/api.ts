/** The library's compile entry points: the same planning as `skillc build` and `skillc docs`, returned as data. */
import { resolve } from "node:path";
import { planBuild, TARGET_IDS, type TargetId } from "./compile/index.js";
import { planDocs, type ExistingPage } from "./docs/index.js";
import { loadConfig, type ResolvedConfig } from "./lint/config.js";
import { lintSkills, type LintOptions } from "./lint/run.js";
import type { LintResult } from "./model/diagnostic.js";
import type { OutputFile } from "./model/generated.js";

export interface CompileResult {
  /** Every file the command would write, relative to its output folder. */
  files: OutputFile[];
  /** Skills left out because they have lint errors (with those errors). */
  refused: LintResult[];
}

async function lintForCompile(options: LintOptions) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config: ResolvedConfig = typeof options.config === "object" ? options.config : loadConfig(cwd, options.config);
  const skills = await lintSkills({ ...options, cwd, config });
  return {
    config,
    docs: skills.filter((s) => s.result.errorCount === 0).map((s) => s.doc),
    refused: skills.filter((s) => s.result.errorCount > 0).map((s) => s.result),
  };
}

/** Plan a build: agent bundles, MCP configuration, manifest and prompt block for every target. Writes nothing. */
export async function build(options: LintOptions & { targets?: readonly TargetId[] } = {}): Promise<CompileResult> {
  const { config, docs, refused } = await lintForCompile(options);
  return { files: planBuild(docs, { root: config.root, targets: options.targets ?? TARGET_IDS }), refused };
}

/** Plan docs/protocols: protocol pages, the index and the filled regions of `pages`. Writes nothing. */
export async function docs(options: LintOptions & { outDir: string; pages?: readonly ExistingPage[] }): Promise<CompileResult> {
  const { config, docs: skills, refused } = await lintForCompile(options);
  const outDir = resolve(options.cwd ?? process.cwd(), options.outDir);
  return { files: planDocs(skills.filter((d) => d.kind !== "template"), { root: config.root, outDir, protocol: config.protocol }, options.pages ?? []), refused };
}
