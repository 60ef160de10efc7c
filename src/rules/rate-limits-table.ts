/**
 * rate-limits-table: the `## Rate Limits` table states each limit of the service with
 * columns `Limit | Value | Handling`: a positive number and how the skill reacts to it.
 */
import { defineRule } from "./define.js";
import { checkTable, TABLE_MESSAGES } from "./table-issues.js";

export default defineRule({
  id: "rate-limits-table",
  meta: {
    description: "Missing or malformed `## Rate Limits` table (columns, positive values, a Handling for each)",
    defaultSeverity: "error",
    preset: "recommended",
    fixable: true,
    scope: "integration",
    messages: TABLE_MESSAGES,
  },
  check(ctx) {
    checkTable(ctx, "rateLimits");
  },
});
