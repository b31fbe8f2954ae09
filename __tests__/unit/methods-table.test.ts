/**
 * The comment's methods table stays small for a cluster job: 64 nodes x 8 GPUs is one row (how many,
 * on how many nodes, by what method from what source), not 512; the runner's own devices keep a row each.
 */
import { describe, expect, it } from "vitest";
import { compareReports } from "../../src/compare/compare.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { componentNotes, methodsTable } from "../../src/render/methods-table.js";
import type { ReportComponent } from "../../src/report/schema.js";
import { report, reportComponent, reportStep } from "../helpers/reports.js";

const H100 = "NVIDIA H100 80GB HBM3";
const nodes = Array.from({ length: 64 }, (_, i) => `gpu-node-${i + 1}`);

/** Each GPU: 0.5 kWh at 250 W; each node's CPU packages: 0.2 kWh at 100 W (node_exporter RAPL). */
const cluster: ReportComponent[] = [
  ...nodes.flatMap((node) =>
    Array.from({ length: 8 }, (_, gpu) =>
      reportComponent({
        device: `${node}:${gpu}`,
        model: H100,
        source: "prometheus:dcgm",
        energy_kwh: 0.5,
        avg_power_w: 250,
        node,
        uuid: `GPU-${node}-${gpu}`,
        coverage: 1,
      }),
    ),
  ),
  ...nodes.map((node) =>
    reportComponent({
      kind: "cpu",
      device: node,
      model: undefined,
      source: "prometheus:node-rapl",
      energy_kwh: 0.2,
      avg_power_w: 100,
      node,
      notes: [
        "node_exporter RAPL: the whole node's package energy (2 sockets), every process on it, idle included",
      ],
    }),
  ),
];
const runner: ReportComponent[] = [
  reportComponent({
    kind: "cpu",
    device: "package-0",
    model: "AMD EPYC 7763",
    source: "rapl",
    energy_kwh: 0.001,
  }),
  reportComponent({
    kind: "ram",
    device: undefined,
    model: undefined,
    method: "estimated",
    source: "memory model",
    energy_kwh: 0.0002,
  }),
];

describe("methodsTable", () => {
  it("gives a cluster's devices one row per kind, model, method and source, with counts and sums", () => {
    const table = methodsTable(
      report({ steps: [reportStep("train", 1, 400, { components: [...runner, ...cluster] })] }),
    );
    expect(table).toEqual([
      "| Step | Component | Method | Source | Energy | Avg power |",
      "| --- | --- | --- | --- | ---: | ---: |",
      // The runner's own devices, one row each, as before; the RAM row has no power: "–".
      "| train | CPU package-0 AMD EPYC 7763 | measured | rapl | 1.00 Wh | – |",
      "| train | RAM | estimated | memory model | 200 mWh | – |",
      // 64 x 8 = 512 GPUs: 512 x 0.5 kWh = 256 kWh, 512 x 250 W = 128,000 W.
      "| train | 512 × GPU NVIDIA H100 80GB HBM3 on 64 nodes | measured | prometheus:dcgm | 256 kWh | 128000 W |",
      // 64 nodes' CPUs: 64 x 0.2 kWh = 12.8 kWh, 64 x 100 W = 6400 W.
      "| train | 64 × CPU on 64 nodes | measured | prometheus:node-rapl | 12.8 kWh | 6400 W |",
    ]);
  });

  it("keeps a lone remote device as its own row, with its node", () => {
    const [gpu] = cluster;
    const table = methodsTable(report({ steps: [reportStep("train", 1, 400, { components: [gpu] })] }));
    expect(table[2]).toBe(
      "| train | GPU gpu-node-1:0 NVIDIA H100 80GB HBM3 | measured | prometheus:dcgm | 500 Wh | 250 W |",
    );
  });

  it("says a note many devices share once, with how many", () => {
    const lines = componentNotes({ name: "train", components: cluster });
    expect(lines).toEqual([
      "train cpu: node&#95;exporter RAPL: the whole node's package energy &#40;2 sockets&#41;, every process on it, idle included (64 CPUs)",
    ]);
  });

  it("keeps the whole comment small: one table row, one note line, for 576 remote devices", () => {
    const big = report({ steps: [reportStep("train", 1, 400, { components: cluster })] });
    const markdown = renderMarkdown(big, compareReports(big, undefined));
    expect(markdown.split("\n").filter((line) => line.startsWith("| train |"))).toHaveLength(1 + 2);
    expect(markdown.split("\n").filter((line) => line.startsWith("- train cpu:"))).toHaveLength(1);
  });
});
