/**
 * Several reports into one (pure): the steps of one job's ledger, or the jobs of a matrix. The run is
 * the earliest start to the latest end; assumptions come from the first report, and a report made under
 * other assumptions or on other hardware keeps its own numbers and says so in its steps' notes.
 */
import { buildReport } from "./build.js";
import type { Report, ReportStep } from "./schema.js";

export function mergeReports(reports: readonly Report[], options: { id: string }): Report {
  const [earliest] = reports;
  if (!earliest) throw new Error("no reports to merge");
  // An unmeasured step's report knows neither the hardware nor the accounting: the first measured one sets them.
  const first = reports.find((report) => report.steps.some((step) => !step.not_measured)) ?? earliest;
  const names = new Set<string>();
  const steps: ReportStep[] = reports.flatMap((report) =>
    report.steps.map((step) => {
      let name = step.name;
      // Two steps of one name (a step run twice, matrix legs) stay apart: the later one gets -2, -3, ...
      for (let n = 2; names.has(name); n++) name = `${step.name}-${n}`;
      names.add(name);
      const notes = [
        ...(step.notes ?? []),
        ...(!step.not_measured && report.hardware.fingerprint !== first.hardware.fingerprint
          ? [`measured on other hardware (${report.hardware.fingerprint})`]
          : []),
        ...(!step.not_measured &&
        (report.assumptions.intensity_g_per_kwh !== first.assumptions.intensity_g_per_kwh ||
          report.assumptions.pue !== first.assumptions.pue)
          ? [`accounted at ${report.assumptions.intensity_g_per_kwh} g/kWh and PUE ${report.assumptions.pue}`]
          : []),
      ];
      return { ...step, name: name.slice(0, 200), ...(notes.length && { notes }) };
    }),
  );
  const times = reports.map((r) => [Date.parse(r.run.started_at), Date.parse(r.run.ended_at)] as const);
  const gpus = new Map<string, number>();
  for (const report of reports)
    for (const gpu of report.hardware.gpus)
      gpus.set(gpu.model, Math.max(gpus.get(gpu.model) ?? 0, gpu.count));
  // Remote machines too, so the fingerprint of a job that ran on a cluster says how many.
  const nodes = Math.max(0, ...reports.map((report) => report.hardware.nodes ?? 0));
  const merged = buildReport({
    version: first.tool.version,
    run: {
      id: options.id,
      ...(first.run.repo && { repo: first.run.repo }),
      ...(first.run.ref && { ref: first.run.ref }),
      ...(first.run.sha && { sha: first.run.sha }),
      startedAt: new Date(Math.min(...times.map(([s]) => s))),
      endedAt: new Date(Math.max(...times.map(([, e]) => e))),
    },
    hardware: {
      gpus: [...gpus].map(([model, count]) => ({ model, count })),
      cpu: first.hardware.cpu,
      memory_gb: first.hardware.memory_gb,
      ...(nodes > 0 && { nodes }),
    },
    pue: first.assumptions.pue,
    intensity: {
      g_per_kwh: first.assumptions.intensity_g_per_kwh,
      source: first.assumptions.intensity_source,
      ...(first.assumptions.intensity_year !== undefined && { year: first.assumptions.intensity_year }),
      ...(first.assumptions.location !== undefined && { location: first.assumptions.location }),
    },
    steps,
  });
  return merged;
}
