/**
 * Expected values were read from the data @tgwf/co2 0.19 ships:
 * - dist/esm/data/electricity-maps/yearly_2025.js (the latest year): DE 342, US-MIDA-PJM 418, FR 31 gCO2eq/kWh;
 *   yearly_2024.js has DE 341, so 342 also proves the latest year was taken.
 * - dist/esm/data/average-intensities.min.js (Ember, alpha-3 keys, no year): DEU 342.06, USA 383.55, WORLD 472.94.
 * Cloud regions read their expectations from data/cloud-regions.json and the same yearly data, so the
 * lookup (region -> zone -> value) is visible in the test.
 */
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { describe, expect, it } from "vitest";
import cloudTable from "../../data/cloud-regions.json" with { type: "json" };
import {
  explicitIntensity,
  intensityForLocation,
  resolveIntensity,
  WORLD_AVERAGE,
} from "../../src/carbon/intensity.js";
import { InputError } from "../../src/errors.js";

const latestYear = Math.max(
  ...Object.keys(electricityMaps)
    .map((key) => Number(key.replace(/^yearly/, "")))
    .filter(Number.isInteger),
);

/** The shipped row for a cloud region, and its zone's value in the latest yearly table. */
function shipped(provider: "aws" | "gcp" | "azure", region: string) {
  const row = cloudTable.regions.find((r) => r.provider === provider && r.region === region);
  if (!row) throw new Error(`${provider}:${region} is not in data/cloud-regions.json`);
  const zone = electricityMaps[`yearly${latestYear}`]?.data[row.zone];
  if (!zone) throw new Error(`${row.zone} is not in yearly${latestYear}`);
  return { row, gPerKwh: zone.carbonIntensity.value, pue: cloudTable.providers[provider].pue };
}

/** The InputError a call throws, so a test can look at its fields. */
function inputErrorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError, nothing was thrown");
}

describe("intensityForLocation: Electricity Maps zones, latest year", () => {
  it("reads a country zone (DE, 2025: 342 g/kWh)", () => {
    expect(intensityForLocation("DE")).toEqual({
      g_per_kwh: 342,
      source: "Electricity Maps yearly average for DE (Germany), via @tgwf/co2",
      year: 2025,
      location: "DE",
    });
  });

  it("reads a sub-national zone (US-MIDA-PJM, 2025: 418 g/kWh)", () => {
    expect(intensityForLocation("US-MIDA-PJM")).toMatchObject({
      g_per_kwh: 418,
      year: 2025,
      location: "US-MIDA-PJM",
    });
    expect(intensityForLocation("US-MIDA-PJM").source).toContain("PJM Interconnection");
  });

  it("ignores case and surrounding spaces, and names the zone as the data spells it", () => {
    expect(intensityForLocation("  fr ")).toMatchObject({ g_per_kwh: 31, year: 2025, location: "FR" });
    expect(intensityForLocation("us-mida-pjm")).toMatchObject({ g_per_kwh: 418, location: "US-MIDA-PJM" });
  });
});

describe("intensityForLocation: Ember alpha-3 fallback", () => {
  it("reads an ISO alpha-3 country from Ember, without a year", () => {
    const deu = intensityForLocation("DEU");
    expect(deu).toEqual({
      g_per_kwh: 342.06,
      source: "Ember yearly average for DEU, via @tgwf/co2",
      location: "DEU",
    });
    expect(intensityForLocation("usa")).toMatchObject({ g_per_kwh: 383.55, location: "USA" });
  });
});

describe("intensityForLocation: unknown locations", () => {
  it("throws an InputError naming the input, the value and the nearest zones", () => {
    const error = inputErrorOf(() => intensityForLocation("US-MIDA-PJN"));
    expect(error.input).toBe("--location");
    expect(error.value).toBe("US-MIDA-PJN");
    expect(error.message).toMatch(
      /^--location: "US-MIDA-PJN" is not valid; expected an Electricity Maps zone/,
    );
    // US-MIDA-PJM is one substitution away
    expect(error.message).toContain("nearest: US-MIDA-PJM");
  });

  it("suggests the provider's form of a bare cloud region", () => {
    expect(inputErrorOf(() => intensityForLocation("us-east-1")).message).toBe(
      '--location: "us-east-1" is not valid; a cloud region is written with its provider: did you mean aws:us-east-1?',
    );
    expect(inputErrorOf(() => intensityForLocation("europe-west4", "location")).message).toBe(
      'location: "europe-west4" is not valid; a cloud region is written with its provider: did you mean gcp:europe-west4?',
    );
    expect(inputErrorOf(() => intensityForLocation(" WestEurope ")).message).toContain(
      "did you mean azure:westeurope?",
    );
  });

  it("names the config key it was given instead of the flag", () => {
    const error = inputErrorOf(() => intensityForLocation("Atlantis", "location"));
    expect(error.input).toBe("location");
    expect(error.message).toMatch(/^location: "Atlantis" is not valid/);
  });

  it("does not take Ember's regional aggregates for countries", () => {
    // WORLD and AFRICA are keys in the Ember table, but not countries
    expect(() => intensityForLocation("WORLD")).toThrow(InputError);
    expect(() => intensityForLocation("AFRICA")).toThrow(InputError);
  });

  it("suggests the zones of a country Electricity Maps splits, and the zone of a country's name", () => {
    // yearly_2025 has no whole-country RU zone, only RU-1, RU-2 and RU-AS
    expect(inputErrorOf(() => intensityForLocation("RU")).message).toContain("nearest: RU-1, RU-2, RU-AS");
    expect(inputErrorOf(() => intensityForLocation("germany")).message).toContain("nearest: DE");
  });
});

