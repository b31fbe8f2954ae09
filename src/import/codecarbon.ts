/**
 * CodeCarbon's `emissions.csv` as one carbon-budget report (pure). Columns are found by name, so every
 * version's column set reads: 1.x (no run_id, no per-component energy), 2.x, 3.x (experiment_id, water,
 * utilisation). One step per run:
 * - A run is a `run_id`. A tracker that flushes appends a row per flush, each holding the run's
 *   cumulative totals so far, so a run's figures are its last row in file order, never a sum.
 *   Files without run_id (1.x, which had no flush) count each row as its own run. `experiment_id` is
 *   never used: 3.x writes the same default id for every run.
 * - Energies are facility kWh (CodeCarbon multiplies each reading by its PUE); the components and
 *   `it_energy_kwh` are divided back by the row's `pue` (1 when the version records none).
 * - CodeCarbon's timestamp is the row's write time, local and without a zone: read as UTC.
 */
import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import { buildReport, type HardwareFacts, hardwareFingerprint } from "../report/build.js";
import type { Report, ReportComponent, ReportStep } from "../report/schema.js";
import { type CodecarbonRow, isHeader, parseGpus, parseRow, RowError } from "./codecarbon-row.js";
import { parseCsv } from "./csv.js";

export { parseGpus };

export interface ImportProblem {
  /** 1-based line in the file (the header is line 1), where the skipped row starts. */
  line: number;
  reason: string;
}

export interface CodecarbonImport {
  /** Undefined when no row could be imported (every row is then in `problems`). */
  report?: Report;
  problems: ImportProblem[];
  /** CodeCarbon versions of the imported runs, first seen first; empty when the file records none (1.x). */
  versions: string[];
  /** Where the runs ran, as CodeCarbon named it ("madrid, Spain"), first seen first. */
  places: string[];
}

export interface ImportOptions {
  /** The file as the user named it, for messages. */
  origin: string;
  /** carbon-budget's version, for the report's `tool`. */
  version: string;
  /** Import only the rows of this CodeCarbon `project_name`. */
  project?: string;
}

const REQUIRED = ["timestamp", "duration", "emissions", "energy_consumed"];

export function importCodecarbon(text: string, options: ImportOptions): CodecarbonImport {
  const records = parseCsv(text);
  const fail = (why: string): never => {
    throw new InputError("FILE", options.origin, why);
  };
  if (records.length === 0)
    fail("it is empty; expected CodeCarbon's emissions.csv: a header line, then rows");
  let header = records[0].fields.map((name) => name.trim());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0 || records[0].error) {
    fail(
      `it is not a CodeCarbon emissions file: its header has no ${missing.join(", ") || "readable"} column (it starts ${JSON.stringify(header.slice(0, 4).join(","))})`,
    );
  }

  const problems: ImportProblem[] = [];
  const rows: CodecarbonRow[] = [];
  for (const record of records.slice(1)) {
    if (record.error) {
      problems.push({ line: record.line, reason: record.error });
    } else if (record.fields.every((field) => field.trim() === "")) {
      // A line of empty fields carries nothing to import or report.
    } else if (isHeader(record.fields)) {
      // Files joined with `cat` (or an upgrade mid-file) repeat a header: later rows follow it.
      header = record.fields.map((name) => name.trim());
    } else {
      try {
        rows.push(parseRow(record.fields, header, record.line));
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        problems.push({ line: record.line, reason: error.message });
      }
    }
  }

  if (rows.length === 0 && problems.length === 0) fail("it has CodeCarbon's header but no rows");
  const wanted = options.project;
  const selected = wanted === undefined ? rows : rows.filter((row) => row.project === wanted);
  if (wanted !== undefined && selected.length === 0 && rows.length > 0) {
    const known = [...new Set(rows.map((row) => row.project))];
    throw new InputError("--project", wanted, `the file has no such project; it has: ${known.join(", ")}`);
  }
  const runs = groupRuns(selected);
  if (runs.length === 0) return { problems, versions: [], places: [] };

  const names = stepNames(runs);
  const hardware = runs[0][runs[0].length - 1].hardware;
  const fingerprint = hardwareFingerprint(hardware);
  const steps = runs.map((run, i) => toStep(run, names[i], fingerprint));
  const last = runs.map((run) => run[run.length - 1]);
  const versions = distinct(last.map((row) => row.version));
  const places = distinct(last.map((row) => row.place));
  const locations = distinct(last.map((row) => row.location));
  const report = buildReport({
    version: options.version,
    run: {
      id: `codecarbon-${createHash("sha256")
        .update(`${wanted ?? ""}\n${text}`)
        .digest("hex")
        .slice(0, 12)}`,
      startedAt: new Date(Math.min(...steps.map((s) => Date.parse(s.started_at)))),
      endedAt: new Date(Math.max(...steps.map((s) => Date.parse(s.ended_at)))),
    },
    hardware,
    pue: last[0].pue,
    intensity: {
      ...reportIntensity(steps, versions),
      ...(locations.length === 1 && { location: locations[0] }),
    },
    steps,
  });
  return { report, problems, versions, places };
}

