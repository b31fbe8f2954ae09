/**
 * Plain test data: ComponentEnergy, report steps and whole reports, built by hand (never through the code
 * under test) so a test of compare, select or rendering does not depend on accounting being right.
 */
import type { BaselineRef } from "../../src/compare/compare.js";
import type { ComponentEnergy } from "../../src/measure/types.js";
import type { Report, ReportComponent, ReportStep } from "../../src/report/schema.js";

export const A100 = "NVIDIA A100-SXM4-80GB";
export const EPYC = "AMD EPYC 7763 64-Core Processor";

/** Assumptions every built step shares unless a test says otherwise. */
export const PUE = 1.2;
export const INTENSITY = 400;

export function componentEnergy(overrides: Partial<ComponentEnergy> = {}): ComponentEnergy {
  return {
    kind: "gpu",
    device: "0",
    model: A100,
    method: "measured",
    source: "nvml",
    energy_j: 0,
    low_factor: 1,
    high_factor: 1,
    notes: [],
    ...overrides,
  };
}

export function reportComponent(overrides: Partial<ReportComponent> = {}): ReportComponent {
  return {
    kind: "gpu",
    device: "0",
    model: A100,
    method: "measured",
    source: "nvml",
    energy_kwh: 0,
    ...overrides,
  };
}

/**
 * An hour-long step whose facility energy is `kwh` and CO2e is `grams`, with IT energy = kwh / PUE, all
 * of it operational, and a ±10% range. One GPU component carries the IT energy.
 */
export function reportStep(
  name: string,
  kwh: number,
  grams: number,
  overrides: Partial<ReportStep> = {},
): ReportStep {
  return {
    name,
    started_at: "2025-03-01T10:00:00.000Z",
    ended_at: "2025-03-01T11:00:00.000Z",
    duration_s: 3600,
    energy_kwh: kwh,
    it_energy_kwh: kwh / PUE,
    operational_g: grams,
    embodied_g: 0,
    co2e_g: grams,
    co2e_low_g: grams * 0.9,
    co2e_high_g: grams * 1.1,
    components: [
      reportComponent({ energy_kwh: kwh / PUE, avg_power_w: ((kwh / PUE) * 3.6e6) / 3600, samples: 3600 }),
    ],
    ...overrides,
  };
}

export interface ReportOptions {
  id?: string;
  sha?: string;
  ref?: string;
  endedAt?: string;
  fingerprint?: string;
  steps?: ReportStep[];
  assumptions?: Partial<Report["assumptions"]>;
}

/** A whole report; totals are the plain sums of its steps. */
export function report(options: ReportOptions = {}): Report {
  const steps = options.steps ?? [reportStep("train", 0.3, 120)];
  const sum = (pick: (step: ReportStep) => number) => steps.reduce((total, step) => total + pick(step), 0);
  const endedAt = options.endedAt ?? "2025-03-01T11:00:00.000Z";
  return {
    schema: "carbon-budget/report@1",
    tool: { name: "carbon-budget", version: "0.1.0" },
    run: {
      id: options.id ?? "run-1",
      ...(options.ref !== undefined && { ref: options.ref }),
      ...(options.sha !== undefined && { sha: options.sha }),
      started_at: "2025-03-01T10:00:00.000Z",
      ended_at: endedAt,
    },
    hardware: {
      fingerprint: options.fingerprint ?? "hw-a100x1",
      gpus: [{ model: A100, count: 1 }],
      cpu: { model: EPYC, count: 1 },
      memory_gb: 256,
    },
    assumptions: {
      pue: PUE,
      intensity_g_per_kwh: INTENSITY,
      intensity_source: "given",
      ...options.assumptions,
    },
    steps,
    totals: {
      duration_s: sum((s) => s.duration_s),
      energy_kwh: sum((s) => s.energy_kwh),
      co2e_g: sum((s) => s.co2e_g),
      co2e_low_g: sum((s) => s.co2e_low_g),
      co2e_high_g: sum((s) => s.co2e_high_g),
    },
  };
}

export function baselineRef(overrides: Partial<BaselineRef> = {}): BaselineRef {
  return {
    label: "merge-base with main",
    runId: "base-run",
    sha: "abc1234def5678abc1234def5678abc1234def56",
    ref: "main",
    endedAt: "2025-02-28T09:00:00.000Z",
    ...overrides,
  };
}
