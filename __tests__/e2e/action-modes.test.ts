/**
 * The reporting modes other than the post step's: `mode: aggregate` merges the report artifacts of
 * several jobs into one comment, and `mode: report` reports the job's steps on demand, after which the
 * post step does not report again.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  checkout,
  config,
  type JobRun,
  pullRequestEvent,
  pullRequestRef,
  REPOSITORY,
  readReport,
  requestLines,
  runJob,
  type StandIn,
  type StepInputs,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";

// Each job is a few node processes and, for writes, Octokit's one-second spacing between them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const TOTAL = "  total: { co2e: 100 kg }";
const RUN = 6100;
let gh: StandIn;
let artifacts: string;
let head: string;
const jobs: JobRun[] = [];

beforeEach(async () => {
  gh = await standIn();
  artifacts = mkdtempSync(join(tmpdir(), "carbon-budget-matrix-"));
  const base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(TOTAL), "train.py": "fit()\n" } });
  head = gh.state.commit("feature", { parents: [base], files: { "train.py": "fit(2)\n" } });
  gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  rmSync(artifacts, { recursive: true, force: true });
  await gh.close();
});

/** One job of workflow run RUN on PR #1. */
async function prJob(job: string, steps: StepInputs[]): Promise<JobRun> {
  const at = pullRequestRef(gh.state, 1);
  const run = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "pull_request",
    payload: pullRequestEvent(gh.state, 1),
    repository: REPOSITORY,
    ...at,
    runId: RUN,
    job,
    files: checkout(gh.state, at.sha, [CONFIG_PATH]),
    artifactDir: artifacts,
    steps,
  });
  jobs.push(run);
  expect(run.failed).toBe(false);
  return run;
}

const marked = (job: string) =>
  gh.state.comments(1).filter((c) => c.body.startsWith(`<!-- carbon-budget:comment key="train/${job}" `));

describe("mode: aggregate", () => {
  it("merges two jobs' report artifacts into one comment", async () => {
    // The measuring jobs keep quiet (comment: off); the aggregate job speaks for them.
    const small = await prJob("train-small", [trainStep({ "gpu-count": "4", comment: "off" })]);
    const large = await prJob("train-large", [trainStep({ "gpu-count": "8", comment: "off" })]);
    // One artifact per job, with a unique suffix (matrix legs share a job id).
    expect(readdirSync(artifacts).sort()).toEqual([
      expect.stringMatching(/^carbon-budget-report-train-large-[0-9a-f]{8}$/),
      expect.stringMatching(/^carbon-budget-report-train-small-[0-9a-f]{8}$/),
    ]);
    expect(gh.state.comments(1)).toEqual([]);

    const aggregate = await prJob("carbon", [{ mode: "aggregate" }]);
    const merged = readReport(aggregate);
    const [s, l] = [readReport(small), readReport(large)];
    // Artifacts in name order (large, small); the steps keep their names so budgets apply, and the
    // second "train" is kept apart as "train-2".
    expect(merged.steps.map((step: { name: string }) => step.name)).toEqual(["train", "train-2"]);
    // The total is the two jobs' totals added: large + small, in that order.
    expect(merged.totals.co2e_g).toBe(l.totals.co2e_g + s.totals.co2e_g);
    expect(merged.totals.energy_kwh).toBe(l.totals.energy_kwh + s.totals.energy_kwh);
    expect(aggregate.outputs["co2e-g"]).toBe(String(merged.totals.co2e_g));
    expect(aggregate.outputs.verdict).toBe("no-baseline");

    const comments = marked("carbon");
    expect(gh.state.comments(1)).toHaveLength(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("| train-2 |");
    expect(comments[0]?.body).toContain("| train |");
    // Each job sets the status too; the aggregate's, set last, is the one that stands.
    const statuses = gh.state.statuses(head);
    expect(statuses.at(-1)).toMatchObject({ state: "success", context: "carbon-budget" });
  });

  it("merges the legs of a matrix, which share one job id", async () => {
    // `strategy.matrix` runs one job id (GITHUB_JOB=train) once per leg.
    const a = await prJob("train", [trainStep({ "gpu-count": "4", comment: "off" })]);
    const b = await prJob("train", [trainStep({ "gpu-count": "8", comment: "off" })]);
    const aggregate = await prJob("carbon", [{ mode: "aggregate" }]);
    const merged = readReport(aggregate);
    expect(merged.steps).toHaveLength(2);
    expect(merged.totals.co2e_g).toBeCloseTo(readReport(a).totals.co2e_g + readReport(b).totals.co2e_g, 12);
  });
});

describe("mode: report", () => {
  it("reports the job's steps on demand, and the post step does not report again", async () => {
    const job = await prJob("train", [
      trainStep(),
      trainStep({ run: "sleep 0.2", step: "eval" }),
      { mode: "report" },
    ]);
    const [train, evaluate, report] = job.mains;
    // The report step's totals are the two measured steps' figures added: train + eval.
    const co2e = Number(train?.outputs["co2e-g"]) + Number(evaluate?.outputs["co2e-g"]);
    expect(report?.outputs["co2e-g"]).toBe(String(co2e));
    expect(report?.outputs.verdict).toBe("no-baseline");
    expect(readReport(job).steps.map((s: { name: string }) => s.name)).toEqual(["train", "eval"]);

    // The posts (eval's and report's own do nothing; train's owns the ledger) made no request at all.
    expect(job.posts.map((p) => p.outputs)).toEqual([{}, {}, {}]);
    expect(job.posts.flatMap((p) => [...p.warnings, ...p.errors])).toEqual([]);
    expect(marked("train")).toHaveLength(1);
    expect(gh.state.comments(1)).toHaveLength(1);
    expect(gh.state.statuses(head)).toHaveLength(1);
    const writes = requestLines(gh.server).filter((line) => !line.startsWith("GET"));
    expect(writes).toEqual([
      "POST /repos/acme/models/issues/1/comments 201",
      `POST /repos/acme/models/statuses/${head} 201`,
    ]);
  });
});
