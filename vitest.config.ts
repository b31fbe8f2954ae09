import { defineConfig } from "vitest/config";

// CI reads a plain `N passed, N failed` line computed from vitest's JSON results: `.ci/run` names the
// file in CARBON_BUDGET_TEST_RESULTS, so it runs exactly `npm test`, the README's command.
const resultsFile = process.env.CARBON_BUDGET_TEST_RESULTS;

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    setupFiles: ["__tests__/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The fake NVML is read with getenv, which needs a real process per file, not a worker thread.
    pool: "forks",
    // These machines have two shared cores; spawning-heavy tests are steadier with few workers.
    maxWorkers: 2,
    ...(resultsFile && { reporters: ["default", "json"], outputFile: { json: resultsFile } }),
  },
});
