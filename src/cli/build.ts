/** `skillc build [paths…] --out DIR`: agent-ready bundles and configuration for every target. */
import { relative, resolve, sep } from "node:path";
import { planBuild, TARGET_IDS, type TargetId } from "../compile/index.js";
import { loadConfig, UsageError } from "../lint/config.js";
import { lintSkills } from "../lint/run.js";
import { validator } from "../schema/load.js";
import { ExitCode } from "./exit-codes.js";
import { describeSync, syncOutputs } from "./sync.js";

export interface BuildCommandOptions {
  out: string;
  target?: string;
  check?: boolean;
  dryRun?: boolean;
  config?: string;
}

function parseTargets(list: string | undefined): TargetId[] {
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
  const outDir = resolve(cwd, options.out);
  const skills = await lintSkills({ paths, cwd, config });
  // A skill with lint errors is not built: nothing is written for it.
  const failing = skills.filter((s) => s.result.errorCount > 0);
  for (const s of failing) {
    process.stderr.write(`skillc: not building ${relative(cwd, s.doc.path).split(sep).join("/")}: ${s.result.errorCount} lint error(s); run skillc lint\n`);
  }
  // Two skills with one name would write the same bundle: neither is built until one is renamed.
  const byName = new Map<string, string[]>();
  for (const s of skills) {
    const name = s.doc.frontmatter?.data?.name;
    if (typeof name === "string" && s.doc.kind !== "template") byName.set(name, [...(byName.get(name) ?? []), s.doc.path]);
  }
  const clashes = [...byName].filter(([, paths]) => paths.length > 1);
  for (const [name, paths] of clashes) {
    process.stderr.write(`skillc: not building skills named \`${name}\`: ${paths.map((p) => relative(cwd, p).split(sep).join("/")).join(" and ")} share the name\n`);
  }
  const clashing = new Set(clashes.flatMap(([, paths]) => paths));
  const docs = skills.filter((s) => s.result.errorCount === 0 && !clashing.has(s.doc.path)).map((s) => s.doc);
  const files = planBuild(docs, { root: config.root, targets });

  const manifest = files.find((f) => f.path === "skills.json");
  const validate = validator("manifest");
  if (manifest && !validate(JSON.parse(String(manifest.content)))) {
    throw new Error(`skills.json does not match manifest.schema.json: ${validate.errors?.[0]?.instancePath} ${validate.errors?.[0]?.message}`);
  }

  const mode = options.check ? "check" : options.dryRun ? "dry-run" : "write";
  const report = await syncOutputs(outDir, files, mode);
  const { lines, problems } = describeSync(report, mode, relative(cwd, outDir).split(sep).join("/") || ".");
  (problems ? process.stderr : process.stdout).write(`${lines.join("\n")}\n`);
  return problems || failing.length > 0 || clashes.length > 0 ? ExitCode.Problems : ExitCode.Ok;
}
