/** The accelerator table (`data/gpus.json`) and lookups by the names drivers print or users type. */
import { z } from "zod";
import table from "../../data/gpus.json" with { type: "json" };
import { InputError } from "../errors.js";
import { matchName, type NameMatch, nearestBy, quoteList } from "./match.js";

export const sourceSchema = z.strictObject({ title: z.string().min(1), url: z.url() });
export type Source = z.infer<typeof sourceSchema>;

const gpuSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  vendor: z.enum(["nvidia", "amd", "google"]),
  /** Board power (TDP/TBP/maximum power) of one device, in W. */
  tdp_w: z.number().positive(),
  /** Only where a source publishes it. */
  idle_w: z.number().positive().optional(),
  memory_gb: z.number().positive(),
  /** kg CO2e to make one device, only where a source estimates it. */
  embodied_kg: z.number().positive().optional(),
  source: sourceSchema,
  embodied_source: sourceSchema.optional(),
  /** Says why a figure is not a plain datasheet value. */
  note: z.string().min(1).optional(),
});
export type GpuSpec = z.infer<typeof gpuSchema>;

export const gpuTableSchema = z.strictObject({ description: z.string(), gpus: z.array(gpuSchema).min(1) });

/** Parsed once at load: a bad row in our own table should fail every test, not one odd lookup. */
export const GPUS: readonly GpuSpec[] = gpuTableSchema.parse(table).gpus;

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
