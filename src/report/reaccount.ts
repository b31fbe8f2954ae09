/**
 * A report accounted again at another grid intensity and PUE (pure): energy measured stays, the
 * operational grams follow (facility kWh = IT kWh x PUE; grams = facility kWh x intensity), embodied
 * grams stay. A pull request is judged at the base branch's intensity and PUE, so editing its own
 * config cannot make its run look cleaner.
 */

import type { Intensity } from "../carbon/intensity.js";
import { buildReport } from "./build.js";
import type { Report, ReportStep } from "./schema.js";

function reaccountStep(
  step: ReportStep,
  pue: number,
  gPerKwh: number,
  oldPue: number,
  oldGPerKwh: number,
): ReportStep {
  const factor = oldPue * oldGPerKwh > 0 ? (pue * gPerKwh) / (oldPue * oldGPerKwh) : 0;
  const operational = step.it_energy_kwh * pue * gPerKwh;
  // Older reports carry no operational range: their range then moves with the operational change.
  const shift = (range: number, operationalBound: number | undefined) =>
    operationalBound !== undefined
      ? range - operationalBound + operationalBound * factor
      : range + operational - step.operational_g;
  const co2e = operational + step.embodied_g;
  return {
    ...step,
    energy_kwh: step.it_energy_kwh * pue,
    operational_g: operational,
    co2e_g: co2e,
    co2e_low_g: shift(step.co2e_low_g, step.operational_low_g),
    co2e_high_g: shift(step.co2e_high_g, step.operational_high_g),
    ...(step.operational_low_g !== undefined && { operational_low_g: step.operational_low_g * factor }),
    ...(step.operational_high_g !== undefined && { operational_high_g: step.operational_high_g * factor }),
    ...(step.functional_unit && { sci_g_per_unit: co2e / step.functional_unit.count }),
  };
}

export function reaccount(report: Report, pue: number, intensity: Intensity): Report {
  const { pue: oldPue, intensity_g_per_kwh: oldG } = report.assumptions;
  if (pue === oldPue && intensity.g_per_kwh === oldG) return report;
  const steps = report.steps.map((step) => reaccountStep(step, pue, intensity.g_per_kwh, oldPue, oldG));
  return buildReport({
    version: report.tool.version,
    run: {
      id: report.run.id,
      ...(report.run.repo && { repo: report.run.repo }),
      ...(report.run.ref && { ref: report.run.ref }),
      ...(report.run.sha && { sha: report.run.sha }),
      startedAt: new Date(report.run.started_at),
      endedAt: new Date(report.run.ended_at),
    },
    hardware: { gpus: report.hardware.gpus, cpu: report.hardware.cpu, memory_gb: report.hardware.memory_gb },
    pue,
    intensity,
    steps,
  });
}
