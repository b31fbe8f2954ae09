/**
 * The dashboard page as text: self-contained (no external resource, a policy that allows only its own
 * inlined scripts), hostile report text escaped, one table row per run, and the published file set.
 * The page in a real browser is tested in e2e/dashboard-browser.test.ts.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CHART_LIBRARY, PAGE_SCRIPT } from "../../src/dashboard/assets.js";
import { badgeFileName, dashboardFiles } from "../../src/dashboard/files.js";
import { runFromReport } from "../../src/dashboard/history.js";
import { renderDashboardPage } from "../../src/dashboard/page.js";
import { shapeHistory } from "../../src/dashboard/series.js";
import { sampleHistory } from "../helpers/history.js";
import { reportStep } from "../helpers/reports.js";

const NOW = new Date("2025-03-02T00:00:00.000Z");
const history = () => sampleHistory().map((run) => runFromReport(run.branch, run.sha, run.report));
const page = renderDashboardPage(shapeHistory(history(), { generatedAt: NOW }));

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");

describe("renderDashboardPage", () => {
  it("inlines uPlot and the page's script, and its policy allows exactly those two", () => {
    const scripts = inlineScripts(page);
    expect(scripts).toEqual([CHART_LIBRARY.js, PAGE_SCRIPT]);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? "";
    const hashes = scripts.map((text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
    expect(policy).toContain(`script-src ${hashes.join(" ")};`);
    expect(policy).toMatch(/^default-src 'none';/);
  });

  it("loads nothing: no src, no stylesheet link, no import, and the scripts never contain a closing tag", () => {
    expect(page).not.toMatch(/\ssrc=/);
    expect(page).not.toMatch(/<link\b/);
    expect(page).not.toMatch(/@import|url\(\s*['"]?https?:/);
    for (const text of [CHART_LIBRARY.js, PAGE_SCRIPT]) expect(text).not.toMatch(/<\/script/i);
  });

  it("has a table row per run, newest first, for each step and the total", () => {
    const tables = [...page.matchAll(/<table data-series="([^"]+)">([\s\S]*?)<\/table>/g)];
    // main: total, train, eval; feature/x: train.
    expect(tables.map((table) => table[1])).toEqual(["b0-total", "b0-s0", "b0-s1", "b1-s0"]);
    const trainRows = [...(tables[1]?.[2] ?? "").matchAll(/<tr( class="failed")?><td>/g)];
    expect(trainRows).toHaveLength(8);
    // Newest first: commit 8's 98 g, then commit 7's 95 g.
    expect(tables[1]?.[2]).toMatch(/0000008<\/code>[\s\S]*?98\.0 g[\s\S]*?0000007<\/code>[\s\S]*?95\.0 g/);
  });

  it("escapes hostile text from reports in the HTML and in the embedded data", () => {
    const [first] = sampleHistory();
    if (!first) throw new Error("no history");
    const hostile = '<img src=x onerror="alert(1)">';
    const run = runFromReport("main</script>", "abc", {
      ...first.report,
      steps: [reportStep(hostile, 0.1, 40)],
    });
    const html = renderDashboardPage(shapeHistory([run], { generatedAt: NOW }));
    expect(html).not.toContain(hostile);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    const data =
      /<script type="application\/json" id="dashboard-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(data).not.toContain("<");
    expect(JSON.parse(data).branches[0].name).toBe("main</script>");
    expect(JSON.parse(data).branches[0].steps[0].name).toBe(hostile);
  });

  it("says there are no runs yet for an empty history", () => {
    const empty = renderDashboardPage(shapeHistory([], { generatedAt: NOW }));
    expect(empty).toContain("No runs in the history yet.");
    expect(empty).not.toContain("<table");
  });
});

describe("dashboardFiles", () => {
  it("writes the page, the total's badge and one badge per step of the tracked branch", () => {
    const files = dashboardFiles(history(), { generatedAt: NOW });
    expect(files.map((file) => file.path)).toEqual([
      "index.html",
      "badge.svg",
      "badge-train.svg",
      "badge-eval.svg",
    ]);
    // The total badge: commit 8's train 98 g + eval 15 g = 113 g.
    expect(files[1]?.content).toContain('aria-label="CO2e: 113 g"');
    expect(files[2]?.content).toContain('aria-label="CO2e train: 98.0 g"');
  });

  it("names badge files after their step, numbered where two names reduce to one", () => {
    const taken = new Set(["badge.svg"]);
    expect(badgeFileName("Train", taken)).toBe("badge-train.svg");
    expect(badgeFileName("train!", taken)).toBe("badge-train-2.svg");
    expect(badgeFileName("fine tune (LoRA)", taken)).toBe("badge-fine-tune-lora.svg");
    expect(badgeFileName("../..", taken)).toBe("badge-step.svg");
  });
});
