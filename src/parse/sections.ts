/** The heading tree of a document, with where each section's content ends. */
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { rangeOf } from "../model/positions.js";
import type { Point, Section } from "../model/types.js";
import { normalizeTitle } from "./walk.js";

/** A section plus the top-level nodes that belong to it (its heading excluded). */
export interface SectionSpan {
  section: Section;
  content: RootContent[];
}

export function buildSections(root: Root, endOfFile: Point): { sections: Section[]; spans: SectionSpan[] } {
  const spans: SectionSpan[] = [];
  const top: Section[] = [];
  const open: SectionSpan[] = [];
  for (const node of root.children) {
    if (node.type === "heading") {
      const range = rangeOf(node);
      while (open.length > 0 && open.at(-1)!.section.depth >= node.depth) open.pop()!.section.end = range.start;
      const section: Section = { title: toString(node).trim(), depth: node.depth, range, end: endOfFile, children: [] };
      (open.at(-1)?.section.children ?? top).push(section);
      const span = { section, content: [] };
      spans.push(span);
      open.push(span);
    } else {
      // Content belongs to every open section (a `##` section contains its `###` subsections' content too).
      for (const span of open) span.content.push(node);
    }
  }
  return { sections: top, spans };
}

/** The first section whose normalised title is one of `titles`. */
export function findSection(spans: SectionSpan[], titles: readonly string[]): SectionSpan | undefined {
  return spans.find((s) => titles.includes(normalizeTitle(s.section.title)));
}

/** Direct subsections of a section, each with only its own content. */
export function subsections(spans: SectionSpan[], parent: SectionSpan): SectionSpan[] {
  const start = spans.indexOf(parent);
  // A set, not a search of the children per span: a section of many subsections was quadratic.
  const children = new Set(parent.section.children);
  const result: SectionSpan[] = [];
  for (let i = start + 1; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.section.depth <= parent.section.depth) break;
    if (children.has(s.section)) result.push(s);
  }
  return result;
}
