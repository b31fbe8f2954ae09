/** The exporters' modules and the chunked fetch, on plain data: no Prometheus here (see the e2e tests). */
import { describe, expect, it } from "vitest";
import { dcgm } from "../../src/cluster/dcgm.js";
import { fetchSamples } from "../../src/cluster/fetch-samples.js";
import { kepler } from "../../src/cluster/kepler.js";
import { measurePrometheus } from "../../src/cluster/measure-prometheus.js";
import type { IntegratedSeries } from "../../src/cluster/metric-set.js";
import { nodeRapl } from "../../src/cluster/node-rapl.js";
import {
  type MatrixSeries,
  type PrometheusClient,
  PrometheusError,
} from "../../src/cluster/prometheus-client.js";
import { parseSelector, renderSelector } from "../../src/cluster/selector.js";
import { SeriesIntegrator } from "../../src/cluster/series-integrator.js";

const WINDOW = { fromMs: 0, toMs: 60_000 };
/** A counter series over the window: [s, J] samples. */
function series(labels: Record<string, string>, samples: [number, number][]): IntegratedSeries {
  const it = new SeriesIntegrator("counter", WINDOW);
  for (const [t, v] of samples) it.add(t * 1000, v);
  return { labels, result: it.result() };
}
const forms = (module: typeof dcgm, selector: string) =>
  module
    .candidates(parseSelector("s", selector))
    .candidates.map((c) => `${c.names.join("|")} ${renderSelector(c.matchers)}`);

describe("candidates: the user's labels in each exporter's spelling", () => {
  it("DCGM: exported_ forms for workload labels, both spellings of its node label", () => {
    expect(forms(dcgm, '{pod="train-0",Hostname="gpu-1"}')).toEqual([
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION|DCGM_FI_DEV_POWER_USAGE {pod="train-0",Hostname="gpu-1"}',
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION|DCGM_FI_DEV_POWER_USAGE {pod="train-0",hostname="gpu-1"}',
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION|DCGM_FI_DEV_POWER_USAGE {exported_pod="train-0",Hostname="gpu-1"}',
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION|DCGM_FI_DEV_POWER_USAGE {exported_pod="train-0",hostname="gpu-1"}',
    ]);
  });

  it("Kepler: a pod selector reads pods (0.10) and containers (before), and says what it cannot filter", () => {
    const { candidates, dropped } = kepler.candidates(
      parseSelector("s", '{namespace="ml",pod="train-0",container="main"}'),
    );
    expect(candidates.map((c) => `${c.names.join("|")} ${renderSelector(c.matchers)}`)).toEqual([
      'kepler_pod_cpu_joules_total {pod_namespace="ml",pod_name="train-0",zone=~"package|dram"}',
      'kepler_pod_gpu_joules_total {pod_namespace="ml",pod_name="train-0"}',
      'kepler_container_package_joules_total|kepler_container_dram_joules_total {container_namespace="ml",pod_name="train-0",container_name="main"}',
      'kepler_container_gpu_joules_total {container_namespace="ml",pod_name="train-0",container_name="main"}',
    ]);
    // Kepler 0.10's pod metrics have no container label.
    expect(dropped).toEqual(["container"]);
  });

  it("Kepler: a node selector reads the node level", () => {
    expect(forms(kepler as typeof dcgm, '{Hostname="cpu-1"}')[0]).toBe(
      'kepler_node_cpu_joules_total {node_name="cpu-1",zone=~"package|dram"}',
    );
  });

  it("node_exporter: a node name may be its instance; per-zone and zone-labelled names", () => {
    expect(forms(nodeRapl as typeof dcgm, '{hostname="cpu-1"}')).toEqual([
      'node_rapl_package_joules_total|node_rapl_dram_joules_total {hostname="cpu-1"}',
      'node_rapl_joules_total {hostname="cpu-1",rapl_zone=~"package|dram"}',
      'node_rapl_package_joules_total|node_rapl_dram_joules_total {instance="cpu-1"}',
      'node_rapl_joules_total {instance="cpu-1",rapl_zone=~"package|dram"}',
      'node_rapl_package_joules_total|node_rapl_dram_joules_total {node="cpu-1"}',
      'node_rapl_joules_total {node="cpu-1",rapl_zone=~"package|dram"}',
    ]);
    expect(nodeRapl.node({ instance: "cpu-1:9100" })).toBe("cpu-1");
    expect(nodeRapl.node({ instance: "[fd00::1]:9100" })).toBe("fd00::1");
  });
});

