/**
 * History -> series: the points per step and branch, their order, failed runs, hardware changes,
 * budget lines and the display text the tooltip and the table share. Every figure comes from the
 * hand-written history in helpers/history.ts.
 */
import { describe, expect, it } from "vitest";
import {
  describeMethod,
  runFromIndexEntry,
  runFromReport,
  runsFromIndex,
} from "../../src/dashboard/history.js";
import { budgetLines, formatDate, shapeHistory } from "../../src/dashboard/series.js";
import {
  endedAt,
  MAIN_EVAL_G,
  MAIN_TRAIN_G,
  MAIN_TRAIN_KWH,
  type StoredReport,
  sampleHistory,
  sha,
} from "../helpers/history.js";
import { report as buildReport, reportComponent } from "../helpers/reports.js";

const NOW = new Date("2025-03-02T00:00:00.000Z");
const runs = (stored: StoredReport[]) => stored.map((run) => runFromReport(run.branch, run.sha, run.report));
const shaped = shapeHistory(runs(sampleHistory()), {
  generatedAt: NOW,
  budgets: {
    total: { co2eG: 160 },
    steps: { train: { co2eG: 150, warn: { kind: "mass", value: 135 } }, eval: { energyKwh: 0.06 } },
  },
});
const main = shaped.branches[0];
const train = main?.steps.find((step) => step.name === "train");

