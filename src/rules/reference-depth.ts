/**
 * reference-depth: a Markdown page the skill links that links on to another page of the skill
 * which SKILL.md itself does not link. Anthropic's skill authoring best practices: keep
 * references one level deep from SKILL.md, since an agent may read a page reached through another
 * page only in part (`head -100`). Reported at SKILL.md's link to the first page, naming the
 * deeper ones: the place the fix goes (link them from SKILL.md), in the file being linted.
 */
import { basename, dirname, relative, sep } from "node:path";
import { resolvesInside } from "../fs/inside.js";
import type { Link } from "../model/types.js";
import { parseSkill } from "../parse/index.js";
import { localTarget } from "../parse/links.js";
import { defineRule } from "./define.js";

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
/** Pages read per skill: past it, a generated index of thousands of links is not followed further. */
const MAX_PAGES = 100;
/**
 * Bytes of pages parsed per skill: two skill files at the default size limit. The public skill
 * that links the most (UiPath's uipath-maestro-case) links 43 pages of 730 KB in all. Pages
 * dense with links parsed at 10 to 20 s per MB with remark-parse; the fast path (parse/fast.ts)
 * reads them in about 2 s per MB (100 pages of 2,000 links each: 9.1 s before, 1.9 s after),
 * so this bounds the rule's worst case at a few times that of one skill file. Pages past it are
 * not followed.
 */
const MAX_BYTES = 1024 * 1024;
/** A page that can link another Markdown page holds one of these (`%2E` is a `.` percent-encoded). */
const MAY_LINK_PAGE = /\.(?:md|markdown|mdx)|%2e/i;
/** Deeper pages named in one message; the rest are counted. */
const MAX_NAMED = 3;

export default defineRule({
  id: "reference-depth",
  meta: {
    description: "A page the skill links that links on to another page of the skill which SKILL.md does not link (references more than one level deep)",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      deep: "Unexpected reference chain: `{{page}}` links on to {{deeper}}, which SKILL.md does not link; agents may read such pages only in part, expected every reference linked from SKILL.md",
    },
  },
  check(ctx) {
    const { doc, project } = ctx;
    if (!doc.readable || doc.kind === "template") return;
    const folder = dirname(doc.path);
    const show = (path: string) => relative(folder, path).split(sep).join("/");
    // Asked once per target: a page of thousands of links to a few pages resolves each page once.
    const pages = new Map<string, boolean>();
    /** A Markdown file of this skill (its real path inside the skill's folder, not SKILL.md), or undefined. */
    const pageOf = (url: string, from: string): string | undefined => {
      const target = localTarget(url, from, project.root);
      if (!target || basename(target) === "SKILL.md" || !MARKDOWN.test(target)) return undefined;
      let page = pages.get(target);
      if (page === undefined) pages.set(target, (page = project.exists(target) && resolvesInside(folder, target)));
      return page ? target : undefined;
    };

    const direct = new Map<string, Link>();
    for (const link of doc.links) {
      const page = pageOf(link.url, doc.path);
      if (page && !direct.has(page)) direct.set(page, link);
    }
    let budget = MAX_BYTES;
    for (const [page, link] of [...direct].slice(0, MAX_PAGES)) {
      const bytes = project.read(page);
      if (!bytes) continue; // Too large, not a file or unreadable: the links rule says what it can.
      // Most pages link no other page: no need to parse them.
      if (!MAY_LINK_PAGE.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"))) continue;
      if ((budget -= bytes.length) < 0) break;
      const linked = parseSkill(page, bytes, { limits: {} });
      if (!linked.readable) continue;
      const deeper = new Set<string>();
      for (const next of linked.links) {
        const target = pageOf(next.url, page);
        if (target && target !== page && !direct.has(target)) deeper.add(show(target));
      }
      if (deeper.size === 0) continue;
      const names = [...deeper].sort();
      const named = names.slice(0, MAX_NAMED).map((n) => `\`${n}\``).join(", ");
      const rest = names.length > MAX_NAMED ? ` and ${names.length - MAX_NAMED} more` : "";
      ctx.report({ messageId: "deep", data: { page: show(page), deeper: `${named}${rest}` }, at: link.range });
    }
  },
});
