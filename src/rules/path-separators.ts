/**
 * path-separators: a relative link or a file path written with Windows separators
 * (`scripts\helper.py`) works only on Windows; agents on macOS and Linux find no such file.
 * Anthropic's skill authoring best practices: always forward slashes, even on Windows.
 */
import { dirname, resolve } from "node:path";
import type { Edit } from "../model/edits.js";
import { rangeOf } from "../model/positions.js";
import type { Range } from "../model/types.js";
import { localTarget } from "../parse/links.js";
import { walk } from "../parse/walk.js";
import { defineRule } from "./define.js";

/** CommonMark's ASCII punctuation: a backslash before one of these is an escape, not a separator. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Inline code that is a relative path with backslashes and nothing else (`scripts\fill.py`, `.\ref\a.md`). */
const WINDOWS_PATH = /^(?:\.{1,2}\\)*[\w.@-]+(?:\\[\w.@-]+)+\\?$/;

/**
 * The edits that turn each backslash of a link destination's path into `/`: a literal `\` (one
 * before a letter, digit or space) or an escaped one (`\\`). An escape of other punctuation
 * (`\_`) is left alone. Undefined when a backslash comes from elsewhere (a character reference).
 */
function destinationEdits(text: string, at: Range, backslashes: number): Edit[] | undefined {
  const edits: Edit[] = [];
  for (let i = at.start.offset; i < at.end.offset; i++) {
    const c = text[i];
    if (c === "?" || c === "#") break;
    if (c !== "\\") continue;
    const next = text[i + 1] ?? "";
    if (next === "\\") edits.push({ start: i, end: i + 2, text: "/" });
    else if (!PUNCTUATION.test(next)) edits.push({ start: i, end: i + 1, text: "/" });
    i++;
  }
  return edits.length === backslashes ? edits : undefined;
}

export default defineRule({
  id: "path-separators",
  meta: {
    description: "A relative link or a file path written with Windows separators (`\\`), which fails on macOS and Linux",
    defaultSeverity: "error",
    preset: "recommended",
    fixable: true,
    scope: "all",
    messages: {
      link: "Unexpected `\\` in link `{{url}}`, expected `/` as the path separator (`{{fixed}}`)",
      path: "Unexpected `\\` in path `{{path}}`, expected `/` as the path separator (`{{fixed}}`)",
    },
  },
  check(ctx) {
    const { doc, project } = ctx;
    for (const link of doc.links) {
      const path = link.url.replace(/[?#][\s\S]*$/, "");
      // Only relative paths: not URLs, not `C:\…` (a scheme to a URL parser) or `\\server\share`.
      if (!link.destination || !path.includes("\\") || path.startsWith("\\") || !localTarget(link.url, doc.path, project.root)) continue;
      const fixed = path.replace(/\\/g, "/") + link.url.slice(path.length);
      const edits = destinationEdits(doc.text, link.destination, path.split("\\").length - 1);
      ctx.report({ messageId: "link", data: { url: link.url, fixed }, at: link.destination, ...(edits ? { fix: edits } : {}) });
    }
    // A path in inline code, where the file it names exists once its separators are `/`: code
    // blocks are left alone (a PowerShell example may mean its backslashes).
    const folder = dirname(doc.path);
    walk(doc.tree, (node) => {
      if (node.type === "code") return false;
      if (node.type !== "inlineCode" || !WINDOWS_PATH.test(node.value)) return;
      const fixed = node.value.replace(/\\/g, "/");
      if (!project.exists(resolve(folder, fixed))) return;
      const span = rangeOf(node);
      const start = doc.text.indexOf(node.value, span.start.offset);
      if (start < 0 || start + node.value.length > span.end.offset) return;
      const edits = [...node.value.matchAll(/\\/g)].map((m) => ({ start: start + m.index, end: start + m.index + 1, text: "/" }));
      ctx.report({ messageId: "path", data: { path: node.value, fixed }, at: doc.lines.range(start, start + node.value.length), fix: edits });
    });
  },
});
