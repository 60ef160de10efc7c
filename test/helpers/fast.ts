/** The fast path held to remark-parse, for test/parse/fast.test.ts and test/slow/fast-public.test.ts. */
import type { Nodes, Root } from "mdast";
import { expect } from "vitest";
import { LineIndex } from "../../src/model/positions.js";
import { fastParseOrReason } from "../../src/parse/fast.js";
import { referenceProcessor } from "../../src/parse/reference.js";
import { remarkLinkSpans, spansOf } from "../../src/parse/spans.js";

const remark = referenceProcessor().use(remarkLinkSpans).freeze();

/** A node with its link spans as a field, so that a deep comparison covers them. */
function withSpans(node: Nodes): unknown {
  const { children, ...rest } = node as Nodes & { children?: Nodes[] };
  const out: Record<string, unknown> = { ...rest };
  if (children) out.children = children.map(withSpans);
  const spans = spansOf(node);
  if (spans) out.spans = spans;
  return out;
}

/** The fast tree of `text` (undefined when not covered), after checking it is remark's. */
export function checkFast(text: string): Root | undefined {
  const { tree } = fastParseOrReason(text, new LineIndex(text));
  if (tree) expect(withSpans(tree)).toStrictEqual(withSpans(remark.parse(text)));
  return tree;
}

