import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    setupFiles: ["__tests__/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // These machines have two shared cores; spawning-heavy tests are steadier with few workers.
    maxWorkers: 2,
  },
});
