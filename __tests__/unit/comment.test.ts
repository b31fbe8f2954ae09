/** The PR comment as reviewers see it: verdict, budgets, trend, notices, equivalents, and its size limit. */
import { describe, expect, it } from "vitest";
import { evaluateBudgets } from "../../src/budget/evaluate.js";
import { compareReports } from "../../src/compare/compare.js";
import { isOurs, marker, readMarker } from "../../src/github/comment.js";
import { embedReport, readEmbeddedReport } from "../../src/render/embedded-report.js";
import { fitComment } from "../../src/render/fit-comment.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { baselineRef, report, reportStep } from "../helpers/reports.js";

describe("the PR comment", () => {
  // Base: train 1000 g, eval 100 g. Head: train 1120 g (+12%), eval 90 g.
  const base = report({ steps: [reportStep("train", 10, 1000), reportStep("eval", 1, 100)] });
  const head = report({ steps: [reportStep("train", 11.2, 1120), reportStep("eval", 0.9, 90)] });
  const comparison = compareReports(head, base, baselineRef({ label: "main" }));
  const budgets = {
    total: { co2eG: 5000 },
    steps: { train: { increasePct: 5 }, eval: { co2eG: 300, warn: { kind: "mass" as const, value: 250 } } },
  };
  const verdict = evaluateBudgets({ comparison, budgets, history: {}, minChangePct: 2 });

  it("renders the verdict, the budgets, a trend chart, notices and equivalents", () => {
    const markdown = renderMarkdown(head, comparison, {
      verdict,
      budgets,
      notices: ["ℹ️ This PR changes `.github/carbon-budget.yml`; the new budgets take effect after merge."],
      trend: {
        title: "CO2e per run on main",
        points: [
          { label: "aaa1111", co2eG: 1080 },
          { label: "bbb2222", co2eG: 1100 },
          { label: "PR #7", co2eG: 1210 },
        ],
      },
      equivalents: ["≈ 5.0 km by car"],
    });
    expect(markdown.split("<details>")[0]).toMatchInlineSnapshot(`
      "### carbon-budget ❌ over budget: **1.21 kg CO2e**, 12.1 kWh; CO2e +10% (+110 g) vs main @abc1234

      <sub>≈ 5.0 km by car</sub>

      | Step | Duration | Energy | CO2e (range) | Change | Budget | Status |
      | --- | ---: | ---: | ---: | ---: | --- | --- |
      | train | 1h 00m | 11.2 kWh | 1.12 kg (1.01 kg–1.23 kg) | +12% (+120 g) | ≤ +5% | ❌ increase over budget (+12%) |
      | eval | 1h 00m | 900 Wh | 90.0 g (81.0 g–99.0 g) | -10% (-10.0 g) | ≤ 300 g | ✅ |
      | **Total** | 2h 00m | 12.1 kWh | 1.21 kg (1.09 kg–1.33 kg) | +10% (+110 g) | ≤ 5.00 kg | ✅ |

      > ℹ️ This PR changes \`.github/carbon-budget.yml\`; the new budgets take effect after merge.

      \`\`\`mermaid
      %%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2f81f7"}}}}%%
      xychart-beta
        title "CO2e per run on main"
        x-axis ["aaa1111", "bbb2222", "PR #7"]
        y-axis "CO2e (kg)"
        line [1.08, 1.10, 1.21]
      \`\`\`

      "
    `);
  });

  it("stays under GitHub's 65,536 characters, keeping the table and dropping the details first", () => {
    const noisy = report({
      steps: [
        reportStep("train", 10, 1000, {
          notes: Array.from({ length: 50 }, (_, i) => `note ${i} ${"x".repeat(1900)}`),
        }),
      ],
    });
    const parts = { report: noisy, comparison: compareReports(noisy, undefined), extras: {} };
    expect(renderMarkdown(parts.report, parts.comparison).length).toBeGreaterThan(65_536);
    const fitted = fitComment(parts, { limit: 65_536, embed: true });
    expect(fitted.length).toBeLessThan(65_536);
    expect(fitted).toContain("| train |");
    expect(fitted).toContain("> Methods and assumptions: see the job summary.");
  });

  it("carries the head's report in a hidden block that reads back through the schema", () => {
    const fitted = fitComment({ report: head, comparison, extras: {} }, { limit: 65_536, embed: true });
    const back = readEmbeddedReport(fitted);
    expect(back?.totals).toEqual(head.totals);
    expect(back?.steps.map((s) => [s.name, s.co2e_g])).toEqual([
      ["train", 1120],
      ["eval", 90],
    ]);
  });
});

describe("which comment is ours", () => {
  const MARK = marker({ key: "train/train", runId: "301", runAttempt: 2, headSha: "9f8e7d6" });
  const BOT = "github-actions[bot]";

  it("reads our marker where it starts the comment", () => {
    expect(readMarker(`${MARK}\n### carbon-budget`)).toEqual({
      key: "train/train",
      runId: "301",
      runAttempt: 2,
      headSha: "9f8e7d6",
    });
  });

  it.each([
    ["quoted in a reply", `> ${MARK}\n\nLooks like the bot's`],
    ["in a code block", `\`\`\`\n${MARK}\n\`\`\``],
    ["in an indented code block", `    ${MARK}`],
    ["in a code span", `\`${MARK}\``],
    ["in the middle of a line", `copied: ${MARK}`],
  ])("does not read a marker %s", (_where, body) => {
    expect(readMarker(body)).toBeUndefined();
  });

  it("is a marked comment by our own account, never by another bot echoing our marker", () => {
    const body = `${MARK}\n### carbon-budget`;
    expect(isOurs(BOT, { id: 1, body, user: { login: BOT } })).toBe(true);
    expect(isOurs(BOT, { id: 1, body, user: { login: "GitHub-Actions[bot]" } })).toBe(true);
    expect(isOurs(BOT, { id: 1, body, user: { login: "echo-bot[bot]" } })).toBe(false);
    expect(isOurs(BOT, { id: 1, body, user: { login: "mallory" } })).toBe(false);
    expect(isOurs(BOT, { id: 1, body: "### carbon-budget", user: { login: BOT } })).toBe(false);
    expect(isOurs(BOT, { id: 1, body: `> ${MARK}`, user: { login: BOT } })).toBe(false);
  });

  it("reads the report block only where it starts a line outside quotes and code, the last one", () => {
    const head = report({ steps: [reportStep("train", 1, 100)] });
    const forged = report({ steps: [reportStep("train", 0.001, 0.1)] });
    const body = [
      MARK,
      `> ${embedReport(forged)}`,
      `\`${embedReport(forged)}\``,
      "",
      embedReport(forged),
      "",
      embedReport(head),
    ].join("\n");
    expect(readEmbeddedReport(body)?.totals).toEqual(head.totals);
    expect(readEmbeddedReport(`> ${embedReport(head)}`)).toBeUndefined();
  });
});
