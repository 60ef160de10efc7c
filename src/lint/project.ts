/**
 * Project rules: what no single file shows (two skills with one `name`). While a file is linted,
 * each enabled project rule takes its claims, kept as plain data with whether the file turns the
 * rule off there (the cache stores them, workers send them back); once every file is linted, each
 * rule compares the claims of all files, and its diagnostics join the results of the files it
 * reports in. They are never cached: they depend on the other files.
 */
import type { Diagnostic, LintResult } from "../model/diagnostic.js";
import type { SkillDocument } from "../model/types.js";
import { isProjectRule, type Claim, type FileClaims, type ProjectRule, type Rule } from "../rules/define.js";
import { rules, type RuleId } from "../rules/index.js";
import type { ResolvedConfig } from "./config.js";
import { disabledBy } from "./disable.js";
import { secretsIn } from "./redact.js";
import { assertInside, byPosition, stampAt } from "./stamp.js";

/** A claim as the runner keeps it: with whether a disable comment of the file covers it. */
export interface HeldClaim extends Claim {
  disabled: boolean;
}

/** One file's part in the project rules. */
export interface ProjectFacts {
  /** Claims per project rule id. */
  claims: Record<string, HeldClaim[]>;
  /** The file's secrets that its claims contain: what a project diagnostic quoting them masks, as the file's own diagnostics do. */
  secrets: string[];
}

export const NO_FACTS: ProjectFacts = { claims: {}, secrets: [] };

const PROJECT_RULES: readonly ProjectRule[] = (rules as readonly Rule[]).filter(isProjectRule);

type Config = Pick<ResolvedConfig, "severities" | "options" | "root" | "agents">;

/** Whether the project rules that guard outputs apply whatever the config and disable comments say (what `build` refuses), or every project rule as configured (lint). */
interface Mode {
  enforce?: boolean;
}

const severityOf = (rule: ProjectRule, config: Config) => config.severities.get(rule.id as RuleId) ?? rule.meta.defaultSeverity;
const optionsOf = (rule: ProjectRule, config: Config) => config.options.get(rule.id as RuleId) ?? rule.meta.options?.defaults;

/** The claims of one file for every project rule that is on (every one, enforced). */
export function collectFacts(doc: SkillDocument, config: Config, { enforce = false }: Mode = {}): ProjectFacts {
  const claims: Record<string, HeldClaim[]> = {};
  let isDisabled: ((ruleId: string, line: number) => boolean) | undefined;
  for (const rule of PROJECT_RULES) {
    if (enforce ? !rule.meta.guardsOutput : severityOf(rule, config) === "off") continue;
    const own = rule.claims(doc, optionsOf(rule, config));
    if (own.length === 0) continue;
    isDisabled ??= enforce ? () => false : disabledBy(doc.comments);
    claims[rule.id] = own.map((c) => {
      assertInside(rule.id, doc, c.at);
      return { key: c.key, value: c.value, at: c.at, disabled: isDisabled!(rule.id, c.at.start.line) };
    });
  }
  const values = Object.values(claims).flatMap((list) => list.map((c) => c.value));
  // Looked for only in a file that claims something, and kept only where a claim quotes it.
  const secrets = values.length === 0 ? [] : secretsIn(doc).filter((s) => values.some((v) => v.includes(s)));
  return { claims, secrets };
}

/** Run every project rule over the files' facts: their diagnostics, by file path. */
export function projectDiagnostics(files: readonly { path: string; facts: ProjectFacts }[], config: Config, { enforce = false }: Mode = {}): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const rule of PROJECT_RULES) {
    const configured = severityOf(rule, config);
    // Enforced (what build refuses): only the rules whose findings make outputs collide.
    if (enforce ? !rule.meta.guardsOutput : configured === "off") continue;
    const severity = enforce || configured === "error" ? 2 : 1;
    const owner = new Map<Claim, { path: string; held: HeldClaim; secrets: readonly string[] }>();
    const claimed: FileClaims[] = [];
    for (const { path, facts } of sorted) {
      const held = facts.claims[rule.id];
      if (!held?.length) continue;
      const claims = held.map(({ disabled: _, ...claim }) => claim);
      claims.forEach((claim, i) => owner.set(claim, { path, held: held[i]!, secrets: facts.secrets }));
      claimed.push({ path, claims });
    }
    rule.checkProject({
      files: claimed,
      options: optionsOf(rule, config),
      agents: config.agents,
      root: config.root,
      report({ claim, messageId, data }) {
        const from = owner.get(claim);
        if (!from) throw new Error(`skillc bug: rule ${rule.id} reported at a claim it was not given`);
        if (from.held.disabled && !enforce) return;
        const d = stampAt(rule, { messageId, ...(data ? { data } : {}), at: claim.at }, severity, () => from.secrets);
        out.set(from.path, [...(out.get(from.path) ?? []), d]);
      },
    });
  }
  return out;
}

/** A file's result with project diagnostics added, in the order the runner sorts a file's own. */
export function withDiagnostics(result: LintResult, extra: readonly Diagnostic[] | undefined): LintResult {
  if (!extra?.length) return result;
  const messages = [...result.messages, ...extra].sort(byPosition);
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return { filePath: result.filePath, messages, errorCount, warningCount: messages.length - errorCount };
}

/**
 * What `build` and `docs` refuse of these skills whatever the config or a disable comment says:
 * the project rules' diagnostics, as errors, by document.
 */
export function projectRefusals(docs: readonly SkillDocument[], config: Config): Map<SkillDocument, Diagnostic[]> {
  const byPath = new Map(docs.map((doc) => [doc.path, doc]));
  const found = projectDiagnostics(
    docs.map((doc) => ({ path: doc.path, facts: collectFacts(doc, config, { enforce: true }) })),
    config,
    { enforce: true },
  );
  return new Map([...found].map(([path, ds]) => [byPath.get(path)!, ds]));
}
