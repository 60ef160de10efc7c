/**
 * data-mapping-table: the `## Data Mapping` table says which external field maps to which
 * local field, with columns `External Field | Local Field | Sync Direction` and a direction of
 * `bidirectional`, `external -> local` or `local -> external` (arrows `→`/`←` accepted).
 */
import { defineRule } from "./define.js";
import { checkTable, TABLE_MESSAGES } from "./table-issues.js";

export default defineRule({
  id: "data-mapping-table",
  meta: {
    description: "Missing or malformed `## Data Mapping` table (columns, a known Sync Direction)",
    defaultSeverity: "error",
    preset: "recommended",
    fixable: true,
    scope: "integration",
    messages: TABLE_MESSAGES,
  },
  check(ctx) {
    checkTable(ctx, "dataMapping");
  },
});
