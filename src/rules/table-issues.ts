/**
 * Shared by the three table rules: report that a table's section has no table, or the table's
 * schema issues, with a fix where one right edit exists (a header spelled otherwise, an arrow
 * written another way).
 */
import type { Edit } from "../model/edits.js";
import { normalizeDirection, TABLES, type TableKey } from "../model/tables.js";
import type { SkillDocument } from "../model/types.js";
import type { SchemaIssue } from "../schema/issues.js";
import { normalizeTitle } from "../parse/walk.js";
import { readSchema } from "../schema/load.js";
import { issuesUnder, type Fix, type RuleContext } from "./define.js";
import { SCHEMA_MESSAGES, schemaMessage } from "./schema-messages.js";

export const TABLE_MESSAGES = {
  noTable: "No table under `{{heading}}`, expected columns `{{columns}}`",
  ...SCHEMA_MESSAGES,
} as const;

export function checkTable(ctx: RuleContext<keyof typeof TABLE_MESSAGES>, key: TableKey): void {
  const table = ctx.doc[key];
  if (table && !table.range) {
    const heading = ctx.doc.text.slice(table.heading.start.offset, table.heading.end.offset).trim();
    const columns = TABLES[key].columns.map((c) => c.header).join(" | ");
    ctx.report({ messageId: "noTable", data: { heading, columns }, at: table.heading });
    return;
  }
  for (const issue of issuesUnder(ctx.modelIssues(), [key])) {
    const fix = fixOf(ctx.doc, key, issue);
    ctx.report({ ...schemaMessage(issue), at: issue.range, ...(fix ? { fix } : {}) });
  }
}


/** Arrows a table may be written with, in the spelling the schema reads (`=>`, `⇒`, `-->` -> `->`). */
function plainArrows(value: string): string {
  return value
    .replace(/=>|⇒|-->|⟹/g, "->")
    .replace(/<=|⇐|<--|⟸/g, "<-");
}

let known: string[] | undefined;
/** The sync directions the integration schema allows. */
function directions(): string[] {
  type Node = { properties?: Record<string, Node>; items?: Node; enum?: string[] };
  known ??= (readSchema("integration") as Node).properties?.dataMapping?.properties?.rows?.items?.properties?.syncDirection?.enum ?? [];
  return known;
}

function fixOf(doc: SkillDocument, key: TableKey, issue: SchemaIssue): Fix | undefined {
  const table = doc[key];
  if (!table) return undefined;
  const spec = TABLES[key];
  // The right columns, spelled otherwise: the headers as the template writes them.
  if (issue.path.length === 2 && issue.path[1] === "columns" && issue.keyword === "const") {
    if (table.columns.length !== spec.columns.length || !table.columns.every((c, i) => normalizeTitle(c.value) === normalizeTitle(spec.columns[i]!.header))) return undefined;
    const edits: Edit[] = table.columns.flatMap((c, i) => (c.value === spec.columns[i]!.header ? [] : [{ start: c.range.start.offset, end: c.range.end.offset, text: spec.columns[i]!.header }]));
    return edits.length > 0 ? edits : undefined;
  }
  // A direction written with other arrows: the schema's spelling, where that is a direction.
  if (issue.keyword === "enum" && issue.path[3] === "syncDirection") {
    const row = table.rows[Number(issue.path[2])];
    const cell = row?.cells["syncDirection" as never] as { value: string; range: { start: { offset: number }; end: { offset: number } } } | undefined;
    if (!cell) return undefined;
    const direction = normalizeDirection(plainArrows(cell.value));
    if (!directions().includes(direction) || direction === cell.value) return undefined;
    return { start: cell.range.start.offset, end: cell.range.end.offset, text: direction };
  }
  return undefined;
}
