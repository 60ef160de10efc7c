/** Loading skillc's published JSON Schemas (from the package's `schemas/` folder) and compiling them once with ajv. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type AnySchema, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";

export type SchemaName = "skill" | "integration" | "config" | "manifest";

/** The folder of the published schemas, next to `dist/` in the package. */
export const SCHEMAS_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

const cache = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // verbose: errors carry the failing value and schema, which the messages need.
  ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTuples: false, strictRequired: false, allowUnionTypes: true });
  // `x-expected` is an annotation: a human description of what a pattern accepts.
  ajv.addKeyword({ keyword: "x-expected", schemaType: "string" });
  const addFormats = addFormatsImport as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  return ajv;
}

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(`${SCHEMAS_DIR}${name}.schema.json`, "utf8")) as Record<string, unknown>;
}

/** The compiled validator of a published schema. */
export function validator(name: SchemaName): ValidateFunction {
  let fn = cache.get(name);
  if (!fn) {
    fn = instance().compile(readSchema(name));
    cache.set(name, fn);
  }
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
