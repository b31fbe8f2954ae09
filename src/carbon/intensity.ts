/**
 * Grid carbon intensity: which value applies, and where it came from. Order of precedence (docs/architecture.md,
 * "Accounting"): an explicit value; the live Electricity Maps value when a token is configured
 * (`resolveIntensityLive`, the only path that touches the network); a cloud region's grid zone; an
 * Electricity Maps zone or ISO country (yearly data shipped in @tgwf/co2); the world average, with a warning.
 */
import { averageIntensity } from "@tgwf/co2/data";
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { InputError } from "../errors.js";
import { nearestNames } from "../text/nearest.js";
import {
  type CloudRegion,
  cloudKey,
  cloudKeysOfBareRegion,
  isCloudKey,
  providerPue,
  requireCloudRegion,
} from "./cloud-regions.js";
import type { LatestOptions } from "./electricity-maps.js";

export interface Intensity {
  g_per_kwh: number;
  source: string;
  year?: number;
  location?: string;
  /**
   * For a cloud region, its provider's published PUE: the default when neither flag nor config gives
   * one (the caller decides; this only carries the figure and where it came from).
   */
  pue?: { value: number; source: string };
  /** Said to the user when the value is a fallback they may not want. */
  warning?: string;
  /** Why a configured live value was not used, or what the live provider said about its value. */
  note?: string;
}

/** A resolved location, with the zone a live look-up would ask for when there is one. */
interface Located {
  intensity: Intensity;
  zone?: string;
  cloud?: CloudRegion;
}

const yearlyTables = Object.entries(electricityMaps)
  .map(([key, table]) => ({ year: Number(key.replace(/^yearly/, "")), table }))
  .filter(({ year }) => Number.isInteger(year))
  .sort((a, b) => b.year - a.year);

const latest = yearlyTables[0];
if (!latest) throw new Error("@tgwf/co2 ships no Electricity Maps yearly data");

/** Ember's country averages use ISO 3166 alpha-3 codes, and `WORLD`. */
const ember = averageIntensity.data;

/**
 * How the shell that asks names its settings, for messages: the CLI's flags (the default) or the
 * action's inputs. `location` prefixes an error; `grid` says what would have set the grid.
 */
export interface GridNames {
  location: string;
  grid: string;
}

export const CLI_GRID_NAMES: GridNames = { location: "--location", grid: "--location or --intensity" };

/** The fallback, with a warning that says what the user could set instead. */
export function worldAverage(names: GridNames = CLI_GRID_NAMES): Intensity {
  return {
    g_per_kwh: ember.WORLD ?? 475,
    source: "world average (Ember, via @tgwf/co2)",
    warning: `no ${names.grid} given: using the world average grid intensity; set one for a meaningful CO2e figure`,
  };
}

export const WORLD_AVERAGE: Intensity = worldAverage();

export function explicitIntensity(value: number, input = "--intensity"): Intensity {
  if (!Number.isFinite(value) || value < 0 || value > 2000) {
    throw new InputError(input, String(value), "give grid intensity in gCO2e/kWh, a number from 0 to 2000");
  }
  return { g_per_kwh: value, source: "given" };
}

/**
 * Resolves a cloud region (`aws:us-east-1`, `gcp:europe-west4`, `google:…`, `azure:westeurope`), an
 * Electricity Maps zone (`DE`, `US-MIDA-PJM`) or an ISO country (`DE`, `DEU`), any case.
 */
export function intensityForLocation(location: string, input = "--location"): Intensity {
  return locate(location, input).intensity;
}

/** The zone's name as Electricity Maps gives it, for sources: `US-MIDA-PJM (PJM Interconnection)`. */
function zoneLabel(zoneKey: string): string {
  const zone = latest.table.data[zoneKey];
  return zone ? `${zoneKey} (${zone.zone.zoneName})` : zoneKey;
}

const cloudLabel = (row: CloudRegion): string => `the grid zone of ${cloudKey(row)} (${row.name})`;

function cloudRegionIntensity(row: CloudRegion): Located {
  const zone = latest.table.data[row.zone];
  // A test checks every row against the shipped data, so this only fires after an @tgwf/co2 upgrade.
  if (!zone) {
    throw new Error(`data/cloud-regions.json maps ${cloudKey(row)} to ${row.zone}, which @tgwf/co2 lacks`);
  }
  return {
    intensity: {
      g_per_kwh: zone.carbonIntensity.value,
      source: `Electricity Maps yearly average for ${zoneLabel(row.zone)}, ${cloudLabel(row)}, via @tgwf/co2`,
      year: latest.year,
      location: cloudKey(row),
      pue: providerPue(row.provider),
    },
    zone: row.zone,
    cloud: row,
  };
}

