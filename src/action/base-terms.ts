/**
 * A pull request is judged on the base branch's terms (pure): its grid intensity and PUE come from the
 * base commit's config (or the workflow's inputs), not from the config the PR itself may have edited.
 */
import { resolveIntensity } from "../carbon/intensity.js";
import { choosePue } from "../carbon/pue.js";
import { reaccount } from "../report/reaccount.js";
import type { Report } from "../report/schema.js";
import type { ActionSettings } from "./settings.js";

export function onBaseTerms(
  report: Report,
  settings: Pick<ActionSettings, "intensityOptions" | "pue"> & Partial<Pick<ActionSettings, "names">>,
): { report: Report; notice?: string } {
  const yearly = resolveIntensity(settings.intensityOptions, settings.names);
  const pue = choosePue(settings.pue, yearly, settings.names?.pue);
  const measured = report.assumptions;
  const explicit = settings.intensityOptions.intensity;
  const sameIntensity =
    explicit !== undefined
      ? measured.intensity_g_per_kwh === explicit
      : measured.location === yearly.location;
  if (sameIntensity && measured.pue === pue.value) return { report };
  return {
    report: reaccount(report, pue.value, yearly),
    notice:
      `ℹ️ Judged at the base branch's grid intensity (${yearly.g_per_kwh} gCO2e/kWh) and PUE ${pue.value}; ` +
      `the run was accounted at ${measured.intensity_g_per_kwh} gCO2e/kWh and PUE ${measured.pue}.`,
  };
}
