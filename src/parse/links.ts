/** Where a link in a skill points on disk: the one reading of a link URL as a local path. */
import { dirname, resolve } from "node:path";
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
