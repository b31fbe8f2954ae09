/**
 * A pull request from a fork runs with a read-only token: the job does not fail for that, writes the
 * job summary and leaves the report as an artifact with the PR it was for; a `workflow_run` workflow
 * with a write token (`mode: publish`) then posts the comment and status. An artifact that names a
 * pull request other than the one the run was for is refused.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  artifactFolder,
  CONFIG_PATH,
  checkout,
  config,
  type JobRun,
  pullRequestEvent,
  pullRequestRef,
  READ_TOKEN,
  REPOSITORY,
  readReport,
  runJob,
  type StandIn,
  standIn,
  trainStep,
  WRITE_TOKEN,
  workflowRunEvent,
} from "../helpers/action-runner.js";

// Each job is a few node processes and, for writes, Octokit's one-second spacing between them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const FORK = "contributor/models";
const FORK_RUN = 9100;
/** The hidden marker; attributes after run and attempt (e.g. the head SHA) may follow. */
const MARKER = new RegExp(
  `^<!-- carbon-budget:comment key="train/train" run="${FORK_RUN}" attempt="1"(?: [\\w-]+="[^"]*")* -->`,
);
const HUGE = "  steps:\n    train: { co2e: 100 kg }";

let gh: StandIn;
let scratch: string;
const jobs: JobRun[] = [];
let forkHead: string;
let otherHead: string;
let base: string;

beforeEach(async () => {
  gh = await standIn();
  scratch = mkdtempSync(join(tmpdir(), "carbon-budget-fork-"));
  base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(HUGE), "train.py": "fit()\n" } });
  forkHead = gh.state.commit("faster", { parents: [base], files: { "train.py": "fit(fast=True)\n" } });
  // The branch moves into the fork: PR #1 is contributor/models:faster -> main.
  gh.state.createPullRequest({
    number: 1,
    base: "main",
    head: "faster",
    headRepo: FORK,
    user: "contributor",
  });
  otherHead = gh.state.commit("docs", { parents: [base], files: { "README.md": "docs\n" } });
  gh.state.createPullRequest({ number: 2, base: "main", head: "docs", user: "maria" });
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  rmSync(scratch, { recursive: true, force: true });
  await gh.close();
});

async function forkRun(artifactDir: string): Promise<JobRun> {
  const at = pullRequestRef(gh.state, 1);
  const job = await runJob({
    apiUrl: gh.server.url,
    token: READ_TOKEN,
    event: "pull_request",
    payload: pullRequestEvent(gh.state, 1),
    repository: REPOSITORY,
    ...at,
    runId: FORK_RUN,
    files: checkout(gh.state, at.sha, [CONFIG_PATH]),
    artifactDir,
    steps: [trainStep()],
  });
  jobs.push(job);
  return job;
}

async function publish(artifactDir: string): Promise<JobRun> {
  const job = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "workflow_run",
    payload: workflowRunEvent({
      repository: REPOSITORY,
      headRepository: FORK,
      headBranch: "faster",
      headSha: forkHead,
      runId: FORK_RUN,
    }),
    repository: REPOSITORY,
    sha: base,
    ref: "refs/heads/main",
    workflow: "publish",
    job: "publish",
    files: checkout(gh.state, base, [CONFIG_PATH]),
    artifactDir,
    steps: [{ mode: "publish" }],
  });
  jobs.push(job);
  return job;
}

