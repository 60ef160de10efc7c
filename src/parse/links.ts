/** Where a link in a skill points on disk: the one reading of a link URL as a local path. */
import { basename, dirname, resolve } from "node:path";
import type { SkillDocument } from "../model/types.js";
import { hasPlaceholder } from "./inline.js";

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

/**
 * Does the document link the integration framework protocol? A link to a file of the same name
 * counts (the `links` rule reports it if it is broken). `protocol` and `root` are absolute.
 */
export function linksProtocol(doc: SkillDocument, project: { root: string; protocol: string }): boolean {
  const name = basename(project.protocol);
  return doc.links.some((link) => {
    const target = localTarget(link.url, doc.path, project.root);
    return target === project.protocol || (target !== undefined && basename(target) === name);
  });
}
