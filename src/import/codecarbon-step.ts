/**
 * One CodeCarbon run as one report step (pure). A run is what is left of its rows once they are read:
 * its last row, which holds the run's cumulative totals, and where its rows were.
 */
import { type HardwareFacts, hardwareFingerprint } from "../hardware/fingerprint.js";
import type { ReportComponent, ReportStep } from "../report/schema.js";
import { JOULES_PER_KWH } from "../units.js";
import type { CodecarbonRow } from "./codecarbon-row.js";

export interface CodecarbonRun {
  /** The last row read, which holds the run's totals so far. */
  last: CodecarbonRow;
  /** The first row's line, and the run_id it carried. */
  first: { line: number; runId?: string };
  rows: number;
  /** The lines of the first LISTED_LINES rows; a note lists them. */
  lines: number[];
}

/** A run flushed more often than this is described by its first and last lines, not every one. */
export const LISTED_LINES = 10;

export function startRun(row: CodecarbonRow): CodecarbonRun {
  return {
    last: row,
    first: { line: row.line, ...(row.runId && { runId: row.runId }) },
    rows: 1,
    lines: [row.line],
  };
}

export function addRow(run: CodecarbonRun, row: CodecarbonRow): void {
  run.last = row;
  run.rows++;
  if (run.lines.length < LISTED_LINES) run.lines.push(row.line);
}

/** Report fields hold at most this much text; a step name is made of a project and a run_id. */
const STEP_NAME_MAX = 200;
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

/**
 * A step is named after its CodeCarbon project, and a project's latest run (the last in the file, which
 * CodeCarbon appends to) always keeps that name: as the file grows, yesterday's run and today's share
 * the step, so they are compared. Earlier runs of the project get the first 8 characters of their
 * run_id (the whole id if those collide), or `#1`, `#2` in file order when the file has none.
 * Counted in one pass each, so a file of 50,000 runs is named as fast as one of 5.
 */
export function stepNames(runs: readonly CodecarbonRun[]): string[] {
  const projects = runs.map((run) => run.last.project);
  const latest = new Map<string, number>();
  for (const [i, name] of projects.entries()) latest.set(name, i);
  const seen = new Map<string, number>();
  const names = projects.map((name, i) => {
    if (latest.get(name) === i) return name;
    const id = runs[i]?.first.runId;
    const nth = (seen.get(name) ?? 0) + 1;
    seen.set(name, nth);
    return id ? `${name} ${id.slice(0, 8)}` : `${name} #${nth}`;
  });
  const perName = countOf(names);
  return names.map((name, i) =>
    cut(
      perName.get(name) === 1 || latest.get(projects[i] ?? "") === i
        ? name
        : `${projects[i]} ${runs[i]?.first.runId}`,
      STEP_NAME_MAX,
    ),
  );
}

function countOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function toStep(run: CodecarbonRun, name: string, reportFingerprint: string): ReportStep {
  const row = run.last;
  const from = `imported from ${versionLabel(row.version)}`;
  const toIt = (kwh: number) => kwh / row.pue;
  const components: ReportComponent[] = [];
  const component = (
    kind: ReportComponent["kind"],
    kwh: number | undefined,
    extra: Partial<ReportComponent>,
  ) => {
    if (kwh === undefined) return;
    components.push({
      kind,
      method: "estimated",
      source: "codecarbon",
      energy_kwh: toIt(kwh),
      ...(row.duration > 0 && { avg_power_w: (toIt(kwh) * JOULES_PER_KWH) / row.duration }),
      ...extra,
      notes: [from, ...(extra.notes ?? []), ...when(row.pue !== 1, `divided by CodeCarbon's PUE ${row.pue}`)],
    });
  };
  component("cpu", row.cpuKwh, {
    ...(row.hardware.cpu.model !== "unknown CPU" && { model: row.hardware.cpu.model }),
    notes: [
      "CodeCarbon reads RAPL where it can and otherwise models the CPU from its TDP; the file does not say which, so counted as estimated",
    ],
  });
  const gpus = row.hardware.gpus;
  if (row.gpuKwh !== undefined && (row.gpuKwh > 0 || gpus.length > 0)) {
    component("gpu", row.gpuKwh, {
      method: "measured",
      ...(gpus.length === 1 && { model: gpus[0]?.model }),
      notes: [
        `CodeCarbon reads GPUs through NVML or AMD SMI${row.gpuCount && row.gpuCount > 1 ? `; all ${row.gpuCount} together` : ""}`,
      ],
    });
  }
  component("ram", row.ramKwh, { notes: ["CodeCarbon models RAM power from the installed memory"] });

  const grams = row.emissions * 1000;
  const notes = [
    row.runId
      ? runNote(run, cut(row.runId, 200))
      : `CodeCarbon row on line ${row.line} (this version writes no run_id: one row per run)`,
    row.energyKwh > 0
      ? `intensity ${round(grams / row.energyKwh, 1)} g/kWh: CodeCarbon's emissions ÷ energy_consumed${row.place ? ` for ${row.place}` : ""}`
      : "no energy recorded, so no intensity",
    "CodeCarbon gives no uncertainty range: low and high are its own figure",
    ...when(
      components.length === 0,
      "this CodeCarbon version records total energy only, no CPU/GPU/RAM split",
    ),
    ...when(!row.pueRecorded, "this CodeCarbon version records no PUE: taken as 1"),
    ...when(row.zoneless, "CodeCarbon's timestamps carry no time zone: read as UTC"),
    ...when(row.trackingMode === "process", "CodeCarbon tracked this process only (tracking_mode=process)"),
    ...when(
      hardwareFingerprint(row.hardware) !== reportFingerprint,
      `ran on other hardware than the report's first run: ${describeHardware(row.hardware)}`,
    ),
  ];
  const ended = row.timestamp.getTime();
  return {
    name,
    started_at: new Date(ended - row.duration * 1000).toISOString(),
    ended_at: row.timestamp.toISOString(),
    duration_s: row.duration,
    energy_kwh: row.energyKwh,
    it_energy_kwh: toIt(row.energyKwh),
    operational_g: grams,
    embodied_g: 0,
    co2e_g: grams,
    co2e_low_g: grams,
    co2e_high_g: grams,
    components,
    notes,
  };
}

/** Where the run's rows are: every line while there are few, the first and the last when it flushed often. */
function runNote(run: CodecarbonRun, id: string): string {
  const cumulative = "rows are cumulative, so the last one holds the run's totals";
  if (run.rows === 1) return `CodeCarbon run ${id}, line ${run.first.line}`;
  if (run.rows <= LISTED_LINES) return `CodeCarbon run ${id}, lines ${run.lines.join(", ")}; ${cumulative}`;
  return `CodeCarbon run ${id}, ${run.rows} rows from line ${run.first.line} to line ${run.last.line}; ${cumulative}`;
}

const describeHardware = (hardware: HardwareFacts): string =>
  [
    ...hardware.gpus.map((g) => `${g.count} x ${g.model}`),
    hardware.cpu.model,
    `${round(hardware.memory_gb, 1)} GB`,
  ].join(", ");

export const versionLabel = (version: string | undefined) =>
  version ? `CodeCarbon ${version}` : "CodeCarbon (the file records no version)";

const when = (condition: boolean, note: string): string[] => (condition ? [note] : []);

export const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
