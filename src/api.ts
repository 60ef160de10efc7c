/**
 * The library's compile entry points: lint, refuse what cannot be built, plan the files, and
 * write a plan into its output folder. `skillc build` and `skillc docs` are these plus printing.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { bundleFrontmatter } from "./compile/bundle.js";
import { AGENTS, type Agent } from "./agents/index.js";
import { mcpServerOf, planBuild, planInstall, registryIdentity, TARGET_IDS, type TargetId } from "./compile/index.js";
import { manifestEntry } from "./compile/manifest.js";
import { planDocs, type ExistingPage } from "./docs/index.js";
import { RegionError, UsageError } from "./errors.js";
import { isInside, realPathOf, resolvesInside } from "./fs/inside.js";
import { loadConfig, type ResolvedConfig } from "./lint/config.js";
import { createLinter, diagnosticAt } from "./lint/linter.js";
import { projectRefusals } from "./lint/project.js";
import { lintProject, resolveOptions, skillsOf, type LintedSkill, type LintOptions } from "./lint/run.js";
import type { Diagnostic, LintResult } from "./model/diagnostic.js";
import type { OutputFile } from "./model/generated.js";
import { FILE_START } from "./model/positions.js";
import { checkOutputFolder } from "./output/folder.js";
import type { OutputCommand } from "./output/owned.js";
import { readPages } from "./output/pages.js";
import { mergeJsonEntries, mergeTomlEntries } from "./output/merge.js";
import { OUTPUTS_LIST, readOutputsList, type OwnedEntries } from "./output/owned.js";
import { syncOutputs, type SyncMode, type SyncReport } from "./output/sync.js";
import { readRegularFile } from "./fs/read.js";
import { checkWritable, writeInside } from "./output/write.js";
import { parseSkill } from "./parse/index.js";
import { bundled, planInit, TEMPLATE_PATH } from "./scaffold/init.js";
import { invalidSkillName, planNewSkill } from "./scaffold/new.js";
import { validator } from "./schema/load.js";

export interface CompileResult {
  /** Every file the command would write, relative to its output folder. */
  files: OutputFile[];
  /** Why skills were left out: their results with errors or placeholders left, and those of the files they ship with errors. */
  refused: LintResult[];
  /** Every skill file read (built or refused), absolute. */
  sources: string[];
  /** The project root the files were planned for (the config's folder). */
  root: string;
  /** What was built but not all of (a registry fragment the package cannot name), one line each. */
  notes?: string[];
}

/**
 * Lint, then keep the skills that have no errors themselves, no placeholder left (a scaffolded
 * skill's are warnings, but would ship as `[CREDENTIAL_NAME]`) and ship no file with errors.
 */
async function lintForCompile(options: LintOptions) {
  const run = await lintProject(options, { models: true });
  const { config, cwd, contents } = run;
  const skills = skillsOf(run);
  const refused: LintResult[] = [];
  const ok: LintedSkill[] = [];
  for (const skill of skills) {
    const failing = [skill.result, ...skill.shippedResults].filter((r) => r.errorCount > 0 || (r === skill.result && hasPlaceholders(r)));
    if (failing.length > 0) refused.push(...failing);
    else ok.push(skill);
  }
  return { config, cwd, contents, ok, refused, sources: skills.map((s) => s.doc.path) };
}

/** Does a result report placeholders left to fill (as errors, or as the warnings of a scaffolded skill)? */
function hasPlaceholders(result: LintResult): boolean {
  return result.messages.some((m) => m.ruleId === "placeholder");
}

/**
 * What `build` refuses even when the rules that would say so are turned off: a file it cannot
 * ship, a frontmatter or manifest entry agents would reject, a name two skills share (or a service two integrations do).
 */
