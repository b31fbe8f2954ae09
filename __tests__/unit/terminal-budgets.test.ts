/**
 * The terminal names each budget that failed or warned and by how much; the report JSON's `comparison`
 * says what the terminal says about the comparison. Verdicts are built by hand, as evaluate.ts makes them.
 */
import { describe, expect, it } from "vitest";
import { type Budgets, jobStatus, type ScopeVerdict, type Verdict } from "../../src/budget/evaluate.js";
import { compareReports } from "../../src/compare/compare.js";
import { comparisonRecord } from "../../src/compare/record.js";
import { describeBaseline, renderBudgetLines } from "../../src/render/terminal.js";
import { reportSchema } from "../../src/report/schema.js";
import { baselineRef, report, reportStep } from "../helpers/reports.js";

const scope = (name: string, checks: ScopeVerdict["checks"]): ScopeVerdict => ({
  scope: name,
  status: checks.some((c) => c.status === "fail")
    ? "fail"
    : checks.some((c) => c.status === "warn")
      ? "warn"
      : "pass",
  checks,
});

describe("renderBudgetLines", () => {
  it("names each failed limit with its value, the budget and the excess", () => {
    const verdict: Verdict = {
      status: "fail",
      steps: [
        scope("train", [
          // 12.5 kWh against 12 kWh: 0.5 kWh = 500 Wh over, 0.5 / 12 = +4.2%.
          { limit: "energy", status: "fail", limitValue: 12, actual: 12.5, reason: "over budget" },
          // 412 g against 300 g: 112 g over, 112 / 300 = +37.3%, shown as +37%.
          { limit: "co2e", status: "fail", limitValue: 300, actual: 412, reason: "over budget" },
        ]),
        scope("eval", [
          { limit: "co2e", status: "pass", limitValue: 300, actual: 120, reason: "within budget" },
        ]),
      ],
      // +14% against +10%: 14 - 10 = 4 percentage points.
      total: scope("total", [
        { limit: "increase", status: "fail", limitValue: 10, actual: 14, reason: "increase over budget" },
      ]),
    };
    const budgets: Budgets = { steps: { train: { energyKwh: 12, co2eG: 300 }, eval: { co2eG: 300 } } };
    expect(renderBudgetLines(verdict, budgets)).toEqual([
      "  ❌ train: energy 12.5 kWh, 500 Wh (+4.2%) over its 12.0 kWh budget",
      "  ❌ train: CO2e 412 g, 112 g (+37%) over its 300 g budget",
      "  ❌ all steps: CO2e change +14%, 4 points over its +10% budget",
    ]);
  });

  it("says a warning's reason, per unit where the budget is per unit", () => {
    const verdict: Verdict = {
      status: "warn",
      steps: [
        // 260 g per epoch, under the 300 g budget but above its warning level.
        scope("train", [
          { limit: "co2e", status: "warn", limitValue: 300, actual: 260, reason: "above the warning level" },
        ]),
        // 400 g against 300 g, as the base branch already was: a warning, with the excess.
        scope("eval", [
          {
            limit: "co2e",
            status: "warn",
            limitValue: 300,
            actual: 400,
            reason: "over budget, as the base branch already was; this change does not make it worse",
          },
        ]),
      ],
    };
    const budgets: Budgets = { steps: { train: { co2eG: 300, perUnit: "epoch" }, eval: { co2eG: 300 } } };
    expect(renderBudgetLines(verdict, budgets)).toEqual([
      "  ⚠️ train: CO2e 260 g per epoch (budget 300 g per epoch): above the warning level",
      // 400 - 300 = 100 g; 100 / 300 = +33%.
      "  ⚠️ eval: CO2e 400 g, 100 g (+33%) over its 300 g budget: over budget, as the base branch already was; this change does not make it worse",
    ]);
  });

  it("prints nothing when every limit passed", () => {
    const verdict: Verdict = {
      status: "pass",
      steps: [
        scope("train", [
          { limit: "co2e", status: "pass", limitValue: 300, actual: 10, reason: "within budget" },
        ]),
      ],
    };
    expect(renderBudgetLines(verdict, { steps: { train: { co2eG: 300 } } })).toEqual([]);
  });
});

