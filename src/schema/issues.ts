/**
 * ajv errors -> schema issues: the failing keyword, a place in the Markdown and the facts a
 * message needs (titles, the value, limits, allowed values), as data. The rules turn them into text.
 */
import type { ErrorObject } from "ajv";
import type { Range } from "../model/types.js";
import { hasPlaceholder } from "../parse/inline.js";

export interface SchemaIssue {
  /**
   * Path of the offending value (`["hooks", "setup", "trigger"]`); for a missing value, its
   * would-be path; for an unexpected key, the key's path.
   */
  path: string[];
  /** The keyword that failed: `required`, `enum`, `const`, `pattern`, `format`, `type`, `minItems`… or any of a project schema's. */
  keyword: string;
  range: Range;
  /** The schema's `title` of the value (for `required`, of the missing property), when it has one. */
  title?: string;
  /** The value as validated (the model's spelling); absent for `required`. */
  value?: unknown;
  /** The value as the Markdown writes it, where the model holds another spelling (columns, sync directions). */
  raw?: string;
  /** The schema's `x-expected`: what a pattern accepts, in the schema author's words. */
  hint?: string;
  /** `enum`: the allowed values. */
  allowed?: readonly unknown[];
  /** `const`: the one allowed value. */
  constant?: unknown;
  /** `pattern` and `format`: the pattern or the format's name. */
  pattern?: string;
  /** `minItems`, `maxItems`, `minLength`, `maxLength`: the bound. */
  limit?: number;
  /** `type`: the expected JSON type(s), `string,array` for several. */
  type?: string;
  /** `additionalProperties`: the `title` of the object that has the unexpected key. */
  parentTitle?: string;
  /** ajv's own description (`must be >= 3`), for keywords skillc has no message of its own for. */
  reason: string;
}

/** Where an instance path is: the longest known prefix of it. */
export type Locate = (path: string[], key: boolean) => { range: Range; raw?: string } | undefined;

interface SchemaNode {
  title?: string;
  "x-expected"?: string;
  properties?: Record<string, SchemaNode>;
}

/** The schema node at an instance path, following `properties` only (for titles when the failing branch has none). */
function nodeAt(root: SchemaNode | undefined, path: readonly string[]): SchemaNode | undefined {
  let node = root;
  for (const segment of path) node = node?.properties?.[segment];
  return node;
}

export function toIssues(
  errors: readonly ErrorObject[] | null | undefined,
  locate: Locate,
  fallback: Range,
  options: { root?: object; skipPlaceholders: boolean },
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const error of errors ?? []) {
    // `if` only says which branch failed; the branch's own error follows it.
    if (error.keyword === "if") continue;
    // A value holding a template placeholder is reported by the `placeholder` rule, where it runs.
    if (options.skipPlaceholders && typeof error.data === "string" && hasPlaceholder(error.data)) continue;
    const base = error.instancePath.split("/").slice(1).map(unescapePointer);
    // An `if`/`else` branch has no titles of its own; the same path in the main schema does.
    const branch = error.parentSchema as SchemaNode | undefined;
    const parent = branch?.title || branch?.properties ? branch : { ...nodeAt(options.root as SchemaNode, base), ...branch };
    let path = base;
    let key = false;
    if (error.keyword === "required") path = [...base, String(error.params.missingProperty)];
    if (error.keyword === "additionalProperties") {
      path = [...base, String(error.params.additionalProperty)];
      key = true;
    }
    const found = locate(error.keyword === "required" ? base : path, key);
    issues.push({ path, keyword: error.keyword, range: found?.range ?? fallback, ...facts(error, parent, found?.raw) });
  }
  return issues;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** What a message about this error needs to say, by keyword. */
function facts(error: ErrorObject, parent: SchemaNode | undefined, raw: string | undefined): Omit<SchemaIssue, "path" | "keyword" | "range"> {
  const p = error.params as Record<string, unknown>;
  const reason = error.message ?? error.keyword;
  switch (error.keyword) {
    case "required": {
      const title = parent?.properties?.[String(p.missingProperty)]?.title;
      return { reason, ...(title !== undefined ? { title } : {}) };
    }
    case "additionalProperties":
      return { reason, ...(parent?.title !== undefined ? { parentTitle: parent.title } : {}) };
  }
  const out: Omit<SchemaIssue, "path" | "keyword" | "range"> = { reason, value: error.data };
  if (parent?.title !== undefined) out.title = parent.title;
  if (raw !== undefined) out.raw = raw;
  if (parent?.["x-expected"] !== undefined) out.hint = parent["x-expected"];
  if (error.keyword === "enum") out.allowed = p.allowedValues as unknown[];
  if (error.keyword === "const") out.constant = p.allowedValue;
  if (error.keyword === "pattern" || error.keyword === "format") out.pattern = String(p.pattern ?? p.format);
  if (typeof p.limit === "number") out.limit = p.limit;
  if (error.keyword === "type") out.type = String(p.type);
  return out;
}
