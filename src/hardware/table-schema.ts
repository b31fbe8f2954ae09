/**
 * The schemas of the hardware tables (`data/gpus.json`, `data/cpus.json`) and of a cited source. The
 * tables ship in the bundle and are checked against these by the tests; each schema is held to the
 * type the lookups use, so the two cannot drift apart.
 */
import { z } from "zod";
import type { CpuSpec, CpuTable, VcpuFallback } from "./cpus.js";
import type { GpuSpec, GpuTable, Source } from "./gpus.js";

export const sourceSchema: z.ZodType<Source> = z.strictObject({ title: z.string().min(1), url: z.url() });

const gpuSchema: z.ZodType<GpuSpec> = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  vendor: z.enum(["nvidia", "amd", "google"]),
  tdp_w: z.number().positive(),
  idle_w: z.number().positive().optional(),
  memory_gb: z.number().positive(),
  embodied_kg: z.number().positive().optional(),
  source: sourceSchema,
  embodied_source: sourceSchema.optional(),
  note: z.string().min(1).optional(),
});

export const gpuTableSchema: z.ZodType<GpuTable> = z.strictObject({
  description: z.string(),
  gpus: z.array(gpuSchema).min(1),
});

const cpuSchema: z.ZodType<CpuSpec> = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  tdp_w: z.number().positive(),
  cores: z.number().int().positive().optional(),
  threads: z.number().int().positive().optional(),
  source: sourceSchema,
  note: z.string().min(1).optional(),
});

const fallbackSchema: z.ZodType<VcpuFallback> = z.strictObject({
  min_w_per_vcpu: z.number().positive(),
  max_w_per_vcpu: z.number().positive(),
  source: sourceSchema,
});

export const cpuTableSchema: z.ZodType<CpuTable> = z.strictObject({
  description: z.string(),
  cpus: z.array(cpuSchema).min(1),
  vcpu_fallback: fallbackSchema,
});
