import { describe, expect, it } from "vitest";
import { onBaseTerms } from "../../src/action/base-terms.js";
import { reaccount } from "../../src/report/reaccount.js";
import { report, reportStep } from "../helpers/reports.js";

// A step measured at 400 g/kWh and PUE 1.2 (the builders' defaults): 10 kWh IT energy.
const measured = () =>
  report({
    steps: [
      reportStep("train", 12, 4800 + 50, {
        it_energy_kwh: 10,
        operational_g: 4800,
        embodied_g: 50,
        operational_low_g: 4560,
        operational_high_g: 5040,
        co2e_low_g: 4560 + 40,
        co2e_high_g: 5040 + 70,
      }),
    ],
  });

describe("reaccount", () => {
  it("keeps the measured energy and embodied grams, and moves the operational part", () => {
    // At 100 g/kWh and PUE 1.5: facility 10 x 1.5 = 15 kWh; operational 15 x 100 = 1500 g;
    // the operational range scales by (1.5 x 100) / (1.2 x 400) = 0.3125: 4560 -> 1425, 5040 -> 1575.
    const [step] = reaccount(measured(), 1.5, { g_per_kwh: 100, source: "given" }).steps;
    expect(step.energy_kwh).toBe(15);
    expect(step.operational_g).toBe(1500);
    expect(step.embodied_g).toBe(50);
    expect(step.co2e_g).toBe(1550);
    expect(step.operational_low_g).toBeCloseTo(1425, 9);
    expect(step.co2e_low_g).toBeCloseTo(1425 + 40, 9);
    expect(step.co2e_high_g).toBeCloseTo(1575 + 70, 9);
  });

  it("returns the same report when nothing changes", () => {
    const same = measured();
    expect(reaccount(same, 1.2, { g_per_kwh: 400, source: "given" })).toBe(same);
  });
});

describe("onBaseTerms", () => {
  it("judges a PR at the base's intensity and PUE, whatever its own config said", () => {
    const judged = onBaseTerms(measured(), { intensityOptions: { intensity: 100 }, pue: 1.5 });
    expect(judged.report.steps[0].operational_g).toBe(1500);
    expect(judged.notice).toBe(
      "ℹ️ Judged at the base branch's grid intensity (100 gCO2e/kWh) and PUE 1.5; the run was accounted at 400 gCO2e/kWh and PUE 1.2.",
    );
  });

  it("changes nothing when the PR was measured on the base's terms", () => {
    const same = measured();
    expect(onBaseTerms(same, { intensityOptions: { intensity: 400 }, pue: 1.2 })).toEqual({ report: same });
  });
});
