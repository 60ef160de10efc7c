#!/usr/bin/env node
// Build step: bundle the CLI into dist/bin/ with esbuild. Loading ~150 small ESM modules of the
// unified ecosystem cost ~320 ms of every run; one file per command (code splitting keeps each
// command's code lazy) loads in a fraction of that. The library (dist/index.js) stays unbundled,
// except remark-parse, bundled into dist/parse/reference.cjs to be loaded only when needed.
// bench/startup.mjs bundles its probe with the same options, so it loads as the CLI does.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** @type {import("esbuild").BuildOptions} */
export const bundleOptions = {
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Paths are computed from import.meta.url at the same depth as in dist/<stage>/, so
  // schemas/, templates/ and package.json resolve the same way from dist/bin/.
  // Bundled CommonJS dependencies (yaml, write-file-atomic, ajv's runtime) use require,
  // __filename and __dirname, which ES modules lack: give each chunk its own.
  banner: {
    js: [
      'import { createRequire as __skillcCreateRequire } from "node:module";',
      'import { fileURLToPath as __skillcFileURLToPath } from "node:url";',
      "const require = __skillcCreateRequire(import.meta.url);",
      "const __filename = __skillcFileURLToPath(import.meta.url);",
      'const __dirname = __skillcFileURLToPath(new URL(".", import.meta.url));',
    ].join(" "),
  },
  // jsonc-parser's main is a UMD module that requires its parts at run time, which a bundle
  // cannot follow: bundle its ES module build instead (Node itself loads the UMD one fine).
  alias: { "jsonc-parser": "./node_modules/jsonc-parser/lib/esm/main.js" },
  legalComments: "none",
  logLevel: "warning",
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Chunk names carry content hashes: clear the last build's, or they pile up in the package.
  rmSync("dist/bin", { recursive: true, force: true });
  await build({
    ...bundleOptions,
    // The lint worker is its own entry: lint/run.ts starts it as ./lint-worker.js beside itself.
    entryPoints: { skillc: "src/cli/main.ts", "lint-worker": "src/lint/lint-worker.ts" },
    outdir: "dist/bin",
  });
  // remark-parse, the reference parser, as one CommonJS file that src/parse/index.ts requires on
  // the first file the fast path does not cover (ES modules cannot be loaded synchronously).
  await build({
    entryPoints: ["src/parse/reference.ts"],
    outfile: "dist/parse/reference.cjs",
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
  });
}
