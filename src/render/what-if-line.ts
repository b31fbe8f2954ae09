/**
 * The cleanest what-if in a few words (pure), for the terminal and the comment: it always carries its
 * condition, since whether that place offers the same hardware is not known here.
 */
import type { WhatIf } from "../carbon/what-if.js";
import { rounded } from "../units.js";
import { formatMass, formatPct } from "./format.js";

export const WHAT_IF_CONDITION = "where the same hardware is available";

/**
 * "1.2 kg CO2e (-94%) in aws:eu-north-1 at 20 gCO2e/kWh, where the same hardware is available";
 * `location` is the place as the caller shows it (escaped, in markdown).
 */
export function whatIfText(best: WhatIf, location = best.location): string {
  return `${formatMass(best.co2e_g)} CO2e (${formatPct(best.change_pct)}) in ${location} at ${rounded(best.intensity_g_per_kwh)} gCO2e/kWh, ${WHAT_IF_CONDITION}`;
}
