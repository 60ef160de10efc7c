#!/usr/bin/env node
// Writes the parts of schemas/config.schema.json that are made from data: the `rules` entries
// (from the rule registry: each rule's description and, for rules with options, their schema),
// the `extends` presets and the `agents` ids (from the agent catalog). Everything else in the
// file is written by hand and kept. `--check` writes nothing and exits 1 when the file is stale.
// Reads the built registry: run `npm run schemas` (build, write, build again).
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../schemas/config.schema.json", import.meta.url);
const { rules } = await import("../dist/rules/index.js");
const { PRESETS } = await import("../dist/rules/define.js");
const { AGENTS } = await import("../dist/agents/index.js");

const text = readFileSync(file, "utf8");
const schema = JSON.parse(text);
const ids = rules.map((/** @type {{ id: string }} */ r) => r.id).sort();
/** @type {Record<string, unknown>} */
const entries = {};
for (const id of ids) {
  const rule = rules.find((/** @type {{ id: string }} */ r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const presets = PRESETS.slice(PRESETS.indexOf(rule.meta.preset)).map((/** @type {string} */ p) => `skillc:${p}`);
  const description = `${rule.meta.description}. In ${presets.join(" and ")}${presets.length === 1 ? " only" : ""}${rule.meta.fixable ? "; fixable with --fix" : ""}.`;
  entries[id] = rule.meta.options
    ? { description, oneOf: [{ $ref: "#/$defs/level" }, { type: "array", prefixItems: [{ $ref: "#/$defs/level" }, rule.meta.options.schema], minItems: 1, items: false }] }
    : { description, $ref: "#/$defs/severity" };
}
const { $schema, ...rest } = schema.properties;
delete rest.extends;
delete rest.agents;
delete rest.rules;
schema.properties = {
  $schema,
  extends: {
    title: "extends",
    description: "The preset the rules start from: `skillc:recommended` (the default: rules that are right on every well-formed skill) or `skillc:strict` (adds the quality rules with judgement in them).",
    enum: PRESETS.map((/** @type {string} */ p) => `skillc:${p}`),
  },
  agents: {
    title: "agents",
    description: "The agents your skills must work in, which the portability rules check against (default: every agent skillc knows). A skill in an agent's own folder (`.claude/skills`) is checked against that agent.",
    type: "array",
    items: { enum: AGENTS.map((/** @type {{ id: string }} */ a) => a.id) },
    uniqueItems: true,
    minItems: 1,
  },
  rules: { ...schema.properties.rules, propertyNames: { enum: ids }, properties: entries },
  ...rest,
};
const out = `${JSON.stringify(schema, null, 2)}\n`;
if (process.argv.includes("--check")) {
  if (out !== text) {
    process.stderr.write("schemas/config.schema.json is stale: run `npm run schemas`\n");
    process.exit(1);
  }
} else if (out !== text) {
  writeFileSync(file, out);
  process.stdout.write("wrote schemas/config.schema.json\n");
}