describe("shapeHistory", () => {
  it("puts the tracked branch first (main), then the others, newest first", () => {
    expect(shaped.tracked).toBe("main");
    expect(shaped.branches.map((branch) => [branch.name, branch.runs])).toEqual([
      ["main", 8],
      ["feature/x", 2],
    ]);
  });

  it("gives each step one point per run in time order, and a total when there are several steps", () => {
    expect(main?.steps.map((step) => step.name)).toEqual(["train", "eval"]);
    expect(train?.points.map((point) => point.co2e_g)).toEqual(MAIN_TRAIN_G);
    expect(train?.points.map((point) => point.energy_kwh)).toEqual(MAIN_TRAIN_KWH);
    expect(train?.points.map((point) => point.sha)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(sha));
    // Total per run: train + eval, e.g. the first run's 120 g + 20 g = 140 g.
    expect(main?.total?.points.map((point) => point.co2e_g)).toEqual(
      MAIN_TRAIN_G.map((grams, i) => grams + (MAIN_EVAL_G[i] ?? 0)),
    );
    // feature/x has one step: no total.
    expect(shaped.branches[1]?.total).toBeUndefined();
  });

  it("draws no total from runs of one step each (the local history keeps a run per step)", () => {
    const separate = sampleHistory()
      .filter((run) => run.branch === "main")
      .flatMap((run) =>
        run.report.steps.map((step) => ({
          ...run,
          report: {
            ...run.report,
            run: { ...run.report.run, id: `${run.report.run.id}-${step.name}` },
            steps: [step],
          },
        })),
      );
    const local = shapeHistory(runs(separate), { generatedAt: NOW }).branches[0];
    expect(local?.total).toBeUndefined();
    expect(local?.steps.map((step) => [step.name, step.points.length])).toEqual([
      ["train", 8],
      ["eval", 8],
    ]);
  });

  it("flags the failed run (commit 5, exit 1) in its step and in the total, and only there", () => {
    expect(train?.points.map((point) => point.failed)).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(train?.points[4]?.exit_code).toBe(1);
    expect(main?.total?.points.map((point) => point.failed)).toEqual(
      train?.points.map((point) => point.failed),
    );
    expect(main?.steps[1]?.points.some((point) => point.failed)).toBe(false);
  });

  it("marks the first run on new hardware (commit 7) as not comparable with the run before", () => {
    expect(train?.points.map((point) => point.not_comparable)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it("formats the figures once for the tooltip and the table", () => {
    // Commit 1: 120 g, range ±10% = 108 g .. 132 g, 0.3 kWh = 300 Wh, ended 10:00 + 1 h.
    expect(train?.points[0]?.text).toEqual({
      co2e: "120 g",
      range: "108 g – 132 g",
      energy: "300 Wh",
      date: "2025-03-01 11:00 UTC",
    });
    expect(train?.points[0]?.intensity).toBe("400 gCO2e/kWh (DE)");
    expect(train?.points[0]?.method).toBe("GPU measured (nvml)");
  });

  it("draws absolute budgets as lines: co2e and its warning level, energy; none for per-unit budgets", () => {
    expect(train?.budget).toEqual({ co2e_g: 150, co2e_warn_g: 135 });
    expect(main?.steps[1]?.budget).toEqual({ energy_kwh: 0.06 });
    expect(main?.total?.budget).toEqual({ co2e_g: 160 });
    expect(budgetLines({ co2eG: 10, perUnit: "epoch" })).toEqual({});
    expect(budgetLines({ increasePct: 5 })).toEqual({});
    expect(budgetLines({ energyKwh: 2, warn: { kind: "energy", value: 1.5 } })).toEqual({
      energy_kwh: 2,
      energy_warn_kwh: 1.5,
    });
  });

  it("sorts by end time, not by the order the files were read", () => {
    const shuffled = runs(sampleHistory()).reverse();
    const again = shapeHistory(shuffled, { generatedAt: NOW });
    expect(again.branches[0]?.steps[0]?.points.map((point) => point.co2e_g)).toEqual(MAIN_TRAIN_G);
  });

  it("tracks the repository's default branch when it has runs, else main/master, else the busiest", () => {
    const all = runs(sampleHistory());
    expect(shapeHistory(all, { generatedAt: NOW, defaultBranch: "feature/x" }).tracked).toBe("feature/x");
    expect(shapeHistory(all, { generatedAt: NOW, defaultBranch: "gone" }).tracked).toBe("main");
    const other = (branch: string, n: number): StoredReport => ({
      branch,
      sha: sha(n),
      report: buildReport({ id: `${branch}-${n}`, endedAt: endedAt(n) }),
    });
    const busiest = shapeHistory(runs([other("dev-b", 1), other("dev-a", 2), other("dev-a", 3)]), {
      generatedAt: NOW,
    });
    expect(busiest.tracked).toBe("dev-a");
  });

  it("takes the repository's name from the runs, when they agree on a plain owner/name", () => {
    const named = (repo: string) =>
      sampleHistory().map((run) => ({ ...run, report: { ...run.report, run: { ...run.report.run, repo } } }));
    expect(shapeHistory(runs(named("octo/ml")), { generatedAt: NOW })).toMatchObject({
      title: "octo/ml",
      repo: "octo/ml",
    });
    const hostile = shapeHistory(runs(named('octo/"><script>')), { generatedAt: NOW });
    expect(hostile.repo).toBeUndefined();
    expect(hostile.title).toBe("carbon-budget");
  });

  it("keeps a run known only from the data branch's index, without range or method", () => {
    const entry = {
      sha: sha(9),
      run_id: "main-9",
      ended_at: endedAt(9),
      fingerprint: "hw-h100x1",
      totals: { energy_kwh: 0.3, co2e_g: 110 },
      steps: { train: { energy_kwh: 0.25, co2e_g: 100 } },
    };
    const withIndexOnly = [...runs(sampleHistory()), runFromIndexEntry("main", entry)];
    const last = shapeHistory(withIndexOnly, { generatedAt: NOW }).branches[0]?.steps[0]?.points.at(-1);
    expect(last).toMatchObject({
      sha: sha(9),
      co2e_g: 100,
      energy_kwh: 0.25,
      failed: false,
      not_comparable: false,
    });
    expect(last?.co2e_low_g).toBeUndefined();
    expect(last?.text.range).toBe("not recorded");
    expect(last?.method).toBe("not recorded (index entry only)");
  });
});

describe("runsFromIndex (the action's path: the index, and the reports it read)", () => {
  it("uses a report where there is one and the index entry elsewhere", () => {
    const [first, second] = sampleHistory();
    if (!first || !second) throw new Error("no history");
    const entry = (run: StoredReport) => ({
      sha: run.sha,
      run_id: run.report.run.id,
      ended_at: run.report.run.ended_at,
      fingerprint: run.report.hardware.fingerprint,
      totals: { energy_kwh: run.report.totals.energy_kwh, co2e_g: run.report.totals.co2e_g },
      steps: { train: { energy_kwh: 0.3, co2e_g: 120 } },
    });
    const index = {
      schema: "carbon-budget/index@1" as const,
      branch: "main",
      entries: [entry(second), entry(first)],
    };
    const read = runsFromIndex("main", index, new Map([[second.sha, second.report]]));
    expect(read.map((run) => [run.sha, run.hardware !== undefined])).toEqual([
      [second.sha, true],
      [first.sha, false],
    ]);
    expect(read[0]).toEqual(runFromReport("main", second.sha, second.report));
  });
});

describe("describeMethod and formatDate", () => {
  it("counts components of one kind, method and source together", () => {
    const gpu = reportComponent({ kind: "gpu", method: "measured", source: "nvml" });
    const cpu = reportComponent({ kind: "cpu", method: "estimated", source: "proc-stat" });
    expect(describeMethod([gpu, gpu, cpu])).toBe("2× GPU measured (nvml), CPU estimated (proc-stat)");
  });

  it("writes UTC minutes, and leaves an unreadable time as it was", () => {
    expect(formatDate("2025-03-01T23:59:59.999+02:00")).toBe("2025-03-01 21:59 UTC");
    expect(formatDate("yesterday")).toBe("yesterday");
  });
});
