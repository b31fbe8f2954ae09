/**
 * A step whose command ran but could not be measured: representable in the report (an optional
 * `not_measured` field, so `carbon-budget/report@1` stays readable by older readers), never shown as
 * 0 kWh, never compared, never passed by a budget, and a job with such a step is "not measured",
 * not a pass.
 */
import { describe, expect, it } from "vitest";
import { evaluateBudgets } from "../../src/budget/evaluate.js";
import { compareReports } from "../../src/compare/compare.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { statusLine as describeStatus } from "../../src/render/status-line.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { reportForUnmeasured } from "../../src/report/measured-report.js";
import { mergeReports } from "../../src/report/merge.js";
import { nothingMeasured } from "../../src/report/not-measured.js";
import { parseReport, type ReportStep } from "../../src/report/schema.js";
import { baselineRef, report, reportStep } from "../helpers/reports.js";

const REASON = "measuring could not start: the sensor module failed to load";

function unmeasuredStep(name: string, overrides: Partial<ReportStep> = {}): ReportStep {
  return {
    ...reportStep(name, 0, 0, { components: [] }),
    exit_code: 0,
    duration_s: 45,
    not_measured: { reason: REASON },
    ...overrides,
  };
}

describe("reportForUnmeasured", () => {
  const startedAt = new Date("2025-03-01T10:00:00.000Z");
  const endedAt = new Date("2025-03-01T10:01:30.000Z");
  const built = reportForUnmeasured({
    step: "train",
    startedAt,
    endedAt,
    durationS: 90,
    exitCode: 3,
    reason: REASON,
    run: { repo: "acme/models", sha: "abc" },
  });

  it("keeps the run, the exit code and why, with placeholder zeros a reader can tell apart", () => {
    const [step] = built.steps;
    expect(step).toMatchObject({
      name: "train",
      started_at: "2025-03-01T10:00:00.000Z",
      ended_at: "2025-03-01T10:01:30.000Z",
      duration_s: 90,
      exit_code: 3,
      energy_kwh: 0,
      co2e_g: 0,
      components: [],
      not_measured: { reason: REASON },
    });
    expect(built.run).toMatchObject({ repo: "acme/models", sha: "abc" });
    expect(nothingMeasured(built)).toBe(true);
  });

  it("is a valid carbon-budget/report@1 report, and a report without the field still parses", () => {
    expect(parseReport(JSON.stringify(built), "built").steps[0]?.not_measured).toEqual({ reason: REASON });
    const old = report();
    expect(parseReport(JSON.stringify(old), "old").steps[0]?.not_measured).toBeUndefined();
  });

  it("clips a reason longer than the schema allows (2000 characters)", () => {
    const long = reportForUnmeasured({
      step: "train",
      startedAt,
      endedAt,
      durationS: 1,
      exitCode: 0,
      reason: "x".repeat(5000),
      run: {},
    });
    // 1997 characters of the reason and "..." make 2000.
    expect(long.steps[0]?.not_measured?.reason).toBe(`${"x".repeat(1997)}...`);
    expect(() => parseReport(JSON.stringify(long), "long")).not.toThrow();
  });
});

describe("nothingMeasured", () => {
  it("is true only when there are steps and none was measured", () => {
    expect(nothingMeasured(report({ steps: [unmeasuredStep("train")] }))).toBe(true);
    expect(nothingMeasured(report({ steps: [unmeasuredStep("train"), reportStep("eval", 0.1, 40)] }))).toBe(
      false,
    );
    expect(nothingMeasured(report({ steps: [] }))).toBe(false);
  });
});

describe("comparing and judging", () => {
  const base = report({ steps: [reportStep("train", 0.3, 120), reportStep("eval", 0.1, 40)] });
  const head = report({ steps: [unmeasuredStep("train"), reportStep("eval", 0.12, 48)] });
  const comparison = compareReports(head, base, baselineRef());

  it("never compares an unmeasured step: no -100% against the base", () => {
    expect(comparison.steps.map((s) => [s.name, s.status, s.deltaG])).toEqual([
      ["train", "not-measured", undefined],
      ["eval", "compared", 48 - 40],
    ]);
    // The total is over the compared steps alone: eval's 48 g against 40 g, +20%.
    expect(comparison.total?.deltaG).toBe(8);
    expect(comparison.total?.deltaPct).toBeCloseTo(((48 - 40) / 40) * 100, 10);
  });

  it("never passes a budget on an unmeasured step (a limit of 1 g would otherwise pass at 0 g)", () => {
    const verdict = evaluateBudgets({
      comparison,
      budgets: { steps: { train: { co2eG: 1 }, eval: { co2eG: 100 } } },
      history: {},
      minChangePct: 2,
    });
    expect(verdict.steps.map((s) => [s.scope, s.status])).toEqual([
      ["train", "not-measured"],
      ["eval", "pass"],
    ]);
    expect(verdict.steps[0]?.checks).toEqual([
      {
        limit: "co2e",
        status: "not-measured",
        limitValue: 1,
        reason: "the step ran but was not measured: no figures to judge",
      },
    ]);
    // eval passes, but the job has a step that was not measured: a warning, not a pass.
    expect(verdict.status).toBe("not-measured");
  });

  it("is the same without a baseline: not measured, not new, and not passed", () => {
    const alone = compareReports(head, undefined);
    expect(alone.steps.map((s) => [s.name, s.status])).toEqual([
      ["train", "not-measured"],
      ["eval", "new"],
    ]);
    const verdict = evaluateBudgets({
      comparison: alone,
      budgets: { steps: { train: { co2eG: 1 } } },
      history: {},
      minChangePct: 2,
    });
    expect(verdict.steps.map((s) => [s.scope, s.status])).toEqual([["train", "not-measured"]]);
    expect(verdict.status).toBe("not-measured");
  });
});

