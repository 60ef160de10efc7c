/** `skillc rules` and `skillc schema`: the catalog and the schemas, for people and for tools. */
import { UsageError } from "../errors.js";
import { PRESETS, ruleDocsUrl } from "../rules/define.js";
import { rules } from "../rules/index.js";
import { readSchema, type SchemaName } from "../schema/load.js";
import { ExitCode } from "./exit-codes.js";

const SCHEMAS: readonly SchemaName[] = ["skill", "integration", "config", "manifest"];

export function runRules(options: { format: string }): number {
  const catalog = rules.map((r) => ({
    id: r.id,
    severity: r.meta.defaultSeverity,
    // Every preset that turns the rule on: `strict` holds each `recommended` rule.
    presets: PRESETS.slice(PRESETS.indexOf(r.meta.preset)).map((p) => `skillc:${p}`),
    fixable: "fixable" in r.meta && r.meta.fixable === true,
    scope: r.meta.scope,
    description: r.meta.description,
    url: ruleDocsUrl(r.id),
    // For tools that map message ids (the JSON report's messageId) to text, and check a rule's options.
    messages: r.meta.messages as Record<string, string>,
    ...("options" in r.meta && r.meta.options ? { options: r.meta.options.schema } : {}),
  }));
  if (options.format === "json") process.stdout.write(`${JSON.stringify(catalog, null, 2)}\n`);
  else if (options.format === "text") {
    const w = Math.max(...catalog.map((r) => r.id.length));
    const preset = (r: (typeof catalog)[number]) => (r.presets.length === PRESETS.length ? "recommended" : "strict").padEnd(11);
    process.stdout.write(`${"rule".padEnd(w)}  ${"level"}  ${"preset".padEnd(11)}  fix  description\n`);
    for (const r of catalog) {
      process.stdout.write(`${r.id.padEnd(w)}  ${r.severity.padEnd(5)}  ${preset(r)}  ${r.fixable ? "yes" : "   "}  ${r.description}\n${" ".repeat(w + 27)}${r.url}\n`);
    }
  } else throw new UsageError(`Unknown format "${options.format}", expected text or json`);
  return ExitCode.Ok;
}

export function runSchema(name: string | undefined): number {
  if (name === undefined) {
    process.stdout.write(`${SCHEMAS.join("\n")}\n`);
    return ExitCode.Ok;
  }
  if (!(SCHEMAS as readonly string[]).includes(name)) throw new UsageError(`Unknown schema "${name}", expected one of ${SCHEMAS.join(", ")}`);
  process.stdout.write(`${JSON.stringify(readSchema(name as SchemaName), null, 2)}\n`);
  return ExitCode.Ok;
}
