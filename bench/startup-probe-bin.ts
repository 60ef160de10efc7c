/**
 * The probe's bin (bench/startup.mjs), as src/cli/bin.ts is the CLI's: it notes when it starts
 * the launch, so that the probe can tell Node's own start-up from reading and compiling the bundle.
 */
import { fileURLToPath } from "node:url";
import { launch } from "../src/cli/launch.js";

(globalThis as { skillcProbeLaunched?: number }).skillcProbeLaunched = performance.now();
launch(fileURLToPath(new URL("./cli.cjs", import.meta.url)));