describe("a pull request from a fork", () => {
  it("does not fail on the read-only token, keeps the report, and `mode: publish` posts it", async () => {
    const artifacts = join(scratch, "artifacts");
    const job = await forkRun(artifacts);

    expect(job.failed).toBe(false);
    expect(job.outputs.verdict).toBe("no-baseline");
    const warnings = job.posts.flatMap((p) => p.warnings);
    expect(warnings).toEqual([
      expect.stringMatching(/^the PR comment was not posted: the token may not write here \(HTTP 403\)/),
      expect.stringMatching(
        /^the carbon-budget status was not set: the token may not write here \(HTTP 403\)/,
      ),
    ]);
    expect(job.summary).toMatch(/^### carbon-budget ℹ️ no baseline: \*\*[\d.]+ mg CO2e\*\*/);
    expect(existsSync(job.outputs["report-path"] ?? "")).toBe(true);
    expect(gh.state.comments(1)).toEqual([]);
    expect(gh.state.statuses(forkHead)).toEqual([]);
    // Every write was refused, none was retried: two 403s in all.
    expect(gh.server.requests.filter((r) => r.method !== "GET").map((r) => r.status)).toEqual([403, 403]);

    // The artifact: the report as the job saw it, and which PR at which commit it was for.
    // (Without the comparison with the base, which the publishing run makes again.)
    const { comparison: _, ...report } = readReport(job);
    expect(JSON.parse(readFileSync(join(artifactFolder(artifacts), "report.json"), "utf8"))).toEqual(report);
    expect(JSON.parse(readFileSync(join(artifactFolder(artifacts), "pull-request.json"), "utf8"))).toEqual({
      schema: "carbon-budget/pull-request@1",
      number: 1,
      head_sha: forkHead,
      key: "train/train",
      run_id: String(FORK_RUN),
      run_attempt: 1,
    });

    const published = await publish(artifacts);
    expect(published.failed).toBe(false);
    expect(published.all.flatMap((s) => s.warnings)).toEqual([]);
    const comments = gh.state.comments(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.user.login).toBe("github-actions[bot]");
    expect(comments[0]?.body).toMatch(MARKER);
    // The fork run's own report, not a new measurement.
    expect(comments[0]?.body).toContain(`| train | ${formatSeconds(report.steps[0].duration_s)} |`);
    expect(gh.state.statuses(forkHead)).toMatchObject([
      {
        state: "success",
        context: "carbon-budget",
        targetUrl: `https://github.com/acme/models/actions/runs/${FORK_RUN}`,
      },
    ]);
    // Publishing never stores a baseline: the data branch is for pushes to main.
    expect(gh.state.branchHead("carbon-budget-data")).toBeUndefined();
  });

  it("refuses an artifact that names another pull request", async () => {
    const artifacts = join(scratch, "artifacts");
    await forkRun(artifacts);
    const file = join(artifactFolder(artifacts), "pull-request.json");
    const honest = JSON.parse(readFileSync(file, "utf8"));

    // Only the number changed: PR #2's head is not the commit the run was for.
    const renumbered = join(scratch, "renumbered");
    cpSync(artifacts, renumbered, { recursive: true });
    writeFileSync(
      join(artifactFolder(renumbered), "pull-request.json"),
      JSON.stringify({ ...honest, number: 2 }),
    );
    // Number and head both PR #2's: consistent with itself, but not with the workflow_run's head.
    const rewritten = join(scratch, "rewritten");
    cpSync(artifacts, rewritten, { recursive: true });
    writeFileSync(
      join(artifactFolder(rewritten), "pull-request.json"),
      JSON.stringify({ ...honest, number: 2, head_sha: otherHead }),
    );

    const refused = [
      [renumbered, "it names PR #2, whose head is not the commit the run was for; not published"],
      [rewritten, "it names PR #2 at a commit the run was not for; not published"],
    ] as const;
    for (const [dir, why] of refused) {
      const job = await publish(dir);
      const name = artifactFolder(dir).split("/").pop();
      expect(job.mains[0]?.warnings).toEqual([`carbon-budget: artifact ${name}: ${why}`]);
    }
    expect(gh.state.comments(2)).toEqual([]);
    expect(gh.state.comments(1)).toEqual([]);
    expect(gh.state.statuses(otherHead)).toEqual([]);
    expect(gh.state.statuses(forkHead)).toEqual([]);
  });
});

/** The comment's duration cell: 3 significant figures and "s" under a minute. */
function formatSeconds(seconds: number): string {
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Number(seconds.toPrecision(3)))));
  return `${Number(seconds.toPrecision(3)).toFixed(digits)} s`;
}
