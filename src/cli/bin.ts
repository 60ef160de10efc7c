#!/usr/bin/env node
/**
 * The `skillc` command: runs the CLI's bundle (dist/bin/cli.cjs, built from cli/main.ts) through
 * V8's code cache (cli/launch.ts). Only the bundled build has this file.
 */
import { fileURLToPath } from "node:url";
import { launch } from "./launch.js";

launch(fileURLToPath(new URL("./cli.cjs", import.meta.url)));
