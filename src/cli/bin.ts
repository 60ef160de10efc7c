#!/usr/bin/env node
/**
 * The `skillc` command: runs the CLI's bundle (dist/bin/cli.cjs, built from cli/main.ts) through
 * V8's code cache (cli/launch.ts). Meaningful only as built by scripts/bundle-cli.mjs, as
 * dist/bin/skillc.cjs beside dist/bin/cli.cjs.
 */
import { fileURLToPath } from "node:url";
import { launch } from "./launch.js";

launch(fileURLToPath(new URL("./cli.cjs", import.meta.url)));
