/**
 * What nvidia-smi prints, read without running it: the field list of `--help-query-gpu`, the rows of
 * `--query-gpu=... --format=csv,noheader,nounits`, its error texts, and the per-GPU tally those rows
 * integrate into. Pure functions over strings and plain data; nvidia-smi.ts owns the process.
 */
import { addPower, emptyPowerIntegral, holdToEnd, type PowerIntegral } from "./integrate.js";
import type { ComponentEnergy } from "./types.js";

export const SOURCE = "nvidia-smi";

/**
 * Best first. `power.draw` is a 1 s average on Ampere and newer (and instantaneous before), so the
 * explicit `.instant` reading follows load changes best; `.average` is at least stated as such.
 */
export const POWER_FIELDS = ["power.draw.instant", "power.draw.average", "power.draw"] as const;
export type PowerField = (typeof POWER_FIELDS)[number];

export const queryColumns = (power: PowerField): string[] => [
  "index",
  "uuid",
  "name",
  power,
  "utilization.gpu",
];

export const queryArgs = (columns: readonly string[]): string[] => [
  `--query-gpu=${columns.join(",")}`,
  "--format=csv,noheader,nounits",
];

/** Every name and alias `--help-query-gpu` lists; each field's block opens with `"uuid" or "gpu_uuid"`. */
export function parseHelpFields(helpText: string): Set<string> {
  const fields = new Set<string>();
  for (const raw of helpText.split(/\r?\n/)) {
    const line = raw.trim();
    // Descriptions quote values too ("Supported" or "[Not Supported]"), but never open a line with them.
    if (!/^"[^"]+"(\s+or\s+"[^"]+")*$/.test(line)) continue;
    for (const match of line.matchAll(/"([^"]+)"/g)) fields.add(match[1] as string);
  }
  return fields;
}

/** The power fields this nvidia-smi knows, best first. */
export function parsePowerFields(helpText: string): PowerField[] {
  const fields = parseHelpFields(helpText);
  return POWER_FIELDS.filter((field) => fields.has(field));
}

/** A number, or the text nvidia-smi printed instead (`[N/A]`, `[Not Supported]`, ...). */
export type Reading = { value: number } | { missing: string };

export function parseReading(cell: string): Reading {
  // `nounits` should drop the unit, but a unit left in is still the same number.
  const match = /^(\d+(?:\.\d+)?)(?:\s*(?:W|%))?$/.exec(cell);
  if (match) return { value: Number(match[1]) };
  if (cell === "") return { missing: "empty" };
  return { missing: cell.length > 40 ? `${cell.slice(0, 40)}...` : cell };
}

export interface GpuRow {
  index: string;
  uuid: string;
  name: string;
  power: Reading;
  utilization: Reading;
}

/** One CSV row of a `--query-gpu` made with `columns`; undefined for anything else (a message, a torn line). */
export function parseGpuLine(line: string, columns: readonly string[]): GpuRow | undefined {
  const cells = line.split(",").map((cell) => cell.trim());
  if (cells.length !== columns.length) return undefined;
  const cell = (name: string) => {
    const at = columns.indexOf(name);
    return at < 0 ? undefined : cells[at];
  };
  const index = cell("index");
  const uuid = cell("uuid");
  const name = cell("name");
  const power = cell(columns.find((column) => (POWER_FIELDS as readonly string[]).includes(column)) ?? "");
  if (index === undefined || !/^\d+$/.test(index) || uuid === undefined || name === undefined)
    return undefined;
  if (power === undefined) return undefined;
  const utilization = cell("utilization.gpu");
  return {
    index,
    uuid,
    name,
    power: parseReading(power),
    utilization: utilization === undefined ? { missing: "not queried" } : parseReading(utilization),
  };
}

export type SmiFailure =
  | { kind: "invalid-field"; field: string; message: string }
  | { kind: "driver"; message: string }
  | { kind: "no-devices"; message: string };

/** Recognises the errors nvidia-smi prints (on stdout or stderr) for an unknown field, no driver, no GPU. */
export function classifyFailure(output: string): SmiFailure | undefined {
  const field = /Field "([^"]*)" is not a valid field to query\./.exec(output);
  if (field) return { kind: "invalid-field", field: field[1] as string, message: field[0] };
  const driver = /NVIDIA-SMI has failed because[^\r\n]*/.exec(output);
  if (driver) return { kind: "driver", message: driver[0].trim() };
  const none = /No devices were found/.exec(output);
  if (none) return { kind: "no-devices", message: none[0] };
  return undefined;
}

/** One GPU's running totals: constant size however many rows stream in. */
export interface GpuTally {
  index: string;
  uuid: string;
  name: string;
  power: PowerIntegral;
  rows: number;
  /** How often each non-number stood in for the power value. */
  missing: Record<string, number>;
  utilizationSum: number;
  utilizationRows: number;
  /** The power the probe read just before sampling: the GPU's figure when no row comes in time. */
  probeW?: number;
}

export const tallyKey = (row: Pick<GpuRow, "index" | "uuid">): string =>
  row.uuid.startsWith("GPU-") ? row.uuid : `index ${row.index}`;

