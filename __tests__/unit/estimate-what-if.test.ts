/**
 * `carbon-budget estimate` with a location: the JSON carries `what_if`, the table shows the cleanest
 * place with its condition. Intensities come from the shipped data; the arithmetic is written out.
 */
import { tmpdir } from "node:os";
import { Writable } from "node:stream";
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { describe, expect, it } from "vitest";
import { CLOUD_PROVIDER_INFO } from "../../src/carbon/cloud-regions.js";
import { runEstimate } from "../../src/cli/estimate.js";

const latestYear = Math.max(
  ...Object.keys(electricityMaps)
    .map((key) => Number(key.replace(/^yearly/, "")))
    .filter(Number.isInteger),
);
const grid = (zone: string) =>
  electricityMaps[`yearly${latestYear}`]?.data[zone]?.carbonIntensity.value ?? NaN;

async function estimate(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await runEstimate(argv, {
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink((text) => {
      stderr += text;
    }),
    cwd: tmpdir(),
  });
  return { code, stdout, stderr };
}

describe("estimate --location: what-if", () => {
  it("a cloud region: JSON what_if at the provider's PUE, and the cleanest in the table", async () => {
    const result = await estimate([
      "--hours",
      "10",
      "--power",
      "400",
      "--location",
      "aws:us-east-1",
      "--json",
      "-",
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const pue = CLOUD_PROVIDER_INFO.aws.pue.value;
    // 400 W x 10 h / 1000 = 4 kWh IT; x AWS's PUE x each grid.
    const here = 4 * pue * grid("US-MIDA-PJM");
    const stockholm = 4 * pue * grid("SE-SE3");
    expect(report.co2e_g).toBeCloseTo(here, 9);
    expect(report.what_if).toHaveLength(3);
    expect(report.what_if[0]).toMatchObject({
      location: "aws:eu-north-1",
      intensity_g_per_kwh: grid("SE-SE3"),
    });
    expect(report.what_if[0].co2e_g).toBeCloseTo(stockholm, 9);
    expect(report.what_if[0].change_pct).toBeCloseTo(((stockholm - here) / here) * 100, 9);
    const pct = Math.round(((stockholm - here) / here) * 100);
    expect(result.stderr).toMatch(
      new RegExp(
        `\\n  greener      [\\d.]+ k?g CO2e \\(${pct}%\\) in aws:eu-north-1 at ${grid("SE-SE3")} gCO2e/kWh,\\n               where the same hardware is available\\n`,
      ),
    );
  });

  it("an intensity alone names no place: no what-if", async () => {
    const result = await estimate(["--hours", "10", "--power", "400", "--intensity", "400", "--json", "-"]);
    expect(JSON.parse(result.stdout)).not.toHaveProperty("what_if");
    expect(result.stderr).not.toContain("greener");
  });
});
