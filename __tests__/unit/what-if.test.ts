/**
 * What-if: the same job where the grid is cleaner. Intensities are read from the shipped data (the
 * newest Electricity Maps yearly table in @tgwf/co2, the providers' PUE in data/cloud-regions.json),
 * never copied by hand; the arithmetic on them is written out in each test.
 */
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { describe, expect, it } from "vitest";
import continents from "../../data/zone-continents.json" with { type: "json" };
import { CLOUD_PROVIDER_INFO, CLOUD_REGIONS, cloudKey } from "../../src/carbon/cloud-regions.js";
import { WHAT_IF_MAX, whatIf } from "../../src/carbon/what-if.js";
import { parseReport } from "../../src/report/schema.js";
import { whatIfForReport, withWhatIf } from "../../src/report/what-if.js";
import { report, reportStep } from "../helpers/reports.js";

const latestYear = Math.max(
  ...Object.keys(electricityMaps)
    .map((key) => Number(key.replace(/^yearly/, "")))
    .filter(Number.isInteger),
);
const zones = electricityMaps[`yearly${latestYear}`]?.data ?? {};
const grid = (zone: string): number => {
  const value = zones[zone]?.carbonIntensity.value;
  if (value === undefined) throw new Error(`no ${zone} in the data`);
  return value;
};
const zoneOf = (key: string) => CLOUD_REGIONS.find((row) => cloudKey(row) === key)?.zone ?? "";
const AWS_PUE = CLOUD_PROVIDER_INFO.aws.pue.value;

describe("whatIf for a cloud region: the provider's other regions at its PUE", () => {
  // 10 kWh of IT energy in aws:us-east-1 at AWS's PUE, all operational.
  const here = 10 * AWS_PUE * grid("US-MIDA-PJM");
  const options = whatIf({ location: "aws:us-east-1", it_energy_kwh: 10, pue: AWS_PUE, co2e_g: here });

  it("lists the three cleanest, with the same IT energy x the provider's PUE x their grid", () => {
    expect(options.map((option) => option.location)).toEqual([
      "aws:eu-north-1",
      "aws:eu-west-3",
      "aws:ca-central-1",
    ]);
    const stockholm = grid(zoneOf("aws:eu-north-1"));
    expect(options[0]).toEqual({
      location: "aws:eu-north-1",
      intensity_g_per_kwh: stockholm,
      intensity_source: expect.stringMatching(/^Electricity Maps yearly average for SE-SE3 .*aws:eu-north-1/),
      co2e_g: 10 * AWS_PUE * stockholm,
      change_pct: ((10 * AWS_PUE * stockholm - here) / here) * 100,
    });
    // The same energy at a grid 1/n as intense emits 1/n as much: the change is the intensities' ratio.
    expect(options[1]?.change_pct).toBeCloseTo(
      (grid(zoneOf("aws:eu-west-3")) / grid("US-MIDA-PJM") - 1) * 100,
      9,
    );
  });

  it("misses no cleaner AWS grid: every region left out is no cleaner than the third", () => {
    const third = options[WHAT_IF_MAX - 1]?.intensity_g_per_kwh ?? 0;
    const listedZones = new Set(options.map((option) => zoneOf(option.location)));
    const cleanerLeftOut = CLOUD_REGIONS.filter(
      (row) => row.provider === "aws" && !listedZones.has(row.zone) && grid(row.zone) < third,
    );
    expect(cleanerLeftOut.map(cloudKey)).toEqual([]);
  });

  it("names each grid zone once, though several regions may draw from it", () => {
    const listed = options.map((option) => zoneOf(option.location));
    expect(new Set(listed).size).toBe(listed.length);
    // us-east-2 (Ohio) shares us-east-1's PJM grid: moving there changes nothing.
    expect(options.map((option) => option.location)).not.toContain("aws:us-east-2");
  });

  it("keeps embodied emissions: the hardware and the time are the same wherever the job runs", () => {
    // 10 kWh as above plus 500 g embodied.
    const withEmbodied = whatIf({
      location: "aws:us-east-1",
      it_energy_kwh: 10,
      pue: AWS_PUE,
      co2e_g: here + 500,
      embodied_g: 500,
    });
    const stockholm = grid(zoneOf("aws:eu-north-1"));
    expect(withEmbodied[0]?.co2e_g).toBeCloseTo(10 * AWS_PUE * stockholm + 500, 9);
    expect(withEmbodied[0]?.change_pct).toBeCloseTo(
      ((10 * AWS_PUE * stockholm + 500 - (here + 500)) / (here + 500)) * 100,
      9,
    );
  });

  it("uses the provider's PUE for the other regions, whatever PUE the job was accounted at", () => {
    // Accounted at PUE 1.5 here: 10 kWh x 1.5 x PJM; there, AWS's published PUE.
    const accounted = 10 * 1.5 * grid("US-MIDA-PJM");
    const [best] = whatIf({ location: "aws:us-east-1", it_energy_kwh: 10, pue: 1.5, co2e_g: accounted });
    expect(best?.co2e_g).toBeCloseTo(10 * AWS_PUE * grid(zoneOf("aws:eu-north-1")), 9);
  });
});