/** Rows of one run together, runs in the order their first row appears. */
function groupRuns(rows: CodecarbonRow[]): CodecarbonRow[][] {
  const runs = new Map<string, CodecarbonRow[]>();
  for (const row of rows) {
    const key = row.runId ? `run:${row.runId}` : `line:${row.line}`;
    const run = runs.get(key);
    if (run) run.push(row);
    else runs.set(key, [row]);
  }
  return [...runs.values()];
}

/**
 * A step is named after its CodeCarbon project. Two runs of one project get the first 8 characters of
 * their run_id (the whole id if those collide), or `#1`, `#2` in file order when the file has none.
 */
function stepNames(runs: CodecarbonRow[][]): string[] {
  const projects = runs.map((run) => run[run.length - 1].project.slice(0, 100));
  const names = projects.map((name, i) => {
    const same = projects.filter((p) => p === name).length;
    const id = runs[i][0].runId;
    if (same === 1) return name;
    return id
      ? `${name} ${id.slice(0, 8)}`
      : `${name} #${projects.slice(0, i + 1).filter((p) => p === name).length}`;
  });
  const unique = (name: string) => names.indexOf(name) === names.lastIndexOf(name);
  return names.map((name, i) => (unique(name) ? name : `${projects[i]} ${runs[i][0].runId}`));
}

function toStep(run: CodecarbonRow[], name: string, reportFingerprint: string): ReportStep {
  const row = run[run.length - 1];
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
      ...(row.duration > 0 && { avg_power_w: (toIt(kwh) * 3.6e6) / row.duration }),
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
      ...(gpus.length === 1 && { model: gpus[0].model }),
      notes: [
        `CodeCarbon reads GPUs through NVML or AMD SMI${row.gpuCount && row.gpuCount > 1 ? `; all ${row.gpuCount} together` : ""}`,
      ],
    });
  }
  component("ram", row.ramKwh, { notes: ["CodeCarbon models RAM power from the installed memory"] });

  const grams = row.emissions * 1000;
  const lines = run.map((r) => r.line).join(", ");
  const notes = [
    row.runId
      ? `CodeCarbon run ${row.runId}, line${run.length > 1 ? `s ${lines}; rows are cumulative, so the last one holds the run's totals` : ` ${lines}`}`
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

/** The report's one intensity: total CO2e ÷ total energy, i.e. the runs' energy-weighted mean. */
function reportIntensity(steps: ReportStep[], versions: string[]): { g_per_kwh: number; source: string } {
  const kwh = steps.reduce((sum, s) => sum + s.energy_kwh, 0);
  const grams = steps.reduce((sum, s) => sum + s.co2e_g, 0);
  const mean = kwh > 0 ? round(grams / kwh, 1) : 0;
  const each = steps.filter((s) => s.energy_kwh > 0).map((s) => round(s.co2e_g / s.energy_kwh, 1));
  const label =
    versions.length > 0 ? versions.map((v) => `CodeCarbon ${v}`).join(", ") : versionLabel(undefined);
  const low = Math.min(...each);
  const high = Math.max(...each);
  const spread =
    each.length > 1 && high - low > 0.005 * high
      ? `; energy-weighted mean of ${each.length} runs from ${low} to ${high} g/kWh (each step's notes give its own)`
      : "";
  return { g_per_kwh: mean, source: `${label}: emissions ÷ energy_consumed${spread}`.slice(0, 500) };
}

const describeHardware = (hardware: HardwareFacts): string =>
  [
    ...hardware.gpus.map((g) => `${g.count} x ${g.model}`),
    hardware.cpu.model,
    `${round(hardware.memory_gb, 1)} GB`,
  ].join(", ");

const versionLabel = (version: string | undefined) =>
  version ? `CodeCarbon ${version}` : "CodeCarbon (the file records no version)";

const when = (condition: boolean, note: string): string[] => (condition ? [note] : []);

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

const distinct = (values: (string | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => v !== undefined && v !== "")),
];
