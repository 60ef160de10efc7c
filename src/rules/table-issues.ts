/** Shared by the three table rules: report a table's schema issues, or that its section has no table. */
import { TABLES, type TableKey } from "../model/tables.js";
import { issuesUnder, type RuleContext } from "./define.js";

export const TABLE_MESSAGES = {
  noTable: "No table under `{{heading}}`, expected columns `{{columns}}`",
  schema: "{{message}}",
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
    ctx.report({ messageId: "schema", data: { message: issue.message }, at: issue.range });
  }
}