describe("components", () => {
  it("Kepler 0.10: a pod's running and terminated series are one pod; two pods on a node add up", () => {
    const pod = (id: string, state: string) => ({
      __name__: "kepler_pod_cpu_joules_total",
      pod_id: id,
      pod_name: `train-${id}`,
      pod_namespace: "ml",
      node_name: "n1",
      zone: "package",
      state,
    });
    const { components } = kepler.components(
      [
        // Pod a: 300 J while running [0, 30]; terminated, its series keeps the final value.
        series(pod("a", "running"), [
          [0, 0],
          [30, 300],
        ]),
        series(pod("a", "terminated"), [
          [45, 300],
          [60, 300],
        ]),
        // Pod b: 200 J over the minute.
        series(pod("b", "running"), [
          [0, 1000],
          [60, 1200],
        ]),
      ],
      WINDOW,
    );
    // Pod a: 300 J (its terminated series is flat); pod b: 200 J. 500 J on n1, one component.
    expect(components.map((c) => [c.kind, c.node, c.energy_j])).toEqual([["cpu", "n1", 500]]);
    expect(components[0].notes[0]).toBe(
      "Kepler: the active CPU package energy (zone package) Kepler apportions to 2 selected pods by CPU time; idle energy is not attributed to pods",
    );
  });

  it("Kepler before 0.10: dynamic and idle modes add up", () => {
    const labels = (mode: string) => ({
      __name__: "kepler_container_package_joules_total",
      container_id: "c1",
      pod_name: "train-0",
      container_namespace: "ml",
      container_name: "main",
      instance: "n2",
      mode,
    });
    const { components } = kepler.components(
      [
        series(labels("dynamic"), [
          [0, 0],
          [60, 600],
        ]),
        series(labels("idle"), [
          [0, 0],
          [60, 120],
        ]),
      ],
      WINDOW,
    );
    // 600 J dynamic + 120 J idle.
    expect(components.map((c) => [c.kind, c.node, c.energy_j])).toEqual([["cpu", "n2", 720]]);
    expect(components[0].notes[0]).toMatch(/^Kepler \(before 0\.10, modes dynamic \+ idle\)/);
  });

  it("DCGM: a GPU without UUID is still one GPU, by node and index", () => {
    const labels = { __name__: "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", gpu: "3", hostname: "g7" };
    const { components } = dcgm.components(
      [
        {
          ...series(labels, []),
          result: (() => {
            const it = new SeriesIntegrator("counter", WINDOW, 0.001);
            it.add(0, 0);
            it.add(60_000, 60_000_000);
            return it.result();
          })(),
        },
      ],
      WINDOW,
    );
    // 60,000,000 mJ = 60,000 J.
    expect(components.map((c) => [c.device, c.node, c.uuid, c.energy_j])).toEqual([
      ["g7:3", "g7", undefined, 60_000],
    ]);
  });
});

describe("fetchSamples", () => {
  /** An in-memory Prometheus: `series` series sampled every `stepS`, and a limit on samples per answer. */
  function memory(seriesCount: number, stepS: number, endS: number, limit: number) {
    const requests: number[] = [];
    const client = {
      async rawSamples(_selector: string, rangeMs: number, atMs: number): Promise<MatrixSeries[]> {
        const from = atMs - rangeMs;
        const result: MatrixSeries[] = [];
        for (let s = 0; s < seriesCount; s++) {
          const values: [number, string][] = [];
          for (let t = 0; t <= endS; t += stepS)
            if (t * 1000 > from && t * 1000 <= atMs) values.push([t, String(t)]);
          if (values.length) result.push({ metric: { s: String(s) }, values });
        }
        const total = result.reduce((n, r) => n + r.values.length, 0);
        requests.push(total);
        if (total > limit)
          throw new PrometheusError("too-many-samples", "query processing would load too many samples");
        return result;
      },
    } as unknown as PrometheusClient;
    return { client, requests };
  }

  it("fetches every sample exactly once, in chunks near the asked size", async () => {
    // 4 series every 15 s over 24 h: 4 x 5761 samples.
    const { client, requests } = memory(4, 15, 86_400, Number.POSITIVE_INFINITY);
    const seen = new Map<string, number[]>();
    await fetchSamples(
      client,
      { selector: "{}", expectedSeries: 4 },
      { fromMs: -1, toMs: 86_400_000 },
      2000,
      (s) => {
        seen.set(s.metric.s, [...(seen.get(s.metric.s) ?? []), ...s.values.map(([t]) => t)]);
      },
    );
    for (const times of seen.values()) {
      expect(times).toHaveLength(5761);
      expect(new Set(times).size).toBe(5761);
    }
    // After the first chunk shows the density, each asks for about 2000 samples: 23,044 / 2000 is 12
    // requests at best; the first (1 sample/s assumed) and the growth (x4 a step) add a few.
    expect(Math.max(...requests.slice(1, -1))).toBeLessThanOrEqual(2000 * 1.01);
    expect(requests.length).toBeLessThan(20);
  });

  it("shrinks the chunk when Prometheus refuses too many samples, and still gets them all", async () => {
    const { client, requests } = memory(4, 15, 3600, 300);
    let count = 0;
    await fetchSamples(
      client,
      { selector: "{}", expectedSeries: 4 },
      { fromMs: -1, toMs: 3_600_000 },
      2000,
      (s) => {
        count += s.values.length;
      },
    );
    // 4 x 241 samples, each answer at most 300.
    expect(count).toBe(4 * 241);
    expect(requests.some((n) => n > 300)).toBe(true);
  });
});

