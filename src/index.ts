/** skillc's library API: lint, load and parse skills; plan and write outputs; the rule catalog; the formatters. */
export { lint, lintSkills, type LintOptions, type LintedSkill } from "./lint/run.js";
export { loadSkill, createLinter, type Linter } from "./lint/linter.js";
export { build, docs, install, writeOutputs, newSkill, init, type InstallResult, type CompileResult, type WriteOptions, type NewSkillOptions, type NewSkillResult, type InitAction } from "./api.js";
export type { SyncMode, SyncReport } from "./output/sync.js";
export { UsageError, RegionError } from "./errors.js";
export { TARGET_IDS, type TargetId } from "./compile/index.js";
export type { OutputFile } from "./model/generated.js";
export { loadConfig, resolveConfig, type ResolvedConfig } from "./lint/config.js";
export { parseSkill, type ParseOptions } from "./parse/index.js";
export { DEFAULT_LIMITS, type Limits } from "./parse/limits.js";
export { rules, ruleIds, type RuleId } from "./rules/index.js";
export { defineProjectRule, defineRule, ruleDocsUrl, type Claim, type FileRule, type ProjectRule, type ProjectRuleContext, type Rule, type RuleMeta, type RuleContext, type Severity } from "./rules/define.js";
export { formatters, type FormatName, type Formatter, type FormatContext } from "./report/index.js";
export type { Diagnostic, LintResult, SeverityLevel } from "./model/diagnostic.js";
export type * from "./model/types.js";
export type { Integration } from "./model/skill.js";