describe("markdown", () => {
  it("says 'not measured' for a job with nothing measured, never 0 kWh, with the reason", () => {
    const only = report({ steps: [unmeasuredStep("train")] });
    const markdown = renderMarkdown(only, compareReports(only, undefined), {
      equivalents: ["≈ 0 m by car"],
      trend: { title: "CO2e per run on main", points: [{ label: "abc1234", co2eG: 0 }] },
    });
    expect(markdown.split("\n").slice(0, 7)).toEqual([
      "### carbon-budget ⚠️ not measured: the commands ran, but their energy could not be measured",
      "",
      "| Step | Duration | Energy | CO2e (range) | Change |",
      "| --- | ---: | ---: | ---: | ---: |",
      "| train | 45.0 s | not measured | not measured | – |",
      "",
      `> ⚠️ **train** ran but was not measured: ${REASON}`,
    ]);
    expect(markdown).toContain("- train: not measured.");
    // No components, so no empty table of them.
    expect(markdown).not.toContain("| Step | Component |");
    // No figure is made of placeholder zeros: no energy, no equivalent, no chart point.
    expect(markdown).not.toMatch(/\b0 (k?Wh|g)\b/);
    expect(markdown).not.toContain("by car");
    expect(markdown).not.toContain("mermaid");
  });

  it("shows the measured steps' figures and counts the unmeasured ones in the headline", () => {
    const mixed = report({ steps: [unmeasuredStep("train", { exit_code: 2 }), reportStep("eval", 0.1, 40)] });
    const markdown = renderMarkdown(mixed, compareReports(mixed, undefined));
    expect(markdown.split("\n").slice(0, 6)).toEqual([
      "### carbon-budget: **40.0 g CO2e**, 100 Wh (1 of 2 steps not measured) (no baseline yet)",
      "",
      "| Step | Duration | Energy | CO2e (range) | Change |",
      "| --- | ---: | ---: | ---: | ---: |",
      "| train (exit 2) | 45.0 s | not measured | not measured | – |",
      // 40 g ± 10%: 36.0 g to 44.0 g.
      "| eval | 1h 00m | 100 Wh | 40.0 g (36.0 g–44.0 g) | new |",
    ]);
  });

  it("shows the judged table's total as not measured, with no status of its own", () => {
    const only = report({ steps: [unmeasuredStep("train")] });
    const comparison = compareReports(only, undefined);
    const budgets = { total: { co2eG: 1000 }, steps: { train: { co2eG: 1000 } } };
    const verdict = evaluateBudgets({ comparison, budgets, history: {}, minChangePct: 2 });
    const markdown = renderMarkdown(only, comparison, { verdict, budgets });
    expect(markdown).toContain("| **Total** | 45.0 s | not measured | not measured | – | ≤ 1.00 kg | – |");
    expect(markdown).not.toContain("✅");
    expect(markdown).not.toContain("within budget");
  });

  it("escapes a hostile reason", () => {
    const only = report({
      steps: [unmeasuredStep("train", { not_measured: { reason: "<img src=x> | *" } })],
    });
    const markdown = renderMarkdown(only, compareReports(only, undefined));
    expect(markdown).not.toContain("<img");
  });
});

describe("terminal", () => {
  it("says why instead of printing figures", () => {
    const only = report({ steps: [unmeasuredStep("train", { notes: ["no GPU measured"] })] });
    expect(renderTerminal(only, compareReports(only, undefined))).toBe(
      [
        "carbon-budget · train · 45.0 s · exit 0",
        `  not measured: ${REASON}`,
        "  note: no GPU measured",
        "",
      ].join("\n"),
    );
  });
});

describe("merging a job's steps", () => {
  it("takes the hardware and the accounting from the first measured step", () => {
    const unmeasured = report({
      fingerprint: "hw-unknown",
      steps: [unmeasuredStep("prepare")],
      assumptions: { pue: 1, intensity_g_per_kwh: 0, intensity_source: "none (not measured)" },
    });
    const measured = report({ steps: [reportStep("train", 0.3, 120)] });
    const merged = mergeReports([unmeasured, measured], { id: "job" });
    expect(merged.hardware.cpu).toEqual(measured.hardware.cpu);
    expect(merged.assumptions).toMatchObject({ pue: measured.assumptions.pue, intensity_source: "given" });
    // Neither step gets an "other hardware" or "accounted at" note: the unmeasured one has no figures.
    expect(merged.steps.map((s) => s.notes)).toEqual([undefined, undefined]);
  });
});

describe("the status line", () => {
  it("says not measured, not 'no baseline yet'", () => {
    const only = report({ steps: [unmeasuredStep("train")] });
    expect(describeStatus("not-measured", compareReports(only, undefined), undefined)).toBe(
      "not measured: the commands ran, but their energy could not be measured",
    );
  });
});
