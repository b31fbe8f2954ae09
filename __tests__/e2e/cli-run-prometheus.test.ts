/**
 * `carbon-budget run --prometheus` end to end: the committed bundle wraps a command while a real
 * Prometheus scrapes a stand-in dcgm-exporter every second, and the GPU's energy over the command's
 * window comes from Prometheus. Then what happens when Prometheus cannot serve: the command's exit
 * code stays the user's and the report says the remote part is not measured, and why.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { quietSensors, repoRoot, runCli, scratchRepo } from "../helpers/cli.js";
import { type FakeDcgmExporter, startFakeDcgmExporter } from "../helpers/fake-dcgm-exporter.js";
import { freePort, openMetrics, type RunningPrometheus, startPrometheus } from "../helpers/prometheus.js";

const J_PER_KWH = 3.6e6;
const nodeScript = (code: string) => ["--", process.execPath, "-e", code];
const readReport = (path: string) => reportSchema.parse(JSON.parse(readFileSync(path, "utf8")));

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.cleanup());

describe("run --prometheus, scraping live", () => {
  let exporter: FakeDcgmExporter;
  let prometheus: RunningPrometheus;
  beforeAll(async () => {
    exporter = await startFakeDcgmExporter({
      watts: 250,
      labels: {
        gpu: "0",
        UUID: "GPU-live-0",
        modelName: "NVIDIA H100 80GB HBM3",
        Hostname: "train-node-1",
        namespace: "ml",
        pod: "train-0",
      },
    });
    prometheus = await startPrometheus({
      scrapeConfigs: `  - job_name: dcgm\n    scrape_interval: 1s\n    static_configs:\n      - targets: ["127.0.0.1:${exporter.port}"]\n`,
    });
    // The command's window must open after a first scrape, so its start lies between two samples.
    for (let i = 0; i < 100; i++) {
      const response = await fetch(`${prometheus.url}/api/v1/query`, {
        method: "POST",
        body: new URLSearchParams({ query: "count_over_time(DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION[1m])" }),
      });
      const body = (await response.json()) as { data: { result: { value: [number, string] }[] } };
      if (Number(body.data.result[0]?.value[1] ?? 0) >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 60_000);
  afterAll(async () => {
    await prometheus?.stop();
    await exporter?.stop();
  });

  it("measures the GPU the command's pods ran on, over the command's window, and keeps its exit code", async () => {
    const result = await runCli(
      [
        "run",
        "--step",
        "train",
        "--prometheus",
        prometheus.url,
        "--selector",
        '{namespace="ml",pod=~"train-.*"}',
        "--metrics",
        "dcgm",
        "--intensity",
        "400",
        "--json",
        "out.json",
        "--no-store",
        ...nodeScript("setTimeout(() => process.exit(3), 2500)"),
      ],
      { cwd: repo.dir, env: { ...quietSensors(repo.dir), CARBON_BUDGET_REMOTE_WAIT_S: "10" } },
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(3);
    const report = readReport(join(repo.dir, "out.json"));
    const [step] = report.steps;
    const gpus = step.components.filter((c) => c.source === "prometheus:dcgm");
    expect(gpus).toHaveLength(1);
    // The exporter's counter is 250 W x its age, stamped to the ms; between samples it is linear, so the
    // window's energy is 250 W x the window, however the scrapes fall: 250 J/s x (ended - started) ms / 1000.
    const windowMs = Date.parse(step.ended_at) - Date.parse(step.started_at);
    expect(gpus[0].energy_kwh * J_PER_KWH).toBeCloseTo((250 * windowMs) / 1000, 3);
    expect(gpus[0]).toMatchObject({
      kind: "gpu",
      node: "train-node-1",
      uuid: "GPU-live-0",
      model: "NVIDIA H100 80GB HBM3",
      coverage: 1,
    });
    expect(step.remote).toMatchObject([{ source: "prometheus", status: "measured", coverage: 1 }]);
    expect(report.hardware.gpus).toEqual([{ model: "NVIDIA H100 80GB HBM3", count: 1 }]);
    expect(result.stderr).toContain("reading the remote part of the step");
  });
});

describe("run --prometheus, when Prometheus cannot serve", () => {
  it("keeps the command's exit code and says the remote part is not measured when nothing listens", async () => {
    const port = await freePort();
    const result = await runCli(
      [
        "run",
        "--step",
        "train",
        "--prometheus",
        `http://127.0.0.1:${port}`,
        "--selector",
        '{pod="train-0"}',
        "--json",
        "out.json",
        "--no-store",
        ...nodeScript("process.exit(4)"),
      ],
      { cwd: repo.dir, env: { ...quietSensors(repo.dir), CARBON_BUDGET_REMOTE_WAIT_S: "0" } },
    );
    expect(result.code).toBe(4);
    const reason = `could not reach Prometheus at 127.0.0.1:${port}: ECONNREFUSED`;
    expect(result.stderr).toContain(
      `carbon-budget: warning: remote energy (Prometheus) not measured: ${reason}`,
    );
    const [step] = readReport(join(repo.dir, "out.json")).steps;
    expect(step.remote).toEqual([
      expect.objectContaining({
        source: "prometheus",
        target: `127.0.0.1:${port}`,
        status: "not-measured",
        reason,
      }),
    ]);
    expect(step.components.some((c) => c.source.startsWith("prometheus:"))).toBe(false);
  });

  it("judges a budget the runner's own watts would pass as not measured, and keeps no history of it", async () => {
    const port = await freePort();
    writeFileSync(
      join(repo.dir, "budget.yml"),
      "version: 1\nlocation: { intensity: 400 }\nbudgets:\n  steps:\n    train: { energy: 1 kWh }\n",
    );
    const result = await runCli(
      [
        "run",
        "--step",
        "train",
        "--config",
        "budget.yml",
        "--prometheus",
        `http://127.0.0.1:${port}`,
        "--selector",
        '{pod="train-0"}',
        ...nodeScript("process.exit(0)"),
      ],
      { cwd: repo.dir, env: { ...quietSensors(repo.dir), CARBON_BUDGET_REMOTE_WAIT_S: "0" } },
    );
    // A warning, not the user's failure: the command's exit code.
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("carbon-budget: budgets: ⚠️ not measured\n");
    // The budget line says why it is not a pass; nothing says it passed.
    expect(result.stderr).toMatch(
      /\n {2}⚠️ train: energy .* \(budget 1\.00 kWh\): part of the work was not measured/,
    );
    expect(result.stderr).not.toContain("✅");
    // A lower bound kept as a baseline would make the next run look like a large increase.
    expect(existsSync(join(repo.dir, ".carbon-budget"))).toBe(false);
  });

  it("exits 2 before the command runs when the selector does not parse", async () => {
    const result = await runCli(
      [
        "run",
        "--prometheus",
        "http://127.0.0.1:1",
        "--selector",
        "pod=train",
        ...nodeScript("process.exit(0)"),
      ],
      { cwd: repo.dir, env: quietSensors(repo.dir) },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'carbon-budget: --selector: "pod=train" is not valid; the value of pod must be a quoted string; use PromQL label matchers, e.g. {namespace="ml",pod=~"train-.*"}\n',
    );
  });
});

describe("Prometheus behind basic auth (a 401)", () => {
  const T0 = 1704067200;
  let prometheus: RunningPrometheus;
  beforeAll(async () => {
    prometheus = await startPrometheus({
      openMetrics: openMetrics([
        {
          name: "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION",
          labels: { gpu: "0", UUID: "GPU-auth-0", Hostname: "gpu-a", namespace: "ml", pod: "train-0" },
          samples: [
            [T0, 0],
            [T0 + 15, 1_500_000],
          ],
        },
      ]),
      webConfig: readFileSync(
        join(repoRoot, "__tests__", "fixtures", "prometheus", "web-config.yml"),
        "utf8",
      ),
    });
  }, 60_000);
  afterAll(async () => {
    await prometheus?.stop();
  });

  const importAuth = (env: Record<string, string>) =>
    runCli(
      [
        "import",
        "prometheus",
        "--url",
        prometheus.url,
        "--selector",
        '{pod="train-0"}',
        "--from",
        String(T0),
        "--to",
        String(T0 + 15),
        "--json",
        "-",
      ],
      { cwd: repo.dir, env: { ...quietSensors(repo.dir), ...env } },
    );
  const host = () => prometheus.url.replace("http://", "");

  it("exits 2 naming the URL and the 401 when no credentials are given", async () => {
    const result = await importAuth({});
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `carbon-budget: --url: "${host()}" is not valid; Prometheus at ${host()} answered 401 Unauthorized: set PROMETHEUS_TOKEN, or PROMETHEUS_USER and PROMETHEUS_PASSWORD\n`,
    );
  });

  it("says the credentials were refused, without showing them", async () => {
    const result = await importAuth({ PROMETHEUS_USER: "ci", PROMETHEUS_PASSWORD: "not-the-password" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("answered 401 Unauthorized: the credentials given");
    expect(result.stderr).not.toContain("not-the-password");
  });

  it("measures with PROMETHEUS_USER and PROMETHEUS_PASSWORD, and the report holds no secret", async () => {
    const result = await importAuth({ PROMETHEUS_USER: "ci", PROMETHEUS_PASSWORD: "fixture-password" });
    expect(result.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    // +1500 J over [T0, T0+15].
    expect(report.steps[0].components[0].energy_kwh * J_PER_KWH).toBeCloseTo(1500, 6);
    expect(result.stdout + result.stderr).not.toContain("fixture-password");
  });

  it("keeps a run's exit code and records the 401 as not measured", async () => {
    const result = await runCli(
      [
        "run",
        "--prometheus",
        prometheus.url,
        "--selector",
        '{pod="train-0"}',
        "--json",
        "out.json",
        "--no-store",
        ...nodeScript("process.exit(0)"),
      ],
      { cwd: repo.dir, env: { ...quietSensors(repo.dir), CARBON_BUDGET_REMOTE_WAIT_S: "0" } },
    );
    expect(result.code).toBe(0);
    const [step] = readReport(join(repo.dir, "out.json")).steps;
    expect(step.remote?.[0]).toMatchObject({
      status: "not-measured",
      reason: expect.stringMatching(/answered 401/),
    });
  });
});
