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
 * The file is read in chunks, in one pass: what is kept is a run's last row, not the file, so a file of
 * hundreds of MB costs its runs' worth of memory.
 */
import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import { hardwareFingerprint } from "../hardware/fingerprint.js";
import { buildReport } from "../report/build.js";
import { MAX_STEPS, type Report, type ReportStep } from "../report/schema.js";
import {
  type CodecarbonRow,
  type Columns,
  columnsOf,
  isHeader,
  parseRow,
  RowError,
} from "./codecarbon-row.js";
import {
  addRow,
  type CodecarbonRun,
  round,
  startRun,
  stepNames,
  toStep,
  versionLabel,
} from "./codecarbon-step.js";
import { CsvReader, type CsvRecord } from "./csv.js";

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

/** What a read of the whole file gives; `skipped` rows were each given to `onProblem` as they were met. */
export interface CodecarbonRead extends Omit<CodecarbonImport, "problems"> {
  skipped: number;
}

/** Reads emissions.csv chunk by chunk (pure: the caller reads the file). Throws InputError for a file it cannot import. */
export class CodecarbonReader {
  private readonly csv = new CsvReader();
  // The run id names the file's content, and the project it was cut to.
  private readonly hash = createHash("sha256");
  private columns?: Columns;
  private records = 0;
  private rows = 0;
  private skipped = 0;
  /** Every project seen, first seen first, for the message when --project names none of them. */
  private readonly projects = new Set<string>();
  private readonly runs = new Map<string, CodecarbonRun>();

  constructor(private readonly options: ImportOptions & { onProblem: (problem: ImportProblem) => void }) {
    this.hash.update(`${options.project ?? ""}\n`);
  }

  push(chunk: string): void {
    this.hash.update(chunk);
    for (const record of this.csv.push(chunk)) this.add(record);
  }

  finish(): CodecarbonRead {
    for (const record of this.csv.end()) this.add(record);
    if (this.records === 0)
      this.fail("it is empty; expected CodeCarbon's emissions.csv: a header line, then rows");
    if (this.rows === 0 && this.skipped === 0) this.fail("it has CodeCarbon's header but no rows");
    const wanted = this.options.project;
    if (wanted !== undefined && this.runs.size === 0 && this.rows > 0) {
      throw new InputError(
        "--project",
        wanted,
        `the file has no such project; it has: ${[...this.projects].join(", ")}`,
      );
    }
    const runs = [...this.runs.values()];
    const skipped = this.skipped;
    if (runs.length === 0) return { skipped, versions: [], places: [] };
    return { ...buildImport(runs, this.options.version, this.hash.digest("hex").slice(0, 12)), skipped };
  }

  private fail(why: string): never {
    throw new InputError("FILE", this.options.origin, why);
  }

  private add(record: CsvRecord): void {
    this.records++;
    if (!this.columns) {
      const header = record.fields.map((name) => name.trim());
      const missing = REQUIRED.filter((name) => !header.includes(name));
      if (missing.length > 0 || record.error) {
        this.fail(
          `it is not a CodeCarbon emissions file: its header has no ${missing.join(", ") || "readable"} column (it starts ${JSON.stringify(header.slice(0, 4).join(","))})`,
        );
      }
      this.columns = columnsOf(header);
      return;
    }
    if (record.error) {
      this.problem(record.line, record.error);
    } else if (record.fields.every((field) => field.trim() === "")) {
      // A line of empty fields carries nothing to import or report.
    } else if (isHeader(record.fields)) {
      // Files joined with `cat` (or an upgrade mid-file) repeat a header: later rows follow it.
      this.columns = columnsOf(record.fields.map((name) => name.trim()));
    } else {
      try {
        this.addRow(parseRow(record.fields, this.columns, record.line));
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        this.problem(record.line, error.message);
      }
    }
  }

  private addRow(row: CodecarbonRow): void {
    this.rows++;
    const wanted = this.options.project;
    if (wanted !== undefined) {
      this.projects.add(row.project);
      if (row.project !== wanted) return;
    }
    // Files without run_id (1.x, which had no flush) count each row as its own run.
    const key = row.runId ? `run:${row.runId}` : `line:${row.line}`;
    const run = this.runs.get(key);
    if (run) {
      addRow(run, row);
      return;
    }
    if (this.runs.size === MAX_STEPS) {
      this.fail(
        `it has more than ${MAX_STEPS.toLocaleString("en-US")} runs, more than a report holds; import a part at a time (--project NAME, or a file of fewer rows)`,
      );
    }
    this.runs.set(key, startRun(row));
  }

  private problem(line: number, reason: string): void {
    this.skipped++;
    this.options.onProblem({ line, reason });
  }
}

/** The whole file's text at once. */
export function importCodecarbon(text: string, options: ImportOptions): CodecarbonImport {
  const problems: ImportProblem[] = [];
  const reader = new CodecarbonReader({ ...options, onProblem: (problem) => problems.push(problem) });
  reader.push(text);
  const { skipped: _, ...read } = reader.finish();
  return { ...read, problems };
}

function buildImport(runs: CodecarbonRun[], version: string, digest: string) {
  const names = stepNames(runs);
  const hardware = (runs[0] as CodecarbonRun).last.hardware;
  const fingerprint = hardwareFingerprint(hardware);
  const steps = runs.map((run, i) => toStep(run, names[i] as string, fingerprint));
  const last = runs.map((run) => run.last);
  const versions = distinct(last.map((row) => row.version));
  const places = distinct(last.map((row) => row.place));
  const locations = distinct(last.map((row) => row.location));
  const report = buildReport({
    version,
    run: {
      id: `codecarbon-${digest}`,
      // A loop, not Math.min(...): spreading 100,000 arguments overflows the stack.
      startedAt: new Date(extreme(steps, (s) => Date.parse(s.started_at), Math.min)),
      endedAt: new Date(extreme(steps, (s) => Date.parse(s.ended_at), Math.max)),
    },
    hardware,
    pue: (last[0] as (typeof last)[number]).pue,
    intensity: {
      ...reportIntensity(steps, versions),
      ...(locations.length === 1 && { location: locations[0] }),
    },
    steps,
  });
  return { report, versions, places };
}

const extreme = <T>(
  items: readonly T[],
  value: (item: T) => number,
  pick: (a: number, b: number) => number,
) => items.reduce((best, item) => pick(best, value(item)), value(items[0] as T));

/** The report's one intensity: total CO2e ÷ total energy, i.e. the runs' energy-weighted mean. */
function reportIntensity(steps: ReportStep[], versions: string[]): { g_per_kwh: number; source: string } {
  const kwh = steps.reduce((sum, s) => sum + s.energy_kwh, 0);
  const grams = steps.reduce((sum, s) => sum + s.co2e_g, 0);
  const mean = kwh > 0 ? round(grams / kwh, 1) : 0;
  const each = steps.filter((s) => s.energy_kwh > 0).map((s) => round(s.co2e_g / s.energy_kwh, 1));
  const label =
    versions.length > 0 ? versions.map((v) => `CodeCarbon ${v}`).join(", ") : versionLabel(undefined);
  const low = each.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const high = each.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const spread =
    each.length > 1 && high - low > 0.005 * high
      ? `; energy-weighted mean of ${each.length} runs from ${low} to ${high} g/kWh (each step's notes give its own)`
      : "";
  return { g_per_kwh: mean, source: `${label}: emissions ÷ energy_consumed${spread}`.slice(0, 500) };
}

const distinct = (values: (string | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => v !== undefined && v !== "")),
];
