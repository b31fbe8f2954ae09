/**
 * `carbon-budget import prometheus` end to end: the committed bundle against a real Prometheus (Debian's
 * 2.42) back-filled by promtool with the series below, scraped every 15 s from T0 = 2024-01-01T00:00:00Z.
 * Each scenario has its own namespace; every expected joule is worked out next to its test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Report, reportSchema } from "../../src/report/schema.js";
import { nodeDir, runCli } from "../helpers/cli.js";
import {
  freePort,
  openMetrics,
  type RunningPrometheus,
  type Series,
  startPrometheus,
} from "../helpers/prometheus.js";

const T0 = 1704067200;
const J_PER_KWH = 3.6e6;
const ENERGY = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
const POWER = "DCGM_FI_DEV_POWER_USAGE";
const A100 = "NVIDIA A100-SXM4-80GB";

/** One GPU's DCGM labels. */
const gpu = (node: string, index: number, uuid: string, extra: Record<string, string>) => ({
  gpu: String(index),
  UUID: uuid,
  pci_bus_id: `00000000:0${index}:00.0`,
  device: `nvidia${index}`,
  modelName: A100,
  Hostname: node,
  ...extra,
});
/** Samples every 15 s from T0: values[i] at T0 + 15 i. */
const every15 = (values: number[]): [number, number][] => values.map((v, i) => [T0 + 15 * i, v]);
/** A counter in mJ from joules per 15 s interval, starting at `start` mJ. */
function counterMj(start: number, joulesPerInterval: number[]): number[] {
  const values = [start];
  for (const j of joulesPerInterval) values.push(values[values.length - 1] + j * 1000);
  return values;
}

