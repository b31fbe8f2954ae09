/**
 * The action's measure step reads the remote part of the step as `carbon-budget run` does: with
 * `prometheus-url` and nothing listening there, the command's exit code stays the step's and the
 * report says the remote part is not measured, and why.
 */
import { describe, expect, it, vi } from "vitest";
import { CONFIG_PATH, config, pushEvent, REPOSITORY, readReport, runJob } from "../helpers/action-runner.js";
import { freePort } from "../helpers/prometheus.js";

vi.setConfig({ testTimeout: 120_000 });

const SHA = "1".repeat(40);

describe("mode: measure with prometheus-url", () => {
  it("keeps the command's exit code and records the unreachable Prometheus as not measured", async () => {
    const port = await freePort();
    const run = await runJob({
      apiUrl: "http://127.0.0.1:9",
      event: "push",
      payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: SHA }),
      repository: REPOSITORY,
      sha: SHA,
      ref: "refs/heads/main",
      files: { [CONFIG_PATH]: config() },
      env: { CARBON_BUDGET_REMOTE_WAIT_S: "0", PROMETHEUS_TOKEN: "prom-secret-7f3a" },
      // The runner fails the job if the token shows anywhere in the step's output or summary.
      secrets: ["prom-secret-7f3a"],
      steps: [
        {
          "github-token": "",
          run: "exit 4",
          step: "train",
          "prometheus-url": `http://127.0.0.1:${port}`,
          "prometheus-selector": '{pod="train-0"}',
        },
      ],
    });
    // Masked before anything could print it, like the inputs' tokens.
    expect(run.mains[0]?.stdout).toContain("::add-mask::prom-secret-7f3a");
    const [step] = readReport(run).steps;
    expect(step.remote).toEqual([
      expect.objectContaining({
        source: "prometheus",
        target: `127.0.0.1:${port}`,
        status: "not-measured",
        reason: `could not reach Prometheus at 127.0.0.1:${port}: ECONNREFUSED`,
      }),
    ]);
  });
});
