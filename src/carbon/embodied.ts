/**
 * Embodied emissions of one step, the Green Software Foundation SCI's M = TE x (TiR / EL) x (RR / ToR):
 * the hardware's total embodied emissions, times the share of its expected life the step took, times the
 * share of the machine it reserved. GPUs count whole (a job that uses a GPU reserves all of it); the server
 * platform counts by the job's share of vCPUs; memory counts by the GB the job sees. Figures and their
 * sources: data/embodied.json and the `embodied_kg` column of data/gpus.json.
 */
import { z } from "zod";
import table from "../../data/embodied.json" with { type: "json" };
import { findGpu, type GpuSpec } from "../hardware/gpus.js";
import { sourceSchema } from "../hardware/table-schema.js";

const rangedSchema = z.strictObject({
  kg: z.number().positive(),
  low_kg: z.number().positive(),
  high_kg: z.number().positive(),
  source: sourceSchema,
  range: z.string().min(1),
  range_sources: z.array(sourceSchema).min(1),
  note: z.string().min(1).optional(),
});
export type RangedFigure = z.infer<typeof rangedSchema>;
type Figure = Pick<RangedFigure, "kg" | "low_kg" | "high_kg">;

export const embodiedTableSchema = z.strictObject({
  description: z.string(),
  lifetime: z.strictObject({ years: z.number().positive(), source: sourceSchema, note: z.string().min(1) }),
  gpu_range: z.strictObject({
    low_factor: z.number().positive().max(1),
    high_factor: z.number().min(1),
    range: z.string().min(1),
    range_sources: z.array(sourceSchema).min(1),
    note: z.string().min(1).optional(),
  }),
  gpu_default: rangedSchema,
  server: rangedSchema,
  memory_per_gb: rangedSchema,
});

/** Parsed once at load: a bad row in our own table should fail every test, not one odd estimate. */
export const EMBODIED = embodiedTableSchema.parse(table);

export const SECONDS_PER_YEAR = 365.25 * 86_400;
/** EL when the caller gives none: 4 years (Cloud Carbon Footprint, after the Dell R740 LCA). */
export const DEFAULT_LIFETIME_YEARS = EMBODIED.lifetime.years;

export interface EmbodiedGpu {
  /** The row from data/gpus.json, when the caller already resolved it; else `model` is looked up. */
  spec?: GpuSpec;
  model: string;
  /** GPUs of this model the job used. */
  count: number;
}

export interface EmbodiedServer {
  /** vCPUs (hardware threads) the job sees, and its host has; both are needed for a share. */
  vcpusUsed?: number;
  vcpusTotal?: number;
  /** Bounds on the host's vCPUs when it is estimated: the share's high and low. */
  vcpusTotalLow?: number;
  vcpusTotalHigh?: number;
  /** How the host's size was found ("m5.large: a m5 host has 96 vCPUs ..."), and how to make it exact. */
  hostBasis?: string;
  hostNote?: string;
  /** Memory the job sees (a VM's memory, or the machine's on bare metal), in GB. */
  memoryGb?: number;
}

export interface EmbodiedInput {
  /** TiR: how long the hardware was reserved, in s. */
  durationS: number;
  gpus: EmbodiedGpu[];
  /** The host without its GPUs; absent when only accelerators are to be counted. */
  server?: EmbodiedServer;
  /** EL, in years; the table's default when absent. */
  lifetimeYears?: number;
}

export interface EmbodiedEstimate {
  grams: number;
  low_g: number;
  high_g: number;
  parts: { gpus_g: number; server_g: number; memory_g: number };
  /** What was counted and on which figures, and what was assumed or left out. */
  notes: string[];
}

interface Part {
  grams: number;
  low_g: number;
  high_g: number;
}

const ZERO: Part = { grams: 0, low_g: 0, high_g: 0 };
const add = (a: Part, b: Part): Part => ({
  grams: a.grams + b.grams,
  low_g: a.low_g + b.low_g,
  high_g: a.high_g + b.high_g,
});
const scaled = (figure: Figure, factor: number): Part => ({
  grams: figure.kg * 1000 * factor,
  low_g: figure.low_kg * 1000 * factor,
  high_g: figure.high_kg * 1000 * factor,
});

/**
 * Numbers in notes as a person writes them: counts exact (96 vCPUs, 1000 kg), other figures to three
 * significant figures (23.5855 GB reads 23.6 GB, 1.388 kg/GB reads 1.39 kg/GB).
 */
const num = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(3))));

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`embodied: ${name} must be a finite number >= 0, got ${value}`);
  }
}

/** The per-GPU figure and its range: the table's own, or the documented default with a note. */
function gpuFigure(gpu: EmbodiedGpu): { figure: Figure; name: string; note?: string } {
  const spec = gpu.spec ?? findGpu(gpu.model);
  const { gpu_range: range, gpu_default: fallback } = EMBODIED;
  if (spec?.embodied_kg !== undefined) {
    const kg = spec.embodied_kg;
    return {
      figure: { kg, low_kg: kg * range.low_factor, high_kg: kg * range.high_factor },
      name: spec.name,
    };
  }
  const why = spec
    ? `no embodied figure for ${spec.name}`
    : `GPU model "${gpu.model}" not found in data/gpus.json`;
  return {
    figure: fallback,
    name: spec?.name ?? gpu.model,
    note: `${why}: assumed ${num(fallback.kg)} kg CO2e per GPU (${num(fallback.low_kg)}-${num(fallback.high_kg)} kg)`,
  };
}