const SERIES: Series[] = [
  // edges: 8 intervals at 100, 200, 300, 300, 300, 200, 100, 100 W = 1500, 3000, 4500, ... J per 15 s.
  {
    name: ENERGY,
    labels: gpu("gpu-a", 0, "GPU-edges-0", { namespace: "edges", pod: "train-0" }),
    samples: every15(counterMj(1e9, [1500, 3000, 4500, 4500, 4500, 3000, 1500, 1500])),
  },
  // reset: +1500 J, +1500 J, then the driver reloads (500 J since), then +1500 J, +1500 J.
  {
    name: ENERGY,
    labels: gpu("gpu-b", 0, "GPU-reset-0", { namespace: "reset", pod: "train-0" }),
    samples: every15([5_000_000, 6_500_000, 8_000_000, 500_000, 2_000_000, 3_500_000]),
  },
  // MIG: two instances of one GPU, each series carrying the whole GPU's counter (+3000 J per 15 s).
  ...["1", "2"].map((id) => ({
    name: ENERGY,
    labels: gpu("gpu-c", 0, "GPU-mig-0", {
      namespace: "mig",
      pod: `train-${id}`,
      GPU_I_PROFILE: "3g.40gb",
      GPU_I_ID: id,
    }),
    samples: every15([0, 3_000_000, 6_000_000, 9_000_000]),
  })),
  // exported: honor_labels off renamed the workload's labels; the same GPU also scraped by a job that
  // honours them. +1500 J per 15 s.
  {
    name: ENERGY,
    labels: gpu("gpu-d", 0, "GPU-exported-0", {
      namespace: "gpu-operator",
      pod: "nvidia-dcgm-exporter-7x2kq",
      exported_namespace: "exported",
      exported_pod: "train-0",
    }),
    samples: every15([0, 1_500_000, 3_000_000]),
  },
  {
    name: ENERGY,
    labels: gpu("gpu-d", 0, "GPU-exported-0", {
      namespace: "exported",
      pod: "train-0",
      job: "dcgm-honoured",
    }),
    samples: every15([0, 1_500_000, 3_000_000]),
  },
  // hosts: the node label spelled Hostname (older exporters) and hostname (newer). +1000 J per 15 s each.
  {
    name: ENERGY,
    labels: gpu("node-1", 0, "GPU-hosts-1", { namespace: "hosts", pod: "train-0" }),
    samples: every15([0, 1_000_000, 2_000_000]),
  },
  {
    name: ENERGY,
    labels: (({ Hostname: _, ...rest }) => ({ ...rest, hostname: "node-2" }))(
      gpu("node-2", 0, "GPU-hosts-2", { namespace: "hosts", pod: "train-1" }),
    ),
    samples: every15([0, 1_000_000, 2_000_000]),
  },
  // stale: the pod ended after T0+45; its series stops. +1500 J per 15 s while it ran.
  {
    name: ENERGY,
    labels: gpu("gpu-e", 0, "GPU-stale-0", { namespace: "stale", pod: "train-0" }),
    samples: every15([0, 1_500_000, 3_000_000, 4_500_000]),
  },
  // gaps: the scrapes at T0+30 and T0+45 missed. A counter (+1500 J per 15 s) bridges them; a power gauge
  // (another GPU, no counter) cannot.
  {
    name: ENERGY,
    labels: gpu("gpu-f", 0, "GPU-gaps-0", { namespace: "gaps", pod: "train-0" }),
    samples: every15([0, 1_500_000, 3_000_000, 4_500_000, 6_000_000, 7_500_000, 9_000_000]).filter(
      (_, i) => i !== 2 && i !== 3,
    ),
  },
  {
    name: POWER,
    labels: gpu("gpu-f", 1, "GPU-gaps-1", { namespace: "gaps", pod: "train-0" }),
    samples: every15([100, 100, 100, 100, 100, 100, 100]).filter((_, i) => i !== 2 && i !== 3),
  },
  // power: a GPU without the energy counter, at 100, 200, 200, 100 W.
  {
    name: POWER,
    labels: gpu("gpu-g", 0, "GPU-power-0", { namespace: "power", pod: "train-0" }),
    samples: every15([100, 200, 200, 100]),
  },
  // kepler (0.10): a pod's CPU energy per zone. package +300 J per 15 s, dram +30 J; core, uncore and
  // psys overlap package and must not be added.
  ...(
    [
      ["package", [100, 400, 700]],
      ["core", [50, 250, 450]],
      ["uncore", [10, 40, 70]],
      ["dram", [10, 40, 70]],
      ["psys", [200, 700, 1200]],
    ] as const
  ).map(([zone, values]) => ({
    name: "kepler_pod_cpu_joules_total",
    labels: {
      pod_name: "train-0",
      pod_namespace: "kepler",
      pod_id: "uid-1",
      node_name: "cpu-node-1",
      zone,
      state: "running",
    },
    samples: every15([...values]),
  })),
  // node-rapl: two sockets (+1500 J per 15 s each), socket 0 read again through MMIO, and DRAM (+150 J).
  ...(
    [
      ["node_rapl_package_joules_total", "0", "/sys/class/powercap/intel-rapl:0", [1000, 2500]],
      ["node_rapl_package_joules_total", "0", "/sys/class/powercap/intel-rapl-mmio:0", [1000, 2500]],
      ["node_rapl_package_joules_total", "1", "/sys/class/powercap/intel-rapl:1", [500, 2000]],
      ["node_rapl_dram_joules_total", "0", "/sys/class/powercap/intel-rapl:0:0", [100, 250]],
      ["node_rapl_core_joules_total", "0", "/sys/class/powercap/intel-rapl:0:1", [50, 1000]],
    ] as const
  ).map(([name, index, path, values]) => ({
    name,
    labels: { index, path, instance: "cpu-node-2", job: "node-exporter" },
    samples: every15([...values]),
  })),
  // precedence: one node seen by all three exporters. DCGM +1500 J per 15 s and Kepler's copy of the same
  // GPU +1400 J; Kepler's node CPU +600 J and node_exporter's RAPL for the same CPU +700 J.
  {
    name: ENERGY,
    labels: gpu("mixed-1", 0, "GPU-mixed-0", {}),
    samples: every15(counterMj(0, [1500, 1500])),
  },
  {
    name: "kepler_node_gpu_joules_total",
    labels: { node_name: "mixed-1", gpu: "0", gpu_uuid: "GPU-mixed-0", gpu_name: A100, vendor: "nvidia" },
    samples: every15([0, 1400, 2800]),
  },
  {
    name: "kepler_node_cpu_joules_total",
    labels: { node_name: "mixed-1", zone: "package", path: "aggregated-package" },
    samples: every15([0, 600, 1200]),
  },
  {
    name: "node_rapl_package_joules_total",
    labels: { index: "0", path: "/sys/class/powercap/intel-rapl:0", instance: "mixed-1" },
    samples: every15([0, 700, 1400]),
  },
];

