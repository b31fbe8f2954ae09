/**
 * Energy to emissions for one step (DESIGN.md "Accounting"): IT kWh = sum of component joules / 3.6e6,
 * facility kWh = IT kWh x PUE, operational g = facility kWh x intensity. The low..high range carries
 * each component's own bounds (sensor accuracy, model curve, declared utilisation) through the same sum.
 */
import type { ComponentEnergy } from "../measure/types.js";
import type { ReportComponent, ReportStep } from "../report/schema.js";
import { joulesToKwh } from "./units.js";

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
  // Embodied carbon (SCI's M) is not counted yet: it stays 0 and the report's notes say so.
  const embodied = 0;
  return {
    name: input.name,
    started_at: input.startedAt.toISOString(),
    ended_at: input.endedAt.toISOString(),
    duration_s: input.durationS,
    ...(input.exitCode !== undefined && { exit_code: input.exitCode }),
    energy_kwh: facilityKwh,
    it_energy_kwh: itKwh,
    operational_g: operational,
    embodied_g: embodied,
    co2e_g: operational + embodied,
    co2e_low_g: toGrams(sumJoules((c) => c.low_factor)) + embodied,
    co2e_high_g: toGrams(sumJoules((c) => c.high_factor)) + embodied,
    components: input.components.map(toReportComponent),
    ...(input.overheadCpuS !== undefined && { overhead: { cpu_s: input.overheadCpuS } }),
    ...(input.notes && input.notes.length > 0 && { notes: input.notes }),
  };
}
