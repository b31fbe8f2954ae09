/**
 * A push to the default branch stores its report as a baseline on the data branch (created as an
 * orphan the first time), and the next push compares with it. The committed bundles run as the runner
 * runs them; GitHub is the stand-in, read back after each job.
 */
import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  config,
  INTENSITY,
  type JobRun,
  PUE,
  pushEvent,
  REPOSITORY,
  readReport,
  runJob,
  type StandIn,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";

// Each job is a few node processes and, for writes, Octokit's one-second spacing between them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const DATA = "carbon-budget-data";
let gh: StandIn;
const jobs: JobRun[] = [];

beforeEach(async () => {
  gh = await standIn();
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  await gh.close();
});

async function push(sha: string, before: string): Promise<JobRun> {
  const job = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "push",
    payload: pushEvent({ repository: REPOSITORY, branch: "main", before, after: sha }),
    repository: REPOSITORY,
    sha,
    ref: "refs/heads/main",
    files: { [CONFIG_PATH]: config() },
    steps: [trainStep()],
  });
  jobs.push(job);
  return job;
}

describe("a push to main", () => {
  it("stores the first run on a new orphan data branch, and the second push compares with it", async () => {
    const first = gh.state.commit("main", { files: { [CONFIG_PATH]: config(), "train.py": "fit()\n" } });
    expect(gh.state.branchHead(DATA)).toBeUndefined();

    const run1 = await push(first, "0".repeat(40));
    expect(run1.failed).toBe(false);
    expect(run1.outputs.verdict).toBe("no-baseline");
    expect(run1.outputs["delta-pct"]).toBe("");

    // The data branch: an orphan (its first commit has no parent, and shares nothing with main).
    const history = gh.state.history(DATA);
    expect(history.at(-1)?.parents).toEqual([]);
    const mainShas = new Set(gh.state.history("main").map((c) => c.sha));
    expect(history.some((c) => mainShas.has(c.sha))).toBe(false);
    expect(gh.state.paths(DATA)).toEqual(["README.md", `v1/main/${first}.json`, "v1/main/index.json"]);

    // The stored report is the job's report, and its numbers follow from the declared hardware:
    // 8 x 400 W = 3200 W while the command runs; facility kWh = IT kWh x 1.2; grams = facility kWh x 500.
    // The report at report-path says what it was compared with; the stored one is the run alone.
    const { comparison, ...report } = readReport(run1);
    expect(comparison).toMatchObject({ verdict: "no-baseline", comparable: false });
    expect(comparison.baseline).toBeUndefined();
    const stored = JSON.parse(gh.state.file(DATA, `v1/main/${first}.json`) ?? "{}");
    expect(stored).toEqual(report);
    expect(stored.run.sha).toBe(first);
    const [step] = stored.steps;
    const gpu = step.components.find((c: { kind: string }) => c.kind === "gpu");
    expect(gpu).toMatchObject({ method: "declared", source: "declared", avg_power_w: 3200 });
    // 3200 W x the step's wall time / 3.6e6 J per kWh: never less (the time before the meter started is
    // counted at its power), and more only by the moment between the command's exit and the meter's
    // last reading (a few ms; 50 ms allowed for a loaded machine: 3200 W x 0.05 s = 160 J).
    const wallKwh = (3200 * step.duration_s) / 3.6e6;
    expect(gpu.energy_kwh).toBeGreaterThanOrEqual(wallKwh * 0.999);
    expect(gpu.energy_kwh).toBeLessThanOrEqual(wallKwh + (3200 * 0.05) / 3.6e6);
    expect(step.duration_s).toBeGreaterThanOrEqual(0.3);
    expect(step.energy_kwh).toBeCloseTo(step.it_energy_kwh * PUE, 12);
    expect(step.operational_g).toBeCloseTo(step.energy_kwh * INTENSITY, 12);
    expect(step.co2e_g).toBeCloseTo(step.operational_g + step.embodied_g, 12);
    expect(run1.outputs["energy-kwh"]).toBe(String(report.totals.energy_kwh));
    expect(run1.outputs["co2e-g"]).toBe(String(report.totals.co2e_g));

    const index1 = JSON.parse(gh.state.file(DATA, "v1/main/index.json") ?? "{}");
    expect(index1).toMatchObject({ schema: "carbon-budget/index@1", branch: "main" });
    expect(index1.entries).toHaveLength(1);
    expect(index1.entries[0]).toMatchObject({
      sha: first,
      run_id: report.run.id,
      fingerprint: report.hardware.fingerprint,
      totals: { energy_kwh: report.totals.energy_kwh, co2e_g: report.totals.co2e_g },
      steps: { train: { energy_kwh: step.energy_kwh, co2e_g: step.co2e_g } },
    });
    expect(run1.summary).toContain("(no baseline yet)");

    // The second push: compared with the first, stored next to it; the branch is not created again.
    const second = gh.state.commit("main", { files: { "train.py": "fit(epochs=2)\n" } });
    const before = gh.server.requests.length;
    const run2 = await push(second, first);
    expect(run2.failed).toBe(false);
    const again = gh.server.requests.slice(before);
    expect(again.filter((r) => r.method === "POST" && r.path.includes("/git/"))).toEqual([]);
    expect(gh.state.history(DATA).at(-1)?.sha).toBe(history.at(-1)?.sha);

    const report2 = readReport(run2);
    // No budgets in the config: a comparable baseline makes the verdict "pass".
    expect(run2.outputs.verdict).toBe("pass");
    // delta % = (CO2e now - CO2e before) / CO2e before x 100, from the two stored runs.
    const deltaPct = ((report2.totals.co2e_g - report.totals.co2e_g) / report.totals.co2e_g) * 100;
    expect(run2.outputs["delta-pct"]).toBe(deltaPct.toFixed(2));
    expect(run2.summary).toContain(`vs previous run on main @${first.slice(0, 7)}`);

    expect(gh.state.paths(DATA)).toEqual([
      "README.md",
      ...[`v1/main/${first}.json`, `v1/main/${second}.json`].sort(),
      "v1/main/index.json",
    ]);
    const index2 = JSON.parse(gh.state.file(DATA, "v1/main/index.json") ?? "{}");
    expect(index2.entries.map((e: { sha: string }) => e.sha)).toEqual([second, first]);
    // Pushes never comment or set statuses: there is no pull request.
    expect(gh.state.repo().statuses).toEqual([]);
  });

  it("stores nothing for a branch that is not tracked", async () => {
    const sha = gh.state.commit("main", { files: { [CONFIG_PATH]: config() } });
    const feature = gh.state.commit("experiment", { parents: [sha], files: { "train.py": "x\n" } });
    const job = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "push",
      payload: pushEvent({ repository: REPOSITORY, branch: "experiment", before: sha, after: feature }),
      repository: REPOSITORY,
      sha: feature,
      ref: "refs/heads/experiment",
      files: { [CONFIG_PATH]: config() },
      steps: [trainStep()],
    });
    jobs.push(job);
    expect(job.failed).toBe(false);
    expect(job.outputs.verdict).toBe("no-baseline");
    expect(gh.state.branchHead(DATA)).toBeUndefined();
    expect(gh.server.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("fails the step for a failing command, and the post step still reports the partial run", async () => {
    const sha = gh.state.commit("main", { files: { [CONFIG_PATH]: config() } });
    const job = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "push",
      payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: sha }),
      repository: REPOSITORY,
      sha,
      ref: "refs/heads/main",
      files: { [CONFIG_PATH]: config() },
      // The second step never runs: the runner skips the rest of a job after a failed step.
      steps: [trainStep({ run: "sleep 0.3; exit 3" }), trainStep({ step: "eval" })],
    });
    jobs.push(job);
    expect(job.mains).toHaveLength(1);
    expect(job.mains[0]?.code).toBe(1);
    expect(job.mains[0]?.errors).toEqual(["the command exited with code 3"]);
    // post-if: always(): the post reports what was measured, the exit code said in the table.
    expect(job.posts).toHaveLength(1);
    expect(job.posts[0]?.code).toBe(0);
    const report = readReport(job);
    expect(report.steps.map((s: { name: string; exit_code: number }) => [s.name, s.exit_code])).toEqual([
      ["train", 3],
    ]);
    expect(job.summary).toContain("| train (exit 3) |");

    // Kept on the data branch, marked by its exit code; a later push never compares with it.
    const index = JSON.parse(gh.state.file(DATA, "v1/main/index.json") ?? "{}");
    expect(index.entries.find((e: { sha: string }) => e.sha === sha)).toMatchObject({ exit_code: 3 });
    expect(JSON.parse(gh.state.file(DATA, `v1/main/${sha}.json`) ?? "{}").steps[0].exit_code).toBe(3);
    expect(job.posts[0]?.stdout).toContain("marked failed (step train exited with code 3)");

    // A re-run of the same commit that succeeds takes the failed run's place, report and entry.
    const rerun = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "push",
      payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: sha }),
      repository: REPOSITORY,
      sha,
      ref: "refs/heads/main",
      files: { [CONFIG_PATH]: config() },
      steps: [trainStep()],
    });
    jobs.push(rerun);
    expect(rerun.posts[0]?.code).toBe(0);
    const redone = readReport(rerun);
    const storedAgain = JSON.parse(gh.state.file(DATA, `v1/main/${sha}.json`) ?? "{}");
    expect(storedAgain.run.id).toBe(redone.run.id);
    expect(storedAgain.steps[0].exit_code).toBe(0);
    const indexAgain = JSON.parse(gh.state.file(DATA, "v1/main/index.json") ?? "{}");
    const entries = indexAgain.entries.filter((e: { sha: string }) => e.sha === sha);
    expect(entries).toEqual([expect.objectContaining({ run_id: redone.run.id, exit_code: 0 })]);
  });

  it("names, in each measuring step's report-path output, a report the job's next step can read", async () => {
    const sha = gh.state.commit("main", { files: { [CONFIG_PATH]: config() } });
    const seen: { step: number; exists: boolean }[] = [];
    const job = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "push",
      payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: sha }),
      repository: REPOSITORY,
      sha,
      ref: "refs/heads/main",
      files: { [CONFIG_PATH]: config() },
      steps: [trainStep(), trainStep({ step: "eval" })],
      // A `run: cat ${{ steps.train.outputs.report-path }}` right after the step would read this.
      onStep: (run) => {
        if (run.phase === "main")
          seen.push({ step: run.index, exists: existsSync(run.outputs["report-path"] ?? "") });
      },
    });
    jobs.push(job);
    expect(seen).toEqual([
      { step: 0, exists: true },
      { step: 1, exists: true },
    ]);
  });
});
