/**
 * Every report carries its what-if, however it was made (one measured step, a job's steps merged, a
 * pull request accounted again), and the terminal and the comment show the best one with its condition.
 * Intensities come from the shipped data, as in what-if.test.ts; the arithmetic is written out.
 */
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { describe, expect, it } from "vitest";
import { CLOUD_PROVIDER_INFO } from "../../src/carbon/cloud-regions.js";
import { compareReports } from "../../src/compare/compare.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { whatIfText } from "../../src/render/what-if-line.js";
import { reportForUnmeasured } from "../../src/report/measured-report.js";
import { mergeReports } from "../../src/report/merge.js";
import { reaccount } from "../../src/report/reaccount.js";
import { report, reportStep } from "../helpers/reports.js";

const latestYear = Math.max(
  ...Object.keys(electricityMaps)
    .map((key) => Number(key.replace(/^yearly/, "")))
    .filter(Number.isInteger),
);
const grid = (zone: string): number => {
  const value = electricityMaps[`yearly${latestYear}`]?.data?.[zone]?.carbonIntensity.value;
  if (value === undefined) throw new Error(`no ${zone} in the data`);
  return value;
};
const AWS_PUE = CLOUD_PROVIDER_INFO.aws.pue.value;
// aws:us-east-1 is on PJM's grid; the cleanest AWS grid is Stockholm's (SE-SE3, aws:eu-north-1).
const VIRGINIA = grid("US-MIDA-PJM");
const STOCKHOLM = grid("SE-SE3");

/** A one-step report in aws:us-east-1: IT energy `it` kWh at AWS's PUE, plus `embodied` g. */
function inVirginia(name: string, it: number, embodied: number, id: string) {
  const grams = it * AWS_PUE * VIRGINIA + embodied;
  return report({
    id,
    steps: [reportStep(name, it * AWS_PUE, grams, { it_energy_kwh: it, embodied_g: embodied })],
    assumptions: { location: "aws:us-east-1", pue: AWS_PUE, intensity_g_per_kwh: VIRGINIA },
  });
}

describe("what_if in every report", () => {
  it("a job's steps merged: the what-if of all of them, at the merged totals", () => {
    const merged = mergeReports([inVirginia("train", 2, 40, "a"), inVirginia("eval", 0.5, 10, "b")], {
      id: "job",
    });
    // Here: (2 + 0.5) kWh IT x PUE x Virginia's grid + (40 + 10) g embodied.
    const here = 2.5 * AWS_PUE * VIRGINIA + 50;
    // There: the same IT energy x AWS's PUE x Stockholm's grid; embodied stays.
    const there = 2.5 * AWS_PUE * STOCKHOLM + 50;
    expect(merged.totals.co2e_g).toBeCloseTo(here, 9);
    expect(merged.what_if).toHaveLength(3);
    expect(merged.what_if?.[0]?.location).toBe("aws:eu-north-1");
    expect(merged.what_if?.[0]?.intensity_g_per_kwh).toBe(STOCKHOLM);
    expect(merged.what_if?.[0]?.co2e_g).toBeCloseTo(there, 9);
    expect(merged.what_if?.[0]?.change_pct).toBeCloseTo(((there - here) / here) * 100, 9);
  });

  it("a report accounted again at another grid: its what-if follows the new figures", () => {
    const again = reaccount(inVirginia("train", 2, 40, "a"), 1.5, {
      g_per_kwh: 500,
      source: "given",
      location: "aws:us-east-1",
    });
    // Here now: 2 kWh x PUE 1.5 x 500 g/kWh + 40 g = 1540 g; Stockholm keeps AWS's published PUE.
    const here = 2 * 1.5 * 500 + 40;
    const there = 2 * AWS_PUE * STOCKHOLM + 40;
    expect(again.totals.co2e_g).toBeCloseTo(1540, 9);
    expect(again.what_if?.[0]?.co2e_g).toBeCloseTo(there, 9);
    expect(again.what_if?.[0]?.change_pct).toBeCloseTo(((there - here) / here) * 100, 9);
  });

  it("a run that was not measured has none: its zeros are placeholders", () => {
    const unmeasured = reportForUnmeasured({
      step: "train",
      startedAt: new Date("2025-03-01T10:00:00Z"),
      endedAt: new Date("2025-03-01T11:00:00Z"),
      durationS: 3600,
      exitCode: 0,
      reason: "no sensor",
      run: {},
      pue: AWS_PUE,
      intensity: { g_per_kwh: VIRGINIA, source: "test", location: "aws:us-east-1" },
    });
    expect(unmeasured).not.toHaveProperty("what_if");
  });
});

describe("the best what-if, shown", () => {
  const best = {
    location: "aws:eu-north-1",
    intensity_g_per_kwh: 20,
    intensity_source: "test",
    co2e_g: 230,
    change_pct: -96.2,
  };
  const withBest = { ...report(), what_if: [best] };

  it("says the figure, the change, the place, its grid and the condition", () => {
    // -96.2% to two significant figures is -96%.
    expect(whatIfText(best)).toBe(
      "230 g CO2e (-96%) in aws:eu-north-1 at 20 gCO2e/kWh, where the same hardware is available",
    );
  });

  it("ends the terminal summary", () => {
    const text = renderTerminal(withBest, compareReports(withBest, undefined));
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      "  greener: 230 g CO2e (-96%) in aws:eu-north-1 at 20 gCO2e/kWh, where the same hardware is available",
    );
    expect(renderTerminal(report(), compareReports(report(), undefined))).not.toContain("greener");
  });

  it("is one line of the comment, with a place from an untrusted report escaped", () => {
    const hostile = { ...report(), what_if: [{ ...best, location: "[x](https://evil.example) @org" }] };
    const lines = renderMarkdown(hostile, compareReports(hostile, undefined)).split("\n");
    const line = lines.filter((text) => text.includes("Greener"));
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(
      /^🌱 Greener: 230 g CO2e \(-96%\) in .* at 20 gCO2e\/kWh, where the same hardware is available\.$/,
    );
    expect(line[0]).not.toContain("[x](");
    expect(line[0]).not.toContain(" @org");
    expect(renderMarkdown(report(), compareReports(report(), undefined))).not.toContain("Greener");
  });
});
