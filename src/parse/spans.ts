/**
 * Where the parts of a link sit in the source: its text (or an image's alt) and its destination.
 * mdast keeps only decoded values (`url`, `alt`), so anything that rewrites a link would have
 * to find them in the text again; micromark knows them exactly, and this records them as the
 * tree is built.
 */
import type { Processor } from "unified";

/** Offsets in the parsed text, end exclusive. */
export interface LinkSpans {
  /** The link text or alt text, between `[` and `]`. */
  label?: [number, number];
  /** The URL as written, inside `<…>` when bracketed. */
  destination?: [number, number];
}

interface Token {
  start: { offset: number };
  end: { offset: number };
}

/** The part of mdast-util-from-markdown's compile context the handlers use. */
interface Context {
  stack: unknown[];
  sliceSerialize(token: Token): string;
}

const spans = new WeakMap<object, LinkSpans>();

/** The spans recorded for a link, image, reference or definition node. */
export function spansOf(node: object): LinkSpans | undefined {
  return spans.get(node);
}

function record(node: unknown, key: keyof LinkSpans, from: number, to: number): void {
  if (!node || typeof node !== "object") return;
  spans.set(node, { ...spans.get(node), [key]: [from, to] });
}

/** Record a span of a link or image built by the fast path (./fast.ts). */
export function recordSpan(node: object, key: keyof LinkSpans, from: number, to: number): void {
  record(node, key, from, to);
}

function destination(this: Context, token: Token): void {
  // Bracketed (`<a b.md>`): the URL is inside the brackets.
  const inset = this.sliceSerialize(token).startsWith("<") ? 1 : 0;
  record(this.stack.at(-1), "destination", token.start.offset + inset, token.end.offset - inset);
}

/**
 * The handlers use token types mdast-util-from-markdown has no handler of its own for
 * (`labelText` on enter, `resourceDestination`, `definitionDestination`), so they add to the
 * default ones rather than replace them. On entering `labelText`, the stack ends with the
 * label's buffer and, below it, the link or image being built.
 */
const linkSpans = {
  enter: {
    labelText(this: Context, token: Token) {
      record(this.stack.at(-2), "label", token.start.offset, token.end.offset);
    },
    resourceDestination: destination,
    definitionDestination: destination,
  },
};

export function remarkLinkSpans(this: Processor): void {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push(linkSpans);
}