function buildRefusals(skills: readonly LintedSkill[], config: ResolvedConfig): Map<LintedSkill, Diagnostic[]> {
  const root = config.root;
  const out = new Map<LintedSkill, Diagnostic[]>();
  const add = (skill: LintedSkill, d: Diagnostic) => out.set(skill, [...(out.get(skill) ?? []), d]);
  const spec = validator("skill");
  const manifest = validator("manifest");
  for (const skill of skills) {
    const { doc } = skill;
    if (doc.kind === "template") continue;
    for (const p of skill.shipment.problems) add(skill, diagnosticAt(doc, "links", p.messageId, p.data, p.range));
    const fm = bundleFrontmatter(doc.frontmatter?.data ?? {});
    if (!spec(fm)) {
      const e = spec.errors![0]!;
      const key = e.instancePath.split("/")[1] ?? String(e.params.missingProperty ?? "");
      const at = doc.frontmatter?.rangeOf([key]) ?? doc.frontmatter?.range ?? FILE_START;
      add(skill, diagnosticAt(doc, "frontmatter", "notBuildable", { reason: `\`${key || "frontmatter"}\` ${e.message ?? e.keyword}` }, at));
    } else if (!manifest({ generator: "skillc", skills: [manifestEntry(doc, root)] })) {
      const e = manifest.errors![0]!;
      add(skill, diagnosticAt(doc, "frontmatter", "notBuildable", { reason: `${e.instancePath.replace(/^\/skills\/0/, "") || "entry"} ${e.message ?? e.keyword}` }, doc.frontmatter?.range ?? FILE_START));
    }
  }
  // Two skills with one name would write the same bundle: the `unique-names` check, enforced.
  const clashes = projectRefusals(skills.filter((s) => s.doc.kind !== "template" && !out.has(s)).map((s) => s.doc), config);
  for (const skill of skills) for (const d of clashes.get(skill.doc) ?? []) add(skill, d);
  return out;
}

