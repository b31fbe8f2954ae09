/**
 * A step whose remote part (Prometheus, Slurm) could not be read keeps what this machine measured, but
 * its figures are a lower bound: never compared as a delta, never passed by a budget (step or total),
 * a failure only when the lower bound alone breaks a limit, and the job's verdict is `not-measured`.
 */
import { describe, expect, it } from "vitest";
import { type Budgets, evaluateBudgets, jobStatus } from "../../src/budget/evaluate.js";
import type { ReportRemote } from "../../src/cluster/remote-record.js";
import { compareReports } from "../../src/compare/compare.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { statusLine } from "../../src/render/status-line.js";
import { isFullyMeasured, notMeasuredReasons } from "../../src/report/not-measured.js";
import type { ReportStep } from "../../src/report/schema.js";
import { baselineRef, report, reportStep } from "../helpers/reports.js";

const REFUSED: ReportRemote = {
  source: "prometheus",
  target: "prom.example:9090",
  selector: '{pod=~"train-.*"}',
  status: "not-measured",
  reason: "Prometheus at prom.example:9090 answered 403 Forbidden",
};

/** A step that measured `grams` on this machine while its remote part went unread. */
const partStep = (name: string, kwh: number, grams: number, overrides: Partial<ReportStep> = {}) =>
  reportStep(name, kwh, grams, { remote: [REFUSED], ...overrides });

const judge = (head: ReturnType<typeof report>, budgets: Budgets, base?: ReturnType<typeof report>) =>
  evaluateBudgets({
    comparison: compareReports(head, base, base && baselineRef()),
    budgets,
    history: {},
    minChangePct: 2,
  });

describe("a step measured in part", () => {
  it("is not fully measured, and says which source and why", () => {
    const step = partStep("train", 0.001, 0.4);
    expect(isFullyMeasured(step)).toBe(false);
    expect(isFullyMeasured(reportStep("train", 0.001, 0.4))).toBe(true);
    // A source that was read is no reason.
    expect(
      isFullyMeasured(reportStep("train", 1, 400, { remote: [{ ...REFUSED, status: "measured" }] })),
    ).toBe(true);
    expect(notMeasuredReasons(step)).toEqual([
      "remote energy (Prometheus prom.example:9090) not measured: Prometheus at prom.example:9090 answered 403 Forbidden; the figures leave that work out",
    ]);
  });

  it("is compared with nothing: no -99.9% from the runner's idle watts against a cluster's run", () => {
    const base = report({ steps: [reportStep("train", 100, 40_000), reportStep("eval", 0.1, 40)] });
    const head = report({ steps: [partStep("train", 0.001, 0.4), reportStep("eval", 0.12, 48)] });
    const comparison = compareReports(head, base, baselineRef());
    expect(comparison.steps.map((s) => [s.name, s.status, s.deltaG])).toEqual([
      ["train", "not-measured", undefined],
      ["eval", "compared", 48 - 40],
    ]);
    // The base step is kept (same hardware) for the budgets' lower bounds, not for a delta.
    expect(comparison.steps[0]?.base?.co2e_g).toBe(40_000);
    // The total's change is eval's alone: 48 g against 40 g.
    expect(comparison.total?.deltaG).toBe(48 - 40);
  });
});

