/**
 * skillc's published JSON Schemas (the package's `schemas/` folder), validated with code ajv
 * compiled at build time (`dist/schema/validators.cjs`), so start-up neither loads nor runs ajv.
 * ajv itself is loaded only to compile what was not precompiled: a project's own schemas, or
 * every schema when running from source (tests).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { AnySchema, ValidateFunction } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { requireBuilt } from "./precompiled.js";

export type SchemaName = "skill" | "integration" | "config" | "manifest";

/** The folder of the published schemas, next to `dist/` in the package. */
export const SCHEMAS_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

const require = createRequire(import.meta.url);
const cache = new Map<string, ValidateFunction>();
let precompiled: Partial<Record<SchemaName, ValidateFunction>> | undefined;
let ajv: Ajv2020 | undefined;

/** The build's standalone validators, or none when running from source. */
function precompiledValidators(): Partial<Record<SchemaName, ValidateFunction>> {
  if (precompiled) return precompiled;
  try {
    precompiled = requireBuilt() as Partial<Record<SchemaName, ValidateFunction>>;
  } catch {
    precompiled = {};
  }
  return precompiled;
}

function instance(): Ajv2020 {
  if (ajv) return ajv;
  const { Ajv2020: Ajv } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const addFormats = require("ajv-formats") as (a: Ajv2020) => void;
  // verbose: errors carry the failing value and schema, which the messages need.
  // Keep these options in step with scripts/compile-schemas.mjs.
  ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTuples: false, strictRequired: false, allowUnionTypes: true });
  // `x-expected` is an annotation: a human description of what a pattern accepts.
  ajv.addKeyword({ keyword: "x-expected", schemaType: "string" });
  addFormats(ajv);
  return ajv;
}

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(`${SCHEMAS_DIR}${name}.schema.json`, "utf8")) as Record<string, unknown>;
}

/** The validator of a published schema: precompiled when built, else compiled once. */
export function validator(name: SchemaName): ValidateFunction {
  let fn = cache.get(name) ?? precompiledValidators()[name];
  if (!fn) fn = instance().compile(readSchema(name));
  cache.set(name, fn);
  return fn;
}

/**
 * Compile a project's own schema (from the config). Throws an Error whose message says
 * what is wrong when the schema is not valid JSON Schema.
 */
export function compileCustom(key: string, schema: AnySchema): ValidateFunction {
  let fn = cache.get(key);
  if (!fn) {
    const a = instance();
    if (typeof schema === "object" && schema && "$id" in schema) a.removeSchema(String(schema.$id));
    fn = a.compile(schema);
    cache.set(key, fn);
  }
  return fn;
}