describe("measurePrometheus: the wait for the scrape that covers the end", () => {
  /**
   * An exporter scraped every second since t = 0 (ms on a fake clock), its counter at 100 W: 100 J/s, so
   * 100 mJ per ms. `stopAt` stops the scrapes (the pod ended). Sleeping moves the clock.
   */
  function cluster(stopAt = Number.POSITIVE_INFINITY) {
    let clock = 0;
    const labels = {
      __name__: "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION",
      UUID: "GPU-w",
      gpu: "0",
      Hostname: "n1",
      pod: "p",
    };
    const scrapes = () => {
      const times: number[] = [];
      for (let t = 0; t <= Math.min(clock, stopAt); t += 1000) times.push(t);
      return times;
    };
    const client = {
      requests: 0,
      async series() {
        return [labels];
      },
      async rawSamples(_selector: string, rangeMs: number, atMs: number): Promise<MatrixSeries[]> {
        const values = scrapes()
          .filter((t) => t > atMs - rangeMs && t <= atMs)
          .map((t): [number, string] => [t / 1000, String(100 * t)]);
        return values.length ? [{ metric: labels, values }] : [];
      },
    } as unknown as PrometheusClient;
    return {
      client,
      now: () => clock,
      sleep: async (ms: number) => {
        clock += ms;
      },
      set: (ms: number) => {
        clock = ms;
      },
    };
  }
  const query = (fromMs: number, toMs: number) => ({
    selector: parseSelector("s", '{pod="p"}'),
    selectorText: '{pod="p"}',
    metrics: ["dcgm" as const],
    window: { fromMs, toMs },
  });

  it("waits for the next scrape, then counts the window to its end", async () => {
    const c = cluster();
    // The command ran 10.2 s .. 20.5 s; it is now 20.6 s: the last scrape (20 s) is before its end.
    c.set(20_600);
    const result = await measurePrometheus(query(10_200, 20_500), {
      client: c.client,
      maxWaitMs: 60_000,
      now: c.now,
      sleep: c.sleep,
    });
    // 100 W over 10.3 s, the edges interpolated: 1030 J, the whole window covered.
    expect(result.components[0].energy_j).toBeCloseTo(1030, 9);
    expect(result.components[0].coverage).toBe(1);
    expect(result.warnings).toEqual([]);
    // It waited no longer than it had to: the 21 s scrape, half an interval at a time.
    expect(c.now()).toBe(21_100);
  });

  it("gives up after the wait and says the end is not counted", async () => {
    // The pod's last scrape was at 20 s.
    const c = cluster(20_000);
    c.set(20_600);
    const result = await measurePrometheus(query(10_200, 20_500), {
      client: c.client,
      maxWaitMs: 60_000,
      now: c.now,
      sleep: c.sleep,
    });
    // 100 W over 10.2 .. 20 s: 980 J, covering 9.8 of 10.3 s.
    expect(result.components[0].energy_j).toBeCloseTo(980, 9);
    expect(result.components[0].coverage).toBeCloseTo(9.8 / 10.3, 9);
    // Two intervals + 1 s is 3 s, short of the 5 s a fast scrape gets: it waited until 20.5 + 5 s.
    expect(c.now()).toBeGreaterThanOrEqual(25_500);
    expect(result.warnings[0]).toBe(
      "1 series had no sample after the window's end (1970-01-01T00:00:20.500Z) within 5 s: their time since the last sample is not counted",
    );
  });

  it("does not wait when asked not to", async () => {
    const c = cluster();
    c.set(20_600);
    await measurePrometheus(query(10_200, 20_500), {
      client: c.client,
      maxWaitMs: 0,
      now: c.now,
      sleep: c.sleep,
    });
    expect(c.now()).toBe(20_600);
  });
});
