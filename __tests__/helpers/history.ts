/**
 * Run histories for the dashboard's tests, written in both layouts by hand (not through the stores'
 * own writers): the local `.carbon-budget/v1/<branch>/<sha>/<run id>.json` and the data branch's
 * `v1/<branch>/<sha>.json` with its `index.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/report/schema.js";
import { report, reportStep } from "./reports.js";

export interface StoredReport {
  branch: string;
  sha: string;
  report: Report;
}

/** A 40-hex SHA from a small number, so tests can name commits 1, 2, 3. */
export const sha = (n: number) => n.toString(16).padStart(7, "0").repeat(6).slice(0, 40);

const HOUR = 3600_000;
const START = Date.parse("2025-03-01T10:00:00.000Z");
export const endedAt = (n: number) => new Date(START + n * HOUR).toISOString();

/**
 * main: eight commits with train and eval. Commit 5's train failed (exit 1); from commit 7 on the runs
 * are on other hardware. feature/x: two commits. CO2e and kWh per step are listed here; the reports'
 * range is ±10% (reportStep's rule).
 */
export const MAIN_TRAIN_G = [120, 126, 118, 131, 140, 129, 95, 98];
export const MAIN_TRAIN_KWH = [0.3, 0.315, 0.295, 0.33, 0.35, 0.32, 0.24, 0.245];
export const MAIN_EVAL_G = [20, 21, 19, 22, 20, 23, 16, 15];
export const MAIN_EVAL_KWH = [0.05, 0.0525, 0.0475, 0.055, 0.05, 0.0575, 0.04, 0.0375];
export const FAILED_COMMIT = 5;
export const NEW_HARDWARE_FROM = 7;

export function sampleHistory(): StoredReport[] {
  const main = MAIN_TRAIN_G.map((grams, i) => {
    const n = i + 1;
    return {
      branch: "main",
      sha: sha(n),
      report: report({
        id: `main-${n}`,
        sha: sha(n),
        endedAt: endedAt(n),
        fingerprint: n >= NEW_HARDWARE_FROM ? "hw-h100x1" : "hw-a100x1",
        assumptions: { location: "DE", intensity_g_per_kwh: 400, intensity_source: "given" },
        steps: [
          reportStep(
            "train",
            MAIN_TRAIN_KWH[i] ?? 0,
            grams,
            n === FAILED_COMMIT ? { exit_code: 1 } : { exit_code: 0 },
          ),
          reportStep("eval", MAIN_EVAL_KWH[i] ?? 0, MAIN_EVAL_G[i] ?? 0, { exit_code: 0 }),
        ],
      }),
    };
  });
  const feature = [1, 2].map((n) => ({
    branch: "feature/x",
    sha: sha(100 + n),
    report: report({
      id: `feature-${n}`,
      sha: sha(100 + n),
      endedAt: endedAt(20 + n),
      steps: [reportStep("train", 0.2, 80 + n)],
    }),
  }));
  return [...main, ...feature];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `<root>/.carbon-budget/v1/<branch>/<sha>/<run id>.json`; returns the .carbon-budget folder. */
export function writeLocalHistory(root: string, runs: readonly StoredReport[]): string {
  const store = join(root, ".carbon-budget");
  for (const run of runs) {
    const dir = join(store, "v1", encodeURIComponent(run.branch), run.sha);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${run.report.run.id}.json`), json(run.report));
  }
  writeFileSync(join(store, ".gitignore"), "*\n");
  return store;
}

/** A data branch checkout: `v1/<branch>/<sha>.json` and an index per branch, newest first. */
export function writeDataBranch(
  root: string,
  runs: readonly StoredReport[],
  options: { omitReports?: string[] } = {},
) {
  const branches = new Map<string, StoredReport[]>();
  for (const run of runs) branches.set(run.branch, [...(branches.get(run.branch) ?? []), run]);
  for (const [branch, list] of branches) {
    const dir = join(root, "v1", encodeURIComponent(branch));
    mkdirSync(dir, { recursive: true });
    for (const run of list) {
      if (!options.omitReports?.includes(run.sha))
        writeFileSync(join(dir, `${run.sha}.json`), json(run.report));
    }
    const entries = [...list].reverse().map((run) => ({
      sha: run.sha,
      run_id: run.report.run.id,
      ended_at: run.report.run.ended_at,
      fingerprint: run.report.hardware.fingerprint,
      totals: { energy_kwh: run.report.totals.energy_kwh, co2e_g: run.report.totals.co2e_g },
      steps: Object.fromEntries(
        run.report.steps.map((step) => [
          step.name,
          { energy_kwh: step.energy_kwh, co2e_g: step.co2e_g, duration_s: step.duration_s },
        ]),
      ),
    }));
    writeFileSync(join(dir, "index.json"), json({ schema: "carbon-budget/index@1", branch, entries }));
  }
  writeFileSync(join(root, "README.md"), "# carbon-budget-data\n");
}
