import { describe, expect, it } from "vitest";
import { compareReports } from "../../src/compare/compare.js";
import { baselineRef, report, reportStep } from "../helpers/reports.js";

const base = report({
  id: "base-run",
  steps: [reportStep("train", 0.25, 100), reportStep("eval", 0.125, 50)],
});

describe("compareReports", () => {
  it("marks every step new when there is no baseline", () => {
    const head = report({ steps: [reportStep("train", 0.28, 112)] });
    const comparison = compareReports(head, undefined);
    expect(comparison).toEqual({
      comparable: false,
      steps: [{ name: "train", head: head.steps[0], status: "new" }],
    });
    // a base report without a ref to name it is no baseline either
    expect(compareReports(head, base, undefined).baseline).toBeUndefined();
  });

  it("gives each step's change in grams, kWh and percent, and the total over the steps compared", () => {
    const head = report({ steps: [reportStep("train", 0.28, 112), reportStep("eval", 0.1125, 45)] });
    const ref = baselineRef();
    const comparison = compareReports(head, base, ref);
    expect(comparison.baseline).toBe(ref);
    expect(comparison.comparable).toBe(true);
    const [train, evaluation] = comparison.steps;
    expect(train?.status).toBe("compared");
    expect(train?.base).toBe(base.steps[0]);
    // 112 g - 100 g = +12 g; 12 / 100 = +12%
    expect(train?.deltaG).toBeCloseTo(112 - 100, 12);
    expect(train?.deltaPct).toBeCloseTo(((112 - 100) / 100) * 100, 12);
    // 0.28 kWh - 0.25 kWh = +0.03 kWh
    expect(train?.deltaKwh).toBeCloseTo(0.28 - 0.25, 12);
    // 45 g - 50 g = -5 g; -5 / 50 = -10%
    expect(evaluation?.deltaG).toBeCloseTo(45 - 50, 12);
    expect(evaluation?.deltaPct).toBeCloseTo(((45 - 50) / 50) * 100, 12);
    // total: (112 + 45) - (100 + 50) = +7 g; 7 / 150 = +4.667%
    expect(comparison.total?.deltaG).toBeCloseTo(112 + 45 - (100 + 50), 12);
    expect(comparison.total?.deltaPct).toBeCloseTo(((112 + 45 - 150) / 150) * 100, 12);
    // (0.28 + 0.1125) - (0.25 + 0.125) = +0.0175 kWh
    expect(comparison.total?.deltaKwh).toBeCloseTo(0.28 + 0.1125 - (0.25 + 0.125), 12);
  });

  it("marks a step the base does not have as new, and leaves it out of the total", () => {
    const head = report({ steps: [reportStep("train", 0.3, 120), reportStep("distill", 1, 400)] });
    const comparison = compareReports(head, base, baselineRef());
    expect(comparison.steps.map((s) => [s.name, s.status])).toEqual([
      ["train", "compared"],
      ["distill", "new"],
    ]);
    expect(comparison.steps[1]).not.toHaveProperty("deltaG");
    // only train counts: 120 g - 100 g = +20 g, +20%
    expect(comparison.total?.deltaG).toBeCloseTo(120 - 100, 12);
    expect(comparison.total?.deltaPct).toBeCloseTo(20, 12);
  });

  it("gives no total when no step is in common", () => {
    const head = report({ steps: [reportStep("distill", 1, 400)] });
    const comparison = compareReports(head, base, baselineRef());
    expect(comparison.comparable).toBe(true);
    expect(comparison.total).toBeUndefined();
    expect(comparison.steps[0]?.status).toBe("new");
  });

  it("gives a delta but no percentage against a zero base", () => {
    const zeroBase = report({ steps: [reportStep("train", 0.25, 0)] });
    const head = report({ steps: [reportStep("train", 0.25, 30)] });
    const comparison = compareReports(head, zeroBase, baselineRef());
    // 30 g - 0 g = +30 g; no percentage of 0
    expect(comparison.steps[0]?.deltaG).toBe(30 - 0);
    expect(comparison.steps[0]).not.toHaveProperty("deltaPct");
    expect(comparison.total).toEqual({ deltaG: 30, deltaKwh: 0 });
  });

  it("calls runs on different hardware not comparable, with no deltas at all", () => {
    const head = report({
      fingerprint: "hw-h100x8",
      steps: [reportStep("train", 0.1, 40), reportStep("distill", 1, 400)],
    });
    const ref = baselineRef();
    const comparison = compareReports(head, base, ref);
    expect(comparison.comparable).toBe(false);
    expect(comparison.baseline).toBe(ref);
    expect(comparison.total).toBeUndefined();
    expect(comparison.steps).toEqual([
      { name: "train", head: head.steps[0], base: base.steps[0], status: "not-comparable" },
      { name: "distill", head: head.steps[1], status: "new" },
    ]);
  });
});
