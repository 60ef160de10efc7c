/** ajv errors -> schema issues: a JSON path, a place in the Markdown and a message a person understands. */
import type { ErrorObject } from "ajv";
import type { Range } from "../model/types.js";
import { hasPlaceholder } from "../parse/inline.js";

export interface SchemaIssue {
  /** Path of the offending value (`["hooks", "setup", "trigger"]`); for a missing value, its would-be path. */
  path: string[];
  keyword: string;
  message: string;
  range: Range;
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
    issues.push({ path, keyword: error.keyword, message: describe(error, path, parent, found?.raw), range: found?.range ?? fallback });
  }
  return issues;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** "in hook `setup`" for values inside a hook. */
function context(path: string[]): string {
  return path[0] === "hooks" && path.length > 2 ? ` in hook \`${path[1]}\`` : "";
}

function show(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, " ");
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

function describe(error: ErrorObject, path: string[], parent: SchemaNode | undefined, raw: string | undefined): string {
  const title = parent?.title ?? `\`${path.at(-1) ?? "value"}\``;
  const value = `\`${show(raw ?? error.data)}\``;
  const where = context(path);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const missing = String(p.missingProperty);
      const name = parent?.properties?.[missing]?.title ?? `\`${missing}\``;
      return `Missing ${name}${where}`;
    }
    case "enum":
      return `Unexpected ${title} ${value}${where}, expected one of ${(p.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(", ")}`;
    case "const":
      return `Unexpected ${title} ${value}${where}, expected \`${show(Array.isArray(p.allowedValue) ? p.allowedValue.join(" | ") : p.allowedValue)}\``;
    case "pattern":
    case "format":
      if (typeof error.data === "string" && error.data.trim() === "") return `Empty ${title}${where}, expected ${parent?.["x-expected"] ?? "a value"}`;
      return `Unexpected ${title} ${value}${where}, expected ${parent?.["x-expected"] ?? `a value matching \`${String(p.pattern ?? p.format)}\``}`;
    case "minItems":
      return `No ${title}${where}, expected at least ${String(p.limit)}`;
    case "maxItems":
      return `Too many ${title}${where}, expected at most ${String(p.limit)}`;
    case "minLength":
      return `Empty ${title}${where}`;
    case "maxLength":
      return `Unexpected ${title} of ${String(error.data).length} characters${where}, expected at most ${String(p.limit)}`;
    case "type":
      return `Unexpected ${title} ${value} of type \`${typeOf(error.data)}\`${where}, expected \`${String(p.type)}\``;
    case "additionalProperties":
      return `Unexpected key \`${String(p.additionalProperty)}\` in ${parent?.title ?? "the frontmatter"}`;
    default:
      return `Unexpected ${title}${where}: ${error.message ?? error.keyword}`;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
