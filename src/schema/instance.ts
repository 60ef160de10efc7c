/** The model as the plain JSON that integration.schema.json validates, with a position for every JSON pointer. */
import { TABLE_KEYS } from "../model/tables.js";
import type { Range, SkillDocument, Table, TableCell } from "../model/types.js";
import { REQUIRED_HOOKS } from "../parse/hooks.js";

export interface Located {
  range: Range;
  /** The value as written, when the instance holds a normalised form. */
  raw?: string;
}

export interface ModelInstance {
  instance: Record<string, unknown>;
  /** JSON pointer (`/hooks/setup/trigger`) -> where it is in the Markdown. */
  pointers: Map<string, Located>;
}

export function toInstance(doc: SkillDocument, fallback: Range): ModelInstance {
  const pointers = new Map<string, Located>();
  const instance: Record<string, unknown> = {};
  const integration = doc.frontmatter?.data?.integration;
  if (integration !== undefined) instance.integration = integration;
  pointers.set("", { range: doc.frontmatter?.rangeOf(["integration"], true) ?? fallback });

  const hooks: Record<string, unknown> = {};
  pointers.set("/hooks", { range: doc.requiredHooks?.range ?? doc.optionalHooks?.range ?? fallback });
  for (const hook of doc.hooks) {
    // A required hook counts only under `## Required Hooks`; under Optional it is missing (required-hooks says where it is).
    if (hook.group === "optional" && (REQUIRED_HOOKS as readonly string[]).includes(hook.name)) continue;
    const base = `/hooks/${hook.name}`;
    const h: Record<string, unknown> = {};
    pointers.set(base, { range: hook.range });
    if (hook.trigger) {
      h.trigger = hook.trigger.value;
      pointers.set(`${base}/trigger`, { range: hook.trigger.range });
    }
    if (hook.behavior) {
      h.behavior = hook.behavior.steps.map((s) => s.value);
      pointers.set(`${base}/behavior`, { range: hook.behavior.range });
      hook.behavior.steps.forEach((s, i) => pointers.set(`${base}/behavior/${i}`, { range: s.range }));
    }
    if (hook.errorHandling) {
      h.errorHandling = hook.errorHandling.cases.map((c) => ({ case: c.case.value, response: c.response.value }));
      pointers.set(`${base}/errorHandling`, { range: hook.errorHandling.range });
      hook.errorHandling.cases.forEach((c, i) => pointers.set(`${base}/errorHandling/${i}`, { range: c.case.range }));
    }
    if (hook.userCommunication) {
      const { success, failure, range } = hook.userCommunication;
      const u: Record<string, string> = {};
      pointers.set(`${base}/userCommunication`, { range });
      if (success) {
        u.success = success.value;
        pointers.set(`${base}/userCommunication/success`, { range: success.range });
      }
      if (failure) {
        u.failure = failure.value;
        pointers.set(`${base}/userCommunication/failure`, { range: failure.range });
      }
      h.userCommunication = u;
    }
    // Keep the first of two same-named hooks, as it is the one a reader meets first.
    if (!(hook.name in hooks)) hooks[hook.name] = h;
  }
  if (doc.requiredHooks || doc.optionalHooks) instance.hooks = hooks;

  for (const key of TABLE_KEYS) addTable(instance, pointers, key, doc[key]);
  return { instance, pointers };
}

function addTable(instance: Record<string, unknown>, pointers: Map<string, Located>, key: string, table: Table<string> | undefined): void {
  if (!table) return;
  const base = `/${key}`;
  pointers.set(base, { range: table.range ?? table.heading });
  if (!table.range) {
    instance[key] = {};
    return;
  }
  pointers.set(`${base}/columns`, { range: table.header ?? table.range, raw: table.columns.map((c) => c.value).join(" | ") });
  pointers.set(`${base}/rows`, { range: table.range });
  instance[key] = {
    columns: table.columns.map((c) => c.value),
    rows: table.rows.map((row, i) => {
      pointers.set(`${base}/rows/${i}`, { range: row.range });
      const out: Record<string, string> = {};
      for (const [col, cell] of Object.entries(row.cells) as [string, TableCell][]) {
        out[col] = cell.normalized;
        pointers.set(`${base}/rows/${i}/${col}`, { range: cell.range, raw: cell.value });
      }
      return out;
    }),
  };
}
