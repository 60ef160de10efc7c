/**
 * GitHub Flavored Markdown as skillc reads it: tables, strikethrough, task lists and footnotes,
 * but not literal autolinks (a bare `https://…` or `www.…` becoming a link node).
 *
 * remark-gfm always turns literal autolinks on, and they cost a third of the parse (measured on
 * the benchmark's 3.6 KB skills: 13.0 ms a file with them, 8.8 ms without): micromark tries an
 * email autolink at the start of every word, then a tree transform searches every text node
 * again. No rule needs them: `links` checks relative targets, which a bare URL never is, and a
 * bare URL stays in the text where `no-secrets` and the placeholders still read it.
 */
import type { Processor } from "unified";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";

export function remarkGfmBlocks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
