/** `skillc lint --print-config FILE`: the config that applies to one file, as JSON (ESLint's option). */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { agentsFor, createLinter } from "../lint/linter.js";
import { resolveOptions } from "../lint/run.js";
import type { Rule } from "../rules/define.js";
import { rules, type RuleId } from "../rules/index.js";
import { ExitCode } from "./exit-codes.js";

export function printConfig(file: string, options: { cwd: string; config?: string }): number {
  const { cwd, config } = resolveOptions(options);
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new UsageError(`--print-config: no such file: ${file}`);
  // The kind decides which rules run: integration rules never run on a plain skill.
  const doc = createLinter(config).loadFile({ path, explicit: true });
  const ruleEntries: Record<string, unknown> = {};
  for (const rule of rules as readonly Rule[]) {
    const severity = config.severities.get(rule.id as RuleId) ?? "off";
    const applies = rule.meta.scope !== "integration" || doc.kind !== "skill";
    const options = config.options.get(rule.id as RuleId);
    ruleEntries[rule.id] = !applies || severity === "off" ? "off" : options === undefined ? severity : [severity, options];
  }
  const out = {
    file: relative(config.root, path).split(sep).join("/"),
    config: config.file ? relative(config.root, config.file).split(sep).join("/") : null,
    root: config.root,
    kind: doc.kind,
    extends: `skillc:${config.preset}`,
    agents: agentsFor(path, config).map((a) => a.id),
    rules: ruleEntries,
    templates: config.templates,
    ignores: config.ignores,
    protocol: relative(config.root, config.protocol).split(sep).join("/"),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return ExitCode.Ok;
}
