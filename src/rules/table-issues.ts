/** Shared by the three table rules: report that a table's section has no table, or the table's schema issues. */
import { TABLES, type TableKey } from "../model/tables.js";
import { issuesUnder, type RuleContext } from "./define.js";
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
  for (const issue of issuesUnder(ctx.modelIssues(), [key])) ctx.report({ ...schemaMessage(issue), at: issue.range });
}
