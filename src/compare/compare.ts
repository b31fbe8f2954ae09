/** A run against its baseline, step by step (pure). Different hardware is "not comparable", never a delta. */
import { isFullyMeasured } from "../report/not-measured.js";
import type { Report, ReportStep } from "../report/schema.js";

/** What a comparison needs of the base: the full report, or a summary of it from the data branch's index. */
export interface BaseStep {
  name: string;
  energy_kwh: number;
  co2e_g: number;
  duration_s?: number;
  functional_unit?: { name: string; count: number };
}

export interface BaseRun {
  fingerprint: string;
  steps: BaseStep[];
}

const toBaseRun = (base: Report | BaseRun): BaseRun =>
  "hardware" in base ? { fingerprint: base.hardware.fingerprint, steps: base.steps } : base;

export interface BaselineRef {
  /** How the baseline was found, said to the user: "merge-base with main", "previous run on feature-x". */
  label: string;
  runId: string;
  sha?: string;
  ref?: string;
  /** Unknown for runs stored before their start was kept. */
  startedAt?: string;
  endedAt: string;
  /** Later runs in the same place whose command failed, passed over to reach this one. */
  passedOver?: number;
}

/**
 * `not-measured`: the head step ran unmeasured, wholly or in part (a remote source not read), so its
 * figures are no delta; the base step rides along, on the same hardware, for the budgets' lower bounds.
 */
export type StepStatus = "new" | "compared" | "not-comparable" | "not-measured";

export interface StepComparison {
  name: string;
  head: ReportStep;
  base?: BaseStep;
  status: StepStatus;
  deltaKwh?: number;
  deltaG?: number;
  /** Relative CO2e change; undefined when the base is zero. */
  deltaPct?: number;
}

export interface Comparison {
  baseline?: BaselineRef;
  comparable: boolean;
  steps: StepComparison[];
  total?: { deltaG: number; deltaKwh: number; deltaPct?: number };
}

const pct = (head: number, base: number) => (base > 0 ? ((head - base) / base) * 100 : undefined);

export function compareReports(
  head: Report,
  baseRun: Report | BaseRun | undefined,
  ref?: BaselineRef,
): Comparison {
  if (!baseRun || !ref) {
    const status = (s: ReportStep): StepStatus => (isFullyMeasured(s) ? "new" : "not-measured");
    return {
      comparable: false,
      steps: head.steps.map((s) => ({ name: s.name, head: s, status: status(s) })),
    };
  }
  const base = toBaseRun(baseRun);
  const comparable = head.hardware.fingerprint === base.fingerprint;
  let baseG = 0;
  let baseKwh = 0;
  let headG = 0;
  let headKwh = 0;
  const steps = head.steps.map((step): StepComparison => {
    const baseStep = base.steps.find((s) => s.name === step.name);
    if (!isFullyMeasured(step))
      return {
        name: step.name,
        head: step,
        ...(comparable && baseStep && { base: baseStep }),
        status: "not-measured",
      };
    if (!baseStep) return { name: step.name, head: step, status: "new" };
    if (!comparable) return { name: step.name, head: step, base: baseStep, status: "not-comparable" };
    baseG += baseStep.co2e_g;
    baseKwh += baseStep.energy_kwh;
    headG += step.co2e_g;
    headKwh += step.energy_kwh;
    const deltaPct = pct(step.co2e_g, baseStep.co2e_g);
    return {
      name: step.name,
      head: step,
      base: baseStep,
      status: "compared",
      deltaKwh: step.energy_kwh - baseStep.energy_kwh,
      deltaG: step.co2e_g - baseStep.co2e_g,
      ...(deltaPct !== undefined && { deltaPct }),
    };
  });
  const anyCompared = steps.some((s) => s.status === "compared");
  const totalPct = pct(headG, baseG);
  return {
    baseline: ref,
    comparable,
    steps,
    ...(anyCompared && {
      total: {
        deltaG: headG - baseG,
        deltaKwh: headKwh - baseKwh,
        ...(totalPct !== undefined && { deltaPct: totalPct }),
      },
    }),
  };
}
