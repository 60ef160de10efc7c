/** Shared by the three table rules: report a table's schema issues, or that its section has no table. */
import type { Table } from "../model/types.js";
import { issuesUnder, type RuleContext } from "./define.js";

export const TABLE_MESSAGES = {
  noTable: "No table under `{{heading}}`, expected columns `{{columns}}`",
  schema: "{{message}}",
} as const;

export function checkTable(
  ctx: RuleContext<keyof typeof TABLE_MESSAGES>,
  key: "credentials" | "rateLimits" | "dataMapping",
  table: Table<string> | undefined,
  columns: readonly string[],
): void {
  if (table && !table.range) {
    const heading = ctx.doc.text.slice(table.heading.start.offset, table.heading.end.offset).trim();
    ctx.report({ messageId: "noTable", data: { heading, columns: columns.join(" | ") }, at: table.heading });
    return;
  }
  for (const issue of issuesUnder(ctx.modelIssues(), [key])) {
    ctx.report({ messageId: "schema", data: { message: issue.message }, at: issue.range });
  }
}

