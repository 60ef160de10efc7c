import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/** `npm test`: everything but test/slow/ (`npm run test:slow`) and test/agents-cli/ (`npm run test:agents`). */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/slow/**", "test/agents-cli/**"],
    testTimeout: 30_000,
    globalSetup: ["test/setup/temp-folder.ts"],
    // One module graph per worker, not one per test file: isolated, every file imported src/
    // afresh (compiling the schemas with ajv each time) and ran it before the JIT warmed up.
    // Measured on 2 cores, 47 files: 66 s wall and 88 s CPU isolated, 28 s and 35 s not (the
    // threads pool was no faster). No test mocks modules or keeps state between files.
    isolate: false,
    // One worker per core, not vitest's default of one fewer: the main process mostly waits.
    // On 2 cores, 59 files: 39 s and 35 s wall with one worker, 38 s and 24 s with two.
    maxWorkers: availableParallelism(),
  },
});