describe("budgets over a step measured in part", () => {
  it("never passes a step budget its lower bound stays under", () => {
    const verdict = judge(report({ steps: [partStep("train", 0.3, 120)] }), {
      steps: { train: { co2eG: 1000 } },
    });
    expect(verdict.steps[0]?.checks).toEqual([
      {
        limit: "co2e",
        status: "not-measured",
        limitValue: 1000,
        actual: 120,
        reason: "part of the work was not measured; what was measured is within budget",
      },
    ]);
    expect(verdict.status).toBe("not-measured");
  });

  it("fails a step budget the lower bound alone breaks: the whole is larger still", () => {
    // 1200 g measured here is over 1000 g whatever the remote part adds.
    const verdict = judge(report({ steps: [partStep("train", 3, 1200)] }), {
      steps: { train: { co2eG: 1000 } },
    });
    expect(verdict.steps[0]?.checks[0]).toMatchObject({
      status: "fail",
      actual: 1200,
      reason: "over budget by the measured part alone (part of the work was not measured)",
    });
    expect(verdict.status).toBe("fail");
  });

  it("does not fail a lower bound over a limit the base branch already broke: worse or not cannot be told", () => {
    const base = report({ steps: [reportStep("train", 4, 1500)] });
    const verdict = judge(
      report({ steps: [partStep("train", 3, 1200)] }),
      { steps: { train: { co2eG: 1000 } } },
      base,
    );
    expect(verdict.steps[0]?.checks[0]).toMatchObject({ status: "not-measured", actual: 1200 });
    expect(verdict.status).toBe("not-measured");
  });

  it("judges an increase only when the lower bound alone is over it, and never as within noise", () => {
    const base = report({ steps: [reportStep("train", 2.5, 1000)] });
    // 1200 g against 1000 g is +20% at the least, over a 5% budget.
    const over = judge(
      report({ steps: [partStep("train", 3, 1200)] }),
      { steps: { train: { increasePct: 5 } } },
      base,
    );
    expect(over.steps[0]?.checks[0]).toMatchObject({ status: "fail", actual: ((1200 - 1000) / 1000) * 100 });
    // 1010 g is +1%, under the 2% noise floor: a whole figure would pass "within noise", a lower bound cannot.
    const under = judge(
      report({ steps: [partStep("train", 2.5, 1010)] }),
      { steps: { train: { increasePct: 5 } } },
      base,
    );
    expect(under.steps[0]?.checks[0]).toMatchObject({
      status: "not-measured",
      reason: "part of the work was not measured, so the increase cannot be told",
    });
    expect(under.steps[0]?.noise).toBeUndefined();
    expect(under.status).toBe("not-measured");
  });

  it("never passes a total that counts an unmeasured step, in part or wholly", () => {
    const unmeasured: ReportStep = {
      ...reportStep("prepare", 0, 0, { components: [] }),
      not_measured: { reason: "the sensor module failed to load" },
    };
    const head = report({ steps: [partStep("train", 0.3, 120), unmeasured, reportStep("eval", 0.1, 40)] });
    const verdict = judge(head, { total: { co2eG: 1000 }, steps: {} });
    // 120 g + 0 g + 40 g = 160 g measured, under 1000 g: before, a pass on a job that read no cluster.
    expect(verdict.total?.checks[0]).toMatchObject({ status: "not-measured", actual: 120 + 40 });
    expect(verdict.status).toBe("not-measured");
    // Over the limit by what was measured: a failure.
    const heavy = report({ steps: [partStep("train", 3, 1200), reportStep("eval", 0.1, 40)] });
    expect(judge(heavy, { total: { co2eG: 1000 }, steps: {} }).status).toBe("fail");
  });

  it("makes the job not-measured even when no budget touches the step; a proven failure still wins", () => {
    const head = report({ steps: [partStep("train", 0.3, 120), reportStep("eval", 1, 400)] });
    expect(judge(head, { steps: { eval: { co2eG: 1000 } } }).status).toBe("not-measured");
    expect(judge(head, { steps: { eval: { co2eG: 100 } } }).status).toBe("fail");
    // With no budgets at all (the action's verdict output then).
    expect(jobStatus(compareReports(head, undefined))).toBe("not-measured");
    const whole = report({ steps: [reportStep("train", 0.3, 120)] });
    expect(jobStatus(compareReports(whole, undefined))).toBe("no-baseline");
    expect(jobStatus(compareReports(whole, whole, baselineRef()))).toBe("pass");
  });
});

describe("rendering a step measured in part", () => {
  const head = report({ steps: [partStep("train", 0.3, 120)] });
  const comparison = compareReports(
    head,
    report({ steps: [reportStep("train", 100, 40_000)] }),
    baselineRef(),
  );
  const budgets = { steps: { train: { co2eG: 1000 } } };
  const verdict = evaluateBudgets({ comparison, budgets, history: {}, minChangePct: 2 });

  it("shows what was measured, no change, the budget unjudged, and why under the table", () => {
    const lines = renderMarkdown(head, comparison, { verdict, budgets }).split("\n");
    expect(lines[0]).toMatch(/^### carbon-budget ⚠️ not measured: \*\*120 g CO2e\*\*/);
    // 120 g ± 10%: 108 g to 132 g.
    expect(lines).toContain(
      "| train | 1h 00m | 300 Wh | 120 g (108 g–132 g) | – | ≤ 1.00 kg | ⚠️ part of the work was not measured; what was measured is within budget |",
    );
    expect(lines).toContain(
      // Parentheses are escaped as everywhere in text a report carries (no markdown link can form).
      "> ⚠️ **train**: remote energy &#40;Prometheus prom.example:9090&#41; not measured: Prometheus at prom.example:9090 answered 403 Forbidden; the figures leave that work out",
    );
  });

  it("names the step in the status line", () => {
    expect(statusLine("not-measured", comparison, verdict)).toBe(
      "not measured in full: the remote energy of train could not be read",
    );
  });
});
