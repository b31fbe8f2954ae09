/**
 * `carbon-budget run` carries `what_if` in its report (`--json`) and names the best one in its
 * summary: the committed bundle, spawned as a user would, with the sensors quiet (declared memory).
 */
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { quietSensors, runCli, scratchRepo } from "../helpers/cli.js";

const grid = (zone: keyof typeof electricityMaps.yearly2025.data) =>
  electricityMaps.yearly2025.data[zone].carbonIntensity.value;

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.cleanup());

describe("run: what-if", () => {
  it("lists up to three cleaner regions of the same provider, at its PUE, and prints the best", async () => {
    const result = await runCli(
      [
        "run",
        "--location",
        "aws:us-east-1",
        "--memory-gb",
        "16",
        "--json",
        "-",
        "--",
        process.execPath,
        "-e",
        "0",
      ],
      { cwd: repo.dir, env: quietSensors(repo.dir) },
    );
    expect(result.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    const [step] = report.steps;
    expect(step).toBeDefined();
    const options = report.what_if ?? [];
    expect(options.map((option) => option.location)).toEqual([
      "aws:eu-north-1",
      "aws:eu-west-3",
      "aws:ca-central-1",
    ]);
    // Stockholm (SE-SE3): the step's IT energy x AWS's PUE 1.15 x that grid, plus the same embodied grams.
    const there = (step?.it_energy_kwh ?? 0) * 1.15 * grid("SE-SE3") + (step?.embodied_g ?? 0);
    const here = report.totals.co2e_g;
    expect(options[0]).toMatchObject({ intensity_g_per_kwh: grid("SE-SE3") });
    expect(options[0]?.intensity_source).toMatch(/SE-SE3.*aws:eu-north-1/);
    expect(options[0]?.co2e_g).toBeCloseTo(there, 12);
    expect(options[0]?.change_pct).toBeCloseTo(((there - here) / here) * 100, 9);
    // Each cheaper than the run itself, cleanest first.
    expect(options.every((option) => option.co2e_g < here && option.change_pct < 0)).toBe(true);
    expect(options.map((option) => option.co2e_g)).toEqual(
      [...options.map((option) => option.co2e_g)].sort((a, b) => a - b),
    );
    // With --json -, the summary goes to stderr.
    expect(result.stderr).toMatch(
      /greener: .* CO2e \(-\d+%\) in aws:eu-north-1 at \d+ gCO2e\/kWh, where the same hardware is available/,
    );
  });

  it("has none for an intensity given alone: no place is named to compare with", async () => {
    const result = await runCli(
      ["run", "--intensity", "300", "--memory-gb", "16", "--json", "-", "--", process.execPath, "-e", "0"],
      { cwd: repo.dir, env: quietSensors(repo.dir) },
    );
    expect(result.code).toBe(0);
    expect(reportSchema.parse(JSON.parse(result.stdout)).what_if).toBeUndefined();
    expect(result.stderr).not.toContain("greener");
  });
});
