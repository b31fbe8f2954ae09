/**
 * Grid carbon intensity: which value applies, and where it came from. Issue order of precedence:
 * an explicit value, then a location (Electricity Maps zone or ISO country, yearly data shipped in
 * @tgwf/co2), then the world average with a warning. Nothing here touches the network.
 */
import { averageIntensity } from "@tgwf/co2/data";
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { InputError } from "../errors.js";
import { nearestNames } from "../text/nearest.js";

export interface Intensity {
  g_per_kwh: number;
  source: string;
  year?: number;
  location?: string;
  /** Said to the user when the value is a fallback they may not want. */
  warning?: string;
}

const yearlyTables = Object.entries(electricityMaps)
  .map(([key, table]) => ({ year: Number(key.replace(/^yearly/, "")), table }))
  .filter(({ year }) => Number.isInteger(year))
  .sort((a, b) => b.year - a.year);

const latest = yearlyTables[0];
if (!latest) throw new Error("@tgwf/co2 ships no Electricity Maps yearly data");

/** Ember's country averages use ISO 3166 alpha-3 codes, and `WORLD`. */
const ember = averageIntensity.data;

export const WORLD_AVERAGE: Intensity = {
  g_per_kwh: ember.WORLD ?? 475,
  source: "world average (Ember, via @tgwf/co2)",
  warning:
    "no --location or --intensity given: using the world average grid intensity; set one for a meaningful CO2e figure",
};

export function explicitIntensity(value: number, input = "--intensity"): Intensity {
  if (!Number.isFinite(value) || value < 0 || value > 2000) {
    throw new InputError(input, String(value), "give grid intensity in gCO2e/kWh, a number from 0 to 2000");
  }
  return { g_per_kwh: value, source: "given" };
}

/** Resolves an Electricity Maps zone (`DE`, `US-MIDA-PJM`) or ISO country (`DE`, `DEU`), any case. */
export function intensityForLocation(location: string, input = "--location"): Intensity {
  const key = location.trim();
  const zones = latest.table.data;
  const zoneKey = Object.keys(zones).find((zone) => zone.toUpperCase() === key.toUpperCase());
  if (zoneKey) {
    const zone = zones[zoneKey];
    return {
      g_per_kwh: zone.carbonIntensity.value,
      source: `Electricity Maps yearly average for ${zoneKey} (${zone.zone.zoneName}), via @tgwf/co2`,
      year: latest.year,
      location: zoneKey,
    };
  }
  const upper = key.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && ember[upper] !== undefined) {
    return {
      g_per_kwh: ember[upper],
      source: `Ember yearly average for ${upper}, via @tgwf/co2`,
      location: upper,
    };
  }
  // A country Electricity Maps splits (RU, CL) or a country's name is closer to its zones than any spelling.
  const related = Object.keys(zones).filter(
    (zone) => zone.startsWith(`${upper}-`) || zones[zone].zone.zoneName.toUpperCase() === upper,
  );
  const known = [...Object.keys(zones), ...Object.keys(ember).filter((k) => /^[A-Z]{3}$/.test(k))];
  const near = related.length > 0 ? related.slice(0, 3) : nearestNames(key, known, 3);
  throw new InputError(
    input,
    location,
    `expected an Electricity Maps zone or ISO country code (e.g. DE, FR, US-MIDA-PJM, DEU)${
      near.length ? `; nearest: ${near.join(", ")}` : ""
    }`,
  );
}

export function resolveIntensity(options: { intensity?: number; location?: string }): Intensity {
  if (options.intensity !== undefined) {
    const given = explicitIntensity(options.intensity);
    return options.location ? { ...given, location: options.location } : given;
  }
  if (options.location) return intensityForLocation(options.location);
  return WORLD_AVERAGE;
}
