/** Hooks: the `###` sections under `## Required Hooks` and `## Optional Hooks`, with their labelled parts. */
import type { List, Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { rangeOf } from "../model/positions.js";
import type { ErrorCase, Hook, HookGroup, Range, Text } from "../model/types.js";
import { inlineMarkdown, splitInlineMarkdown } from "./markdown.js";
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
function readLabel(node: RootContent): { label: Label; rest: string; markdown: string; range: Range } | undefined {
  if (node.type !== "paragraph") return undefined;
  const first = node.children[0];
  if (!first || first.type !== "strong") return undefined;
  const label = normalizeTitle(toString(first));
  if (!LABELS.includes(label)) return undefined;
  const after = (text: string) => text.replace(/^\s*:/, "").trim();
  const rest = after(toString({ ...node, children: node.children.slice(1) } as Paragraph));
  return { label: (label === "behaviour" ? "behavior" : label) as Label, rest, markdown: after(inlineMarkdown(node.children.slice(1))), range: rangeOf(node) };
}

type Item = List["children"][number];

function text(node: { position?: import("unist").Position | undefined }, value: string, markdown: string): Text {
  return { value, markdown, range: rangeOf(node) };
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The text of each list item, plain and as inline Markdown. `- [error case]: [response]` parses
 * as a link reference definition, which has no text of its own, so such an item is read from its
 * source (its Markdown too).
 */
function items(list: List | undefined, source: string): { text: string; markdown: string; node: Item; definition: boolean }[] {
  return (list?.children ?? []).map((node) => {
    const first = node.children[0];
    if (first?.type === "definition") {
      const raw = oneLine(source.slice(rangeOf(first).start.offset, rangeOf(node).end.offset));
      return { text: raw, markdown: raw, node, definition: true };
    }
    return { text: oneLine(toString(node)), markdown: oneLine(inlineMarkdown(node)), node, definition: false };
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
        hook.trigger = { value: found.rest, markdown: found.markdown, range: found.range };
        break;
      case "behavior":
        hook.behavior = { range, steps: items(list, source).map((s) => text(s.node, s.text, s.markdown)) };
        break;
      case "error handling":
        hook.errorHandling = { range, cases: items(list, source).map(splitCase) };
        break;
      case "user communication": {
        const comm: NonNullable<Hook["userCommunication"]> = { range };
        const MESSAGE = /^(success|failure)\s*:\s*(.*)$/i;
        for (const s of items(list, source)) {
          const m = MESSAGE.exec(s.text);
          if (m) comm[m[1]!.toLowerCase() as "success" | "failure"] = text(s.node, m[2]!.trim(), MESSAGE.exec(s.markdown)?.[2]!.trim() ?? m[2]!.trim());
        }
        hook.userCommunication = comm;
        break;
      }
    }
  }
  return hook;
}

/**
 * `- Auth failure: ask for a new token` -> case and response, split at the first colon; in the
 * Markdown, at the first colon outside inline code (`` `HTTP 429`: back off ``).
 */
function splitCase({ node, text, markdown, definition }: { node: Item; text: string; markdown: string; definition: boolean }): ErrorCase {
  const range = rangeOf(node);
  const colon = text.indexOf(":");
  if (colon === -1) return { case: { value: text, markdown, range }, response: { value: "", markdown: "", range } };
  const value = [text.slice(0, colon).trim(), text.slice(colon + 1).trim()] as const;
  // An item read from its source is its own Markdown; one whose only colon is inside code is split as its text is.
  const inline = definition ? undefined : splitInlineMarkdown(node.children, ":");
  const [caseMd, responseMd] = inline ? inline.map(oneLine) : value;
  return { case: { value: value[0], markdown: caseMd!, range }, response: { value: value[1], markdown: responseMd!, range } };
}
