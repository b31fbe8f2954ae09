/** The CPU table (`data/cpus.json`) and lookups by /proc/cpuinfo or systeminformation names. */
import { z } from "zod";
import table from "../../data/cpus.json" with { type: "json" };
import { InputError } from "../errors.js";
import { sourceSchema } from "./gpus.js";
import { matchName, type NameMatch, nearestBy, quoteList } from "./match.js";

const cpuSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  /** Per socket, in W. */
  tdp_w: z.number().positive(),
  cores: z.number().int().positive().optional(),
  /** Hardware threads per socket: what a vCPU is a share of. */
  threads: z.number().int().positive().optional(),
  source: sourceSchema,
  note: z.string().min(1).optional(),
});
export type CpuSpec = z.infer<typeof cpuSchema>;

const fallbackSchema = z.strictObject({
  min_w_per_vcpu: z.number().positive(),
  max_w_per_vcpu: z.number().positive(),
  source: sourceSchema,
});
export type VcpuFallback = z.infer<typeof fallbackSchema>;

export const cpuTableSchema = z.strictObject({
  description: z.string(),
  cpus: z.array(cpuSchema).min(1),
  vcpu_fallback: fallbackSchema,
});

const parsed = cpuTableSchema.parse(table);
export const CPUS: readonly CpuSpec[] = parsed.cpus;
/** Watts per vCPU for a CPU not in the table. */
export const VCPU_FALLBACK: VcpuFallback = parsed.vcpu_fallback;

const cpuNames = (spec: CpuSpec): string[] => [spec.name, ...(spec.aliases ?? [])];

/** The full result, for callers that want to tell "ambiguous" from "unknown". */
export const matchCpu = (name: string): NameMatch<CpuSpec> => matchName(name, CPUS, cpuNames);

/**
 * The spec for a CPU name, or undefined when unknown or ambiguous. Takes systeminformation's brand
 * with or without its manufacturer (`"AMD" + "EPYC 7763 64-Core Processor"`), or a /proc/cpuinfo
 * model name (`Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz`).
 */
export function findCpu(name: string): CpuSpec | undefined {
  const match = matchCpu(name);
  return match.kind === "found" ? match.row : undefined;
}

/** Like `findCpu`, for user input: throws an InputError naming the candidates or the nearest models. */
export function requireCpu(name: string, input = "--cpu"): CpuSpec {
  const match = matchCpu(name);
  if (match.kind === "found") return match.row;
  if (match.kind === "ambiguous") {
    throw new InputError(
      input,
      name,
      `it matches several CPU models: ${quoteList(match.rows.map((row) => row.name))}; give the full name`,
    );
  }
  const near = nearestBy(name, CPUS, cpuNames, (spec) => spec.name, 3);
  throw new InputError(
    input,
    name,
    `not a CPU model we know; nearest: ${quoteList(near)} (all models: data/cpus.json)`,
  );
}
