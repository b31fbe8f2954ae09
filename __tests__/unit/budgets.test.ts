import { describe, expect, it } from "vitest";
import { type Budgets, evaluateBudgets } from "../../src/budget/evaluate.js";
import { budgetsFromConfig, judgeWithConfig } from "../../src/budget/from-config.js";
import { loadConfig } from "../../src/budget/load-config.js";
import { compareReports } from "../../src/compare/compare.js";
import { judgeNoise, median, spreadOf } from "../../src/compare/noise.js";
import { baselineRef, report, reportStep } from "../helpers/reports.js";

describe("noise", () => {
  it("takes the median and the robust spread (1.4826 x MAD) of at least three runs", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // 100, 102, 98, 101, 99: median 100; deviations 0, 2, 2, 1, 1 -> MAD 1 -> sigma 1.4826.
    expect(spreadOf([100, 102, 98, 101, 99])).toEqual({ median: 100, sigma: 1.4826, runs: 5 });
    expect(spreadOf([100, 102])).toBeUndefined();
  });

  it("calls a change under min_change noise, then one inside median ± 3 sigma", () => {
    // 101 vs 100 is +1%, under 2%.
    expect(judgeNoise(101, 100, [], 2)).toEqual({ within: true, why: "min-change", minChangePct: 2 });
    // 104 vs 100 is +4%; history median 100, sigma 1.4826 x 2 = 2.9652; 3 sigma = 8.8956 >= |104 - 100|.
    const history = [96, 98, 100, 102, 104];
    expect(judgeNoise(104, 100, history, 2)).toMatchObject({ within: true, why: "spread" });
    // 110 is 10 from the median, over 8.8956.
    expect(judgeNoise(110, 100, history, 2)).toEqual({ within: false });
  });
});

const budgets = (b: Partial<Budgets>): Budgets => ({ steps: {}, ...b });