function asResult(skill: LintedSkill, extra: readonly Diagnostic[]): LintResult {
  // An error made here replaces the lint run's warning of the same rule at the same place.
  const same = (a: Diagnostic, b: Diagnostic) => a.ruleId === b.ruleId && a.messageId === b.messageId && a.line === b.line && a.column === b.column;
  const kept = skill.result.messages.filter((m) => !extra.some((d) => same(m, d)));
  const messages = [...kept, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return { filePath: skill.doc.path, messages, errorCount, warningCount: messages.length - errorCount };
}

/** Plan a build: agent bundles, MCP configuration, manifest and prompt block for every target. Writes nothing. */
export async function build(options: LintOptions & { targets?: readonly TargetId[] } = {}): Promise<CompileResult> {
  const { config, contents, ok, refused, sources } = await lintForCompile(options);
  const refusals = buildRefusals(ok, config);
  for (const [skill, extra] of refusals) refused.push(asResult(skill, extra));
  const built = ok.filter((s) => !refusals.has(s));
  const files = planBuild(
    built.map((s) => s.doc),
    { root: config.root, targets: options.targets ?? TARGET_IDS, shipments: new Map(built.map((s) => [s.doc, s.shipment])), contents },
  );
  const notes = built.flatMap(({ doc }) => {
    const server = mcpServerOf(doc);
    const id = server && registryIdentity(server.package);
    return id && "problem" in id ? [`registry/${server.name}/server.json not written: ${id.problem}`] : [];
  });
  return { files, refused, sources, root: config.root, notes };
}

/**
 * Plan docs/protocols: protocol pages, the index and the filled regions of the hand-written
 * `pages` (default: those in `outDir`). Writes nothing; a broken region marker is a RegionError.
 */
export async function docs(options: LintOptions & { outDir: string; pages?: readonly ExistingPage[] }): Promise<CompileResult> {
  const { config, cwd, ok, refused, sources } = await lintForCompile(options);
  const outDir = resolve(cwd, options.outDir);
  // A skill file that lies outside the project (through a symlink) is refused even with the links
  // rule off, as build refuses it: its text would be copied into the pages.
  const documented: LintedSkill[] = [];
  for (const skill of ok.filter((s) => s.doc.kind !== "template")) {
    const outside = skill.shipment.problems.filter((p) => p.messageId === "skillOutside");
    if (outside.length > 0) refused.push(asResult(skill, outside.map((p) => diagnosticAt(skill.doc, "links", p.messageId, p.data, p.range))));
    else documented.push(skill);
  }
  // Two integrations with one service would write one page: the `unique-names` check, enforced as in build.
  const clashes = projectRefusals(documented.map((s) => s.doc), config);
  for (const skill of documented.filter((s) => clashes.has(s.doc))) refused.push(asResult(skill, clashes.get(skill.doc)!));
  const skills = documented.filter((s) => !clashes.has(s.doc)).map((s) => s.doc);
  const pages = options.pages ?? readPages(outDir);
  try {
    return { files: planDocs(skills, { root: config.root, outDir, protocol: config.protocol }, pages), refused, sources, root: config.root };
  } catch (error) {
    if (error instanceof RegionError) error.message = `${relative(cwd, outDir).split(sep).join("/") || "."}/${error.message}`;
    throw error;
  }
}

export interface WriteOptions {
  /** The output folder, relative to `cwd`. */
  outDir: string;
  /** Which command's plan this is: a folder holds the outputs of one command. */
  command: OutputCommand;
  /** `write` (default), or only report: `check` (what is stale) or `dry-run` (what would be written). */
  mode?: SyncMode;
  cwd?: string;
}

/**
 * Bring the output folder in line with a plan from `build` or `docs`: refuse a folder that is not
 * safe to write (the project root, a source folder, another command's), write what is missing or
 * stale, remove what skillc wrote there and no longer plans, and leave everything else alone.
 */
export async function writeOutputs(result: CompileResult, options: WriteOptions): Promise<SyncReport> {
  const outDir = resolve(options.cwd ?? process.cwd(), options.outDir);
  checkOutputFolder(outDir, { root: result.root, command: options.command, shown: options.outDir, sources: result.sources });
  return syncOutputs(outDir, result.files, options.mode ?? "write", options.command);
}

export interface NewSkillOptions {
  /** The service's id (`trello`; `GitHub` is lower-cased): the skill's folder is `<service>-sync` unless `name` is given. */
  service: string;
  name?: string;
  mcpServer?: string;
  /** Folder for the skill folder, relative to `cwd` (default: `.github/skills` of the project). */
  dir?: string;
  /** Template file, relative to `cwd` (default: the project's `templates/INTEGRATION_TEMPLATE.md`, else the bundled one). */
  template?: string;
  /** Write even when the skill exists. */
  force?: boolean;
  /** Plan and lint, write nothing. */
  dryRun?: boolean;
  cwd?: string;
  config?: ResolvedConfig | string;
}

export interface NewSkillResult {
  /** The service id used: the one given, lower-cased. */
  service: string;
  /** Absolute path of the new SKILL.md, and its content. */
  path: string;
  content: string;
  /** The template filled. */
  template: string;
  /** The new skill's lint result: what is left to fill is reported as placeholder warnings. */
  result: LintResult;
  /** A skill was there before. */
  existed: boolean;
  written: boolean;
  /** The project's framework protocol, which the skill links, exists. */
  protocolExists: boolean;
}

/**
 * Scaffold an integration skill from the template (`skillc new`): fill it, lint it, and write it
 * unless it exists (without `force`) or `dryRun`. Names that are not skill names, and a folder a
 * symlink sends outside the project, are UsageErrors.
 */
export async function newSkill(options: NewSkillOptions): Promise<NewSkillResult> {
  const { cwd, config } = resolveOptions(options);
  // Service ids are lower-case, so `GitHub` is taken as `github`; what still is no skill name is refused, as given.
  const service = options.service.toLowerCase();
  const problem = (invalidSkillName(service) && invalidSkillName(options.service)) ?? (options.name !== undefined ? invalidSkillName(options.name) : undefined);
  if (problem) throw new UsageError(problem);
  const dir = options.dir ? resolve(cwd, options.dir) : resolve(config.root, ".github/skills");
  // Inside the project by name but sent elsewhere by a symlink (a cloned repository can ship one): not where the user meant.
  if (isInside(config.root, dir) && !resolvesInside(config.root, dir)) {
    throw new UsageError(`Refusing to write into ${relative(cwd, dir).split(sep).join("/") || "."}: a symlink leads it outside the project to ${realPathOf(dir)}; pass --dir with that folder itself if it is meant`);
  }
  const template = readTemplate(cwd, config.root, options.template);
  const plan = planNewSkill({ service, ...(options.name ? { name: options.name } : {}), ...(options.mcpServer ? { mcpServer: options.mcpServer } : {}), dir, root: config.root, template });
  const result = await createLinter(config).lintDocument(parseSkill(plan.path, plan.content));
  const existed = existsSync(plan.path);
  const write = !options.dryRun && (!existed || Boolean(options.force));
  if (write) await writeInside(dir, plan.path, plan.content);
  return { service, path: plan.path, content: plan.content, template: template.path, result, existed, written: write, protocolExists: existsSync(config.protocol) };
}

/** The template: `explicit`, else the project's own, else the one bundled with skillc (read as if it sat in the project). */
function readTemplate(cwd: string, root: string, explicit: string | undefined): { path: string; text: string } {
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new UsageError(`Template not found: ${explicit}`);
    return { path, text: readFileSync(path, "utf8") };
  }
  const own = resolve(root, TEMPLATE_PATH);
  if (existsSync(own)) return { path: own, text: readFileSync(own, "utf8") };
  return { path: own, text: bundled(TEMPLATE_PATH) };
}