describe("whatIf for an Electricity Maps zone: cloud regions' zones on the same continent", () => {
  // 2 kWh IT x PUE 1.3 in Germany.
  const here = 2 * 1.3 * grid("DE");
  const options = whatIf({ location: "DE", it_energy_kwh: 2, pue: 1.3, co2e_g: here });
  const europe = new Set(continents.continents.Europe);

  it("keeps the job's PUE and lists zones in Europe where public cloud regions run", () => {
    expect(options).toHaveLength(WHAT_IF_MAX);
    for (const option of options) {
      expect(europe.has(option.location.slice(0, 2))).toBe(true);
      expect(CLOUD_REGIONS.some((row) => row.zone === option.location)).toBe(true);
      expect(option.co2e_g).toBeCloseTo(2 * 1.3 * grid(option.location), 9);
      expect(option.intensity_source).toMatch(/; cloud regions there: \w+:/);
    }
    const values = options.map((option) => option.co2e_g);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it("misses no cleaner European cloud zone", () => {
    const third = options[WHAT_IF_MAX - 1]?.intensity_g_per_kwh ?? 0;
    const listed = new Set(options.map((option) => option.location));
    const cleanerLeftOut = CLOUD_REGIONS.filter(
      (row) => europe.has(row.zone.slice(0, 2)) && !listed.has(row.zone) && grid(row.zone) < third,
    );
    expect(cleanerLeftOut.map((row) => row.zone)).toEqual([]);
  });

  it("reads the zone in any case, and names Sweden's cloud regions in the source", () => {
    const lower = whatIf({ location: "de", it_energy_kwh: 2, pue: 1.3, co2e_g: here });
    expect(lower).toEqual(options);
    const sweden = options.find((option) => option.location === "SE-SE3");
    expect(sweden?.intensity_source).toContain("aws:eu-north-1");
  });
});

describe("whatIf lists only cleaner places, and none where it cannot compare", () => {
  it("lists nothing cleaner than a job that already emits less than any candidate", () => {
    // 1 kWh accounted at 1 g: every grid in the data is above 1 g/kWh.
    expect(whatIf({ location: "aws:us-east-1", it_energy_kwh: 1, pue: 1, co2e_g: 1 })).toEqual([]);
  });

  it.each([
    ["an ISO alpha-3 country (Ember's average names no zone)", "DEU"],
    ["a cloud region our table lacks", "aws:nowhere-1"],
    ["a place that is not a location", "Atlantis"],
  ])("lists nothing for %s", (_what, location) => {
    expect(whatIf({ location, it_energy_kwh: 1, pue: 1, co2e_g: 500 })).toEqual([]);
  });

  it("lists nothing for a job that emitted nothing (no change to compute)", () => {
    expect(whatIf({ location: "DE", it_energy_kwh: 0, pue: 1, co2e_g: 0 })).toEqual([]);
  });
});

describe("whatIfForReport", () => {
  // Two steps in Germany: facility 1.2 + 0.6 kWh at PUE 1.2 is IT 1.0 + 0.5 kWh, with 30 g embodied.
  const de = grid("DE");
  const steps = [
    reportStep("train", 1.2, 1.2 * de + 20, { embodied_g: 20 }),
    reportStep("eval", 0.6, 0.6 * de + 10, { embodied_g: 10 }),
  ];
  const germany = report({ steps, assumptions: { location: "DE", intensity_g_per_kwh: de } });

  it("sums the steps' IT energy and embodied emissions and compares with the report's total", () => {
    const options = whatIfForReport(germany) ?? [];
    const here = 1.8 * de + 30;
    const best = options[0];
    expect(best).toBeDefined();
    // (1.0 + 0.5) kWh IT x PUE 1.2 x their grid + 30 g embodied.
    expect(best?.co2e_g).toBeCloseTo((1.0 + 0.5) * 1.2 * (best?.intensity_g_per_kwh ?? 0) + 30, 9);
    expect(best?.change_pct).toBeCloseTo((((best?.co2e_g ?? 0) - here) / here) * 100, 9);
  });

  it("is undefined without a location, or with one that names no zone", () => {
    expect(whatIfForReport(report())).toBeUndefined();
    expect(whatIfForReport(report({ assumptions: { location: "DEU" } }))).toBeUndefined();
  });

  it("withWhatIf adds the field, and the report schema reads it back", () => {
    const added = withWhatIf(germany);
    expect(added.what_if).toHaveLength(3);
    expect(parseReport(JSON.stringify(added), "test").what_if).toEqual(added.what_if);
    expect(withWhatIf(report())).not.toHaveProperty("what_if");
  });

  it("the schema refuses more than three places", () => {
    const four = { ...withWhatIf(germany) };
    const [first] = four.what_if ?? [];
    const text = JSON.stringify({ ...four, what_if: [first, first, first, first] });
    expect(() => parseReport(text, "report.json")).toThrow(/report\.json: .*what_if/);
  });
});

describe("data/zone-continents.json", () => {
  it("places every country Electricity Maps covers on exactly one continent", () => {
    const placed = Object.values(continents.continents).flat();
    expect(placed.length).toBe(new Set(placed).size);
    const countries = new Set(Object.keys(zones).map((zone) => zone.split("-")[0]));
    expect([...countries].filter((country) => !placed.includes(country ?? ""))).toEqual([]);
  });
});
