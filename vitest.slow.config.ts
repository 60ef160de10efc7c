import { defineConfig } from "vitest/config";

/**
 * `npm run test:slow`: what takes seconds a test or depends on timing: builds killed mid-write,
 * writes cut short by a file size limit, lint worker processes and signals, the ownership
 * property through the built binary, the library against the CLI on the bundled examples (each
 * case builds them for every agent twice); and every property test at its full number of cases
 * (SKILLC_TEST_SLOW, read by test/helpers/runs.ts). CI runs it after `npm test`.
 */
export default defineConfig({
  test: {
    include: ["test/slow/**/*.test.ts", "test/parse/property.test.ts", "test/security/cache.test.ts", "test/security/ownership.property.test.ts"],
    env: { SKILLC_TEST_SLOW: "1" },
    testTimeout: 60_000,
    globalSetup: ["test/setup/temp-folder.ts"],
  },
});
