/**
 * Cloud regions (`data/cloud-regions.json`): which Electricity Maps zone a provider's region draws
 * from, and the provider's published PUE. Keys are `provider:region`, e.g. `aws:us-east-1`.
 */
import table from "../../data/cloud-regions.json" with { type: "json" };
import { InputError } from "../errors.js";
import type { Source } from "../hardware/gpus.js";
import { nearestNames } from "../text/nearest.js";

export const CLOUD_PROVIDERS = ["aws", "gcp", "azure"] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

/** What users type before the colon; Google Cloud is also known by its company's name. */
const PROVIDER_ALIASES: Readonly<Record<string, CloudProvider>> = {
  aws: "aws",
  gcp: "gcp",
  google: "gcp",
  azure: "azure",
};

export interface CloudRegion {
  provider: CloudProvider;
  region: string;
  name: string;
  location: string;
  /** An Electricity Maps zone key as @tgwf/co2 spells it (checked against its data by a test). */
  zone: string;
  source: Source;
  /** Says why the zone mapping is not plain, or what is special about the region. */
  note?: string;
}

export interface ProviderPue {
  value: number;
  year: number;
  source: Source;
  note: string;
}

export interface CloudTable {
  description: string;
  providers: Record<CloudProvider, { name: string; pue: ProviderPue }>;
  regions: CloudRegion[];
}

export const cloudKey = (row: Pick<CloudRegion, "provider" | "region">): string =>
  `${row.provider}:${row.region}`;

// Checked against its schema (`cloud-table-schema.ts`) by the tests, not at start-up: zod would delay
// the wrapped command by ~20 ms, for a table that ships in the bundle.
const parsed = table as CloudTable;
export const CLOUD_REGIONS: readonly CloudRegion[] = parsed.regions;
export const CLOUD_PROVIDER_INFO: Readonly<Record<CloudProvider, { name: string; pue: ProviderPue }>> =
  parsed.providers;

const byKey = new Map(CLOUD_REGIONS.map((row) => [cloudKey(row), row]));

/** Zones have no colon, so any `word:rest` is meant as a cloud region. */
export const isCloudKey = (location: string): boolean => /^\s*[A-Za-z][\w-]*\s*:/.test(location);

/**
 * The row for `provider:region`, any case, spaces ignored (so Azure's display name "West Europe"
 * finds `westeurope`). Throws an InputError naming the nearest known keys when there is none.
 */
export function requireCloudRegion(location: string, input = "--location"): CloudRegion {
  const [rawProvider = "", ...rest] = location.split(":");
  const provider = PROVIDER_ALIASES[rawProvider.trim().toLowerCase()];
  if (!provider) {
    throw new InputError(
      input,
      location,
      `unknown cloud provider "${rawProvider.trim()}"; cloud regions are aws:REGION, gcp:REGION (or google:REGION) or azure:REGION`,
    );
  }
  const region = rest.join(":").toLowerCase().replace(/\s+/g, "");
  const row = byKey.get(`${provider}:${region}`);
  if (row) return row;
  const known = CLOUD_REGIONS.filter((candidate) => candidate.provider === provider).map(cloudKey);
  const near = nearestNames(`${provider}:${region}`, known, 3);
  throw new InputError(
    input,
    location,
    `not a ${CLOUD_PROVIDER_INFO[provider].name} region we know; nearest: ${near.join(", ")} (all regions: data/cloud-regions.json)`,
  );
}

/** The cloud keys of a region named without its provider: `us-east-1` is `aws:us-east-1`. */
export function cloudKeysOfBareRegion(name: string): string[] {
  const region = name.trim().toLowerCase();
  return CLOUD_REGIONS.filter((row) => row.region.toLowerCase() === region).map(cloudKey);
}

/** The provider's PUE with a source that says it is provider-wide, for the report's assumptions. */
export function providerPue(provider: CloudProvider): { value: number; source: string } {
  const { name, pue } = CLOUD_PROVIDER_INFO[provider];
  return {
    value: pue.value,
    source: `${name} published PUE ${pue.value} (${pue.year}), a provider-wide figure, not one for this region: ${pue.source.title}, ${pue.source.url}`,
  };
}
