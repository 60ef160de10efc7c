/** What skill.schema.json expects at a frontmatter key path, for fixes that must keep a value's type. */
import { readSchema } from "./load.js";

type SchemaNode = { type?: unknown; pattern?: string; minLength?: number; maxLength?: number; properties?: Record<string, SchemaNode>; additionalProperties?: unknown; items?: unknown };

let skill: SchemaNode | undefined;

/** The subschema of skill.schema.json for `path` (`["metadata", "version"]`), or undefined where it says nothing. */
function subschema(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = (skill ??= readSchema("skill") as SchemaNode);
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === "number") node = typeof node.items === "object" ? (node.items as SchemaNode) : undefined;
    else node = Object.hasOwn(node.properties ?? {}, segment) ? node.properties![segment] : typeof node.additionalProperties === "object" ? (node.additionalProperties as SchemaNode) : undefined;
  }
  return node;
}

/** True where skill.schema.json wants a string and no other scalar (`name`, `description`, a `metadata` value). */
export function expectsString(path: readonly (string | number)[]): boolean {
  const type = subschema(path)?.type;
  const types = Array.isArray(type) ? type : [type];
  return types.includes("string") && !types.some((t) => t === "boolean" || t === "number" || t === "integer" || t === "null");
}

let namePattern: RegExp | undefined;

/** Is `name` a valid skill `name` by skill.schema.json (its length and pattern): the one definition. */
export function isSkillName(name: string): boolean {
  const node = subschema(["name"]);
  namePattern ??= new RegExp(node?.pattern ?? "");
  return name.length >= (node?.minLength ?? 1) && name.length <= (node?.maxLength ?? Infinity) && namePattern.test(name);
}
