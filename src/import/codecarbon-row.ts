/**
 * One row of CodeCarbon's CSV (pure): the columns every version wrote, checked and typed, with the
 * line number kept for the problems the import reports.
 */
import type { HardwareFacts } from "../report/build.js";

/** A row as the importer uses it; `place` is for people ("madrid, Spain"), `location` for the report. */
export type CodecarbonRow = ReturnType<typeof parseRow>;

export class RowError extends Error {}

export const isHeader = (fields: string[]) =>
  ["timestamp", "emissions", "energy_consumed"].every((name) => fields.some((f) => f.trim() === name));

/** One row, or a RowError saying what makes it unusable; only values that feed the figures are checked. */
export function parseRow(fields: string[], header: string[], line: number) {
  if (fields.length !== header.length) {
    throw new RowError(`${fields.length} fields where the header has ${header.length}`);
  }
  const values = new Map(header.map((name, i) => [name, fields[i].trim()]));
  const text = (name: string) => values.get(name) ?? "";
  const number = (name: string, required = false): number | undefined => {
    const raw = values.get(name);
    if (raw === undefined || (raw === "" && !required)) return undefined;
    if (raw === "") throw new RowError(`${name} is empty`);
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new RowError(`${name} ${JSON.stringify(raw)} is not a number`);
    if (value < 0) throw new RowError(`${name} ${raw} is negative`);
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
    project: text("project_name") || "codecarbon",
    ...(text("run_id") && { runId: text("run_id") }),
    duration: number("duration", true) as number,
    emissions: number("emissions", true) as number,
    energyKwh: number("energy_consumed", true) as number,
    cpuKwh: number("cpu_energy"),
    gpuKwh: number("gpu_energy"),
    ramKwh: number("ram_energy"),
    pue: pue ?? 1,
    pueRecorded: pue !== undefined,
    ...(text("codecarbon_version") && { version: text("codecarbon_version") }),
    ...(gpuCount !== undefined && { gpuCount }),
    ...(text("tracking_mode") && { trackingMode: text("tracking_mode") }),
    hardware: {
      gpus: parseGpus(text("gpu_model"), gpuCount),
      // CodeCarbon's cpu_count is logical CPUs, not sockets: one socket, as `run` assumes when unknown.
      cpu: { model: text("cpu_model") || "unknown CPU", count: 1 },
      memory_gb: loose("ram_total_size") ?? 0,
    },
    ...((cloud || where) && { place: cloud ? `${where ? `${where} ` : ""}(${cloudName})` : where }),
    ...((cloud || text("country_iso_code")) && {
      location: cloud ? `${text("cloud_provider")}:${text("cloud_region")}` : text("country_iso_code"),
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
  const known = count !== undefined && Number.isInteger(count) && count > 0 ? count : undefined;
  if (model === "" || /^(none|nan|null)$/i.test(model))
    return known ? [{ model: "unknown GPU", count: known }] : [];
  const single = /^(\d+) x (.+)$/.exec(model);
  if (single && !/\d x /.test(single[2]) && Number(single[1]) > 0) {
    return [{ model: single[2], count: Number(single[1]) }];
  }
  return [{ model, count: known ?? 1 }];
}
