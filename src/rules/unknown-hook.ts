/**
 * unknown-hook: a hook name that is neither a required nor an optional hook of the framework,
 * often a typo (`### Sycn`) that leaves the real hook missing. A warning.
 */
import type { Edit } from "../model/edits.js";
import type { Hook } from "../model/types.js";
import { OPTIONAL_HOOKS, REQUIRED_HOOKS } from "../parse/hooks.js";
import { defineRule } from "./define.js";

const KNOWN: readonly string[] = [...REQUIRED_HOOKS, ...OPTIONAL_HOOKS];

export default defineRule({
  id: "unknown-hook",
  meta: {
    description: "A hook name that neither the required nor the optional list knows (warning)",
    defaultSeverity: "warn",
    preset: "recommended",
    fixable: true,
    scope: "integration",
    messages: {
      unknown: "Unexpected hook `{{name}}` (from heading `{{title}}`), expected one of {{known}}",
    },
  },
  check(ctx) {
    const present = new Set(ctx.doc.hooks.map((h) => h.name));
    for (const hook of ctx.doc.hooks) {
      if (KNOWN.includes(hook.name)) continue;
      const known = KNOWN.map((k) => `\`${k}\``).join(", ");
      const fix = spellingFix(ctx.doc.text, hook, present);
      ctx.report({ messageId: "unknown", data: { name: hook.name, title: hook.title, known }, at: hook.range, ...(fix ? { fix } : {}) });
    }
  },
});

/**
 * A misspelt hook (`### Sycn`): the heading's text becomes the one known hook, not yet in the
 * skill, within two edits of it; no fix when none or several are that close.
 */
function spellingFix(text: string, hook: Hook, present: ReadonlySet<string>): Edit | undefined {
  if (hook.name.length > 40) return undefined;
  const near = KNOWN.filter((k) => !present.has(k)).map((k) => [k, distance(hook.name, k)] as const).filter(([, d]) => d <= 2);
  const best = Math.min(...near.map(([, d]) => d));
  const closest = near.filter(([, d]) => d === best);
  if (closest.length !== 1) return undefined;
  const heading = text.slice(hook.range.start.offset, hook.range.end.offset);
  const m = /^(#{1,6}[ \t]+)(.*?)[ \t]*(#+[ \t]*)?$/.exec(heading.split(/\r?\n|\r/)[0]!);
  if (!m || m[2] === "") return undefined;
  const start = hook.range.start.offset + m[1]!.length;
  return { start, end: start + m[2]!.length, text: closest[0]![0] };
}

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`: optimal string alignment. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
