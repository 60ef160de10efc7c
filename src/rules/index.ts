/**
 * rules/: one file per rule, `defineRule({ id, meta, check })`, reading the model and reporting by message id.
 * May import: `model/`, `parse/`, `fs/`, `schema/`, `agents/`.
 * A rule imports `define.ts` and shared helpers (`table-issues.ts`), never another rule.
 *
 * The rule registry: every rule, imported by name (no directory scanning at run time).
 */
import bodyLength from "./body-length.js";
import credentialsTable from "./credentials-table.js";
import dataMappingTable from "./data-mapping-table.js";
import claudeAllowedTools from "./claude-allowed-tools.js";
import claudeArgumentAmounts from "./claude-argument-amounts.js";
import claudeArguments from "./claude-arguments.js";
import claudeFields from "./claude-fields.js";
import type { Rule } from "./define.js";
import descriptionLength from "./description-length.js";
import descriptionPerson from "./description-person.js";
import descriptionTrigger from "./description-trigger.js";
import encoding from "./encoding.js";
import frontmatter from "./frontmatter.js";
import hiddenUnicode from "./hidden-unicode.js";
import hookStructure from "./hook-structure.js";
import limits from "./limits.js";
import links from "./links.js";
import listingBudget from "./listing-budget.js";
import nameDirectory from "./name-directory.js";
import nameReservedWords from "./name-reserved-words.js";
import nameVague from "./name-vague.js";
import noConfigEditing from "./no-config-editing.js";
import noSecrets from "./no-secrets.js";
import pathSeparators from "./path-separators.js";
import placeholder from "./placeholder.js";
import portability from "./portability.js";
import protocolReference from "./protocol-reference.js";
import referenceDepth from "./reference-depth.js";
import rateLimitsTable from "./rate-limits-table.js";
import requiredHooks from "./required-hooks.js";
import uniqueNames from "./unique-names.js";
import unknownFrontmatterKey from "./unknown-frontmatter-key.js";
import unknownHook from "./unknown-hook.js";
import yamlPortability from "./yaml-portability.js";

export const rules = [
  encoding,
  limits,
  frontmatter,
  unknownFrontmatterKey,
  nameDirectory,
  requiredHooks,
  hookStructure,
  unknownHook,
  credentialsTable,
  rateLimitsTable,
  dataMappingTable,
  protocolReference,
  links,
  noSecrets,
  hiddenUnicode,
  noConfigEditing,
  placeholder,
  uniqueNames,
  yamlPortability,
  claudeFields,
  claudeAllowedTools,
  claudeArguments,
  claudeArgumentAmounts,
  portability,
  listingBudget,
  descriptionLength,
  descriptionTrigger,
  descriptionPerson,
  nameReservedWords,
  nameVague,
  bodyLength,
  pathSeparators,
  referenceDepth,
] as const;

export type RuleId = (typeof rules)[number]["id"];
export const ruleIds: readonly RuleId[] = rules.map((r) => r.id);
export const rulesById = new Map<string, Rule>(rules.map((r) => [r.id, r as unknown as Rule]));
