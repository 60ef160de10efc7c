/** skills.json: the document model of every built skill, in the shape of schemas/manifest.schema.json. */
import { relative, sep } from "node:path";
import type { SkillDocument, Table } from "../model/types.js";
import { normalizeDirection } from "../schema/instance.js";

function rows<C extends string>(table: Table<C> | undefined, columns: readonly C[], normalize: Partial<Record<C, (v: string) => string>> = {}) {
  return (table?.rows ?? []).map((r) => Object.fromEntries(columns.map((c) => [c, (normalize[c] ?? String)(r.cells[c]?.value ?? "")])));
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
    credentials: rows(doc.credentials, ["credential", "source", "userObtainsFrom"]),
    rateLimits: rows(doc.rateLimits, ["limit", "value", "handling"]),
    dataMapping: rows(doc.dataMapping, ["externalField", "localField", "syncDirection"], { syncDirection: normalizeDirection }),
  };
}
