#!/usr/bin/env node
// Build step: compile skillc's published schemas with ajv's standalone code, so the CLI
// validates without loading or running ajv at start-up (ajv compile was ~300 ms of a 1-file run).
// Writes dist/schema/validators.cjs, read by src/schema/load.ts, with the two ajv runtime helpers
// it requires bundled in: resolving them from node_modules at run time cost ~4 ms of every start.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";

const names = ["skill", "integration", "config", "manifest"];
// The same options as src/schema/load.ts, plus the source code standalone output needs.
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTuples: false, strictRequired: false, allowUnionTypes: true, code: { source: true } });
ajv.addKeyword({ keyword: "x-expected", schemaType: "string" });
/** @type {Record<string, string>} */
const refs = {};
for (const name of names) {
  const schema = JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), "utf8"));
  ajv.addSchema(schema);
  refs[name] = schema.$id;
}
mkdirSync(new URL("../dist/schema/", import.meta.url), { recursive: true });
const out = fileURLToPath(new URL("../dist/schema/validators.cjs", import.meta.url));
writeFileSync(out, standaloneCode.default(ajv, refs));
await build({ entryPoints: [out], outfile: out, allowOverwrite: true, bundle: true, format: "cjs", platform: "node", target: "node20", minifyWhitespace: true, legalComments: "none", logLevel: "warning" });