export type InitAction = "created" | "overwritten" | "skipped" | "would create" | "would overwrite";

/**
 * Set up a project (`skillc init`): the config, the integration template, the protocol doc and a
 * CI workflow, in `cwd`. A file that exists is skipped unless `force`; every write is checked
 * before the first, so a refusal (a symlink out of the project) writes nothing.
 */
export async function init(options: { cwd?: string; force?: boolean; dryRun?: boolean } = {}): Promise<{ path: string; action: InitAction }[]> {
  const root = resolve(options.cwd ?? process.cwd());
  const outcome: { path: string; action: InitAction }[] = [];
  const plan = planInit().map((file) => ({ file, exists: existsSync(resolve(root, file.path)) }));
  if (!options.dryRun) for (const { file } of plan.filter((p) => !p.exists || options.force)) checkWritable(root, file.path);
  for (const { file, exists } of plan) {
    if (exists && !options.force) outcome.push({ path: file.path, action: "skipped" });
    else if (options.dryRun) outcome.push({ path: file.path, action: exists ? "would overwrite" : "would create" });
    else {
      await writeInside(root, file.path, file.content);
      outcome.push({ path: file.path, action: exists ? "overwritten" : "created" });
    }
  }
  // The workflow checks that docs/protocols is current: generate it now, so the first push passes.
  if (!options.dryRun) {
    const record = `${DOCS_DIR}/${OUTPUTS_LIST}`;
    const hadRecord = existsSync(resolve(root, record));
    const report = await initialDocs(root).catch((error: unknown) => {
      // A folder `docs` may not write (another command's, a symlink out): init's files stand; `skillc docs` says why.
      if (error instanceof UsageError) return { missing: [] as string[], stale: [] as string[] };
      throw error;
    });
    for (const path of [...report.missing, ...report.stale]) outcome.push({ path: `${DOCS_DIR}/${path}`, action: report.missing.includes(path) ? "created" : "overwritten" });
    if (!hadRecord && existsSync(resolve(root, record))) outcome.push({ path: record, action: "created" });
  }
  return outcome;
}

/** The first docs/protocols pages, when writing them creates files only: an existing page is `skillc docs`'s to update. */
async function initialDocs(root: string): Promise<{ missing: string[]; stale: string[] }> {
  const planned = await docs({ cwd: root, config: loadConfig(root), outDir: DOCS_DIR });
  const dry = await writeOutputs(planned, { command: "docs", outDir: DOCS_DIR, cwd: root, mode: "dry-run" });
  if (dry.stale.length || dry.removed.length || dry.conflicts.length || dry.kept.length) return { missing: [], stale: [] };
  return writeOutputs(planned, { command: "docs", outDir: DOCS_DIR, cwd: root });
}

