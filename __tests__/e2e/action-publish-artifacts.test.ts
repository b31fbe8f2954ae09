/**
 * `mode: publish` handles every artifact of the triggering run, end to end through the built bundle:
 * one comment per pull request and job, folders inside an artifact tolerated, reading capped (a file
 * too big is a warning naming the artifact, not a crash), and what orders and links the comment (run
 * id, attempt, workflow) taken from the workflow_run event, never from the artifact. `mode: aggregate`
 * reads artifacts under the same caps.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  runJob,
  type StandIn,
  standIn,
  WRITE_TOKEN,
  workflowRunEvent,
} from "../helpers/action-runner.js";
import { report, reportStep } from "../helpers/reports.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const FORK = "contributor/models";
const HUGE = "  steps:\n    train: { co2e: 100 kg }";
let gh: StandIn;
let artifacts: string;
let forkHead: string;
let base: string;
const jobs: JobRun[] = [];

beforeEach(async () => {
  gh = await standIn();
  artifacts = mkdtempSync(join(tmpdir(), "carbon-budget-publish-"));
  base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(HUGE), "train.py": "fit()\n" } });
  forkHead = gh.state.commit("faster", { parents: [base], files: { "train.py": "fit(fast=True)\n" } });
  gh.state.createPullRequest({
    number: 1,
    base: "main",
    head: "faster",
    headRepo: FORK,
    user: "contributor",
  });
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  rmSync(artifacts, { recursive: true, force: true });
  await gh.close();
});

/** An artifact as a fork's job leaves it: its report, and the PR and job it says it is for. */
function artifact(name: string, options: { step: string; grams: number; key: string; runId?: string }) {
  const dir = join(artifacts, name);
  mkdirSync(dir, { recursive: true });
  // grams / 500 g per kWh = facility kWh.
  const body = report({ steps: [reportStep(options.step, options.grams / 500, options.grams)] });
  writeFileSync(join(dir, "report.json"), JSON.stringify(body));
  writeFileSync(
    join(dir, "pull-request.json"),
    JSON.stringify({
      schema: "carbon-budget/pull-request@1",
      number: 1,
      head_sha: forkHead,
      key: options.key,
      run_id: options.runId ?? "9200",
      run_attempt: 1,
    }),
  );
  return dir;
}

async function publish(runId: number, runAttempt = 1, headRepository = FORK): Promise<JobRun> {
  const job = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "workflow_run",
    payload: workflowRunEvent({
      repository: REPOSITORY,
      headRepository,
      headBranch: "faster",
      headSha: forkHead,
      runId,
      runAttempt,
    }),
    repository: REPOSITORY,
    sha: base,
    ref: "refs/heads/main",
    workflow: "publish",
    job: "publish",
    files: checkout(gh.state, base, [CONFIG_PATH]),
    artifactDir: artifacts,
    steps: [{ mode: "publish" }],
  });
  jobs.push(job);
  expect(job.failed).toBe(false);
  return job;
}

/** Our comments on PR #1 as [key, run, attempt], in the order they were made. */
const markers = () =>
  gh.state
    .comments(1)
    .map((c) =>
      /^<!-- carbon-budget:comment key="([^"]*)" run="(\d+)" attempt="(\d+)"/.exec(c.body)?.slice(1),
    );

