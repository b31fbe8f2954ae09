/**
 * The action's measure step reads the remote part of the step as `carbon-budget run` does. Against a
 * real Prometheus scraping two stand-in dcgm-exporters every second, the step's GPUs come from DCGM
 * over the command's window and the PR comment's methods table says so in one row. With `slurm: true`
 * and stand-in `sbatch`/`sacct`/`scontrol` on PATH, the job's energy comes from Slurm's accounting.
 * With `prometheus-url` and nothing listening there, the command's exit code stays the step's, and the
 * report and the verdict say the remote part is not measured, and why: a warning, never a pass.
 */
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  checkout,
  config,
  type JobRun,
  pullRequestEvent,
  pushEvent,
  REPOSITORY,
  readReport,
  runJob,
  type StandIn,
  standIn,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";
import { nodeDir, repoRoot } from "../helpers/cli.js";
import { type FakeDcgmExporter, startFakeDcgmExporter } from "../helpers/fake-dcgm-exporter.js";
import { freePort, type RunningPrometheus, startPrometheus } from "../helpers/prometheus.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const SHA = "1".repeat(40);
const J_PER_KWH = 3.6e6;
const H100 = "NVIDIA H100 80GB HBM3";
const SLURM = join(repoRoot, "__tests__", "fixtures", "slurm");

const jobs: JobRun[] = [];
afterEach(() => {
  for (const job of jobs.splice(0)) job.cleanup();
});

