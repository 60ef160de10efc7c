/**
 * Generated regions of hand-written pages: `<!-- skillc:begin NAME -->` … `<!-- skillc:end NAME -->`.
 * The content between the markers is rendered from the schema; text outside them is never touched.
 */
import { RegionError } from "../errors.js";
import { LineIndex } from "../model/positions.js";
import { TABLE_KEYS } from "../model/tables.js";
import { htmlComments } from "../parse/index.js";
import { readSchema } from "../schema/load.js";

export interface Region {
  name: string;
  /** Offsets of the content between the two markers. */
  start: number;
  end: number;
  /** 1-based line of the begin marker. */
  line: number;
}


const MARKER = /^skillc:(begin|end)\s+([\w-]+)$/;

/** Every region of a text; throws a RegionError for an unclosed, unopened or nested marker. Only real HTML comments count, never one shown in code. */
export function findRegions(text: string): Region[] {
  const regions: Region[] = [];
  const lines = new LineIndex(text);
  let open: { name: string; start: number; line: number } | undefined;
  for (const comment of htmlComments(text)) {
    const m = MARKER.exec(comment.value);
    if (!m) continue;
    const [, kind, name] = m as unknown as [string, "begin" | "end", string];
    const line = lines.point(comment.start).line;
    if (kind === "begin") {
      if (open) throw new RegionError(`line ${line}: region "${name}" begins inside region "${open.name}" (line ${open.line}), which is not closed`);
      open = { name, start: comment.end, line };
    } else {
      if (!open) throw new RegionError(`line ${line}: "skillc:end ${name}" has no matching begin`);
      if (open.name !== name) throw new RegionError(`line ${line}: "skillc:end ${name}" closes region "${open.name}" (line ${open.line})`);
      regions.push({ name, start: open.start, end: comment.start, line: open.line });
      open = undefined;
    }
  }
  if (open) throw new RegionError(`line ${open.line}: region "${open.name}" is never closed (expected <!-- skillc:end ${open.name} -->)`);
  return regions;
}

/** Replace each region's content with `render(name)`; an unknown name is a RegionError. */
export function fillRegions(text: string, render: (name: string) => string | undefined): string {
  let out = text;
  for (const region of findRegions(text).reverse()) {
    const content = render(region.name);
    if (content === undefined) throw new RegionError(`line ${region.line}: unknown region "${region.name}"`);
    out = `${out.slice(0, region.start)}\n${content.trimEnd()}\n${out.slice(region.end)}`;
  }
  return out;
}

interface SchemaNode {
  title?: string;
  description?: string;
  "x-expected"?: string;
  enum?: string[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $defs?: Record<string, SchemaNode>;
}

const code = (s: string) => `\`${s}\``;
const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`);

/** The hooks table: every hook the schema names, its section, and the parts each must document. */
export function renderHooks(): string {
  const schema = readSchema("integration") as SchemaNode;
  const hooks = schema.properties!.hooks!;
  const hook = schema.$defs!.hook!;
  const parts = (hook.required ?? []).map((p) => hook.properties![p]!.title ?? code(p)).join(", ");
  const rows = Object.keys(hooks.properties ?? {}).map((name) => {
    const required = hooks.required?.includes(name) ?? false;
    return `| ${code(name)} | ${required ? "`## Required Hooks`" : "`## Optional Hooks`"} | ${required ? "yes" : "no"} | ${parts} |`;
  });
  return ["| Hook | Section | Required | Must document |", "|------|---------|----------|---------------|", ...rows].join("\n");
}

/** The tables table: each table's columns and the values the schema allows in them. */
export function renderTables(): string {
  const schema = readSchema("integration") as SchemaNode;
  const rows: string[] = [];
  for (const key of TABLE_KEYS) {
    const table = schema.properties![key]!;
    const section = code((table.title ?? key).replace(/`/g, "").replace(/ table$/, ""));
    const columns = (table.properties!.columns!.const as string[]) ?? [];
    const item = table.properties!.rows!.items!;
    columns.forEach((column, i) => {
      const prop = item.properties![item.required![i]!]!;
      const allowed = prop.enum ? list(prop.enum.map(code)) : (prop["x-expected"] ?? "any text");
      const note = prop.description ? `: ${prop.description.charAt(0).toLowerCase()}${prop.description.slice(1).replace(/\.$/, "")}` : "";
      rows.push(`| ${section} | ${column} | ${allowed}${note} |`);
    });
  }
  return ["| Section | Column | Allowed values |", "|---------|--------|----------------|", ...rows].join("\n");
}

/** Regions rendered from the schema alone. */
export const SCHEMA_REGIONS: Record<string, () => string> = { hooks: renderHooks, tables: renderTables };
