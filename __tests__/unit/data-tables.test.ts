/**
 * The data tables ship inside the bundle and are read without validation at start-up (zod would
 * delay the wrapped command): here each is held to its schema, and what the lookups use is exactly
 * what the schema accepts.
 */
import { describe, expect, it } from "vitest";
import cloudTable from "../../data/cloud-regions.json" with { type: "json" };
import cpuTable from "../../data/cpus.json" with { type: "json" };
import gpuTable from "../../data/gpus.json" with { type: "json" };
import { CLOUD_PROVIDER_INFO, CLOUD_REGIONS } from "../../src/carbon/cloud-regions.js";
import { cloudTableSchema } from "../../src/carbon/cloud-table-schema.js";
import { CPUS, VCPU_FALLBACK } from "../../src/hardware/cpus.js";
import { GPUS } from "../../src/hardware/gpus.js";
import { cpuTableSchema, gpuTableSchema } from "../../src/hardware/table-schema.js";

const problems = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  result.success ? [] : result.error?.issues;

describe("the shipped data tables", () => {
  it("data/gpus.json is valid, and the lookups read it as parsed", () => {
    const parsed = gpuTableSchema.safeParse(gpuTable);
    expect(problems(parsed)).toEqual([]);
    expect(GPUS).toEqual(parsed.data?.gpus);
  });

  it("data/cpus.json is valid, and the lookups read it as parsed", () => {
    const parsed = cpuTableSchema.safeParse(cpuTable);
    expect(problems(parsed)).toEqual([]);
    expect(CPUS).toEqual(parsed.data?.cpus);
    expect(VCPU_FALLBACK).toEqual(parsed.data?.vcpu_fallback);
  });

  it("data/cloud-regions.json is valid, and the lookups read it as parsed", () => {
    const parsed = cloudTableSchema.safeParse(cloudTable);
    expect(problems(parsed)).toEqual([]);
    expect(CLOUD_REGIONS).toEqual(parsed.data?.regions);
    expect(CLOUD_PROVIDER_INFO).toEqual(parsed.data?.providers);
  });

  it("a bad row is caught: a GPU with no power, a CPU with a bad source, a cloud region twice", () => {
    const [gpu] = gpuTable.gpus;
    expect(gpuTableSchema.safeParse({ ...gpuTable, gpus: [{ ...gpu, tdp_w: 0 }] }).success).toBe(false);
    const [cpu] = cpuTable.cpus;
    const badSource = { ...cpu, source: { title: "datasheet", url: "not a url" } };
    expect(cpuTableSchema.safeParse({ ...cpuTable, cpus: [badSource] }).success).toBe(false);
    const [region] = cloudTable.regions;
    expect(cloudTableSchema.safeParse({ ...cloudTable, regions: [region, region] }).success).toBe(false);
  });
});
