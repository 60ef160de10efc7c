/** Hooks: the `###` sections under `## Required Hooks` and `## Optional Hooks`, with their labelled parts. */
import type { List, Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { rangeOf } from "../model/positions.js";
import type { ErrorCase, Hook, HookGroup, Located, Range } from "../model/types.js";
import { findSection, subsections, type SectionSpan } from "./sections.js";
import { normalizeTitle } from "./walk.js";

export const REQUIRED_HOOKS = ["setup", "sync", "error_handling"] as const;
export const OPTIONAL_HOOKS = ["status", "disconnect", "conflict_resolution"] as const;
const ALIASES: Record<string, string> = { error: "error_handling", errors: "error_handling" };

/** `Error Handling hook`, `` `error_handling` ``, `Error` -> `error_handling`. */
export function normalizeHookName(title: string): string {
  const name = normalizeTitle(title)
    // From the first `(` when the title ends with `)`; anchored, since `\(.*\)$` scanned to the
    // end from every `(` of a title like `((((…`.
    .replace(/^([^(]*)\(.*\)$/, "$1")
    .trim()
    .replace(/\s*\bhook$/, "")
    .replace(/[\s-]+/g, "_");
  return ALIASES[name] ?? name;
}

export function extractHooks(spans: SectionSpan[], source: string): { required?: HookGroup; optional?: HookGroup; hooks: Hook[] } {
  const hooks: Hook[] = [];
  const group = (titles: string[], kind: Hook["group"]): HookGroup | undefined => {
    const span = findSection(spans, titles);
    if (!span) return undefined;
    const own = subsections(spans, span).map((s) => readHook(s, kind, source));
    hooks.push(...own);
    return { range: span.section.range, hooks: own };
  };
  const required = group(["required hooks"], "required");
  const optional = group(["optional hooks"], "optional");
  return { required, optional, hooks };
}

type Label = "trigger" | "behavior" | "error handling" | "user communication";
const LABELS: readonly string[] = ["trigger", "behavior", "behaviour", "error handling", "user communication"];

/** `**Trigger:** text` -> the label and the text after it. */
function readLabel(node: RootContent): { label: Label; rest: string; range: Range } | undefined {
  if (node.type !== "paragraph") return undefined;
  const first = node.children[0];
  if (!first || first.type !== "strong") return undefined;
  const label = normalizeTitle(toString(first));
  if (!LABELS.includes(label)) return undefined;
  const rest = toString({ ...node, children: node.children.slice(1) } as Paragraph).replace(/^\s*:/, "").trim();
  return { label: (label === "behaviour" ? "behavior" : label) as Label, rest, range: rangeOf(node) };
}

function located(node: { position?: import("unist").Position | undefined }, value: string): Located<string> {
  return { value, range: rangeOf(node) };
}

/**
 * The text of each list item. `- [error case]: [response]` parses as a link reference
 * definition, which has no text of its own, so such an item is read from its source.
 */
function items(list: List | undefined, source: string): { text: string; node: List["children"][number] }[] {
  return (list?.children ?? []).map((node) => {
    const first = node.children[0];
    const raw = first?.type === "definition" ? source.slice(rangeOf(first).start.offset, rangeOf(node).end.offset) : toString(node);
    return { text: raw.replace(/\s+/g, " ").trim(), node };
  });
}

function readHook(span: SectionSpan, group: Hook["group"], source: string): Hook {
  const { section, content } = span;
  const hook: Hook = { name: normalizeHookName(section.title), title: section.title, group, range: section.range };
  for (let i = 0; i < content.length; i++) {
    const found = readLabel(content[i]!);
    if (!found) continue;
    const next = content[i + 1];
    const list = next?.type === "list" ? next : undefined;
    const range = list ? { start: found.range.start, end: rangeOf(list).end } : found.range;
    switch (found.label) {
      case "trigger":
        hook.trigger = { value: found.rest, range: found.range };
        break;
      case "behavior":
        hook.behavior = { range, steps: items(list, source).map((s) => located(s.node, s.text)) };
        break;
      case "error handling":
        hook.errorHandling = { range, cases: items(list, source).map((s) => splitCase(s.node, s.text)) };
        break;
      case "user communication": {
        const comm: NonNullable<Hook["userCommunication"]> = { range };
        for (const s of items(list, source)) {
          const m = /^(success|failure)\s*:\s*(.*)$/i.exec(s.text);
          if (m) comm[m[1]!.toLowerCase() as "success" | "failure"] = located(s.node, m[2]!.trim());
        }
        hook.userCommunication = comm;
        break;
      }
    }
  }
  return hook;
}

/** `- Auth failure: ask for a new token` -> case and response. */
function splitCase(node: List["children"][number], text: string): ErrorCase {
  const colon = text.indexOf(":");
  const range = rangeOf(node);
  if (colon === -1) return { case: { value: text, range }, response: { value: "", range } };
  return { case: { value: text.slice(0, colon).trim(), range }, response: { value: text.slice(colon + 1).trim(), range } };
}