describe("mode: measure with prometheus-url, scraping live", () => {
  const exporters: FakeDcgmExporter[] = [];
  let prometheus: RunningPrometheus;
  let gh: StandIn;
  beforeAll(async () => {
    // Two GPU nodes of the training job, 250 W each; the counter is stamped to the ms, so each GPU's
    // energy over any window is 250 W x the window however the scrapes fall.
    for (const node of [1, 2]) {
      exporters.push(
        await startFakeDcgmExporter({
          watts: 250,
          labels: {
            gpu: "0",
            UUID: `GPU-action-${node}`,
            modelName: H100,
            Hostname: `train-node-${node}`,
            exported_namespace: "ml",
            exported_pod: `train-${node}`,
          },
        }),
      );
    }
    const targets = exporters.map((e) => `"127.0.0.1:${e.port}"`).join(", ");
    prometheus = await startPrometheus({
      scrapeConfigs: `  - job_name: dcgm\n    scrape_interval: 1s\n    static_configs:\n      - targets: [${targets}]\n`,
    });
    // The command's window must open after a first scrape of both, so its start lies between two samples.
    for (let i = 0; i < 100; i++) {
      const response = await fetch(`${prometheus.url}/api/v1/query`, {
        method: "POST",
        body: new URLSearchParams({ query: "count_over_time(DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION[1m])" }),
      });
      const body = (await response.json()) as { data: { result: { value: [number, string] }[] } };
      if (body.data.result.length === 2 && body.data.result.every((r) => Number(r.value[1]) >= 2)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  afterAll(async () => {
    await prometheus?.stop();
    for (const exporter of exporters) await exporter.stop();
  });
  beforeEach(async () => {
    gh = await standIn();
  });
  afterEach(async () => {
    await gh.close();
  });

  it("measures the pods' GPUs over the command's window and shows them in the comment's methods table", async () => {
    const base = gh.state.commit("main", {
      files: { [CONFIG_PATH]: config("  steps:\n    train: { energy: 1 kWh }") },
    });
    gh.state.commit("feature", { parents: [base], files: { "train.py": "fit()\n" } });
    gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
    const sha = gh.state.repo().refs.get("pull/1/merge") ?? "";
    const job = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "pull_request",
      payload: pullRequestEvent(gh.state, 1),
      repository: REPOSITORY,
      sha,
      ref: "refs/pull/1/merge",
      files: checkout(gh.state, sha, [CONFIG_PATH]),
      env: { CARBON_BUDGET_REMOTE_WAIT_S: "10" },
      steps: [
        {
          run: `${process.execPath} -e "setTimeout(() => process.exit(3), 2500)"`,
          step: "train",
          "prometheus-url": prometheus.url,
          // The scrape did not honour labels: the exporter's pod and namespace are exported_*.
          "prometheus-selector": '{namespace="ml",pod=~"train-.*"}',
          "prometheus-metrics": "dcgm",
        },
      ],
    });
    jobs.push(job);
    const report = readReport(job);
    const [step] = report.steps;
    // The command's exit code is the step's: it failed the step, and the report keeps it.
    expect(job.mains[0]?.failed).toBe(true);
    expect(step.exit_code).toBe(3);
    const gpus = step.components.filter((c: { source: string }) => c.source === "prometheus:dcgm");
    expect(gpus.map((g: { node: string; uuid: string; model: string }) => [g.node, g.uuid, g.model])).toEqual(
      [
        ["train-node-1", "GPU-action-1", H100],
        ["train-node-2", "GPU-action-2", H100],
      ],
    );
    // Each GPU: 250 J/s x (ended - started) ms / 1000.
    const windowMs = Date.parse(step.ended_at) - Date.parse(step.started_at);
    for (const gpu of gpus) expect(gpu.energy_kwh * J_PER_KWH).toBeCloseTo((250 * windowMs) / 1000, 3);
    expect(step.remote).toMatchObject([{ source: "prometheus", status: "measured", coverage: 1 }]);
    expect(report.hardware).toMatchObject({ gpus: [{ model: H100, count: 2 }], nodes: 2 });
    // Measured whole and within 1 kWh: no baseline yet, nothing unmeasured.
    expect(job.outputs.verdict).toBe("no-baseline");

    const [comment] = gh.state.comments(1);
    if (!comment) throw new Error("no PR comment");
    // One row for the two remote GPUs: 2 x 250 W = 500 W, whatever the window.
    const rows = comment.body
      .split("\n")
      .filter((line) => line.startsWith("| ") && line.includes("prometheus:dcgm"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /^\| train \| 2 × GPU NVIDIA H100 80GB HBM3 on 2 nodes \| measured \| prometheus:dcgm \| [\d.]+ mWh \| 500 W \|$/,
    );
  });
});

describe("mode: measure with slurm", () => {
  it("reads the job id from sbatch's output and the job's energy and GPUs from Slurm's accounting", async () => {
    const job = await runJob({
      apiUrl: "http://127.0.0.1:9",
      event: "push",
      payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: SHA }),
      repository: REPOSITORY,
      sha: SHA,
      ref: "refs/heads/main",
      files: { [CONFIG_PATH]: config(), "job.sh": "#!/bin/sh\nsrun python train.py\n" },
      // sacct prints the cluster's local time: the fixtures are in UTC.
      env: {
        PATH: `${SLURM}:${nodeDir}:/usr/bin:/bin`,
        FAKE_SLURM_DIR: SLURM,
        FAKE_SBATCH_JOB: "4242",
        TZ: "UTC",
        CARBON_BUDGET_REMOTE_WAIT_S: "0",
      },
      steps: [{ "github-token": "", run: "sbatch --wait job.sh", step: "train", slurm: "true" }],
    });
    jobs.push(job);
    expect(job.failed).toBe(false);
    // sbatch's output passes through to the log.
    expect(job.mains[0]?.stdout).toContain("Submitted batch job 4242");
    const report = readReport(job);
    const [step] = report.steps;
    const node = step.components.find((c: { kind: string }) => c.kind === "node");
    // Job 4242's ConsumedEnergyRaw: 3,600,000 J = 1 kWh, over its 600 s: 6000 W.
    expect(node).toMatchObject({
      source: "slurm",
      method: "measured",
      node: "gpu[01-02]",
      avg_power_w: 6000,
    });
    expect(node.energy_kwh * J_PER_KWH).toBe(3_600_000);
    expect(step.remote).toMatchObject([{ source: "slurm", target: "4242", status: "measured" }]);
    // AllocTRES gres/gpu:a100=16 on 2 nodes: the job's hardware, in the fingerprint.
    expect(report.hardware).toMatchObject({ gpus: [{ model: "gres/gpu:a100", count: 16 }], nodes: 2 });
    expect(job.outputs.verdict).toBe("no-baseline");
    // The methods table has Slurm's node figure; the note says the GPUs are not in it.
    expect(job.summary).toContain(
      "| train | NODE gpu&#91;01-02&#93; | measured | slurm | 1.00 kWh | 6000 W |",
    );
    expect(job.summary).toContain("Slurm's figure leaves them out");
  });
});

describe("mode: measure with prometheus-url, when Prometheus cannot serve", () => {
  it("keeps the command's exit code, records the unreachable Prometheus, and says not-measured, not pass", async () => {
    const port = await freePort();
    const job = await runJob({
      apiUrl: "http://127.0.0.1:9",
      event: "push",
      payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: SHA }),
      repository: REPOSITORY,
      sha: SHA,
      ref: "refs/heads/main",
      // A budget the runner's own few watts would pass: the cluster's GPUs were never read.
      files: { [CONFIG_PATH]: config("  steps:\n    train: { energy: 1 kWh }") },
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
    jobs.push(job);
    // Masked before anything could print it, like the inputs' tokens.
    expect(job.mains[0]?.stdout).toContain("::add-mask::prom-secret-7f3a");
    const [step] = readReport(job).steps;
    expect(job.mains[0]?.failed).toBe(true);
    expect(step.exit_code).toBe(4);
    const reason = `could not reach Prometheus at 127.0.0.1:${port}: ECONNREFUSED`;
    expect(step.remote).toEqual([
      expect.objectContaining({
        source: "prometheus",
        target: `127.0.0.1:${port}`,
        status: "not-measured",
        reason,
      }),
    ]);
    // A warning, not a pass, and not the user's failure: only the command's exit code fails the step.
    expect(job.outputs.verdict).toBe("not-measured");
    expect(job.posts.every((post) => !post.failed)).toBe(true);
    expect(job.summary).toContain("### carbon-budget ⚠️ not measured");
    expect(job.summary).toContain("⚠️ part of the work was not measured; what was measured is within budget");
  });
});
