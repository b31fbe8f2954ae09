/**
 * CodeCarbon 3.x emissions files of any size, generated, for tests and benchmarks of the importer. Run r
 * (from 0) flushes `flushes(r)` cumulative rows; its row f (from 1) holds the totals after 10 f seconds:
 *   duration 10 f s; cpu 0.0001 f, gpu 0.0003 f, ram 0.00005 f, energy_consumed 0.00045 f kWh;
 *   emissions 0.00018 f kg (400 g/kWh); written at 2026-01-01T00:00:00 + r hours + 10 f seconds.
 * `interleave` runs at a time take turns, one row each, as trackers running side by side append to one file.
 */
import { closeSync, openSync, writeSync } from "node:fs";

export const HEADER_3X =
  "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,ram_used_gb,on_cloud,pue,wue";

export interface GeneratedRuns {
  runs: number;
  flushes: number | ((run: number) => number);
  /** Runs belong to `proj-0` .. `proj-(projects - 1)` in turn. */
  projects?: number;
  interleave?: number;
}

const START = Date.UTC(2026, 0, 1);

export const runId = (run: number) =>
  `${run.toString(16).padStart(8, "0")}-7d4e-4b8a-a1c3-${run.toString(16).padStart(12, "0")}`;

export function row(run: number, flush: number, projects = 1): string {
  const written = new Date(START + run * 3_600_000 + flush * 10_000).toISOString().slice(0, 19);
  return [
    written,
    `proj-${run % projects}`,
    runId(run),
    "5b0fa12a-3dd7-45bb-9766-cc326314d9f1",
    10 * flush,
    0.00018 * flush,
    "1.8e-05",
    "36.0",
    "108.0",
    "18.0",
    0.0001 * flush,
    0.0003 * flush,
    0.00005 * flush,
    0.00045 * flush,
    "0.0",
    "Germany,DEU,hesse,,",
    "Linux-6.8.0-51-generic-x86_64-with-glibc2.39,3.12.3,3.3.0,32,AMD Ryzen 9 7950X 16-Core Processor",
    "1,1 x NVIDIA GeForce RTX 4090,8.6821,50.1109,62.5,machine,12.5,87.5,41.2,25.7,N,1.0,0.0",
  ].join(",");
}

/** The rows in file order, header first. */
export function* rows(spec: GeneratedRuns): Generator<string> {
  const flushesOf = typeof spec.flushes === "number" ? () => spec.flushes as number : spec.flushes;
  const together = spec.interleave ?? 1;
  yield HEADER_3X;
  for (let first = 0; first < spec.runs; first += together) {
    const group = Array.from({ length: Math.min(together, spec.runs - first) }, (_, i) => first + i);
    const most = Math.max(...group.map(flushesOf));
    for (let flush = 1; flush <= most; flush++) {
      for (const run of group) if (flush <= flushesOf(run)) yield row(run, flush, spec.projects);
    }
  }
}

/** Writes the file, a batch of lines at a time; returns its size in bytes. */
export function writeCodecarbonCsv(path: string, spec: GeneratedRuns): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  let batch: string[] = [];
  const flush = () => {
    const text = `${batch.join("\n")}\n`;
    bytes += writeSync(fd, text);
    batch = [];
  };
  try {
    for (const line of rows(spec)) {
      batch.push(line);
      if (batch.length === 2000) flush();
    }
    if (batch.length > 0) flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
