import { configDefaults, defineConfig } from "vitest/config";

/** `npm test`: everything but test/slow/ (vitest.slow.config.ts, `npm run test:slow`). */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/slow/**"],
    testTimeout: 30_000,
    globalSetup: ["test/setup/temp-folder.ts"],
    // One module graph per worker, not one per test file: isolated, every file imported src/
    // afresh (compiling the schemas with ajv each time) and ran it before the JIT warmed up.
    // Measured on 2 cores, 47 files: 66 s wall and 88 s CPU isolated, 28 s and 35 s not. The
    // threads pool was no faster; two workers instead of the default one (cores - 1) saved 3 s
    // of wall time for 5 s more CPU, so the default stays. No test mocks modules or keeps state
    // between files.
    isolate: false,
  },
});
