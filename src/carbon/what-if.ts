/**
 * What-if (pure): the same job where the grid is cleaner, so a budget that says "too much" also says
 * where less is possible. Candidates:
 * - a cloud region: the provider's other regions, one per grid zone: the same IT energy x the
 *   provider's published PUE x that region's grid intensity;
 * - an Electricity Maps zone: the zones of public cloud regions (data/cloud-regions.json) on the same
 *   continent (data/zone-continents.json), at the job's own PUE: places where such hardware is rented.
 * An ISO alpha-3 country (Ember's averages) or a bare intensity names no zone: no what-if.
 * Embodied emissions move with the hardware, unchanged. Up to three, lowest CO2e first, each below the job's.
 */
import continentsTable from "../../data/zone-continents.json" with { type: "json" };
import { isInputError } from "../errors.js";
import {
  CLOUD_REGIONS,
  type CloudRegion,
  cloudKey,
  isCloudKey,
  providerPue,
  requireCloudRegion,
} from "./cloud-regions.js";
import { intensityForLocation } from "./intensity.js";

/** One cleaner place, as report@1's `what_if` carries it. */
export interface WhatIf {
  location: string;
  intensity_g_per_kwh: number;
  intensity_source: string;
  co2e_g: number;
  /** Against the job's own CO2e: negative, since only cleaner places are listed. */
  change_pct: number;
}

export interface WhatIfJob {
  /** Where it ran: a cloud region (`aws:us-east-1`) or an Electricity Maps zone (`DE`). */
  location: string;
  it_energy_kwh: number;
  /** The PUE the job was accounted at; a zone's candidates keep it. */
  pue: number;
  /** What the job emitted where it ran, operational and embodied. */
  co2e_g: number;
  embodied_g?: number;
}

export const WHAT_IF_MAX = 3;
/** How many of a zone's cloud regions its source names, so the line stays readable. */
const REGIONS_NAMED = 3;

interface Candidate {
  location: string;
  g_per_kwh: number;
  source: string;
  /** Undefined: the job's own PUE applies. */
  pue?: number;
}

const continentOf = new Map(
  Object.entries(continentsTable.continents).flatMap(([continent, countries]) =>
    countries.map((country) => [country, continent] as const),
  ),
);
/** `US-MIDA-PJM` is in US; an alpha-3 code (`DEU`) is not a zone and has no continent here. */
const zoneContinent = (zone: string) => continentOf.get(/^([A-Z]{2})(?:-|$)/.exec(zone)?.[1] ?? "");

const byZone = new Map<string, CloudRegion[]>();
for (const row of CLOUD_REGIONS) byZone.set(row.zone, [...(byZone.get(row.zone) ?? []), row]);

/** A lookup in our own tables; a location they do not know has no candidates rather than an error. */
function known<T>(find: () => T): T | undefined {
  try {
    return find();
  } catch (error) {
    if (isInputError(error)) return undefined;
    throw error;
  }
}

function cloudCandidates(location: string): Candidate[] {
  const here = known(() => requireCloudRegion(location));
  if (!here) return [];
  const pue = providerPue(here.provider).value;
  const seen = new Set([here.zone]);
  const candidates: Candidate[] = [];
  // Regions on one grid zone would give one figure several times: the table's first stands for them.
  for (const row of CLOUD_REGIONS) {
    if (row.provider !== here.provider || seen.has(row.zone)) continue;
    seen.add(row.zone);
    const intensity = intensityForLocation(cloudKey(row));
    candidates.push({
      location: cloudKey(row),
      g_per_kwh: intensity.g_per_kwh,
      source: intensity.source,
      pue,
    });
  }
  return candidates;
}

function zoneCandidates(location: string): Candidate[] {
  const zone = known(() => intensityForLocation(location))?.location;
  const continent = zone === undefined ? undefined : zoneContinent(zone);
  if (!continent) return [];
  const candidates: Candidate[] = [];
  for (const [other, rows] of byZone) {
    if (other === zone || zoneContinent(other) !== continent) continue;
    const intensity = intensityForLocation(other);
    const names = rows.slice(0, REGIONS_NAMED).map(cloudKey);
    const more = rows.length > REGIONS_NAMED ? ` and ${rows.length - REGIONS_NAMED} more` : "";
    candidates.push({
      location: other,
      g_per_kwh: intensity.g_per_kwh,
      source: `${intensity.source}; cloud regions there: ${names.join(", ")}${more}`,
    });
  }
  return candidates;
}

export const candidatesFor = (location: string) =>
  isCloudKey(location) ? cloudCandidates(location) : zoneCandidates(location);

export function whatIf(job: WhatIfJob): WhatIf[] {
  if (!(job.co2e_g > 0)) return [];
  const embodied = job.embodied_g ?? 0;
  const here = job.co2e_g;
  return candidatesFor(job.location)
    .map((candidate) => {
      const co2e = job.it_energy_kwh * (candidate.pue ?? job.pue) * candidate.g_per_kwh + embodied;
      return {
        location: candidate.location,
        intensity_g_per_kwh: candidate.g_per_kwh,
        intensity_source: candidate.source,
        co2e_g: co2e,
        change_pct: ((co2e - here) / here) * 100,
      };
    })
    .filter((option) => option.co2e_g < here)
    .sort((a, b) => a.co2e_g - b.co2e_g || (a.location < b.location ? -1 : 1))
    .slice(0, WHAT_IF_MAX);
}
