/**
 * Expected values were read from the data @tgwf/co2 0.19 ships:
 * - dist/esm/data/electricity-maps/yearly_2025.js (the latest year): DE 342, US-MIDA-PJM 418, FR 31 gCO2eq/kWh;
 *   yearly_2024.js has DE 341, so 342 also proves the latest year was taken.
 * - dist/esm/data/average-intensities.min.js (Ember, alpha-3 keys, no year): DEU 342.06, USA 383.55, WORLD 472.94.
 */
import { describe, expect, it } from "vitest";
import {
  explicitIntensity,
  intensityForLocation,
  resolveIntensity,
  WORLD_AVERAGE,
} from "../src/carbon/intensity.js";
import { InputError } from "../src/errors.js";

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