describe("intensityForLocation: cloud regions", () => {
  it("reads aws:us-east-1 as its zone's yearly value, with AWS's published PUE", () => {
    const { row, gPerKwh, pue } = shipped("aws", "us-east-1"); // us-east-1 -> US-MIDA-PJM
    const intensity = intensityForLocation("aws:us-east-1");
    expect(intensity).toMatchObject({ g_per_kwh: gPerKwh, year: latestYear, location: "aws:us-east-1" });
    expect(intensity.source).toBe(
      `Electricity Maps yearly average for ${row.zone} (PJM Interconnection), the grid zone of aws:us-east-1 (${row.name}), via @tgwf/co2`,
    );
    expect(intensity.pue?.value).toBe(pue.value);
    expect(intensity.pue?.source).toContain(pue.source.url);
    expect(intensity.warning).toBeUndefined();
  });

  it("reads gcp: and google: alike, and names the canonical key", () => {
    const { gPerKwh, pue } = shipped("gcp", "europe-west4"); // europe-west4 -> NL
    for (const spelling of ["gcp:europe-west4", "google:EUROPE-WEST4", " GCP:Europe-West4 "]) {
      expect(intensityForLocation(spelling)).toMatchObject({
        g_per_kwh: gPerKwh,
        location: "gcp:europe-west4",
        pue: { value: pue.value },
      });
    }
  });

  it("reads azure:westeurope with Azure's PUE, not another provider's", () => {
    const { gPerKwh, pue } = shipped("azure", "westeurope");
    const intensity = intensityForLocation("azure:westeurope");
    expect(intensity).toMatchObject({ g_per_kwh: gPerKwh, location: "azure:westeurope" });
    expect(intensity.pue?.value).toBe(pue.value);
    expect(intensity.pue?.source).toContain("Microsoft Azure");
  });

  it("gives a zone or country no PUE: only cloud regions have a published one", () => {
    expect(intensityForLocation("DE").pue).toBeUndefined();
    expect(intensityForLocation("DEU").pue).toBeUndefined();
  });

  it("refuses an unknown cloud region, naming the input, the value and the nearest regions", () => {
    const error = inputErrorOf(() => intensityForLocation("azure:westeurop"));
    expect(error.input).toBe("--location");
    expect(error.value).toBe("azure:westeurop");
    expect(error.message).toContain("nearest: azure:westeurope");
    expect(inputErrorOf(() => intensityForLocation("aws:mars-1", "location")).input).toBe("location");
  });
});

describe("explicitIntensity and resolveIntensity", () => {
  it("takes a given value as is", () => {
    expect(explicitIntensity(350)).toEqual({ g_per_kwh: 350, source: "given" });
    expect(explicitIntensity(0)).toEqual({ g_per_kwh: 0, source: "given" });
  });

  it("refuses values outside 0..2000 g/kWh, naming the input", () => {
    for (const bad of [-1, 2001, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = inputErrorOf(() => explicitIntensity(bad));
      expect(error.input).toBe("--intensity");
      expect(error.value).toBe(String(bad));
    }
    expect(inputErrorOf(() => explicitIntensity(-5, "location.intensity")).input).toBe("location.intensity");
  });

  it("prefers an explicit value over a location, keeping the location for the report", () => {
    expect(resolveIntensity({ intensity: 120, location: "DE" })).toEqual({
      g_per_kwh: 120,
      source: "given",
      location: "DE",
    });
  });

  it("keeps a cloud region's PUE when the intensity is given, and checks the region", () => {
    const { pue } = shipped("aws", "eu-west-1");
    expect(resolveIntensity({ intensity: 120, location: "AWS:eu-west-1" })).toEqual({
      g_per_kwh: 120,
      source: "given",
      location: "aws:eu-west-1",
      pue: { value: pue.value, source: expect.stringContaining(pue.source.title) },
    });
    expect(() => resolveIntensity({ intensity: 120, location: "aws:eu-west-9" })).toThrow(InputError);
  });

  it("resolves a cloud region when no value is given", () => {
    const { gPerKwh } = shipped("gcp", "us-central1");
    expect(resolveIntensity({ location: "gcp:us-central1" })).toMatchObject({
      g_per_kwh: gPerKwh,
      year: latestYear,
    });
  });

  it("resolves a location when no value is given", () => {
    expect(resolveIntensity({ location: "DE" })).toMatchObject({ g_per_kwh: 342, year: 2025 });
  });

  it("falls back to the Ember world average (472.94 g/kWh) with a warning", () => {
    const world = resolveIntensity({});
    expect(world).toBe(WORLD_AVERAGE);
    expect(world.g_per_kwh).toBe(472.94);
    expect(world.warning).toMatch(/world average/);
    expect(world.source).toContain("Ember");
  });

  it("does not fall back silently on an unknown location", () => {
    expect(() => resolveIntensity({ location: "XX" })).toThrow(InputError);
  });
});
