/**
 * One row of CodeCarbon's CSV (pure): the columns every version wrote, checked and typed, with the
 * line number kept for the problems the import reports.
 */
import type { HardwareFacts } from "../hardware/fingerprint.js";

/** A row as the importer uses it; `place` is for people ("madrid, Spain"), `location` for the report. */
export type CodecarbonRow = ReturnType<typeof parseRow>;

export class RowError extends Error {}

export const isHeader = (fields: string[]) =>
  ["timestamp", "emissions", "energy_consumed"].every((name) => fields.some((f) => f.trim() === name));

/** A header's column positions by name, found once for all the rows under it. */
export interface Columns {
  count: number;
  /** The last of two columns with one name wins, as it always did. */
  index: Map<string, number>;
}

export const columnsOf = (header: string[]): Columns => ({
  count: header.length,
  index: new Map(header.map((name, i) => [name, i])),
});

/**
 * Text a run keeps: cut to what a report holds, and copied. A field is a slice of the chunk the CSV
 * reader was given, and V8 keeps a whole chunk alive for the sake of a slice of it; a run's last row
 * outlives its chunk, so without the copy a large file would be held in memory a chunk per run.
 * Joining to a string makes a new one and slicing that flattens it, with no tie to the chunk.
 */
const kept = (text: string, max = 200): string => ` ${text.slice(0, max)}`.slice(1);

/** One row, or a RowError saying what makes it unusable; only values that feed the figures are checked. */
export function parseRow(fields: string[], columns: Columns, line: number) {
  if (fields.length !== columns.count) {
    throw new RowError(`${fields.length} fields where the header has ${columns.count}`);
  }
  const raw = (name: string): string | undefined => {
    const i = columns.index.get(name);
    return i === undefined ? undefined : (fields[i] as string).trim();
  };
  const text = (name: string) => raw(name) ?? "";
  const number = (name: string, required = false): number | undefined => {
    const written = raw(name);
    if (written === undefined || (written === "" && !required)) return undefined;
    if (written === "") throw new RowError(`${name} is empty`);
    const value = Number(written);
    if (!Number.isFinite(value)) throw new RowError(`${name} ${JSON.stringify(written)} is not a number`);
    if (value < 0) throw new RowError(`${name} ${written} is negative`);
    return value;
  };
  const loose = (name: string) => {
    const value = Number(text(name) || Number.NaN);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const stamp = parseTimestamp(text("timestamp"));
  if (!stamp) throw new RowError(`timestamp ${JSON.stringify(text("timestamp"))} is not a date and time`);
  const pue = number("pue");
  if (pue !== undefined && (pue < 1 || pue > 3)) {
    throw new RowError(`pue ${pue} is outside 1 to 3, what a carbon-budget report can hold`);
  }
  const gpuCount = loose("gpu_count");
  const cloud = /^(y|yes|true)$/i.test(text("on_cloud")) && text("cloud_provider") && text("cloud_region");
  const where = [text("region"), text("country_name")].filter(Boolean).join(", ");
  const cloudName = `${text("cloud_provider")} ${text("cloud_region")}`;
  return {
    line,
    timestamp: stamp.date,
    zoneless: stamp.zoneless,
    project: kept(text("project_name") || "codecarbon", 100),
    // Whole: it tells runs apart. Only a step name made from it is cut.
    ...(text("run_id") && { runId: kept(text("run_id"), Number.POSITIVE_INFINITY) }),
    duration: number("duration", true) as number,
    emissions: number("emissions", true) as number,
    energyKwh: number("energy_consumed", true) as number,
    cpuKwh: number("cpu_energy"),
    gpuKwh: number("gpu_energy"),
    ramKwh: number("ram_energy"),
    pue: pue ?? 1,
    pueRecorded: pue !== undefined,
    ...(text("codecarbon_version") && { version: kept(text("codecarbon_version"), 50) }),
    ...(gpuCount !== undefined && { gpuCount }),
    ...(text("tracking_mode") && { trackingMode: kept(text("tracking_mode"), 50) }),
    hardware: {
      gpus: parseGpus(text("gpu_model"), gpuCount),
      // CodeCarbon's cpu_count is logical CPUs, not sockets: one socket, as `run` assumes when unknown.
      cpu: { model: kept(text("cpu_model") || "unknown CPU"), count: 1 },
      memory_gb: loose("ram_total_size") ?? 0,
    },
    ...((cloud || where) && { place: kept(cloud ? `${where ? `${where} ` : ""}(${cloudName})` : where) }),
    ...((cloud || text("country_iso_code")) && {
      location: kept(
        cloud ? `${text("cloud_provider")}:${text("cloud_region")}` : text("country_iso_code"),
        100,
      ),
    }),
  };
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Strict: JavaScript's Date would turn 2020-04-31 into May 1st without a word. */
function parseTimestamp(raw: string): { date: Date; zoneless: boolean } | undefined {
  const match = TIMESTAMP.exec(raw);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const lastDay = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (day < 1 || day > lastDay || hour > 23 || minute > 59 || second > 59) return undefined;
  const iso = raw.replace(" ", "T");
  const date = new Date(match[7] ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime()) ? undefined : { date, zoneless: !match[7] };
}

/**
 * CodeCarbon writes `"".join(f"{n} x {name}")`: "2 x NVIDIA A100-SXM4-80GB". Mixed GPUs run together
 * ("1 x NVIDIA A1002 x Tesla T4") with no safe place to cut, so such a text stays one model.
 */
export function parseGpus(model: string, count: number | undefined): HardwareFacts["gpus"] {
  const known = count !== undefined && Number.isSafeInteger(count) && count > 0 ? count : undefined;
  if (model === "" || /^(none|nan|null)$/i.test(model))
    return known ? [{ model: "unknown GPU", count: known }] : [];
  const single = /^(\d+) x (.+)$/.exec(model);
  if (
    single &&
    !/\d x /.test(single[2]) &&
    Number.isSafeInteger(Number(single[1])) &&
    Number(single[1]) > 0
  ) {
    return [{ model: kept(single[2]), count: Number(single[1]) }];
  }
  return [{ model: kept(model), count: known ?? 1 }];
}
