/** The CPU table (`data/cpus.json`) and lookups by /proc/cpuinfo or systeminformation names. */
import table from "../../data/cpus.json" with { type: "json" };
import { InputError } from "../errors.js";
import type { Source } from "./gpus.js";
import { matchName, type NameMatch, nearestBy, quoteList } from "./match.js";

export interface CpuSpec {
  name: string;
  aliases?: string[];
  /** Per socket, in W. */
  tdp_w: number;
  cores?: number;
  /** Hardware threads per socket: what a vCPU is a share of. */
  threads?: number;
  source: Source;
  note?: string;
}

export interface VcpuFallback {
  min_w_per_vcpu: number;
  max_w_per_vcpu: number;
  source: Source;
}

export interface CpuTable {
  description: string;
  cpus: CpuSpec[];
  vcpu_fallback: VcpuFallback;
}

// Checked against its schema by the tests, not at start-up (see gpus.ts).
const parsed = table as CpuTable;
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