describe("mode: publish", () => {
  it("posts every artifact, one comment per job, ordered by the event's run id whatever the artifact says", async () => {
    // The workflow_run fixture's workflow is named "train". A run id of twenty 9s once froze the comment.
    artifact("carbon-budget-report-train-1a2b3c4d", {
      step: "train",
      grams: 0.2,
      key: "train/train",
      runId: "9".repeat(20),
    });
    const evalDir = artifact("carbon-budget-report-eval-5e6f7a8b", {
      step: "eval",
      grams: 0.1,
      key: "train/eval",
    });
    // A folder inside an artifact (an upload of a whole directory) is read past, not a crash.
    mkdirSync(join(evalDir, "logs", "nested"), { recursive: true });
    writeFileSync(join(evalDir, "logs", "nested", "stdout.txt"), "epoch 1\n");

    const first = await publish(9200);
    expect(first.all.flatMap((s) => s.warnings)).toEqual([]);
    // In the artifacts' name order: eval's, then train's.
    expect(markers()).toEqual([
      ["train/eval", "9200", "1"],
      ["train/train", "9200", "1"],
    ]);
    expect(gh.state.comments(1)[0]?.body).toContain("| eval |");
    expect(gh.state.comments(1)[1]?.body).toContain("| train |");
    // Linked to the event's run, not to anything the artifact said.
    expect(gh.state.statuses(forkHead).map((s) => s.targetUrl)).toEqual([
      "https://github.com/acme/models/actions/runs/9200",
      "https://github.com/acme/models/actions/runs/9200",
    ]);

    // The next run of the fork's workflow, with a new train report: its comment replaces the first.
    artifact("carbon-budget-report-train-1a2b3c4d", {
      step: "train",
      grams: 0.3,
      key: "train/train",
      runId: "9".repeat(20),
    });
    await publish(9201, 2);
    // eval's report is the same: its comment is left as it was; train's moves on to run 9201.
    expect(markers()).toEqual([
      ["train/eval", "9200", "1"],
      ["train/train", "9201", "2"],
    ]);
    expect(gh.state.comments(1)[1]?.body).toContain("300 mg");
  });

  it("does not publish a run from another fork that pushed the PR's commit", async () => {
    artifact("carbon-budget-report-train-1a2b3c4d", { step: "train", grams: 0.2, key: "train/train" });
    const job = await publish(9300, 1, "mallory/models");
    expect(gh.state.comments(1)).toEqual([]);
    expect(gh.state.statuses(forkHead)).toEqual([]);
    expect(job.all.flatMap((s) => s.warnings)).toEqual([
      "carbon-budget: artifact carbon-budget-report-train-1a2b3c4d: it names PR #1, whose head is in contributor/models, not in mallory/models where the run was; not published",
    ]);
  });

  it("passes over what is too big or not sane, naming the artifact, and publishes the rest", async () => {
    artifact("carbon-budget-report-train-1a2b3c4d", { step: "train", grams: 0.2, key: "train/train" });
    const big = artifact("carbon-budget-report-big-00000000", { step: "big", grams: 0.2, key: "train/big" });
    // 11 MiB of report: over the 10 MB a file may have.
    writeFileSync(join(big, "report.json"), " ".repeat(11 * 1024 * 1024));
    artifact("carbon-budget-report-odd-11111111", { step: "odd", grams: 0.2, key: "train/<odd key>" });

    const job = await publish(9300);
    expect(job.mains[0]?.warnings).toEqual([
      "carbon-budget: artifact carbon-budget-report-big-00000000: report.json is 11.0 MB, over the 10.0 MB a file may have; not read",
      "carbon-budget: artifact carbon-budget-report-big-00000000: no report.json at its top level; not published",
      'carbon-budget: artifact carbon-budget-report-odd-11111111: pull-request.json in the artifact: key "train/<odd key>" does not end in a job id; not published',
    ]);
    expect(markers()).toEqual([["train/train", "9300", "1"]]);
  });
});

describe("mode: aggregate", () => {
  it("reads the legs' artifacts under the same caps", async () => {
    const head = gh.state.commit("feature", { parents: [base], files: { "train.py": "fit(2)\n" } });
    gh.state.createPullRequest({ number: 2, base: "main", head: "feature", user: "alice" });
    artifact("carbon-budget-report-small-1", { step: "train", grams: 0.2, key: "train/small" });
    const big = artifact("carbon-budget-report-large-2", { step: "train", grams: 0.2, key: "train/large" });
    writeFileSync(join(big, "report.json"), " ".repeat(11 * 1024 * 1024));
    const at = pullRequestRef(gh.state, 2);
    const job = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "pull_request",
      payload: pullRequestEvent(gh.state, 2),
      repository: REPOSITORY,
      ...at,
      runId: 9400,
      job: "carbon",
      files: checkout(gh.state, at.sha, [CONFIG_PATH]),
      artifactDir: artifacts,
      steps: [{ mode: "aggregate" }],
    });
    jobs.push(job);
    expect(job.failed).toBe(false);
    expect(job.mains[0]?.warnings).toEqual([
      "carbon-budget: artifact carbon-budget-report-large-2: report.json is 11.0 MB, over the 10.0 MB a file may have; not read",
    ]);
    // The small leg alone: 0.2 g.
    expect(job.mains[0]?.outputs["co2e-g"]).toBe("0.2");
    expect(gh.state.statuses(head)).toHaveLength(1);
  });
});
