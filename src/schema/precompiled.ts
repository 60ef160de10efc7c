/**
 * The build's standalone validators, dist/schema/validators.cjs (scripts/compile-schemas.mjs),
 * required from dist/schema/ (the library). Throws when running from source, which has none.
 * The CLI's bundle replaces this module with a plain require of that file, so that the
 * validators are part of the bundle and of its code cache (scripts/bundle-cli.mjs).
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export function requireBuilt(): unknown {
  return createRequire(import.meta.url)(fileURLToPath(new URL("../schema/validators.cjs", import.meta.url)));
}
