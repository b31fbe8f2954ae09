/** The progress line of a long run: time so far, energy, CO2e and the power now. */
import type { Progress } from "../measure/sampler.js";
import { joulesToKwh } from "../units.js";
import { formatDuration, formatEnergy, formatMass, formatPower } from "./format.js";

export function describeProgress(progress: Progress, gPerKwh: number, pue: number): string {
  const kwh = joulesToKwh(progress.energyJ) * pue;
  const power = progress.powerW !== undefined ? `, ${formatPower(progress.powerW)}` : "";
  return `carbon-budget: ${formatDuration(progress.elapsedS)}, ${formatEnergy(kwh)}, ${formatMass(kwh * gPerKwh)} CO2e${power}`;
}