export const emptyTally = (gpu: Pick<GpuRow, "index" | "uuid" | "name">): GpuTally => ({
  index: gpu.index,
  uuid: gpu.uuid,
  name: gpu.name,
  power: emptyPowerIntegral(),
  rows: 0,
  missing: {},
  utilizationSum: 0,
  utilizationRows: 0,
});

/** A tally for a GPU the probe listed, keeping the power it read then. */
export const seedTally = (row: GpuRow): GpuTally => ({
  ...emptyTally(row),
  ...("value" in row.power && { probeW: row.power.value }),
});

export function addGpuRow(tally: GpuTally | undefined, row: GpuRow, tMs: number, gapMs: number): GpuTally {
  const base = tally ?? emptyTally(row);
  const next: GpuTally = { ...base, rows: base.rows + 1 };
  if ("value" in row.power) {
    next.power = addPower(base.power, tMs, row.power.value, gapMs);
  } else {
    next.missing = { ...base.missing, [row.power.missing]: (base.missing[row.power.missing] ?? 0) + 1 };
  }
  if ("value" in row.utilization) {
    next.utilizationSum = base.utilizationSum + row.utilization.value;
    next.utilizationRows = base.utilizationRows + 1;
  }
  return next;
}

/**
 * nvidia-smi documents power.draw (and .average, .instant) as "accurate to within +/- 5 watts"
 * (its `--help-query-gpu` text); NVML's nvmlDeviceGetPowerUsage, which it reads, states
 * "+/- 5% of current power draw" (for Fermi and Kepler; no figure is given for newer boards). We carry
 * the wider of the two, so a GPU idling at 40 W gets ±12.5%, one at 300 W gets ±5%.
 */
export function accuracyFactors(avgPowerW: number | undefined): { low_factor: number; high_factor: number } {
  const relative = avgPowerW !== undefined && avgPowerW > 0 ? Math.max(0.05, 5 / avgPowerW) : 0.05;
  return { low_factor: Math.max(0, 1 - relative), high_factor: 1 + relative };
}

const seconds = (ms: number) => `${Math.round(ms) / 1000} s`;
const watts = (w: number) => `${Math.round(w * 10) / 10} W`;

export type TallyResult = { ok: true; component: ComponentEnergy } | { ok: false; reason: string };

/**
 * The report entry for one GPU over a window ending at `endMs`; `extraNotes` are the sampler's own
 * (restarts, stray lines). The last reading holds to the end; the time before the first reading is
 * left to `extendToWindow` (through `covered_ms`). A GPU with no reading at all is not measured,
 * never a zero.
 */
export function tallyToComponent(
  tally: GpuTally,
  gapMs: number,
  endMs: number,
  extraNotes: string[] = [],
): TallyResult {
  const { power } = tally;
  const gpu = `GPU ${tally.index}`;
  const notes: string[] = [];
  if (tally.rows === 0) notes.push(`nvidia-smi sent no row for ${gpu} while sampling`);
  const missing = Object.entries(tally.missing);
  if (missing.length > 0) {
    const counts = missing.map(([text, count]) => `${text} in ${count}`).join(" and ");
    notes.push(`power not available on ${gpu}: ${counts} of ${tally.rows} samples`);
  }
  if (power.gaps > 0) {
    notes.push(
      `${power.gaps} gap(s) over ${gapMs} ms between power samples on ${gpu} ` +
        `(longest ${seconds(power.longestGapMs)}), bridged linearly`,
    );
  }
  const held = holdToEnd(power, endMs);
  if (held === undefined && tally.probeW === undefined) {
    return {
      ok: false,
      reason:
        `${gpu} (${tally.uuid}) not measured: nvidia-smi gave no power reading for it` +
        `${notes.length > 0 ? ` (${notes.join("; ")})` : ""}; its energy is missing from the total, not zero`,
    };
  }
  let energyJ = 0;
  let coveredMs = 0;
  let averageW = tally.probeW ?? 0;
  if (held === undefined) {
    notes.push(
      `no power reading from ${gpu} while the command ran (it ended before nvidia-smi's first row): ` +
        `counted at the ${watts(averageW)} read when probing, over the whole window`,
    );
  } else {
    ({ energyJ, coveredMs, averageW } = held);
    if (power.samples === 1) {
      notes.push(
        `one power reading from ${gpu} (${watts(averageW)}): counted at that power over the whole window`,
      );
    } else if (held.heldMs > gapMs) {
      notes.push(
        `no power reading from ${gpu} in the last ${seconds(held.heldMs)}: the last one, ` +
          `${watts(power.lastW ?? 0)}, is held to the end`,
      );
    }
  }
  if (tally.utilizationRows > 0) {
    const average = Math.round(tally.utilizationSum / tally.utilizationRows);
    notes.push(`average utilization.gpu ${average}% over ${tally.utilizationRows} samples`);
  }
  return {
    ok: true,
    component: {
      kind: "gpu",
      device: `${tally.index}:${tally.uuid}`,
      model: tally.name,
      method: "measured",
      source: SOURCE,
      energy_j: energyJ,
      ...accuracyFactors(averageW),
      avg_power_w: averageW,
      samples: power.samples,
      covered_ms: coveredMs,
      notes: [...notes, ...extraNotes],
    },
  };
}
