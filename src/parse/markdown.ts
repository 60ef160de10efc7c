/**
 * Inline Markdown of the model's text, for generated pages (which never parse Markdown): the text
 * as mdast-util-to-string flattens it, with inline code kept in backticks.
 */
import type { Nodes } from "mdast";

/** The escape that keeps a literal backtick of text from opening a code span. */
const escapeText = (value: string) => value.replace(/`/g, "\\`");

/** A code span around `value`: a fence longer than any run of backticks in it, padded where CommonMark would strip or merge. */
function codeSpan(value: string): string {
  let longest = 0;
  for (const run of value.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const stripped = value.startsWith(" ") && value.endsWith(" ") && /[^ ]/.test(value);
  const pad = value.startsWith("`") || value.endsWith("`") || stripped ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** `nodes` as inline Markdown: what `toString` gives, but inline code in backticks and literal backticks escaped. */
export function inlineMarkdown(nodes: Nodes | readonly Nodes[]): string {
  if (isList(nodes)) return nodes.map((n) => inlineMarkdown(n)).join("");
  const node = nodes;
  if (node.type === "inlineCode") return codeSpan(node.value);
  if (node.type === "text") return escapeText(node.value);
  // As mdast-util-to-string: a value (html, code), else an image's alt, else the children's text.
  if ("value" in node) return node.value;
  if ("alt" in node && node.alt) return node.alt;
  return "children" in node ? inlineMarkdown(node.children as Nodes[]) : "";
}

/**
 * `nodes` as inline Markdown cut in two at the first `separator` in their text (never inside
 * inline code): `- \`HTTP 429\`: back off` -> `` `HTTP 429` `` and ` back off`. Undefined when
 * the text outside code has none.
 */
export function splitInlineMarkdown(nodes: readonly Nodes[], separator: string): [string, string] | undefined {
  let before = "";
  let after: string | undefined;
  const visit = (node: Nodes): void => {
    if (after !== undefined) after += inlineMarkdown(node);
    else if (node.type === "text") {
      const at = node.value.indexOf(separator);
      if (at === -1) before += escapeText(node.value);
      else {
        before += escapeText(node.value.slice(0, at));
        after = escapeText(node.value.slice(at + separator.length));
      }
    } else if (node.type !== "inlineCode" && !("value" in node) && "children" in node) (node.children as Nodes[]).forEach(visit);
    else before += inlineMarkdown(node);
  };
  nodes.forEach(visit);
  return after === undefined ? undefined : [before, after];
}

function isList(nodes: Nodes | readonly Nodes[]): nodes is readonly Nodes[] {
  return Array.isArray(nodes);
}
