/** Inline items of the model: links, placeholders, HTML comments and user-facing (quoted) text. */
import type { Nodes, Root } from "mdast";
import type { LineIndex } from "../model/positions.js";
import { rangeOf } from "../model/positions.js";
import type { Comment, Link, LinkReference, Located, Placeholder, Range } from "../model/types.js";
import { spansOf } from "./spans.js";
import { walk } from "./walk.js";

/**
 * The one placeholder syntax of templates: a bracketed name such as `[service-name]`,
 * `[Service Name]` or `[N]` that is not a link, a reference or an index like `a[0]`.
 */
export const PLACEHOLDER = /(?<![\w\]\\!])\[([A-Za-z0-9][A-Za-z0-9 _./-]{0,60})\](?![(\[:])/;
// Not global on purpose: a shared global regex keeps `lastIndex` between calls (and `matchAll` copies it).
const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, "g");

export function hasPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

export function findPlaceholders(value: string): { text: string; index: number }[] {
  return [...value.matchAll(PLACEHOLDERS)].map((m) => ({ text: m[0], index: m.index }));
}

/**
 * A quoted sentence: straight or curly double quotes, at least two words, within one paragraph.
 * A curly quote ends at the next opening one too: `[^\u201d]*` alone rescanned the rest of the
 * paragraph from each of many unclosed `\u201c` (quadratic).
 */
const QUOTED = /"([^"\n]*(?:\n(?!\s*\n)[^"\n]*)*)"|\u201c([^\u201c\u201d]*)\u201d/g;

/**
 * Each `<!-- … -->` of an HTML node's value, in one pass. An unclosed `<!--` ends the search:
 * no later one can close either (a regex went on to rescan the rest from each of them).
 */
function* commentsIn(value: string): Generator<{ index: number; length: number; body: string }> {
  for (let open = value.indexOf("<!--"); open !== -1; ) {
    const close = value.indexOf("-->", open + 4);
    if (close === -1) return;
    yield { index: open, length: close + 3 - open, body: value.slice(open + 4, close) };
    open = value.indexOf("<!--", close + 3);
  }
}

export interface InlineItems {
  links: Link[];
  linkReferences: LinkReference[];
  placeholders: Placeholder[];
  comments: Comment[];
  quoted: Located<string>[];
}

export function extractInline(tree: Root, text: string, lines: LineIndex): InlineItems {
  const items: InlineItems = { links: [], linkReferences: [], placeholders: [], comments: [], quoted: [] };
  const span = (offsets: [number, number] | undefined): Range | undefined => (offsets ? lines.range(offsets[0], offsets[1]) : undefined);
  // A reference's URL is its definition's: the first definition of an identifier wins, wherever it is.
  const definitions = new Map<string, string>();
  const references: { node: Nodes & { identifier: string }; kind: LinkReference["kind"] }[] = [];
  walk(tree, (node: Nodes) => {
    switch (node.type) {
      case "code":
      case "inlineCode":
      case "yaml":
        return false;
      case "link":
      case "image": {
        const spans = spansOf(node);
        const link: Link = { url: node.url, range: rangeOf(node), kind: node.type };
        const destination = span(spans?.destination);
        const label = span(spans?.label);
        if (destination) link.destination = destination;
        if (label) link.label = label;
        items.links.push(link);
        return;
      }
      case "linkReference":
      case "imageReference":
        references.push({ node, kind: node.type === "linkReference" ? "link" : "image" });
        return;
      case "definition": {
        const destination = span(spansOf(node)?.destination);
        items.links.push({ url: node.url, range: rangeOf(node), kind: node.type, ...(destination ? { destination } : {}) });
        if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
        // `[error case]: [response]` is a definition to Markdown and two placeholders to a template;
        // a definition whose target is a real URL (`[docs]: https://…`) is just a definition.
        if (!hasPlaceholder(node.url)) return;
        const { start, end } = rangeOf(node);
        const raw = text.slice(start.offset, end.offset);
        for (const p of findPlaceholders(raw.replace(/\]:/, "] "))) {
          items.placeholders.push({ value: p.text, where: "body", range: lines.range(start.offset + p.index, start.offset + p.index + p.text.length) });
        }
        return;
      }
      case "html":
        for (const c of commentsIn(node.value)) {
          const start = rangeOf(node).start.offset + c.index;
          items.comments.push({ value: c.body.trim(), range: lines.range(start, start + c.length) });
        }
        return false;
      case "text": {
        const { start, end } = rangeOf(node);
        // Text nodes hold the decoded value; with escapes or entities it differs from the source, so find each in the source.
        const raw = text.slice(start.offset, end.offset);
        const exact = raw === node.value;
        let cursor = 0;
        for (const p of findPlaceholders(node.value)) {
          const at = exact ? p.index : raw.indexOf(p.text, cursor);
          if (at === -1) continue;
          cursor = at + 1;
          // Escaped in the source (`\\[N]`), which the syntax excludes.
          if (raw.charAt(at - 1) === "\\") continue;
          const from = start.offset + at;
          items.placeholders.push({ value: p.text, where: "body", range: lines.range(from, from + p.text.length) });
        }
        return;
      }
      case "paragraph":
      case "tableCell":
        collectQuoted(node, text, lines, items.quoted);
        return;
    }
  });
  for (const { node, kind } of references) {
    const url = definitions.get(node.identifier);
    const label = span(spansOf(node)?.label);
    if (url !== undefined && label) items.linkReferences.push({ kind, url, range: rangeOf(node), label });
  }
  return items;
}

function collectQuoted(node: Nodes, text: string, lines: LineIndex, out: Located<string>[]): void {
  const { start, end } = rangeOf(node);
  const raw = text.slice(start.offset, end.offset);
  if (!raw.includes('"') && !raw.includes("\u201c")) return;
  const codeSpans: [number, number][] = [];
  if ("children" in node) {
    for (const child of node.children) {
      if (child.type === "inlineCode") {
        const r = rangeOf(child);
        codeSpans.push([r.start.offset - start.offset, r.end.offset - start.offset]);
      }
    }
  }
  // Quotes and code spans both come in source order: one pointer, not a search per quote.
  let span = 0;
  for (const m of raw.matchAll(QUOTED)) {
    while (span < codeSpans.length && codeSpans[span]![1] <= m.index) span++;
    if (span < codeSpans.length && codeSpans[span]![0] <= m.index) continue;
    const value = (m[1] ?? m[2] ?? "").trim();
    if (!/\S\s+\S/.test(value)) continue;
    const from = start.offset + m.index;
    out.push({ value, range: lines.range(from, from + m[0].length) });
  }
}
