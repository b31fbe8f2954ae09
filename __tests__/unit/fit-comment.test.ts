/**
 * The PR comment always fits GitHub's 65,536 characters: the report block, the methods, the trend
 * chart and then table rows give way, in that order, and the headline and verdict always stay.
 */
import { describe, expect, it } from "vitest";
import { evaluateBudgets } from "../../src/budget/evaluate.js";
import { compareReports } from "../../src/compare/compare.js";
import { embedReport } from "../../src/render/embedded-report.js";
import { COMMENT_LIMIT, fitComment, rankSteps } from "../../src/render/fit-comment.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { baselineRef, report, reportStep } from "../helpers/reports.js";

/**
 * `count` steps named nightly-eval-benchmark-shard-0...: each 100 g on the base; on the head shard i is
 * 100 + (i % 10) g, except shard 7 at 500 g (over its 300 g budget) and shard 3 at 260 g (over its
 * 250 g warning). Every other
 * step has a 1 kg budget, as a config that budgets each step would, so each row has its cells.
 */
function manySteps(count: number) {
  const grams = (i: number) => (i === 7 ? 500 : i === 3 ? 260 : 100 + (i % 10));
  const names = Array.from({ length: count }, (_, i) => `nightly-eval-benchmark-shard-${i}`);
  const base = report({ steps: names.map((name) => reportStep(name, 1, 100)) });
  const head = report({ steps: names.map((name, i) => reportStep(name, grams(i) / 100, grams(i))) });
  const comparison = compareReports(head, base, baselineRef({ label: "main" }));
  const budgets = {
    steps: {
      ...Object.fromEntries(names.map((name) => [name, { co2eG: 1000 }])),
      "nightly-eval-benchmark-shard-7": { co2eG: 300 },
      "nightly-eval-benchmark-shard-3": { co2eG: 1000, warn: { kind: "mass" as const, value: 250 } },
    },
  };
  const verdict = evaluateBudgets({ comparison, budgets, history: {}, minChangePct: 2 });
  const trend = {
    title: "CO2e per run on main",
    points: [
      { label: "aaa1111", co2eG: 100 * count },
      { label: "PR #7", co2eG: head.totals.co2e_g },
    ],
  };
  return { report: head, comparison, extras: { verdict, budgets, trend, notices: ["a notice"] } };
}

const rows = (markdown: string) =>
  markdown
    .split("\n")
    .filter((line) => /^\| nightly-eval-benchmark-shard-\d+ \|/.test(line))
    .map((line) => line.split(" | ")[0]?.slice(2));

describe("fitComment", () => {
  it("leaves a comment that fits alone, with the report block", () => {
    const parts = manySteps(3);
    const full = renderMarkdown(parts.report, parts.comparison, parts.extras);
    expect(fitComment(parts, { limit: COMMENT_LIMIT, embed: true })).toBe(
      `${full}\n\n${embedReport(parts.report)}`,
    );
  });

  it("gives way in order: the report block, the methods, the chart, then rows", () => {
    const parts = manySteps(20);
    const full = renderMarkdown(parts.report, parts.comparison, parts.extras);
    // Just too small for the block: the full rendering without it.
    expect(fitComment(parts, { limit: full.length, embed: true })).toBe(full);

    const noMethods = fitComment(parts, { limit: full.length - 1, embed: true });
    expect(noMethods).not.toContain("<details>");
    expect(noMethods).toContain("```mermaid");
    expect(noMethods).toContain("> Methods and assumptions: see the job summary.");
    expect(rows(noMethods)).toHaveLength(20);

    const noChart = fitComment(parts, { limit: noMethods.length - 1, embed: true });
    expect(noChart).not.toContain("```mermaid");
    expect(noChart).toContain("> Methods, assumptions and the trend chart: see the job summary.");
    expect(rows(noChart)).toHaveLength(20);

    const fewer = fitComment(parts, { limit: noChart.length - 1, embed: true });
    expect(fewer.length).toBeLessThanOrEqual(noChart.length - 1);
    // One row fewer than all 20, and the line that counts the rest.
    expect(rows(fewer)).toHaveLength(19);
    expect(fewer).toContain("> … and 1 more step: see the job summary");
  });

  it.each([600, 5000])(
    "fits %i steps, keeping the headline, the verdict and the steps that matter",
    (count) => {
      const parts = manySteps(count);
      // The table alone, with no methods and no chart, is already too long.
      const { trend: _trend, ...table } = parts.extras;
      const tableOnly = renderMarkdown(parts.report, parts.comparison, { ...table, methods: false });
      expect(tableOnly.length).toBeGreaterThan(COMMENT_LIMIT);
      const fitted = fitComment(parts, { limit: COMMENT_LIMIT, embed: true });
      expect(fitted.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(fitted.split("\n")[0]).toMatch(/^### carbon-budget ❌ over budget: \*\*/);
      const shown = rows(fitted);
      // Over budget first, then the warning, then the most changed: +9 g for shards 9, 19, ...
      expect(shown.slice(0, 4)).toEqual([7, 3, 9, 19].map((i) => `nightly-eval-benchmark-shard-${i}`));
      expect(shown.length).toBeGreaterThan(100);
      expect(fitted).toContain(`> … and ${count - shown.length} more steps: see the job summary`);
      expect(fitted).toContain("> a notice");
      expect(fitted).not.toContain("<details>");
      expect(fitted).not.toContain("carbon-budget:report");
    },
  );

  it("counts bytes where asked (the job summary) and says where the rest is", () => {
    const parts = manySteps(600);
    const fitted = fitComment(parts, {
      limit: 50_000,
      measure: (text) => Buffer.byteLength(text),
      restIn: "the report file",
    });
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(50_000);
    expect(fitted).toMatch(/> … and \d+ more steps: see the report file/);
  });

  it("cuts from the end as a last resort, when notices alone are too long", () => {
    const parts = manySteps(8);
    const long = { ...parts, extras: { ...parts.extras, notices: ["n".repeat(5000)] } };
    const fitted = fitComment(long, { limit: 1000 });
    expect(fitted.length).toBeLessThanOrEqual(1000);
    expect(fitted.split("\n")[0]).toMatch(/^### carbon-budget ❌ over budget/);
    expect(fitted).toMatch(/_Cut to fit GitHub's size limit: see the job summary\._$/);
  });
});

describe("rankSteps", () => {
  it("puts failing, warned and failed-command steps first, then the largest change, new steps by their size", () => {
    const base = report({
      steps: [reportStep("a", 1, 100), reportStep("b", 1, 100), reportStep("c", 1, 100)],
    });
    const head = report({
      steps: [
        reportStep("a", 1, 101),
        reportStep("b", 1, 150),
        reportStep("c", 1, 100, { exit_code: 2 }),
        reportStep("d", 1, 30),
      ],
    });
    const comparison = compareReports(head, base, baselineRef());
    // Changes: a +1 g, b +50 g, c 0 g but its command failed, d new with 30 g.
    expect(rankSteps(comparison).map((s) => s.name)).toEqual(["c", "b", "d", "a"]);
  });
});