/** Where `skillc docs` writes by default, and where `init` puts the protocol. */
const DOCS_DIR = "docs/protocols";

export interface InstallResult {
  /** What happened to the files skillc places (the bundles) and to the configuration files it merges into. */
  report: SyncReport;
  /** Per configuration file: MCP entries skillc left alone (the user's own of the same name, or changed since skillc wrote them). */
  conflicts: { file: string; name: string; reason: "foreign" | "modified" }[];
  /** Per configuration file: entries skillc no longer produces, left because the user changed them. */
  kept: { file: string; name: string }[];
  refused: LintResult[];
  sources: string[];
  /** The agents of the targets installed that must trust the project first, and what to do. */
  trust: { agent: string; what: string }[];
}

/**
 * Put the skills where each target's agent reads them, in the project itself (`.claude/skills/`,
 * `.agents/skills/`, …), and merge their MCP servers into the agents' configuration files
 * (`.mcp.json`, `.gemini/settings.json`, `opencode.json`, `.codex/config.toml`, …). A user's own
 * servers, settings and comments stay; skillc overwrites or removes only the files and entries it
 * recorded placing (in the root's `.skillc-outputs`) and that are unchanged since.
 */
export async function install(options: LintOptions & { targets?: readonly TargetId[]; mode?: SyncMode } = {}): Promise<InstallResult> {
  const { config, contents, ok, refused, sources } = await lintForCompile(options);
  const root = config.root;
  const refusals = buildRefusals(ok, config);
  for (const [skill, extra] of refusals) refused.push(asResult(skill, extra));
  const built = ok.filter((s) => !refusals.has(s));
  const targets = options.targets ?? TARGET_IDS;
  const plan = planInstall(
    built.map((s) => s.doc),
    { root, targets, shipments: new Map(built.map((s) => [s.doc, s.shipment])), contents },
  );
  const previous = readOutputsList(root, "install");
  const owned: OwnedEntries = previous?.command === "install" ? previous.entries : {};
  const files: OutputFile[] = [...plan.files];
  const entries: OwnedEntries = {};
  const conflicts: InstallResult["conflicts"] = [];
  const kept: InstallResult["kept"] = [];
  for (const c of plan.configs) {
    const path = resolve(root, c.path);
    const read = readRegularFile(path, 16 * 1024 * 1024);
    const missing = !read.ok && read.reason === "error" && read.code === "ENOENT";
    if (!read.ok && !missing) throw new UsageError(`${c.path} cannot be read (${read.reason === "error" ? read.code || read.message : read.reason}); skillc leaves it as it is`);
    const text = read.ok ? read.bytes.toString("utf8") : undefined;
    const merge = { file: c.path, key: c.key, entries: c.entries, owned: owned[c.path] ?? {} };
    const merged = c.format === "toml" ? mergeTomlEntries(text, merge) : mergeJsonEntries(text, { ...merge, comments: c.comments });
    for (const x of merged.conflicts) conflicts.push({ file: c.path, ...x });
    for (const name of merged.kept) kept.push({ file: c.path, name });
    entries[c.path] = merged.owned;
    // A file with nothing of skillc's, that did not exist, is not created.
    if (text !== undefined || Object.keys(merged.owned).length > 0) files.push({ path: c.path, content: merged.text, owned: false });
  }
  const report = await syncOutputs(root, files, options.mode ?? "write", "install", entries);
  // What each agent needs first, where it matters: servers were installed, or the agent gates skills too.
  const servers = plan.configs.some((c) => Object.keys(c.entries).length > 0);
  const trust = (AGENTS as readonly Agent[])
    .filter((a) => targets.includes(a.id as TargetId) && a.trust && (servers || a.trustGates === "skills and servers"))
    .map((a) => ({ agent: a.name, what: a.trust! }));
  return { report, conflicts, kept, refused, sources, trust };
}
