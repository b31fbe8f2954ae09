/**
 * The dashboard page in a real browser: the committed CLI bundle writes it from a local history, and
 * Debian's Chromium (driven by playwright-core; nothing is downloaded) opens it from file://. Every
 * request is intercepted: only the page itself may load. Screenshots in both colour schemes are kept
 * in test-artifacts/ (ignored by git) for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserMissing, type OfflinePage, openOffline } from "../helpers/browser.js";
import { nodeDir, repoRoot, runCli, scratchRepo } from "../helpers/cli.js";
import { FAILED_COMMIT, MAIN_TRAIN_G, sampleHistory, sha, writeLocalHistory } from "../helpers/history.js";

const ARTIFACTS = join(repoRoot, "test-artifacts");

const CONFIG = `version: 1
budgets:
  total: { co2e: 160 g }
  steps:
    train: { co2e: 150 g, warn: 135 g }
    eval: { energy: 60 Wh }
`;

describe.skipIf(browserMissing)("the dashboard page in Chromium", () => {
  let repo: ReturnType<typeof scratchRepo>;
  let browser: OfflinePage | undefined;
  let page: Page;
  let pageUrl: string;
  let requests: string[] = [];
  let problems: string[] = [];
  let cliOutput = "";

  beforeAll(async () => {
    repo = scratchRepo();
    const history = sampleHistory().map((run) => ({
      ...run,
      report: { ...run.report, run: { ...run.report.run, repo: "octo/ml-models" } },
    }));
    writeLocalHistory(repo.dir, history);
    mkdirSync(join(repo.dir, ".github"));
    writeFileSync(join(repo.dir, ".github", "carbon-budget.yml"), CONFIG);
    const result = await runCli(["dashboard"], { cwd: repo.dir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } });
    cliOutput = result.stdout + result.stderr;
    if (result.code !== 0) throw new Error(`dashboard failed (${result.code}): ${cliOutput}`);
    pageUrl = pathToFileURL(join(repo.dir, ".carbon-budget", "index.html")).href;

    browser = await openOffline(pageUrl);
    ({ page, requests, problems } = browser);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    repo?.cleanup();
  });

  it("the CLI wrote the page and the badges beside it", () => {
    expect(cliOutput).toContain("carbon-budget dashboard: 10 runs from ");
    expect(cliOutput).toContain("badge.svg, badge-train.svg, badge-eval.svg");
    for (const file of ["badge.svg", "badge-train.svg", "badge-eval.svg"]) {
      expect(readFileSync(join(repo.dir, ".carbon-budget", file), "utf8")).toMatch(/^<svg [^>]*role="img"/);
    }
  });

  it("draws a CO2e and an energy chart per step and for the total, each with one point per run", async () => {
    const charts = await page.$$eval(".branch:not([hidden]) figure.chart", (figures) =>
      figures.map((figure) => ({
        series: figure.getAttribute("data-series"),
        kind: figure.getAttribute("data-kind"),
        points: figure.getAttribute("data-points"),
        failed: figure.getAttribute("data-failed"),
        canvas: figure.querySelectorAll("canvas").length,
      })),
    );
    // main: the total, train and eval; eight runs each, commit 5's train failed (so its total too).
    expect(charts).toEqual(
      ["b0-total", "b0-s0", "b0-s1"].flatMap((series) =>
        ["co2e", "energy"].map((kind) => ({
          series,
          kind,
          points: "8",
          failed: series === "b0-s1" ? "0" : "1",
          canvas: 1,
        })),
      ),
    );
  });

  it("lists the same figures in the table, newest first", async () => {
    const rows = await page.$$eval('table[data-series="b0-s0"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 5).map((td) => td.textContent)),
    );
    // train per commit: 120 126 118 131 140 129 95 98 g, range ±10%; 0.3 .. 0.245 kWh as listed in the helper.
    expect(rows).toEqual([
      ["0000008", "2025-03-01 18:00 UTC", "98.0 g", "88.2 g – 108 g", "245 Wh"], // 98 x 0.9 = 88.2, x 1.1 = 107.8
      ["0000007", "2025-03-01 17:00 UTC", "95.0 g", "85.5 g – 105 g", "240 Wh"], // 95 x 0.9 = 85.5, x 1.1 = 104.5
      ["0000006", "2025-03-01 16:00 UTC", "129 g", "116 g – 142 g", "320 Wh"], // 116.1, 141.9
      ["0000005", "2025-03-01 15:00 UTC", "140 g", "126 g – 154 g", "350 Wh"],
      ["0000004", "2025-03-01 14:00 UTC", "131 g", "118 g – 144 g", "330 Wh"], // 117.9, 144.1
      ["0000003", "2025-03-01 13:00 UTC", "118 g", "106 g – 130 g", "295 Wh"], // 106.2, 129.8
      ["0000002", "2025-03-01 12:00 UTC", "126 g", "113 g – 139 g", "315 Wh"], // 113.4, 138.6
      ["0000001", "2025-03-01 11:00 UTC", "120 g", "108 g – 132 g", "300 Wh"],
    ]);
    expect(MAIN_TRAIN_G).toEqual([120, 126, 118, 131, 140, 129, 95, 98]);
    const notes = await page.$$eval('table[data-series="b0-s0"] tbody tr td:last-child', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(notes[8 - FAILED_COMMIT]).toBe("failed: exit code 1");
    expect(notes[1]).toMatch(/^hardware changed: not comparable with the run before; now /);
    expect(notes.filter(Boolean)).toHaveLength(2);
  });

  it("shows commit, date, values and method when hovering a point", async () => {
    const plot = page.locator('figure[data-series="b0-s0"][data-kind="co2e"] .u-over');
    await plot.scrollIntoViewIfNeeded();
    const over = await plot.boundingBox();
    if (!over) throw new Error("no plot area");
    // x runs from -0.5 to 7.5: the newest run (index 7) sits at 7.5 / 8 of the width.
    await page.mouse.move(over.x + (over.width * 7.5) / 8, over.y + over.height / 2);
    const tooltip = page.locator('figure[data-series="b0-s0"][data-kind="co2e"] .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.innerText();
    expect(text).toContain(`${sha(8).slice(0, 7)} · 2025-03-01 18:00 UTC`);
    expect(text).toContain("CO2e 98.0 g");
    expect(text).toContain("Energy 245 Wh");
    expect(text).toContain("Method GPU measured (nvml)");
    await page.screenshot({ path: join(ARTIFACTS, "dashboard-tooltip.png") });
  });

  it("switches to another branch's charts", async () => {
    await page.selectOption("#branch-select", { label: "feature/x (2 runs)" });
    const points = await page.getAttribute('figure[data-series="b1-s0"][data-kind="co2e"]', "data-points");
    expect(points).toBe("2");
    await page.selectOption("#branch-select", { label: "main (8 runs)" });
  });

  it("looks right in light and dark, and redraws when the scheme changes", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.mouse.move(0, 0);
    // A string: the test's own types have no DOM.
    const background = () => page.evaluate<string>("getComputedStyle(document.body).backgroundColor");
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.screenshot({ path: join(ARTIFACTS, "dashboard-light.png"), fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await background()).toBe("rgb(13, 17, 23)");
    await expect
      .poll(() => page.getAttribute('figure[data-series="b0-s0"][data-kind="co2e"]', "data-points"))
      .toBe("8");
    await page.screenshot({ path: join(ARTIFACTS, "dashboard-dark.png"), fullPage: true });
  });

  it("requested nothing but the page, and logged no error", () => {
    expect(requests).toEqual([pageUrl]);
    expect(problems).toEqual([]);
  });
});
