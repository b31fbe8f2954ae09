/**
 * `import prometheus` on a training run's worth of cluster data: 64 nodes x 8 GPUs, DCGM's energy counter
 * scraped every 15 s for 24 h (512 series x 5,761 samples = 2.95 million samples), back-filled into a
 * real Prometheus (Debian's, as in the tests) with promtool. Measured, over a few rounds: the CLI's wall
 * time from launch to exit (Prometheus's own work included: the user waits for both), its peak RSS,
 * and the requests Prometheus served for it (its own /metrics counters). Each GPU draws a power of its
 * own, so the report's total is checked against the sum worked out here.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { startPrometheus } from "../__tests__/helpers/prometheus.js";
import { reportSchema } from "../src/report/schema.js";
import type { BenchContext } from "./context.js";

export const CLUSTER = { nodes: 64, gpusPerNode: 8, hours: 24, scrapeS: 15 } as const;
const T0 = 1704067200;
const J_PER_KWH = 3.6e6;

/**
 * Targets. A user waits on this at the end of a training step, after hours of training: 30 s is a
 * small fraction of such a step, and what a CI log can show without anyone wondering whether it hangs.
 * The process stays under 200 MB, a few percent of a hosted runner's 7 GB next to whatever else the
 * job holds. And at most 100 requests, each capped near 50,000 samples (about 2 MB of JSON): a shared
 * Prometheus answers that alongside its dashboards without anyone noticing.
 */
export const CLUSTER_TARGETS = { wallS: 30, peakRssMb: 200, requests: 100 } as const;

export interface ClusterImportResult {
  series: number;
  samples: number;
  openMetricsBytes: number;
  backfillS: number;
  rounds: { wallS: number; peakRssMb: number; requests: number }[];
  /** IT energy the report gives, and the sum of P x 24 h over the GPUs. */
  reportedJ: number;
  expectedJ: number;
}

/** W for GPU g of node n: 300..811 W, every GPU its own. */
const watts = (node: number, gpu: number) => 300 + node * CLUSTER.gpusPerNode + gpu;

async function writeFixture(path: string): Promise<{ samples: number; bytes: number }> {
  const out = createWriteStream(path);
  const steps = (CLUSTER.hours * 3600) / CLUSTER.scrapeS;
  const series: { labels: string; watts: number }[] = [];
  for (let n = 0; n < CLUSTER.nodes; n++) {
    for (let g = 0; g < CLUSTER.gpusPerNode; g++) {
      const uuid = `GPU-${String(n).padStart(4, "0")}${g}a1b-2c3d-4e5f-6a7b-8c9d0e1f2a3b`;
      series.push({
        labels: `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="${g}",UUID="${uuid}",pci_bus_id="00000000:${g}0:00.0",device="nvidia${g}",modelName="NVIDIA H100 80GB HBM3",Hostname="gpu-node-${String(n).padStart(2, "0")}",namespace="ml",pod="train-llm-${n}",container="trainer"}`,
        watts: watts(n, g),
      });
    }
  }
  let bytes = 0;
  let buffer = "";
  for (let i = 0; i <= steps; i++) {
    const t = T0 + i * CLUSTER.scrapeS;
    for (const s of series) {
      // mJ since the driver loaded (10^9 mJ before the window) + P x elapsed.
      buffer += `${s.labels} ${1e9 + s.watts * i * CLUSTER.scrapeS * 1000} ${t}\n`;
      if (buffer.length > 1 << 20) {
        bytes += buffer.length;
        if (!out.write(buffer)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
        buffer = "";
      }
    }
  }
  buffer += "# EOF\n";
  bytes += buffer.length;
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(buffer, () => resolve());
  });
  return { samples: series.length * (steps + 1), bytes };
}

/** Requests Prometheus has answered on the API paths we use, from its own /metrics. */
async function apiRequests(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let total = 0;
  for (const line of text.split("\n")) {
    if (/^prometheus_http_requests_total\{.*handler="\/api\/v1\/(query|series)"/.test(line)) {
      total += Number(line.split(" ").pop());
    }
  }
  return total;
}

function runImport(context: BenchContext, url: string, usageFile: string, jsonFile: string): Promise<number> {
  const args = [
    "--require",
    context.preload,
    context.cli,
    "import",
    "prometheus",
    "--url",
    url,
    "--selector",
    '{namespace="ml",pod=~"train-llm-.*"}',
    "--metrics",
    "dcgm",
    "--from",
    String(T0),
    "--to",
    String(T0 + CLUSTER.hours * 3600),
    "--intensity",
    "400",
    "--json",
    jsonFile,
  ];
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, BENCH_EXIT_USAGE_FILE: usageFile },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("exit", (code) => {
      if (code === 0) resolve((performance.now() - start) / 1000);
      else reject(new Error(`import prometheus exited ${code}:\n${stderr}`));
    });
  });
}

