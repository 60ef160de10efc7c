/** skills.json: the document model of every built skill, in the shape of schemas/manifest.schema.json. */
import { relative, sep } from "node:path";
import { TABLE_KEYS, TABLES, type TableSpec } from "../model/tables.js";
import type { SkillDocument, Table } from "../model/types.js";

/** A table's rows as `{ column key: value }`, every column present, values in the schema's spelling. */
function rows(table: Table<string> | undefined, spec: TableSpec) {
  return (table?.rows ?? []).map((r) => Object.fromEntries(spec.columns.map((c) => [c.key, r.cells[c.key]?.normalized ?? ""])));
}

export function manifestEntry(doc: SkillDocument, root: string): Record<string, unknown> {
  const fm = doc.frontmatter?.data ?? {};
  const { integration } = doc;
  return {
    name: doc.name,
    description: String(fm.description ?? ""),
    kind: integration ? "integration" : "skill",
    source: relative(root, doc.path).split(sep).join("/"),
    triggers: Array.isArray(fm.triggers) ? fm.triggers.map(String) : [],
    ...(integration ? { integration: { service: integration.service, mcpServer: integration.mcpServer, requiresAuth: integration.requiresAuth } } : {}),
    hooks: doc.hooks.map((h) => ({
      name: h.name,
      group: h.group,
      trigger: h.trigger?.value ?? "",
      behavior: h.behavior?.steps.map((s) => s.value) ?? [],
      errorHandling: h.errorHandling?.cases.map((c) => ({ case: c.case.value, response: c.response.value })) ?? [],
      userCommunication: {
        ...(h.userCommunication?.success ? { success: h.userCommunication.success.value } : {}),
        ...(h.userCommunication?.failure ? { failure: h.userCommunication.failure.value } : {}),
      },
    })),
    ...Object.fromEntries(TABLE_KEYS.map((key) => [key, rows(doc[key], TABLES[key])])),
  };
}
