/**
 * links: every relative link and image points at a file or folder that exists, so the
 * skill's references resolve for the agent (and in the bundle `skillc build` makes).
 */
import { dirname, relative, resolve, sep } from "node:path";
import { hasPlaceholder } from "../parse/inline.js";
import { defineRule } from "./define.js";

/** The local file a link points at, or undefined for URLs, anchors and placeholders. */
export function localTarget(url: string, from: string, root: string): string | undefined {
  if (url === "" || url.startsWith("#") || url.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  if (hasPlaceholder(url) || url.includes("{{") || url.includes("${")) return undefined;
  const path = url.replace(/[?#].*$/, "");
  if (path === "") return undefined;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  return decoded.startsWith("/") ? resolve(root, `.${decoded}`) : resolve(dirname(from), decoded);
}

export default defineRule({
  id: "links",
  meta: {
    description: "A relative link whose target does not exist",
    defaultSeverity: "error",
    scope: "all",
    messages: {
      missing: "Broken link `{{url}}`: no file at `{{target}}`",
    },
  },
  check(ctx) {
    const { doc, project } = ctx;
    for (const link of doc.links) {
      const target = localTarget(link.url, doc.path, project.root);
      if (!target || project.exists(target)) continue;
      const shown = relative(project.root, target).split(sep).join("/");
      ctx.report({ messageId: "missing", data: { url: link.url, target: shown }, at: link.range });
    }
  },
});
