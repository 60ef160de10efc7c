import { defineConfig } from "vitest/config";

/**
 * `npm run test:agents`: `skillc install` checked by the agents' own CLIs (installed by
 * scripts/agents-cache.mjs), each run with a throwaway HOME. Not part of `npm test`: it downloads
 * about 1.5 GB the first time.
 */
export default defineConfig({
  test: {
    include: ["test/agents-cli/**/*.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    globalSetup: ["test/setup/temp-folder.ts"],
  },
});