let prometheus: RunningPrometheus;
let dir: string;
beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: openMetrics(SERIES) });
  dir = mkdtempSync(join(tmpdir(), "carbon-budget-import-prometheus-"));
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** `import prometheus` over T0+from .. T0+to seconds; the report comes back parsed. */
async function importWindow(selector: string, from: number, to: number, ...extra: string[]) {
  const result = await runCli(
    [
      "import",
      "prometheus",
      "--url",
      prometheus.url,
      "--selector",
      selector,
      "--from",
      String(T0 + from),
      "--to",
      String(T0 + to),
      "--intensity",
      "400",
      "--json",
      "-",
      ...extra,
    ],
    { cwd: dir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } },
  );
  const report: Report | undefined =
    result.code === 0 ? reportSchema.parse(JSON.parse(result.stdout)) : undefined;
  return { ...result, report };
}

const joules = (kwh: number) => kwh * J_PER_KWH;

describe("import prometheus: DCGM", () => {
  it("integrates the energy counter and pro-rates the window's edges", async () => {
    const { code, report, stderr } = await importWindow('{namespace="edges"}', 20, 100);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const [c] = report?.steps[0].components ?? [];
    // [T0+15, T0+30] holds 3000 J, of which [20, 30] is 10/15: 2000 J; then 4500 + 4500 + 4500 + 3000 J;
    // [T0+90, T0+105] holds 1500 J, of which [90, 100] is 10/15: 1000 J. 2000 + 13500 + 3000 + 1000 = 19500 J.
    expect(joules(c.energy_kwh)).toBeCloseTo(19_500, 6);
    expect(c).toMatchObject({
      kind: "gpu",
      method: "measured",
      source: "prometheus:dcgm",
      node: "gpu-a",
      model: A100,
      uuid: "GPU-edges-0",
      device: "gpu-a:0",
      coverage: 1,
    });
    // 19500 J over 80 s.
    expect(c.avg_power_w).toBeCloseTo(19_500 / 80, 6);
    expect(report?.steps[0].duration_s).toBe(80);
    expect(report?.steps[0].remote).toEqual([
      {
        source: "prometheus",
        target: prometheus.url.replace("http://", ""),
        selector: '{namespace="edges"}',
        status: "measured",
        from: "2024-01-01T00:00:20Z",
        to: "2024-01-01T00:01:40Z",
        coverage: 1,
        nodes: [{ node: "gpu-a", series: 1, coverage: 1 }],
      },
    ]);
    // IT 19500 J at PUE 1 and 400 g/kWh: 19500 / 3.6e6 x 400 g.
    expect(report?.steps[0].operational_g).toBeCloseTo((19_500 / J_PER_KWH) * 400, 9);
    expect(report?.hardware.gpus).toEqual([{ model: A100, count: 1 }]);
    expect(report?.hardware.nodes).toBe(1);
  });

  it("counts a counter reset as the value after it (a driver reload)", async () => {
    const { report } = await importWindow('{namespace="reset"}', 0, 75);
    const [c] = report?.steps[0].components ?? [];
    // +1500, +1500, reset to 500 J (counted as 500 J), +1500, +1500 = 6500 J.
    expect(joules(c.energy_kwh)).toBeCloseTo(6500, 6);
    expect(c.notes?.join(" ")).toMatch(/went back 1 time/);
  });

  it("counts a MIG GPU once, whatever the number of instance series", async () => {
    const { report } = await importWindow('{namespace="mig"}', 0, 45);
    const gpus = report?.steps[0].components ?? [];
    // Both instance series carry the whole GPU's +3000 J per 15 s: 3 x 3000 = 9000 J, not 18000 J.
    expect(gpus).toHaveLength(1);
    expect(joules(gpus[0].energy_kwh)).toBeCloseTo(9000, 6);
    expect(gpus[0].notes?.join(" ")).toMatch(/MIG: the energy is the whole GPU's/);
  });

  it("matches the user's labels in their exported_ form, and counts a GPU scraped twice once", async () => {
    const { code, report } = await importWindow('{namespace="exported",pod="train-0"}', 0, 30);
    expect(code).toBe(0);
    const gpus = report?.steps[0].components ?? [];
    // One GPU (one UUID) behind both series: 2 x 1500 J = 3000 J, not 6000 J.
    expect(gpus.map((g) => g.uuid)).toEqual(["GPU-exported-0"]);
    expect(joules(gpus[0].energy_kwh)).toBeCloseTo(3000, 6);
    expect(report?.steps[0].remote?.[0].nodes).toEqual([{ node: "gpu-d", series: 2, coverage: 1 }]);
  });

  it("reads the node from Hostname or hostname", async () => {
    const { report } = await importWindow('{namespace="hosts"}', 0, 30);
    const gpus = report?.steps[0].components ?? [];
    expect(gpus.map((g) => [g.node, g.uuid, joules(g.energy_kwh)])).toEqual([
      ["node-1", "GPU-hosts-1", 2000],
      ["node-2", "GPU-hosts-2", 2000],
    ]);
    expect(report?.hardware).toMatchObject({ gpus: [{ model: A100, count: 2 }], nodes: 2 });
  });

  it("counts a stale series up to its last sample and warns that it covers half the window", async () => {
    const { report, stderr } = await importWindow('{namespace="stale"}', 0, 90);
    const [c] = report?.steps[0].components ?? [];
    // Samples T0..T0+45: 3 x 1500 = 4500 J; they cover 45 of the window's 90 s.
    expect(joules(c.energy_kwh)).toBeCloseTo(4500, 6);
    expect(c.coverage).toBeCloseTo(45 / 90, 9);
    expect(stderr).toMatch(
      /warning: remote samples cover less than 90% of the window on 1 of 1 nodes \(gpu-e 50%\)/,
    );
  });

  it("bridges missed scrapes with the counter, and leaves them out of a power gauge", async () => {
    const { report } = await importWindow('{namespace="gaps"}', 0, 90);
    const [counter, gauge] = report?.steps[0].components ?? [];
    // Counter: 6 x 1500 J = 9000 J, the 45 s gap [T0+15, T0+60] included (it holds 3 x 1500 J).
    expect(counter.uuid).toBe("GPU-gaps-0");
    expect(joules(counter.energy_kwh)).toBeCloseTo(9000, 6);
    expect(counter.coverage).toBe(1);
    // Gauge at 100 W: [0, 15] and [60, 90] count (45 s x 100 W = 4500 J); the gap [15, 60] does not.
    expect(gauge.uuid).toBe("GPU-gaps-1");
    expect(joules(gauge.energy_kwh)).toBeCloseTo(4500, 6);
    expect(gauge.coverage).toBeCloseTo(45 / 90, 9);
  });

  it("integrates the power gauge where a GPU has no energy counter, edges interpolated", async () => {
    const { report } = await importWindow('{namespace="power"}', 5, 40);
    const [c] = report?.steps[0].components ?? [];
    // 100 -> 200 W over [0, 15]: at T0+5, 100 + 100 x 5/15 W; [5, 15]: (133.33 + 200) / 2 x 10 s.
    // [15, 30] at 200 W: 3000 J. 200 -> 100 W over [30, 45]: at T0+40, 200 - 100 x 10/15 W; [30, 40]:
    // (200 + 133.33) / 2 x 10 s.
    const p5 = 100 + (100 * 5) / 15;
    const p40 = 200 - (100 * 10) / 15;
    expect(joules(c.energy_kwh)).toBeCloseTo(((p5 + 200) / 2) * 10 + 3000 + ((200 + p40) / 2) * 10, 6);
    expect(c.notes?.[0]).toMatch(/no energy counter for this GPU: DCGM_FI_DEV_POWER_USAGE \(W\) integrated/);
  });
});

describe("import prometheus: CPU and RAM", () => {
  it("takes Kepler's package and dram zones for a pod, never the overlapping ones", async () => {
    const { report } = await importWindow('{namespace="kepler",pod="train-0"}', 0, 30, "--metrics", "kepler");
    const components = report?.steps[0].components ?? [];
    // package 100 -> 700 J: 600 J; dram 10 -> 70 J: 60 J. core, uncore and psys are not added.
    expect(components.map((c) => [c.kind, c.source, c.node, joules(c.energy_kwh)])).toEqual([
      ["cpu", "prometheus:kepler", "cpu-node-1", 600],
      ["ram", "prometheus:kepler", "cpu-node-1", 60],
    ]);
    expect(components[0].notes?.[0]).toMatch(/idle energy is not attributed to pods/);
  });

  it("sums node_exporter's RAPL sockets once each, MMIO duplicates aside", async () => {
    const { report } = await importWindow('{instance="cpu-node-2"}', 0, 15, "--metrics", "node-rapl");
    const components = report?.steps[0].components ?? [];
    // Sockets 0 and 1: 1500 J each (MMIO's copy of socket 0 not again): 3000 J; dram 150 J; core is inside package.
    expect(components.map((c) => [c.kind, c.node, joules(c.energy_kwh)])).toEqual([
      ["cpu", "cpu-node-2", 3000],
      ["ram", "cpu-node-2", 150],
    ]);
    expect(components[0].notes?.[0]).toMatch(/whole node's package energy \(2 sockets\)/);
  });
});

describe("import prometheus: one device, several exporters", () => {
  it("takes GPUs from DCGM and CPU from Kepler, and counts none of them twice", async () => {
    const { report } = await importWindow('{Hostname="mixed-1"}', 0, 30);
    const [step] = report?.steps ?? [];
    // DCGM's GPU: 2 x 1500 J (Kepler's 2 x 1400 J for the same GPU left out); Kepler's node CPU:
    // 2 x 600 J (node_exporter's 2 x 700 J for the same CPU left out).
    expect(step.components.map((c) => [c.kind, c.source, joules(c.energy_kwh)])).toEqual([
      ["gpu", "prometheus:dcgm", 3000],
      ["cpu", "prometheus:kepler", 1200],
    ]);
    expect(step.notes).toContain(
      "GPUs from DCGM; Kepler's GPU joules for the same GPUs are not counted again",
    );
    expect(step.notes).toContain(
      "CPU and RAM from Kepler; node_exporter's RAPL series (the same CPUs, whole node) are not counted again",
    );
    expect(step.components[1].notes?.[0]).toBe(
      "Kepler: the whole node's CPU package energy (zone package), idle included",
    );
  });
});

describe("import prometheus: what cannot be measured", () => {
  it("exits 2 naming the selector when nothing matched", async () => {
    const { code, stderr, stdout } = await importWindow('{namespace="nowhere"}', 0, 30);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^carbon-budget: --selector: "\{namespace=\\"nowhere\\"\}" is not valid; no series matched \{namespace="nowhere"\} between 2024-01-01T00:00:00Z and 2024-01-01T00:00:30Z/,
    );
  });

  it("exits 2 naming the URL when Prometheus cannot be reached", async () => {
    // A port just found free, so nothing answers on it.
    const port = await freePort();
    const result = await runCli(
      [
        "import",
        "prometheus",
        "--url",
        `http://127.0.0.1:${port}`,
        "--selector",
        '{pod="x"}',
        "--from",
        "0",
        "--to",
        "60",
      ],
      { cwd: dir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `--url: "127.0.0.1:${port}" is not valid; could not reach Prometheus at 127.0.0.1:${port}: ECONNREFUSED`,
    );
  });

  it("checks the selector and the window before asking anything", async () => {
    const bad = await importWindow('{pod=~"train-(.*"}', 0, 30);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--selector: .* the regular expression for pod does not compile/);
    const backwards = await importWindow('{pod="x"}', 30, 0);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/--to: .* it must be after --from/);
  });
});
