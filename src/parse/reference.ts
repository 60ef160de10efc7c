/**
 * remark-parse as skillc reads Markdown (frontmatter, GFM without literal autolinks): the
 * reference parser, for the files the fast path (./fast.ts) does not cover. The build bundles
 * it into dist/parse/reference.cjs, which ./index.ts loads on the first such file: a run whose
 * files the fast path covers never loads unified, remark and micromark at all.
 */
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { remarkGfmBlocks } from "./gfm.js";

/** A new, unfrozen processor: the caller adds its own plugins (the link spans of ./spans.ts, whose records live in the caller's module). */
export function referenceProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfmBlocks);
}