describe("evaluateBudgets", () => {
  const base = report({ steps: [reportStep("train", 10, 1000), reportStep("eval", 1, 100)] });

  it("fails a step whose CO2e is over its absolute budget, and passes the others", () => {
    const head = report({ steps: [reportStep("train", 12, 1200), reportStep("eval", 1, 90)] });
    const verdict = evaluateBudgets({
      comparison: compareReports(head, base, baselineRef()),
      budgets: budgets({
        steps: { train: { co2eG: 1100 }, eval: { co2eG: 300, warn: { kind: "mass", value: 250 } } },
      }),
      history: {},
      minChangePct: 2,
    });
    expect(verdict.status).toBe("fail");
    expect(verdict.steps.map((s) => [s.scope, s.status])).toEqual([
      ["train", "fail"],
      ["eval", "pass"],
    ]);
    expect(verdict.steps[0].checks).toEqual([
      { limit: "co2e", status: "fail", limitValue: 1100, actual: 1200, reason: "over budget" },
    ]);
  });

  it("warns above the warning level", () => {
    const head = report({ steps: [reportStep("eval", 1, 260)] });
    const verdict = evaluateBudgets({
      comparison: compareReports(head, undefined),
      budgets: budgets({ steps: { eval: { co2eG: 300, warn: { kind: "mass", value: 250 } } } }),
      history: {},
      minChangePct: 2,
    });
    // 260 g is over the 250 g warning level, under the 300 g budget.
    expect(verdict.status).toBe("warn");
    expect(verdict.steps[0].checks[0]).toMatchObject({
      status: "warn",
      actual: 260,
      reason: "above the warning level",
    });
  });

  it("fails an increase over budget, and passes one within noise", () => {
    // train: 1000 g -> 1080 g is +8% against a 5% budget.
    const head = report({ steps: [reportStep("train", 10.8, 1080), reportStep("eval", 1, 100)] });
    const comparison = compareReports(head, base, baselineRef());
    const over = evaluateBudgets({
      comparison,
      budgets: budgets({ steps: { train: { increasePct: 5 } } }),
      history: {},
      minChangePct: 2,
    });
    expect(over.steps[0].checks[0]).toMatchObject({ limit: "increase", status: "fail", limitValue: 5 });
    expect(over.steps[0].checks[0].actual).toBeCloseTo(8, 10);
    // The base's last runs: 940..1100 g, median 1000, deviations 0,20,40,60,100 -> MAD 40 -> sigma 59.3;
    // 3 sigma = 177.9 covers 80 g, so +8% is noise on this step.
    const noisy = evaluateBudgets({
      comparison,
      budgets: budgets({ steps: { train: { increasePct: 5 } } }),
      history: { train: [940, 980, 1000, 1020, 1100] },
      minChangePct: 2,
    });
    expect(noisy.status).toBe("pass");
    expect(noisy.steps[0].checks[0]).toMatchObject({ status: "pass", reason: "within noise" });
  });

  it("warns instead of failing when the base was already over budget and the change does not make it worse", () => {
    // Base 1000 g and head 990 g are both over an 800 g budget; the head is not worse.
    const head = report({ steps: [reportStep("train", 9.9, 990), reportStep("eval", 1, 100)] });
    const verdict = evaluateBudgets({
      comparison: compareReports(head, base, baselineRef()),
      budgets: budgets({ steps: { train: { co2eG: 800 } } }),
      history: {},
      minChangePct: 2,
    });
    expect(verdict.status).toBe("warn");
    expect(verdict.steps[0].checks[0].reason).toBe(
      "over budget, as the base branch already was; this change does not make it worse",
    );
    // 1100 g is 10% worse than the base's 1000 g: that fails.
    const worse = report({ steps: [reportStep("train", 11, 1100), reportStep("eval", 1, 100)] });
    expect(
      evaluateBudgets({
        comparison: compareReports(worse, base, baselineRef()),
        budgets: budgets({ steps: { train: { co2eG: 800 } } }),
        history: {},
        minChangePct: 2,
      }).status,
    ).toBe("fail");
  });

  it("skips relative budgets with no baseline or different hardware, and says no-baseline", () => {
    const head = report({ steps: [reportStep("train", 10, 1000)] });
    const none = evaluateBudgets({
      comparison: compareReports(head, undefined),
      budgets: budgets({ steps: { train: { increasePct: 5, energyKwh: 12 } } }),
      history: {},
      minChangePct: 2,
    });
    expect(none.status).toBe("no-baseline");
    expect(none.steps[0].checks.map((c) => [c.limit, c.status, c.reason])).toEqual([
      ["energy", "pass", "within budget"],
      ["increase", "skipped", "no baseline"],
    ]);
    const other = report({ fingerprint: "hw-other", steps: [reportStep("train", 10, 1000)] });
    const different = evaluateBudgets({
      comparison: compareReports(head, other, baselineRef()),
      budgets: budgets({ steps: { train: { increasePct: 5 } } }),
      history: {},
      minChangePct: 2,
    });
    expect(different.steps[0].checks[0]).toMatchObject({
      status: "skipped",
      reason: "not comparable (different hardware)",
    });
    expect(different.status).toBe("no-baseline");
  });

  it("judges per functional unit, and warns when the step declares none", () => {
    // 12 kWh over 4 epochs = 3 kWh per epoch, over a 2.5 kWh/epoch budget.
    const head = report({
      steps: [reportStep("train", 12, 1200, { functional_unit: { name: "epoch", count: 4 } })],
    });
    const perUnit = budgets({ steps: { train: { energyKwh: 2.5, perUnit: "epoch" } } });
    const verdict = evaluateBudgets({
      comparison: compareReports(head, undefined),
      budgets: perUnit,
      history: {},
      minChangePct: 2,
    });
    expect(verdict.steps[0].checks[0]).toMatchObject({
      limit: "energy",
      status: "fail",
      actual: 3,
      limitValue: 2.5,
    });
    const undeclared = report({ steps: [reportStep("train", 12, 1200)] });
    const missing = evaluateBudgets({
      comparison: compareReports(undeclared, undefined),
      budgets: perUnit,
      history: {},
      minChangePct: 2,
    });
    expect(missing.steps[0].checks[0]).toMatchObject({
      status: "warn",
      reason: 'the step declares no "epoch" count, so the per-epoch budget cannot be judged',
    });
  });

  it("judges the total over all steps, and its increase over the steps both runs have", () => {
    // Head: train 1050 + eval 100 + new step 500 = 1650 g; base over common steps 1000 + 100 = 1100 g,
    // head over common steps 1150 g -> +4.545%, under a 5% budget; the new step is not an increase.
    const head = report({
      steps: [reportStep("train", 10.5, 1050), reportStep("eval", 1, 100), reportStep("export", 5, 500)],
    });
    const verdict = evaluateBudgets({
      comparison: compareReports(head, base, baselineRef()),
      budgets: budgets({ total: { co2eG: 2000, increasePct: 5 } }),
      history: {},
      minChangePct: 2,
    });
    expect(verdict.total?.checks.map((c) => [c.limit, c.status])).toEqual([
      ["co2e", "pass"],
      ["increase", "pass"],
    ]);
    expect(verdict.total?.checks[0].actual).toBe(1650);
    expect(verdict.total?.checks[1].actual).toBeCloseTo(((1150 - 1100) / 1100) * 100, 10);
    expect(verdict.status).toBe("pass");
  });
});

describe("steps named like Object.prototype's members", () => {
  const names = ["__proto__", "constructor", "toString"];

  it("judges each against its own budget, from the config", () => {
    const steps = names.map((name) => `    ${name}: { co2e: 1 g }`).join("\n");
    const config = loadConfig(`version: 1\nbudgets:\n  steps:\n${steps}\n`, "carbon-budget.yml");
    // Each step emits 2 g, over its 1 g budget.
    const head = report({ steps: names.map((name) => reportStep(name, 0.01, 2)) });
    const judged = judgeWithConfig(compareReports(head, undefined), config);
    expect(judged?.verdict.status).toBe("fail");
    expect(judged?.verdict.steps.map((s) => [s.scope, s.status, s.checks[0]?.actual])).toEqual([
      ["__proto__", "fail", 2],
      ["constructor", "fail", 2],
      ["toString", "fail", 2],
    ]);
  });

  it("finds no budget or history a plain object inherits", () => {
    // A budget on train only: the other steps have none, whatever Object.prototype holds.
    const head = report({ steps: [reportStep("train", 1, 100), ...names.map((n) => reportStep(n, 1, 100))] });
    const verdict = evaluateBudgets({
      comparison: compareReports(head, undefined),
      budgets: { steps: { train: { co2eG: 1000 } } },
      history: {},
      minChangePct: 2,
    });
    expect(verdict.steps.map((s) => s.scope)).toEqual(["train"]);
    expect(budgetsFromConfig(loadConfig("version: 1\n", "f")).steps.constructor).toBeUndefined();
  });
});
