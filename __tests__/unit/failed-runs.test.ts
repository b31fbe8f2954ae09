/**
 * A run whose command failed (a non-zero exit, a signal, a command not found) is kept, marked, and never
 * chosen as a baseline: locally, in the data branch's index, and in the action's lookups.
 */
import { describe, expect, it } from "vitest";
import {
  entryFailed,
  entryFor,
  type IndexEntry,
  readIndexText,
  runExitCode,
  withEntry,
} from "../../src/baseline/index-file.js";
import { type StoredRun, selectBaseline } from "../../src/baseline/select.js";
import { chooseBaseline, recentRuns } from "../../src/github/baseline.js";
import { report, reportComponent, reportStep } from "../helpers/reports.js";

const MERGE_BASE = "1111111111111111111111111111111111111111";
const FEATURE_1 = "3333333333333333333333333333333333333333";
const FEATURE_2 = "4444444444444444444444444444444444444444";

/** A run of step "train" ending `minute` minutes after 10:00, with `grams` CO2e and the given exit code. */
function run(
  branch: string,
  sha: string,
  id: string,
  minute: number,
  grams: number,
  exit?: number,
): StoredRun {
  const endedAt = new Date(Date.UTC(2025, 2, 1, 10, minute)).toISOString();
  const step = reportStep("train", grams / 1000, grams, exit === undefined ? {} : { exit_code: exit });
  return { branch, sha, report: report({ id, sha, ref: branch, endedAt, steps: [step] }) };
}

describe("the local history's baseline", () => {
  const chosen = (runs: StoredRun[], where: Parameters<typeof selectBaseline>[1]) =>
    selectBaseline(runs, where)?.run.report.run.id;

  it("passes over a run that exited 3 and compares with the last successful one", () => {
    // The reported case: a run that exited 3 after a few seconds (100 g), then a normal run (3600 g).
    // Compared with the failed one it would read (3600 - 100) / 100 = +3500%.
    const runs = [
      run("feature", FEATURE_1, "good", 0, 3500, 0),
      run("feature", FEATURE_2, "exited-3", 5, 100, 3),
    ];
    expect(chosen(runs, { step: "train", branch: "feature" })).toBe("good");
  });

  it("passes over killed (128 + signal) and not-found (127) runs, on the merge-base too", () => {
    const runs = [
      run("main", MERGE_BASE, "mb-good", 0, 3500, 0),
      run("main", MERGE_BASE, "mb-sigterm", 10, 200, 128 + 15),
      run("main", MERGE_BASE, "mb-not-found", 20, 0, 127),
    ];
    expect(chosen(runs, { step: "train", branch: "feature", mergeBase: MERGE_BASE })).toBe("mb-good");
  });

  it("has no baseline when every earlier run failed", () => {
    const runs = [run("feature", FEATURE_1, "f-1", 0, 100, 1), run("feature", FEATURE_2, "f-2", 5, 100, 2)];
    expect(chosen(runs, { step: "train", branch: "feature" })).toBeUndefined();
  });

  it("counts a run without an exit code (an imported report) as successful", () => {
    const runs = [run("feature", FEATURE_1, "imported", 0, 3500)];
    expect(chosen(runs, { step: "train", branch: "feature" })).toBe("imported");
  });
});

describe("the data branch's index entries", () => {
  it("record the exit code, the CO2e range and the weakest method", () => {
    const step = reportStep("train", 1.2, 480, {
      exit_code: 0,
      components: [
        reportComponent({ kind: "gpu", method: "measured", energy_kwh: 0.8 }),
        reportComponent({ kind: "cpu", method: "estimated", energy_kwh: 0.2 }),
      ],
    });
    const entry = entryFor(report({ id: "r", steps: [step] }), MERGE_BASE);
    expect(entry.exit_code).toBe(0);
    // reportStep's range is ±10%: 480 x 0.9 = 432, 480 x 1.1 = 528.
    expect(entry.steps.train).toMatchObject({ exit_code: 0, co2e_low_g: 432, co2e_high_g: 528 });
    // One estimated component makes the step estimated.
    expect(entry.steps.train.method).toBe("estimated");
    expect(entry.totals.co2e_low_g).toBe(report({ id: "r", steps: [step] }).totals.co2e_low_g);
  });

  it("take the first failing step's code for the run, and none when no step recorded one", () => {
    expect(runExitCode([{ exit_code: 0 }, { exit_code: 137 }, { exit_code: 1 }])).toBe(137);
    expect(runExitCode([{ exit_code: 0 }, { exit_code: 0 }])).toBe(0);
    expect(runExitCode([{}, {}])).toBeUndefined();
  });

  it("still parse when written before these fields existed (counted as successful)", () => {
    const old = {
      sha: MERGE_BASE,
      run_id: "old",
      ended_at: "2025-03-01T10:00:00.000Z",
      fingerprint: "fp",
      totals: { energy_kwh: 1, co2e_g: 400 },
      steps: { train: { energy_kwh: 1, co2e_g: 400, duration_s: 60 } },
    };
    const text = JSON.stringify({ schema: "carbon-budget/index@1", branch: "main", entries: [old] });
    const read = readIndexText(text, "index.json");
    expect(read).toEqual({
      index: { schema: "carbon-budget/index@1", branch: "main", entries: [old] },
      dropped: 0,
    });
    expect(entryFailed(old)).toBe(false);
  });

  it("are not replaced by a failed re-run of the same commit; a successful re-run replaces a failed one", () => {
    const entryOf = (id: string, exit: number): IndexEntry =>
      entryFor(run("main", MERGE_BASE, id, 0, 400, exit).report, MERGE_BASE);
    const good = { schema: "carbon-budget/index@1" as const, branch: "main", entries: [entryOf("good", 0)] };
    expect(withEntry(good, entryOf("rerun-failed", 1)).entries.map((e) => e.run_id)).toEqual(["good"]);
    const failed = { ...good, entries: [entryOf("failed", 1)] };
    expect(withEntry(failed, entryOf("rerun-good", 0)).entries.map((e) => e.run_id)).toEqual(["rerun-good"]);
  });
});

describe("the action's baseline from the index", () => {
  const entry = (sha: string, id: string, minute: number, exit?: number) =>
    entryFor(run("main", sha, id, minute, 400, exit).report, sha);
  const ANCESTOR = "2222222222222222222222222222222222222222";

  it("passes over a failed run on the merge-base to the nearest ancestor with a successful one", () => {
    const index = {
      schema: "carbon-budget/index@1" as const,
      branch: "main",
      entries: [entry(MERGE_BASE, "mb-failed", 10, 2), entry(ANCESTOR, "ancestor", 0, 0)],
    };
    const choice = chooseBaseline(index, MERGE_BASE, [MERGE_BASE, ANCESTOR]);
    expect(choice && [choice.why, choice.entry.run_id]).toEqual(["nearest-ancestor", "ancestor"]);
  });

  it("leaves failed runs out of the recent runs (the noise and the trend)", () => {
    const index = {
      schema: "carbon-budget/index@1" as const,
      branch: "main",
      entries: [
        entry(MERGE_BASE, "failed", 10, 1),
        entry(ANCESTOR, "good", 5, 0),
        entry(FEATURE_1, "old-entry", 0),
      ],
    };
    const fingerprint = index.entries[0].fingerprint;
    expect(recentRuns(index, fingerprint, 10).map((e) => e.run_id)).toEqual(["good", "old-entry"]);
  });
});
