#!/usr/bin/env node
// Build step: bundle the CLI into dist/bin/ with esbuild. Loading ~150 small ESM modules of the
// unified ecosystem cost ~320 ms of every run; one bundle loads in a fraction of that. The CLI is
// one CommonJS file, dist/bin/cli.cjs, which the `skillc` command (dist/bin/skillc.cjs, from
// src/cli/bin.ts) runs through V8's code cache (src/cli/launch.ts): ES modules have no code cache
// in Node 20. The build then lints the examples once, which writes that cache. The lint worker
// stays an ES module bundle of its own. The library (dist/index.js) stays unbundled, except
// remark-parse, bundled into dist/parse/reference.cjs to be loaded only when needed.
// bench/startup.mjs bundles its probe with the same options, so it loads as the CLI does.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
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

/**
 * Build outputs the library requires at run time by path, which a bundle cannot follow: in the
 * CLI's bundle, the module that requires each becomes a plain require of the built file, so that
 * the file is bundled, and its compiled code is in the code cache like the rest.
 * @type {Record<string, string>} source module -> the built file it requires
 */
const BUILT = {
  "src/schema/precompiled.ts": "dist/schema/validators.cjs",
  "src/parse/reference-built.ts": "dist/parse/reference.cjs",
};

/** @type {import("esbuild").Plugin} */
const inlineBuilt = {
  name: "skillc-inline-built",
  setup(b) {
    const root = b.initialOptions.absWorkingDir ?? process.cwd();
    const byPath = new Map(Object.entries(BUILT).map(([source, built]) => [resolve(root, source), resolve(root, built)]));
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const built = byPath.get(args.path);
      if (!built) return undefined;
      if (!existsSync(built)) throw new Error(`${built} is not built yet: build it before the CLI's bundle`);
      return { contents: `export function requireBuilt() { return require(${JSON.stringify(built)}); }`, loader: "js", resolveDir: dirname(built) };
    });
  },
};

/**
 * The same, as one CommonJS file for src/cli/launch.ts: import.meta.url becomes the file's own URL
 * (paths resolve from dist/bin/ as above), and dynamic imports become lazily run parts of the file.
 * @type {import("esbuild").BuildOptions}
 */
export const cjsOptions = {
  ...bundleOptions,
  splitting: false,
  format: "cjs",
  define: { "import.meta.url": "__skillcImportMetaUrl" },
  // "use strict" first: the banner comes before esbuild's own, which would then not count.
  banner: { js: '"use strict"; const __skillcImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  // launch.ts decodes ASCII faster than UTF-8: escape what can be.
  charset: "ascii",
  plugins: [inlineBuilt],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Chunk names carry content hashes: clear the last build's, or they pile up in the package.
  rmSync("dist/bin", { recursive: true, force: true });
  // remark-parse, the reference parser, as one CommonJS file that src/parse/index.ts requires on
  // the first file the fast path does not cover (ES modules cannot be loaded synchronously); the
  // CLI's bundle carries it (inlineBuilt), so it comes first.
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
  // The bin (CommonJS too: Node starts a CommonJS entry a few ms sooner) runs the CLI's bundle.
  await build({ ...cjsOptions, entryPoints: { skillc: "src/cli/bin.ts", cli: "src/cli/main.ts" }, outdir: "dist/bin", outExtension: { ".js": ".cjs" } });
  // The lint worker is its own entry: lint/workers.ts starts it as ./lint-worker.js beside the CLI.
  await build({ ...bundleOptions, splitting: false, entryPoints: { "lint-worker": "src/lint/lint-worker.ts" }, outdir: "dist/bin" });
  // One lint writes the code cache with what a lint compiles: of the examples, the broken ones
  // included, in the default format, or of the template where the examples are absent (a copy of
  // the package's files alone, as pre-commit builds it). The cache only saves time: without it the
  // first real run writes one, so a lint that wrote none is a note on stderr, not a failed build.
  const targets = existsSync("examples/broken") ? ["examples", "examples/broken"] : ["templates"];
  const trained = spawnSync(process.execPath, ["dist/bin/skillc.cjs", "lint", ...targets], { stdio: "ignore", env: { ...process.env, SKILLC_CODE_CACHE: "1" } });
  if (!readdirSync("dist/bin").some((f) => /^cli\.cjs\.[0-9a-f]{16}\.cache$/.test(f))) {
    process.stderr.write(`bundle-cli: note: \`skillc lint ${targets.join(" ")}\` exited ${trained.status} and wrote no code cache; the first run will write it\n`);
  }
}
