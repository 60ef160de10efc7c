/** The rule contract: rules are data (id, meta, messages) plus one `check` function; the runner stamps the rest. */
import type { Shipment } from "../fs/shipped.js";
import type { Range, SkillDocument } from "../model/types.js";
import type { SchemaIssue } from "../schema/validate.js";

export type Severity = "error" | "warn";

export interface RuleMeta<M extends string, O = undefined> {
  /** One line: what the rule reports. */
  description: string;
  defaultSeverity: Severity;
  /** `integration` rules run only on integration skills and templates; plain skills are never checked by them. */
  scope: "all" | "integration";
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
}

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  at: Range;
  /**
   * Cap the configured severity (a rule may lower, never raise it): `placeholder`
   * reports unfilled values in a freshly scaffolded skill as warnings.
   */
  maxSeverity?: Severity;
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
  /** What the skill ships besides SKILL.md (its companions and linked files), and why any of them cannot be shipped. */
  shipment(): Shipment;
  report(report: Report<M>): void;
}

export interface Rule<Id extends string = string, M extends string = string, O = unknown> {
  id: Id;
  meta: RuleMeta<M, O>;
  check(context: RuleContext<M, O>): void | Promise<void>;
}

/** Identity helper that infers message ids from `meta.messages` and the options' type from their defaults (as typescript-eslint's RuleCreator). */
export function defineRule<const Id extends string, M extends string, O = undefined>(rule: Rule<Id, M, O>): Rule<Id, M, O> {
  return rule;
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
