/** The lines a run logs as it goes: progress while the command runs, and what a step came to. */
import type { Progress } from "../measure/sampler.js";
import type { ReportStep } from "../report/schema.js";
import { joulesToKwh } from "../units.js";
import { formatDuration, formatEnergy, formatMass, formatPower } from "./format.js";

/** Time so far, energy, CO2e and the power now; the step is named where a log holds several. */
export function describeProgress(progress: Progress, gPerKwh: number, pue: number, step?: string): string {
  const kwh = joulesToKwh(progress.energyJ) * pue;
  const power = progress.powerW !== undefined ? `, ${formatPower(progress.powerW)}` : "";
  const name = step ? `${step}: ` : "";
  return `carbon-budget: ${name}${formatDuration(progress.elapsedS)}, ${formatEnergy(kwh)}, ${formatMass(kwh * gPerKwh)} CO2e${power}`;
}

/** A step's outcome in one log line, and where its report is. */
export const describeStepKept = (step: ReportStep, path: string): string =>
  step.not_measured === undefined
    ? `carbon-budget: ${step.name}: ${formatEnergy(step.energy_kwh)}, ${formatMass(step.co2e_g)} CO2e (${path})`
    : `carbon-budget: ${step.name}: not measured (${path})`;
