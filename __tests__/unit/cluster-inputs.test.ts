/** Where the remote part is asked for (CLI flags, action inputs, config) and how it joins the report. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { loadConfig } from "../../src/budget/load-config.js";
import { parseRunArgs } from "../../src/cli/args.js";
import { runSettings } from "../../src/cli/run-config.js";
import { EMPTY_REMOTE, withRemote } from "../../src/cluster/remote.js";
import { isInputError } from "../../src/errors.js";
import { hardwareFingerprint } from "../../src/hardware/fingerprint.js";
import type { ComponentEnergy } from "../../src/measure/types.js";

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (isInputError(error)) return error.message;
    throw error;
  }
  return "no error";
};

describe("run's remote flags", () => {
  const run = (...flags: string[]) => parseRunArgs([...flags, "--", "kubectl", "wait", "job/train"]);

  it("parses --prometheus, --selector and --metrics together", () => {
    const args = run(
      "--prometheus",
      "https://ci:s3cret@prom.example:9090/prometheus/",
      "--selector",
      '{pod=~"train-.*"}',
      "--metrics",
      "dcgm,kepler",
    );
    expect(args.prometheus).toEqual({
      // Credentials in the URL move to a header; the host alone is ever shown.
      target: {
        base: "https://prom.example:9090/prometheus",
        host: "prom.example:9090",
        auth: { user: "ci", password: "s3cret" },
      },
      selector: [{ name: "pod", op: "=~", value: "train-.*" }],
      selectorText: '{pod=~"train-.*"}',
      metrics: ["dcgm", "kepler"],
    });
    expect(run("--prometheus", "http://p:9090", "--selector", '{pod="x"}').prometheus?.metrics).toEqual([
      "dcgm",
      "kepler",
      "node-rapl",
    ]);
  });

  it("names what does not go together", () => {
    expect(errorOf(() => run("--selector", '{pod="x"}'))).toBe(
      '--selector: "{pod=\\"x\\"}" is not valid; it goes with --prometheus URL',
    );
    expect(errorOf(() => run("--prometheus", "http://p:9090"))).toMatch(
      /^--prometheus: .* give the series to measure with --selector/,
    );
    // With Slurm, no selector: the job's GPUs, by hpc_job, once the job is known.
    expect(run("--slurm", "--prometheus", "http://p:9090").prometheus).toMatchObject({
      selector: [],
      selectorText: "",
    });
    expect(errorOf(() => run("--prometheus", "ftp://p", "--selector", '{pod="x"}'))).toBe(
      '--prometheus: "p" is not valid; use an http:// or https:// URL',
    );
    expect(
      errorOf(() => run("--prometheus", "http://p", "--selector", '{pod="x"}', "--metrics", "dcgm,ipmi")),
    ).toBe(
      '--metrics: "dcgm,ipmi" is not valid; use one or more of dcgm, kepler, node-rapl, comma separated (not ipmi)',
    );
    expect(errorOf(() => run("--slurm", "--slurm-job", "12"))).toMatch(
      /use --slurm .* or --slurm-job ID, not both/,
    );
    expect(errorOf(() => run("--slurm-job", "abc"))).toMatch(
      /^--slurm-job: "abc" is not valid; use a Slurm job id/,
    );
    expect(run("--slurm").slurm).toEqual({});
    expect(run("--slurm-job", "123_4").slurm).toEqual({ jobId: "123_4" });
  });

  it("takes measure.prometheus from the config when no flag says otherwise", () => {
    const config = loadConfig(
      [
        "version: 1",
        "measure:",
        "  prometheus:",
        "    url: https://prom.example",
        "    selector: '{namespace=\"ml\"}'",
        "    metrics: [dcgm]",
      ].join("\n"),
      "carbon-budget.yml",
    );
    expect(runSettings(run(), config).prometheus).toMatchObject({
      selectorText: '{namespace="ml"}',
      metrics: ["dcgm"],
    });
    const flagged = run("--prometheus", "http://other:9090", "--selector", '{pod="x"}');
    expect(runSettings(flagged, config).prometheus?.target.host).toBe("other:9090");
  });

  it("rejects a bad selector in the config with its place in the file", () => {
    const text = [
      "version: 1",
      "measure:",
      "  prometheus:",
      "    url: https://prom.example",
      "    selector: 'pod=train'",
    ].join("\n");
    expect(errorOf(() => loadConfig(text, "carbon-budget.yml"))).toBe(
      'carbon-budget.yml:5:15: measure.prometheus.selector: "pod=train" is not valid; the value of pod must be a quoted string; use PromQL label matchers, e.g. {namespace="ml",pod=~"train-.*"}',
    );
    const typo = [
      "version: 1",
      "measure:",
      "  prometheus:",
      "    url: https://p",
      "    selector: '{pod=\"x\"}'",
      "    metrics: [dcgm, rapl]",
    ].join("\n");
    expect(errorOf(() => loadConfig(typo, "carbon-budget.yml"))).toBe(
      'carbon-budget.yml:6:21: measure.prometheus.metrics.1: "rapl" is not valid; use dcgm, kepler, node-rapl',
    );
  });
});

describe("the action's remote inputs", () => {
  const inputs = (given: Record<string, string>) =>
    readInputs((name) => ({ run: "sbatch --wait job.sh", ...given })[name] ?? "");

  it("reads prometheus-url, prometheus-selector, prometheus-metrics and slurm", () => {
    const parsed = inputs({
      "prometheus-url": "https://prom.example",
      "prometheus-selector": '{hpc_job="4242"}',
      "prometheus-metrics": "dcgm",
      slurm: "true",
    });
    expect(parsed.prometheus).toMatchObject({ selectorText: '{hpc_job="4242"}', metrics: ["dcgm"] });
    expect(parsed.slurm).toEqual({});
    expect(inputs({ slurm: "4242" }).slurm).toEqual({ jobId: "4242" });
    expect(inputs({ slurm: "false" }).slurm).toBeUndefined();
    expect(inputs({}).prometheus).toBeUndefined();
  });

  it("names a bad input", () => {
    expect(errorOf(() => inputs({ "prometheus-selector": '{pod="x"}' }))).toBe(
      'input prometheus-selector: "{pod=\\"x\\"}" is not valid; it goes with prometheus-url',
    );
    expect(
      errorOf(() => inputs({ "prometheus-url": "https://p", "prometheus-selector": "{pod=x}" })),
    ).toMatch(/^input prometheus-selector: .* the value of pod must be a quoted string/);
    expect(errorOf(() => inputs({ slurm: "yes" }))).toBe(
      'input slurm: "yes" is not valid; use true (the job id from sbatch\'s output), false, or a job id',
    );
  });
});

describe("the remote part in the report", () => {
  it("counts a GPU seen locally and through Prometheus once, from the local sensor", () => {
    const gpu = (source: string, extra: Partial<ComponentEnergy>): ComponentEnergy => ({
      kind: "gpu",
      method: "measured",
      source,
      energy_j: 1000,
      low_factor: 0.95,
      high_factor: 1.05,
      notes: [],
      ...extra,
    });
    const joined = withRemote([gpu("nvml", { device: "0:GPU-1111" })], {
      ...EMPTY_REMOTE,
      components: [
        gpu("prometheus:dcgm", { uuid: "GPU-1111", node: "n1" }),
        gpu("prometheus:dcgm", { uuid: "GPU-2222", node: "n1" }),
      ],
    });
    expect(joined.components.map((c) => [c.source, c.uuid])).toEqual([
      ["nvml", "GPU-1111"],
      ["prometheus:dcgm", "GPU-2222"],
    ]);
    expect(joined.notes).toEqual([
      "1 GPU seen by this machine's sensors and through prometheus:dcgm (GPU-1111): counted once, from this machine",
    ]);
  });

  it("fingerprints remote nodes only when there are some, so older runs stay comparable", () => {
    const hardware = {
      gpus: [{ model: "NVIDIA A100-SXM4-80GB", count: 16 }],
      cpu: { model: "AMD EPYC 7763", count: 2 },
      memory_gb: 15.6,
    };
    const canonical = "gpus=16xNVIDIA A100-SXM4-80GB;cpu=2xAMD EPYC 7763;mem=16";
    const hash = (text: string) => `hw-${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
    expect(hardwareFingerprint(hardware)).toBe(hash(canonical));
    expect(hardwareFingerprint({ ...hardware, nodes: 2 })).toBe(hash(`${canonical};nodes=2`));
    // 16 GPUs then 8 is other hardware: not comparable, never -50%.
    expect(
      hardwareFingerprint({ ...hardware, gpus: [{ model: "NVIDIA A100-SXM4-80GB", count: 8 }] }),
    ).not.toBe(hash(canonical));
  });
});