/**
 * The job's share of the server (RR / ToR), with its range when the host's size is an estimate. Without
 * both vCPU counts the whole machine is counted: that overstates a shared host, the safer error for a
 * budget than leaving it out (measure/ always gives a host, estimated when it must).
 */
function serverShare(server: EmbodiedServer): {
  share: number;
  low: number;
  high: number;
  text: string;
  note?: string;
} {
  const { vcpusUsed: used, vcpusTotal: total } = server;
  if (used === undefined || total === undefined) {
    return {
      share: 1,
      low: 1,
      high: 1,
      text: "whole machine",
      note: "the job's share of the server is unknown (vCPUs used and total not both given): the whole server is counted",
    };
  }
  const totalLow = server.vcpusTotalLow ?? total;
  const totalHigh = server.vcpusTotalHigh ?? total;
  const valid = (n: number) => Number.isFinite(n) && n > 0;
  if (![used, total, totalLow, totalHigh].every(valid) || used > Math.min(total, totalLow, totalHigh)) {
    throw new RangeError(`embodied: vCPUs used must be > 0 and at most the total, got ${used} of ${total}`);
  }
  if (totalLow > total || total > totalHigh) {
    throw new RangeError(
      `embodied: the host's vCPUs must be low <= total <= high, got ${totalLow} <= ${total} <= ${totalHigh}`,
    );
  }
  const range =
    totalLow !== total || totalHigh !== total
      ? ` (${num(used)}/${num(totalHigh)}-${num(used)}/${num(totalLow)})`
      : "";
  return {
    share: used / total,
    // A bigger host is a smaller share: the share's low bound comes from the host's high.
    low: used / totalHigh,
    high: used / totalLow,
    text: `${num(used)}/${num(total)} vCPUs${range}${server.hostBasis ? `, ${server.hostBasis}` : ""}`,
    ...(server.hostNote && { note: server.hostNote }),
  };
}

/** M for one step, with a low..high range from each figure's own bounds. Pure. */
export function embodiedForStep(input: EmbodiedInput): EmbodiedEstimate {
  requireNonNegative("durationS", input.durationS);
  const lifetimeYears = input.lifetimeYears ?? DEFAULT_LIFETIME_YEARS;
  if (!Number.isFinite(lifetimeYears) || lifetimeYears <= 0) {
    throw new RangeError(`embodied: lifetimeYears must be a finite number > 0, got ${lifetimeYears}`);
  }
  // TiR / EL: the share of the hardware's expected life this step used.
  const timeShare = input.durationS / (lifetimeYears * SECONDS_PER_YEAR);
  const counted: string[] = [];
  const warnings: string[] = [];

  let gpus = ZERO;
  for (const gpu of input.gpus) {
    requireNonNegative(`count of ${gpu.model}`, gpu.count);
    if (gpu.count === 0) continue;
    const { figure, name, note } = gpuFigure(gpu);
    gpus = add(gpus, scaled(figure, gpu.count * timeShare));
    counted.push(`${num(gpu.count)} x ${name} at ${num(figure.kg)} kg`);
    if (note) warnings.push(note);
  }

  let server = ZERO;
  let memory = ZERO;
  if (input.server) {
    const share = serverShare(input.server);
    const figure = EMBODIED.server;
    server = {
      grams: figure.kg * 1000 * share.share * timeShare,
      low_g: figure.low_kg * 1000 * share.low * timeShare,
      high_g: figure.high_kg * 1000 * share.high * timeShare,
    };
    counted.push(`server platform ${num(EMBODIED.server.kg)} kg x ${share.text}`);
    if (share.note) warnings.push(share.note);
    const memoryGb = input.server.memoryGb;
    if (memoryGb === undefined) {
      warnings.push("memory is not counted in embodied emissions: its size is unknown");
    } else {
      requireNonNegative("memoryGb", memoryGb);
      memory = scaled(EMBODIED.memory_per_gb, memoryGb * timeShare);
      counted.push(`memory ${num(memoryGb)} GB x ${num(EMBODIED.memory_per_gb.kg)} kg/GB`);
    }
  } else {
    warnings.push("the server (CPU, memory, chassis) is not counted in embodied emissions: none was given");
  }

  const total = add(gpus, add(server, memory));
  const summary = `embodied (SCI M) over a ${num(lifetimeYears)}-year life: ${counted.length > 0 ? counted.join("; ") : "no hardware"}`;
  return {
    ...total,
    parts: { gpus_g: gpus.grams, server_g: server.grams, memory_g: memory.grams },
    notes: [summary, ...warnings],
  };
}
