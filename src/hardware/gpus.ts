/** The accelerator table (`data/gpus.json`) and lookups by the names drivers print or users type. */
import table from "../../data/gpus.json" with { type: "json" };
import { InputError } from "../errors.js";
import { matchName, type NameMatch, nearestBy, quoteList } from "./match.js";

export interface Source {
  title: string;
  url: string;
}

export interface GpuSpec {
  name: string;
  aliases: string[];
  vendor: "nvidia" | "amd" | "google";
  /** Board power (TDP/TBP/maximum power) of one device, in W. */
  tdp_w: number;
  /** Only where a source publishes it. */
  idle_w?: number;
  memory_gb: number;
  /** kg CO2e to make one device, only where a source estimates it. */
  embodied_kg?: number;
  source: Source;
  embodied_source?: Source;
  /** Says why a figure is not a plain datasheet value. */
  note?: string;
}

export interface GpuTable {
  description: string;
  gpus: GpuSpec[];
}

/**
 * The table ships inside the bundle, so it is checked against its schema (`table-schema.ts`) by the
 * tests, where a bad row fails every run, rather than at each start-up, where zod would cost the
 * wrapped command ~20 ms of delay.
 */
export const GPUS: readonly GpuSpec[] = (table as GpuTable).gpus;

/**
 * Idle as a share of TDP where no source gives idle power. The published idle figures in the table
 * (TPU v2 53/280 W, TPU v3 84/450 W) are both about 19%; 10% sits well below them, so a low bound
 * built on it errs wide rather than narrow.
 */
export const DEFAULT_GPU_IDLE_FRACTION = 0.1;

/** Idle power of one device: the published figure, or the default share of TDP. */
export function gpuIdleWatts(spec: GpuSpec): { watts: number; published: boolean } {
  return spec.idle_w !== undefined
    ? { watts: spec.idle_w, published: true }
    : { watts: spec.tdp_w * DEFAULT_GPU_IDLE_FRACTION, published: false };
}

const gpuNames = (spec: GpuSpec): string[] => [spec.name, ...spec.aliases];

/** The full result, for callers that want to tell "ambiguous" from "unknown". */
export const matchGpu = (name: string): NameMatch<GpuSpec> => matchName(name, GPUS, gpuNames);

/** The spec for a driver-printed or user-typed name, or undefined when unknown or ambiguous. */
export function findGpu(name: string): GpuSpec | undefined {
  const match = matchGpu(name);
  return match.kind === "found" ? match.row : undefined;
}

/** One model, or a family name (`A100`, `H100`, `a100-80gb`) that matches several variants. */
export type GpuChoice = { kind: "one"; spec: GpuSpec } | { kind: "family"; name: string; specs: GpuSpec[] };

/**
 * For an estimate, where a range is the honest answer to "an A100": a family name gives all its
 * variants; an unknown name throws as `requireGpu` does. Measuring (`run --gpu`) stays strict.
 */
export function requireGpuOrFamily(name: string, input = "--gpu"): GpuChoice {
  const match = matchGpu(name);
  if (match.kind === "ambiguous") {
    const specs = [...match.rows].sort((a, b) => a.tdp_w - b.tdp_w || a.name.localeCompare(b.name));
    return { kind: "family", name: name.trim(), specs };
  }
  return { kind: "one", spec: requireGpu(name, input) };
}

/** Like `findGpu`, for user input: throws an InputError naming the candidates or the nearest models. */
export function requireGpu(name: string, input = "--gpu"): GpuSpec {
  const match = matchGpu(name);
  if (match.kind === "found") return match.row;
  if (match.kind === "ambiguous") {
    throw new InputError(
      input,
      name,
      `it matches several GPU models: ${quoteList(match.rows.map((row) => row.name))}; give the full name`,
    );
  }
  const near = nearestBy(name, GPUS, gpuNames, (spec) => spec.name, 3);
  throw new InputError(
    input,
    name,
    `not a GPU model we know; nearest: ${quoteList(near)} (all models: data/gpus.json)`,
  );
}