function locate(location: string, input: string): Located {
  if (isCloudKey(location)) return cloudRegionIntensity(requireCloudRegion(location, input));
  const key = location.trim();
  const zones = latest.table.data;
  const zoneKey = Object.keys(zones).find((zone) => zone.toUpperCase() === key.toUpperCase());
  if (zoneKey) {
    return {
      intensity: {
        g_per_kwh: zones[zoneKey].carbonIntensity.value,
        source: `Electricity Maps yearly average for ${zoneLabel(zoneKey)}, via @tgwf/co2`,
        year: latest.year,
        location: zoneKey,
      },
      zone: zoneKey,
    };
  }
  const upper = key.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && ember[upper] !== undefined) {
    return {
      intensity: {
        g_per_kwh: ember[upper],
        source: `Ember yearly average for ${upper}, via @tgwf/co2`,
        location: upper,
      },
    };
  }
  // `us-east-1`, `europe-west4`, `westeurope`: a cloud region without its provider.
  const cloud = cloudKeysOfBareRegion(key);
  if (cloud.length > 0) {
    throw new InputError(
      input,
      location,
      `a cloud region is written with its provider: did you mean ${cloud.join(" or ")}?`,
    );
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
    `expected an Electricity Maps zone or ISO country code, or a cloud region (e.g. DE, FR, US-MIDA-PJM, DEU, aws:us-east-1)${
      near.length ? `; nearest: ${near.join(", ")}` : ""
    }`,
  );
}

export interface IntensityOptions {
  intensity?: number;
  location?: string;
}

/** The no-network resolution: explicit value, cloud region, zone or country, world average. */
export function resolveIntensity(options: IntensityOptions, names: GridNames = CLI_GRID_NAMES): Intensity {
  if (options.intensity !== undefined) {
    const given = explicitIntensity(options.intensity);
    if (!options.location) return given;
    // PUE does not depend on where the intensity came from: a cloud region still names its provider's.
    if (isCloudKey(options.location)) {
      const row = requireCloudRegion(options.location, names.location);
      return { ...given, location: cloudKey(row), pue: providerPue(row.provider) };
    }
    return { ...given, location: options.location };
  }
  if (options.location) return intensityForLocation(options.location, names.location);
  return names === CLI_GRID_NAMES ? WORLD_AVERAGE : worldAverage(names);
}

export type LiveIntensityOptions = Partial<LatestOptions>;

/**
 * Like `resolveIntensity`, but asks Electricity Maps for the latest value first when a token is given
 * and the location has a zone. The location is checked before anything is sent, so a typo fails as
 * input instead of becoming a request; any failure of the request falls back to the yearly value
 * with a note saying why.
 */
export async function resolveIntensityLive(
  options: IntensityOptions,
  live: LiveIntensityOptions = {},
  names: GridNames = CLI_GRID_NAMES,
): Promise<Intensity> {
  const { token, ...request } = live;
  if (options.intensity !== undefined || !options.location || !token) return resolveIntensity(options, names);
  const { intensity: yearly, zone, cloud } = locate(options.location, names.location);
  if (!zone) {
    return {
      ...yearly,
      note: `live intensity needs an Electricity Maps zone or a cloud region, not an ISO alpha-3 code like ${yearly.location}: yearly average used`,
    };
  }
  // Loaded only with a token: the live provider's response schema (zod) need not delay every start.
  const { fetchLatestIntensity } = await import("./electricity-maps.js");
  const answer = await fetchLatestIntensity(zone, { ...request, token });
  if (!answer.ok) {
    return { ...yearly, note: `live intensity unavailable (${answer.reason}): yearly average used` };
  }
  const { value } = answer;
  return {
    g_per_kwh: value.g_per_kwh,
    source: `Electricity Maps live value for ${zoneLabel(zone)} at ${value.datetime}${cloud ? `, ${cloudLabel(cloud)}` : ""}`,
    year: new Date(value.datetime).getUTCFullYear(),
    ...(yearly.location !== undefined && { location: yearly.location }),
    ...(yearly.pue && { pue: yearly.pue }),
    ...(value.isEstimated && {
      note: `Electricity Maps marks this value as estimated${value.estimationMethod ? ` (${value.estimationMethod})` : ""}`,
    }),
  };
}
