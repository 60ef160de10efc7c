/**
 * credentials-table: the `## Credentials` table lists every credential with columns
 * `Credential | Source | User Obtains From`: an UPPER_SNAKE_CASE name, a source of
 * `Manual`, `Generated` or `OAuth`, and the https page where the user gets it.
 */
import { defineRule } from "./define.js";
import { checkTable, TABLE_MESSAGES } from "./table-issues.js";

export default defineRule({
  id: "credentials-table",
  meta: {
    description: "Missing or malformed `## Credentials` table (columns, UPPER_SNAKE_CASE names, sources, https URLs)",
    defaultSeverity: "error",
    preset: "recommended",
    fixable: true,
    scope: "integration",
    messages: TABLE_MESSAGES,
  },
  check(ctx) {
    checkTable(ctx, "credentials");
  },
});
