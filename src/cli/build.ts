/** `skillc build [paths…] --out DIR`: agent-ready bundles and configuration for every target. */
import { build } from "../api.js";
import { TARGET_IDS, type TargetId } from "../compile/index.js";
import { UsageError } from "../errors.js";
import { loadConfig } from "../lint/config.js";
import { outFolder, writeCompiled } from "./compile.js";

export interface BuildCommandOptions {
  /** Default: dist/skills in the project root. */
  out?: string;
  target?: string;
  check?: boolean;
  dryRun?: boolean;
  config?: string;
}

export function parseTargets(list: string | undefined): TargetId[] {
  if (!list || list === "all") return [...TARGET_IDS];
  const ids = list.split(",").map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!(TARGET_IDS as string[]).includes(id)) throw new UsageError(`Unknown target "${id}", expected one of ${TARGET_IDS.join(", ")} (or all)`);
  }
  return [...new Set(ids)] as TargetId[];
}

export async function runBuild(paths: string[], options: BuildCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const config = loadConfig(cwd, options.config);
  const targets = parseTargets(options.target);
  const result = await build({ paths, cwd, config, targets });
  return writeCompiled("build", result, { ...options, out: outFolder(options.out, "dist/skills", config.root) });
}
