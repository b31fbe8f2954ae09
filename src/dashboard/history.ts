/**
 * The history a dashboard is drawn from, one entry per run, whichever store it came from (pure): a
 * report (the local history, a data branch's `<sha>.json`) or, where only the data branch's index
 * knows a run, its index entry, which has no range, method or exit code.
 */
import type { IndexEntry, RunIndex } from "../baseline/index-file.js";
import type { Report, ReportComponent } from "../report/schema.js";

export interface HistoryStep {
  name: string;
  co2e_g: number;
  co2e_low_g?: number;
  co2e_high_g?: number;
  energy_kwh: number;
  exit_code?: number;
  /** How each component was counted, e.g. "GPU measured (nvml), CPU estimated (proc-stat)". */
  method?: string;
}

export interface HistoryRun {
  branch: string;
  sha: string;
  run_id: string;
  ended_at: string;
  /** Runs with different fingerprints ran on different hardware: not comparable. */
  fingerprint: string;
  /** The hardware in words, e.g. "8× NVIDIA A100-SXM4-80GB, AMD EPYC 7763, 512 GB". */
  hardware?: string;
  /** `owner/name`, when the run knew it. */
  repo?: string;
  /** e.g. "342 gCO2e/kWh (DE)". */
  intensity?: string;
  steps: HistoryStep[];
  totals: { co2e_g: number; co2e_low_g?: number; co2e_high_g?: number; energy_kwh: number };
}

const KIND_NAMES: Record<string, string> = { gpu: "GPU", cpu: "CPU", ram: "RAM" };

/** One phrase per kind, method and source, in the report's order: "2× GPU measured (nvml)". */
export function describeMethod(components: readonly ReportComponent[]): string {
  const counts = new Map<string, number>();
  for (const component of components) {
    const kind = KIND_NAMES[component.kind] ?? component.kind;
    const phrase = `${kind} ${component.method} (${component.source})`;
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  return [...counts].map(([phrase, count]) => (count > 1 ? `${count}× ${phrase}` : phrase)).join(", ");
}

function describeHardware(hardware: Report["hardware"]): string {
  const gpus = hardware.gpus.map((gpu) => `${gpu.count}× ${gpu.model}`);
  const cpu = hardware.cpu.count > 1 ? `${hardware.cpu.count}× ${hardware.cpu.model}` : hardware.cpu.model;
  return [...gpus, cpu, `${Math.round(hardware.memory_gb)} GB`].join(", ");
}

const significant = (value: number) => String(Number(value.toPrecision(3)));

export function runFromReport(branch: string, sha: string, report: Report): HistoryRun {
  const { assumptions, totals } = report;
  const where = assumptions.location ? ` (${assumptions.location})` : "";
  return {
    branch,
    sha,
    run_id: report.run.id,
    ended_at: report.run.ended_at,
    fingerprint: report.hardware.fingerprint,
    hardware: describeHardware(report.hardware),
    ...(report.run.repo !== undefined && { repo: report.run.repo }),
    intensity: `${significant(assumptions.intensity_g_per_kwh)} gCO2e/kWh${where}`,
    steps: report.steps.map((step) => ({
      name: step.name,
      co2e_g: step.co2e_g,
      co2e_low_g: step.co2e_low_g,
      co2e_high_g: step.co2e_high_g,
      energy_kwh: step.energy_kwh,
      ...(step.exit_code !== undefined && { exit_code: step.exit_code }),
      method: describeMethod(step.components),
    })),
    totals: {
      co2e_g: totals.co2e_g,
      co2e_low_g: totals.co2e_low_g,
      co2e_high_g: totals.co2e_high_g,
      energy_kwh: totals.energy_kwh,
    },
  };
}

/** A run the data branch's index lists but whose report file is missing: its figures alone. */
export function runFromIndexEntry(branch: string, entry: IndexEntry): HistoryRun {
  return {
    branch,
    sha: entry.sha,
    run_id: entry.run_id,
    ended_at: entry.ended_at,
    fingerprint: entry.fingerprint,
    steps: Object.entries(entry.steps).map(([name, step]) => ({
      name,
      co2e_g: step.co2e_g,
      energy_kwh: step.energy_kwh,
    })),
    totals: { co2e_g: entry.totals.co2e_g, energy_kwh: entry.totals.energy_kwh },
  };
}

/**
 * One branch of the data branch: every run its index lists, from the full report where the caller
 * read one (the range, method and exit code live only there), else from the index entry.
 */
export function runsFromIndex(
  branch: string,
  index: RunIndex,
  reports: ReadonlyMap<string, Report> = new Map(),
): HistoryRun[] {
  return index.entries.map((entry) => {
    const report = reports.get(entry.sha);
    return report ? runFromReport(branch, entry.sha, report) : runFromIndexEntry(branch, entry);
  });
}
