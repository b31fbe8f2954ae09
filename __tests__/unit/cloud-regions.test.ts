/**
 * The cloud region table (data/cloud-regions.json) and `provider:region` lookups. Expected values are
 * read from the shipped files (the table itself, @tgwf/co2's Electricity Maps yearly data), never
 * copied by hand, so a data update cannot leave a stale number behind.
 */
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { describe, expect, it } from "vitest";
import table from "../../data/cloud-regions.json" with { type: "json" };
import {
  CLOUD_PROVIDER_INFO,
  CLOUD_REGIONS,
  cloudKey,
  isCloudKey,
  providerPue,
  requireCloudRegion,
} from "../../src/carbon/cloud-regions.js";
import { cloudTableSchema } from "../../src/carbon/cloud-table-schema.js";
import { InputError } from "../../src/errors.js";

/** The newest yearly table @tgwf/co2 ships (the one intensity.ts reads). */
const latestYear = Math.max(
  ...Object.keys(electricityMaps)
    .map((key) => Number(key.replace(/^yearly/, "")))
    .filter(Number.isInteger),
);
const latestZones = electricityMaps[`yearly${latestYear}`]?.data ?? {};

function inputErrorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError, nothing was thrown");
}

const row = (provider: string, region: string) =>
  CLOUD_REGIONS.find((candidate) => candidate.provider === provider && candidate.region === region);