export async function runClusterImport(context: BenchContext, rounds: number): Promise<ClusterImportResult> {
  const fixture = join(context.work, "cluster.om");
  const { samples, bytes } = await writeFixture(fixture);
  const backfillStart = performance.now();
  const prometheus = await startPrometheus({ openMetricsFile: fixture });
  const backfillS = (performance.now() - backfillStart) / 1000;
  rmSync(fixture, { force: true });
  try {
    const results: ClusterImportResult["rounds"] = [];
    const usageFile = join(context.work, "cluster-usage.json");
    const jsonFile = join(context.work, "cluster-report.json");
    for (let i = 0; i < rounds; i++) {
      const before = await apiRequests(prometheus.url);
      const wallS = await runImport(context, prometheus.url, usageFile, jsonFile);
      const requests = (await apiRequests(prometheus.url)) - before;
      const usage = existsSync(usageFile)
        ? (JSON.parse(readFileSync(usageFile, "utf8")) as { maxRssKb: number })
        : undefined;
      results.push({ wallS, peakRssMb: (usage?.maxRssKb ?? 0) / 1024, requests });
    }
    const report = reportSchema.parse(JSON.parse(readFileSync(jsonFile, "utf8")));
    let expectedJ = 0;
    for (let n = 0; n < CLUSTER.nodes; n++) {
      for (let g = 0; g < CLUSTER.gpusPerNode; g++) expectedJ += watts(n, g) * CLUSTER.hours * 3600;
    }
    return {
      series: CLUSTER.nodes * CLUSTER.gpusPerNode,
      samples,
      openMetricsBytes: bytes,
      backfillS,
      rounds: results,
      reportedJ: report.steps[0].it_energy_kwh * J_PER_KWH,
      expectedJ,
    };
  } finally {
    await prometheus.stop();
  }
}

export function renderClusterImport(result: ClusterImportResult): string {
  const sorted = <T>(values: T[], key: (v: T) => number) => values.map(key).sort((a, b) => a - b);
  const mid = (values: number[]) => values[Math.floor(values.length / 2)] ?? 0;
  const wall = sorted(result.rounds, (r) => r.wallS);
  const rss = sorted(result.rounds, (r) => r.peakRssMb);
  const requests = sorted(result.rounds, (r) => r.requests);
  const met = (ok: boolean) => (ok ? "met" : "**missed**");
  const errorPct = (Math.abs(result.reportedJ - result.expectedJ) / result.expectedJ) * 100;
  return [
    `${result.series} GPU series x ${(result.samples / result.series).toLocaleString("en")} samples = ${result.samples.toLocaleString("en")} samples (${Math.round(result.openMetricsBytes / 2 ** 20)} MB of OpenMetrics; promtool back-fill and Prometheus start ${result.backfillS.toFixed(0)} s, not counted).`,
    "",
    "| measure | median (min-max) over rounds | target | |",
    "| --- | --- | --- | --- |",
    `| wall time, launch to exit | ${mid(wall).toFixed(1)} s (${wall[0]?.toFixed(1)}-${wall.at(-1)?.toFixed(1)}) | <= ${CLUSTER_TARGETS.wallS} s | ${met(mid(wall) <= CLUSTER_TARGETS.wallS)} |`,
    `| peak RSS | ${mid(rss).toFixed(0)} MB (${rss[0]?.toFixed(0)}-${rss.at(-1)?.toFixed(0)}) | <= ${CLUSTER_TARGETS.peakRssMb} MB | ${met(mid(rss) <= CLUSTER_TARGETS.peakRssMb)} |`,
    `| requests to Prometheus | ${mid(requests)} (${requests[0]}-${requests.at(-1)}) | <= ${CLUSTER_TARGETS.requests} | ${met(mid(requests) <= CLUSTER_TARGETS.requests)} |`,
    `| IT energy reported vs sum of P x 24 h | ${(result.reportedJ / J_PER_KWH).toFixed(3)} kWh vs ${(result.expectedJ / J_PER_KWH).toFixed(3)} kWh | equal | ${met(errorPct < 1e-6)} |`,
  ].join("\n");
}
