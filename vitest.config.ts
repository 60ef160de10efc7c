import { configDefaults, defineConfig } from "vitest/config";

/** `npm test`: everything but test/slow/ (vitest.slow.config.ts, `npm run test:slow`). */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/slow/**"],
    testTimeout: 30_000,
    globalSetup: ["test/setup/temp-folder.ts"],
  },
});