describe("data/cloud-regions.json", () => {
  it("maps every region to a zone present in the latest Electricity Maps yearly data (2025 or later)", () => {
    expect(latestYear).toBeGreaterThanOrEqual(2025);
    const missing = CLOUD_REGIONS.filter((r) => latestZones[r.zone] === undefined).map(
      (r) => `${cloudKey(r)} -> ${r.zone}`,
    );
    expect(missing).toEqual([]);
  });

  it("covers the public regions of all three providers", () => {
    const count = (provider: string) => CLOUD_REGIONS.filter((r) => r.provider === provider).length;
    expect(count("aws")).toBeGreaterThanOrEqual(35);
    expect(count("gcp")).toBeGreaterThanOrEqual(40);
    expect(count("azure")).toBeGreaterThanOrEqual(60);
    const expected = [
      "aws:us-east-1",
      "aws:us-west-2",
      "aws:eu-west-1",
      "aws:eu-central-1",
      "aws:ap-south-1",
      "aws:cn-north-1",
      "aws:us-gov-west-1",
      "aws:il-central-1",
      "aws:mx-central-1",
      "gcp:us-central1",
      "gcp:europe-west4",
      "gcp:asia-northeast1",
      "gcp:me-central2",
      "gcp:africa-south1",
      "azure:eastus",
      "azure:westeurope",
      "azure:northeurope",
      "azure:swedencentral",
      "azure:uksouth",
      "azure:centralindia",
    ];
    const keys = new Set(CLOUD_REGIONS.map(cloudKey));
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("uses the sub-national zone where the grid is split", () => {
    const zones = Object.fromEntries(
      [
        ["aws", "us-east-1"],
        ["aws", "us-east-2"],
        ["aws", "us-west-1"],
        ["aws", "us-west-2"],
        ["aws", "ca-central-1"],
        ["aws", "eu-west-1"],
        ["aws", "eu-north-1"],
        ["gcp", "europe-west4"],
      ].map(([provider = "", region = ""]) => [`${provider}:${region}`, row(provider, region)?.zone]),
    );
    expect(zones).toEqual({
      "aws:us-east-1": "US-MIDA-PJM",
      "aws:us-east-2": "US-MIDA-PJM",
      "aws:us-west-1": "US-CAL-CISO",
      "aws:us-west-2": "US-NW-BPAT",
      "aws:ca-central-1": "CA-QC",
      "aws:eu-west-1": "IE",
      "aws:eu-north-1": "SE-SE3",
      "gcp:europe-west4": "NL",
    });
  });

  it("names a source on its provider's own site for every row", () => {
    const hosts: Record<string, RegExp> = {
      aws: /^https:\/\/(docs\.aws\.amazon\.com|www\.amazonaws\.cn)\//,
      gcp: /^https:\/\/cloud\.google\.com\//,
      azure: /^https:\/\/learn\.microsoft\.com\//,
    };
    const foreign = CLOUD_REGIONS.filter((r) => !hosts[r.provider]?.test(r.source.url)).map(cloudKey);
    expect(foreign).toEqual([]);
  });

  it("gives each provider a published PUE between 1 and 2 with its year and document", () => {
    for (const info of Object.values(CLOUD_PROVIDER_INFO)) {
      expect(info.pue.value).toBeGreaterThan(1);
      expect(info.pue.value).toBeLessThan(2);
      expect(info.pue.year).toBeGreaterThanOrEqual(2023);
      expect(info.pue.source.url).toMatch(/^https:\/\//);
    }
  });

  it("is checked at load: a duplicated region or a misspelt zone is refused", () => {
    const [first] = table.regions;
    expect(cloudTableSchema.safeParse({ ...table, regions: [first, first] }).success).toBe(false);
    expect(
      cloudTableSchema.safeParse({ ...table, regions: [{ ...first, zone: "us-mida-pjm" }] }).success,
    ).toBe(false);
    expect(cloudTableSchema.safeParse(table).success).toBe(true);
  });
});

describe("requireCloudRegion", () => {
  it("finds a region by provider:region, in any case", () => {
    expect(cloudKey(requireCloudRegion("aws:us-east-1"))).toBe("aws:us-east-1");
    expect(cloudKey(requireCloudRegion(" AWS:US-EAST-1 "))).toBe("aws:us-east-1");
    expect(cloudKey(requireCloudRegion("Azure:WestEurope"))).toBe("azure:westeurope");
  });

  it("takes google: for gcp:, and Azure's display names with their spaces", () => {
    expect(requireCloudRegion("google:europe-west4")).toBe(requireCloudRegion("gcp:europe-west4"));
    expect(cloudKey(requireCloudRegion("azure:West Europe"))).toBe("azure:westeurope");
  });

  it("names the input, the value and the three nearest regions of that provider", () => {
    const error = inputErrorOf(() => requireCloudRegion("aws:us-east-7"));
    expect(error.input).toBe("--location");
    expect(error.value).toBe("aws:us-east-7");
    const nearest = /nearest: (.*) \(all regions/.exec(error.message)?.[1]?.split(", ") ?? [];
    expect(nearest).toHaveLength(3);
    // us-east-1 and us-east-2 are one substitution away; every suggestion is an AWS region
    expect(nearest).toEqual(expect.arrayContaining(["aws:us-east-1", "aws:us-east-2"]));
    expect(nearest.every((key) => key.startsWith("aws:"))).toBe(true);
    expect(inputErrorOf(() => requireCloudRegion("gcp:europe-west5", "location")).input).toBe("location");
  });

  it("refuses an unknown provider, saying which are known", () => {
    const error = inputErrorOf(() => requireCloudRegion("oracle:us-ashburn-1"));
    expect(error.message).toContain('unknown cloud provider "oracle"');
    expect(error.message).toContain("aws:REGION, gcp:REGION (or google:REGION) or azure:REGION");
  });

  it("tells cloud keys from zones by the colon", () => {
    expect(isCloudKey("aws:us-east-1")).toBe(true);
    expect(isCloudKey(" gcp : europe-west4")).toBe(true);
    expect(isCloudKey("US-MIDA-PJM")).toBe(false);
    expect(isCloudKey("DEU")).toBe(false);
  });
});

describe("providerPue", () => {
  it("carries the provider's figure and says it is provider-wide, with document and year", () => {
    for (const provider of ["aws", "gcp", "azure"] as const) {
      const { pue } = table.providers[provider];
      const described = providerPue(provider);
      expect(described.value).toBe(pue.value);
      expect(described.source).toContain(`(${pue.year})`);
      expect(described.source).toContain(pue.source.title);
      expect(described.source).toContain(pue.source.url);
      expect(described.source).toContain("provider-wide");
    }
  });
});
