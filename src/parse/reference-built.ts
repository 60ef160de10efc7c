/**
 * The build's bundle of ./reference.ts (remark-parse), dist/parse/reference.cjs, required from
 * dist/parse/ (the library), or from the build when running from source (tests). The CLI's bundle
 * replaces this module with a plain require of that file, so that remark-parse is part of the
 * bundle and of its code cache (scripts/bundle-cli.mjs).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export function requireBuilt(): unknown {
  const built = fileURLToPath(new URL("../parse/reference.cjs", import.meta.url));
  const path = existsSync(built) ? built : fileURLToPath(new URL("../../dist/parse/reference.cjs", import.meta.url));
  return createRequire(import.meta.url)(path);
}
