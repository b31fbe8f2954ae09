/**
 * Energy to emissions for one step (docs/methodology.md): IT kWh = sum of component joules / 3.6e6,
 * facility kWh = IT kWh x PUE, operational g = facility kWh x intensity, plus embodied (SCI's M, computed
 * by `embodiedForStep`). The low..high range carries each component's own bounds (sensor accuracy, model
 * curve, declared utilisation) through the same sum, and adds the embodied figures' own low..high.
 */

import type { EmbodiedEstimate } from "../carbon/embodied.js";
import { checkFunctionalUnit, type FunctionalUnit, sciPerUnit } from "../carbon/sci.js";
import type { ComponentEnergy } from "../measure/types.js";
import { joulesToKwh } from "../units.js";
import type { ReportComponent, ReportStep } from "./schema.js";

/** For the caller to add to a step's notes when the user turned embodied emissions off. */
export const EMBODIED_LEFT_OUT_NOTE =
  "embodied emissions (SCI's M: making the hardware) left out on request (--no-embodied): embodied_g is 0";

/** Embodied grams as `embodiedForStep` gives them; its notes, if any, join the step's notes. */
export type StepEmbodied = Pick<EmbodiedEstimate, "grams" | "low_g" | "high_g"> & { notes?: string[] };

export interface StepInput {
  name: string;
  startedAt: Date;
  endedAt: Date;
  durationS: number;
  exitCode?: number;
  components: ComponentEnergy[];
  pue: number;
  intensityGPerKwh: number;
  overheadCpuS?: number;
  notes?: string[];
  /** Absent: embodied_g is 0 (add EMBODIED_LEFT_OUT_NOTE to `notes` when that was the user's choice). */
  embodied?: StepEmbodied;
  /** R of SCI = (O + M) / R: what the step processed, for `sci_g_per_unit`. */
  functionalUnit?: FunctionalUnit;
}

function checkEmbodied(embodied: StepEmbodied): StepEmbodied {
  const { grams, low_g: low, high_g: high } = embodied;
  if (![grams, low, high].every(Number.isFinite) || low < 0 || low > grams || grams > high) {
    throw new RangeError(
      `embodied: need finite 0 <= low <= grams <= high, got ${low} <= ${grams} <= ${high}`,
    );
  }
  return embodied;
}

export function toReportComponent(component: ComponentEnergy): ReportComponent {
  return {
    kind: component.kind,
    ...(component.device !== undefined && { device: component.device }),
    ...(component.model !== undefined && { model: component.model }),
    method: component.method,
    source: component.source,
    energy_kwh: joulesToKwh(component.energy_j),
    ...(component.avg_power_w !== undefined && { avg_power_w: component.avg_power_w }),
    ...(component.samples !== undefined && { samples: component.samples }),
    ...(component.node !== undefined && { node: component.node }),
    ...(component.uuid !== undefined && { uuid: component.uuid }),
    ...(component.coverage !== undefined && { coverage: component.coverage }),
    ...(component.notes.length > 0 && { notes: component.notes }),
  };
}

export function accountStep(input: StepInput): ReportStep {
  const sumJoules = (factor: (c: ComponentEnergy) => number) =>
    input.components.reduce((total, c) => total + c.energy_j * factor(c), 0);
  const itKwh = joulesToKwh(sumJoules(() => 1));
  const facilityKwh = itKwh * input.pue;
  const toGrams = (joules: number) => joulesToKwh(joules) * input.pue * input.intensityGPerKwh;
  const operational = facilityKwh * input.intensityGPerKwh;
  const embodied = input.embodied ? checkEmbodied(input.embodied) : { grams: 0, low_g: 0, high_g: 0 };
  const co2e = operational + embodied.grams;
  const operationalLow = toGrams(sumJoules((c) => c.low_factor));
  const operationalHigh = toGrams(sumJoules((c) => c.high_factor));
  const unit = input.functionalUnit && checkFunctionalUnit(input.functionalUnit);
  const notes = [...(input.notes ?? []), ...(input.embodied?.notes ?? [])];
  return {
    name: input.name,
    started_at: input.startedAt.toISOString(),
    ended_at: input.endedAt.toISOString(),
    duration_s: input.durationS,
    ...(input.exitCode !== undefined && { exit_code: input.exitCode }),
    energy_kwh: facilityKwh,
    it_energy_kwh: itKwh,
    operational_g: operational,
    embodied_g: embodied.grams,
    co2e_g: co2e,
    co2e_low_g: operationalLow + embodied.low_g,
    co2e_high_g: operationalHigh + embodied.high_g,
    operational_low_g: operationalLow,
    operational_high_g: operationalHigh,
    ...(unit && {
      functional_unit: { name: unit.name, count: unit.count },
      sci_g_per_unit: sciPerUnit(co2e, unit),
    }),
    components: input.components.map(toReportComponent),
    ...(input.overheadCpuS !== undefined && { overhead: { cpu_s: input.overheadCpuS } }),
    ...(notes.length > 0 && { notes }),
  };
}