describe("describeBaseline", () => {
  it("names the run, its commit when known, when it ended, and failed runs passed over", () => {
    const ref = {
      label: "previous run on main",
      runId: "r-1",
      sha: "abc1234def",
      endedAt: "2025-03-01T11:00:00.000Z",
    };
    expect(describeBaseline(ref)).toBe("previous run on main @abc1234 (2025-03-01 11:00 UTC, run r-1)");
    const { sha: _, ...noSha } = ref;
    expect(describeBaseline({ ...noSha, label: "base.json", passedOver: 2 })).toBe(
      "base.json (2025-03-01 11:00 UTC, run r-1; 2 later failed runs passed over)",
    );
    expect(describeBaseline({ ...ref, endedAt: "yesterday" })).toContain("(yesterday, run r-1)");
  });
});

describe("comparisonRecord", () => {
  const base = report({
    id: "base-run",
    sha: "a".repeat(40),
    ref: "main",
    steps: [reportStep("train", 0.25, 100)],
  });
  const head = report({
    id: "head-run",
    steps: [reportStep("train", 0.28, 112), reportStep("eval", 0.01, 4)],
  });

  it("records the baseline, the deltas and the verdict, and fits the report schema", () => {
    const comparison = compareReports(head, base, { ...baselineRef(), runId: "base-run", passedOver: 1 });
    const record = comparisonRecord({ comparison, baseRun: base.run, verdict: jobStatus(comparison) });
    expect(record).toMatchObject({
      baseline: {
        run_id: "base-run",
        ref: "main",
        sha: "a".repeat(40),
        started_at: base.run.started_at,
        failed_runs_passed_over: 1,
      },
      comparable: true,
      verdict: "pass",
      steps: [
        { name: "train", status: "compared" },
        { name: "eval", status: "new" },
      ],
    });
    // Over the step both have: 112 - 100 = +12 g, 12 / 100 = +12%; 0.28 - 0.25 = +0.03 kWh.
    expect(record.delta_g).toBeCloseTo(12, 9);
    expect(record.delta_pct).toBeCloseTo(12, 9);
    expect(record.delta_kwh).toBeCloseTo(0.03, 9);
    expect(record.budgets).toBeUndefined();
    expect(reportSchema.safeParse({ ...head, comparison: record }).success).toBe(true);
  });

  it("says no-baseline with nothing to compare with, and not-measured whatever the budgets say", () => {
    const alone = compareReports(head, undefined);
    expect(comparisonRecord({ comparison: alone, verdict: jobStatus(alone) })).toEqual({
      comparable: false,
      verdict: "no-baseline",
      steps: [
        { name: "train", status: "new" },
        { name: "eval", status: "new" },
      ],
    });
    // A step that ran unmeasured: no budget passes it, and the record says what the job's verdict says.
    const unmeasured = { ...reportStep("train", 0, 0), not_measured: { reason: "no sensor" } };
    const blind = compareReports(report({ steps: [unmeasured] }), base, baselineRef());
    expect(comparisonRecord({ comparison: blind, verdict: jobStatus(blind) }).verdict).toBe("not-measured");
  });

  it("keeps each budget judged, with its unit", () => {
    const comparison = compareReports(head, base, baselineRef());
    const verdict: Verdict = {
      status: "fail",
      steps: [
        scope("train", [
          { limit: "co2e", status: "fail", limitValue: 30, actual: 37.3, reason: "over budget" },
        ]),
      ],
    };
    const record = comparisonRecord({
      comparison,
      baseRun: base.run,
      verdict: verdict.status,
      judged: { verdict, perUnit: (name) => (name === "train" ? "epoch" : undefined) },
    });
    expect(record.verdict).toBe("fail");
    expect(record.budgets).toEqual([
      {
        scope: "train",
        limit: "co2e",
        status: "fail",
        limit_value: 30,
        actual: 37.3,
        per_unit: "epoch",
        reason: "over budget",
      },
    ]);
  });
});
