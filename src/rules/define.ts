/**
 * The rule contract: rules are data (id, meta, messages) plus one `check` function per file, or,
 * for a project rule, `claims` per file and one `checkProject` over every file's claims; the
 * runner stamps the rest.
 */
import type { Agent } from "../agents/index.js";
import type { Shipment } from "../fs/shipped.js";
import type { Edit } from "../model/edits.js";
import type { Range, SkillDocument } from "../model/types.js";
import type { SchemaIssue } from "../schema/validate.js";

export type Severity = "error" | "warn";

/**
 * The presets, weakest first: `recommended` (the default) holds rules that are right on every
 * well-formed public skill; `strict` adds the quality rules with judgement in them.
 */
export const PRESETS = ["recommended", "strict"] as const;
export type Preset = (typeof PRESETS)[number];

export interface RuleMeta<M extends string, O = undefined> {
  /** One line: what the rule reports. */
  description: string;
  defaultSeverity: Severity;
  /**
   * `integration` rules run only on integration skills and templates; plain skills are never
   * checked by them. `project` rules compare the files of a run with each other (two skills with one name).
   */
  scope: "all" | "integration" | "project";
  /** The weakest preset that turns the rule on (`strict` includes every `recommended` rule). */
  preset: Preset;
  /**
   * A project rule whose finding makes outputs collide (two bundles in one folder): `build`,
   * `docs` and `install` refuse it whatever the config says. Other project rules only advise.
   */
  guardsOutput?: true;
  /** The rule's reports carry a `fix` where one right edit exists (`skillc lint --fix`, the editor's quick fix). */
  fixable?: true;
  /** Message templates by id; `{{name}}` is filled from the report's data. */
  messages: Record<M, string>;
  /**
   * The rule's options, set in the config as `["warn", { … }]`: their JSON Schema (which
   * config.schema.json embeds for the rule, so editors and skillc validate them alike) and the
   * values used when the config gives none. A rule without `options` takes none.
   */
  options?: { schema: Record<string, unknown>; defaults: O };
}

/** What a rule knows about the project around the file. */
export interface ProjectContext {
  /** Absolute path of the project root (the config's folder, or the working directory). */
  root: string;
  /** Absolute path of the integration framework protocol. */
  protocol: string;
  /** Cached existence check for link targets. */
  exists(absolutePath: string): boolean;
  /**
   * The bytes of another file of the project that the rule reads (a page the skill links), or
   * undefined when it is missing, not a regular file or past the file size limit. Never read a
   * linked file any other way: the lint cache records what each file read through here (its
   * content hash), so an edit to that page invalidates the cached result of the skill.
   */
  read(absolutePath: string): Uint8Array | undefined;
}

/**
 * The fix of one report: edits on the document's text (`doc.text` offsets, BOM excluded), none
 * overlapping. Only where one right edit exists; the runner applies fixes until the file is stable.
 */
export type Fix = Edit | readonly Edit[];

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  at: Range;
  /**
   * Cap the configured severity (a rule may lower, never raise it): `placeholder`
   * reports unfilled values in a freshly scaffolded skill as warnings.
   */
  maxSeverity?: Severity;
  fix?: Fix;
}

export interface RuleContext<M extends string, O = undefined> {
  doc: SkillDocument;
  /** The rule's options: the config's, over the defaults. */
  options: O;
  project: ProjectContext;
  /** Frontmatter schema issues (skill.schema.json plus the project's own). */
  frontmatterIssues(): SchemaIssue[];
  /** Model schema issues (integration.schema.json plus the project's own); empty for plain skills. */
  modelIssues(): SchemaIssue[];
  /**
   * The agents this file is checked against (portability): the config's `agents` (default: every
   * agent of the catalog), or only the agent whose own folder holds the skill (`.claude/skills`).
   */
  agents: readonly Agent[];
  /** What the skill ships besides SKILL.md (its companions and linked files), and why any of them cannot be shipped. */
  shipment(): Shipment;
  report(report: Report<M>): void;
}

/** A rule of one file at a time. */
export interface FileRule<Id extends string = string, M extends string = string, O = unknown> {
  id: Id;
  meta: RuleMeta<M, O> & { scope: "all" | "integration" };
  check(context: RuleContext<M, O>): void | Promise<void>;
}

/**
 * A value of one file that a project rule compares with the other files' (a skill's `name`), and
 * where the file writes it: the only places a project rule reports at.
 */
export interface Claim {
  /** Which of the rule's kinds of value it is (`name`, `service`). */
  key: string;
  value: string;
  at: Range;
}

/** One file's claims, as a project rule sees them. */
export interface FileClaims {
  /** Absolute path. */
  path: string;
  claims: readonly Claim[];
}

export interface ProjectRuleContext<M extends string, O = undefined> {
  /** Every file of the run that claims something, in path order. */
  files: readonly FileClaims[];
  options: O;
  /** Absolute path of the project root: messages name other files relative to it. */
  root: string;
  /** The config's agents (default: every agent of the catalog), for rules about what each agent lists. */
  agents: readonly Agent[];
  /** Report in the file that made `claim`, at the place it was written. */
  report(report: { claim: Claim; messageId: M; data?: Record<string, string | number> }): void;
}

/**
 * A rule about the files of a run together. `claims` reads one file's model while it is linted
 * and returns plain data (the cache keeps it, workers send it back), so a file answered from the
 * cache still takes part; `checkProject` runs once every file is linted.
 */
export interface ProjectRule<Id extends string = string, M extends string = string, O = unknown> {
  id: Id;
  meta: RuleMeta<M, O> & { scope: "project" };
  claims(doc: SkillDocument, options: O): Claim[];
  checkProject(context: ProjectRuleContext<M, O>): void;
}

export type Rule<Id extends string = string, M extends string = string, O = unknown> = FileRule<Id, M, O> | ProjectRule<Id, M, O>;

/** Identity helper that infers message ids from `meta.messages` and the options' type from their defaults (as typescript-eslint's RuleCreator). */
export function defineRule<const Id extends string, M extends string, O = undefined>(rule: FileRule<Id, M, O>): FileRule<Id, M, O> {
  return rule;
}

/** defineRule for a project rule. */
export function defineProjectRule<const Id extends string, M extends string, O = undefined>(rule: ProjectRule<Id, M, O>): ProjectRule<Id, M, O> {
  return rule;
}

export function isProjectRule<Id extends string, M extends string, O>(rule: Rule<Id, M, O>): rule is ProjectRule<Id, M, O> {
  return rule.meta.scope === "project";
}

/** The one place a rule's docs URL is made. */
export const DOCS_BASE = "https://github.com/skillc-dev/skillc/blob/main/docs/rules/";
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Issues whose path starts with `prefix` (`["credentials"]`). */
export function issuesUnder(issues: SchemaIssue[], prefix: readonly string[]): SchemaIssue[] {
  return issues.filter((i) => prefix.every((p, n) => i.path[n] === p));
}
