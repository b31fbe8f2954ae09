/**
 * The sticky PR comment across runs, end to end: a new push and a re-run edit the one comment (found
 * on the second page, among the bot's own comments only), a late older run never overwrites a newer
 * one, and a body that has not changed is not written again.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  checkout,
  config,
  type JobRun,
  pullRequestEvent,
  REPOSITORY,
  requestLines,
  runJob,
  type StandIn,
  standIn,
  trainStep,
  WRITE_TOKEN,
  workflowRunEvent,
} from "../helpers/action-runner.js";

// Each job is a few node processes and, for writes, Octokit's one-second spacing between them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** The hidden marker; attributes after run and attempt (e.g. the head SHA) may follow. */
const MARKER =
  /<!-- carbon-budget:comment key="train\/train" run="(\d+)" attempt="(\d+)"(?: [\w-]+="[^"]*")* -->/;
let gh: StandIn;
let artifacts: string;
const jobs: JobRun[] = [];

beforeEach(async () => {
  gh = await standIn();
  artifacts = mkdtempSync(join(tmpdir(), "carbon-budget-artifacts-"));
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  rmSync(artifacts, { recursive: true, force: true });
  await gh.close();
});

/** Artifacts belong to their run: the folder seam has no runs, so each run gets its own unless told. */
async function prRun(
  runId: number,
  runAttempt: number,
  payload = pullRequestEvent(gh.state, 1),
  artifactDir = join(artifacts, `run-${runId}-${runAttempt}`),
) {
  const sha = gh.state.repo().refs.get("pull/1/merge") ?? "";
  const job = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "pull_request",
    payload,
    repository: REPOSITORY,
    sha,
    ref: "refs/pull/1/merge",
    runId,
    runAttempt,
    files: checkout(gh.state, sha, [CONFIG_PATH]),
    artifactDir,
    steps: [trainStep()],
  });
  jobs.push(job);
  expect(job.failed).toBe(false);
  return job;
}

/** Requests to the comment endpoints since `from`, as `METHOD path`. */
const commentWrites = (from: number) =>
  requestLines(gh.server, from).filter((line) => /^(POST|PATCH) .*\/issues\/.*comments/.test(line));

const marked = () => gh.state.comments(1).filter((c) => MARKER.test(c.body));
const markerOf = (body: string) => MARKER.exec(body)?.slice(1);

it("keeps one comment: edited by newer runs and re-runs, never by an older run, not rewritten unchanged", async () => {
  const base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(), "train.py": "fit()\n" } });
  const head1 = gh.state.commit("feature", { parents: [base], files: { "train.py": "fit(2)\n" } });
  gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
  // 105 comments first: ours lands on the second page of 100.
  for (let i = 0; i < 105; i++) gh.state.addComment(1, { user: "bob", body: `review note ${i}` });
  // A person copying the marker, with a higher run id: neither ours to edit nor a reason to stop.
  gh.state.addComment(1, {
    user: "mallory",
    body: '<!-- carbon-budget:comment key="train/train" run="999999" attempt="9" -->\nfake numbers',
  });

  // Run 300 on head1: creates the comment.
  const payload1 = pullRequestEvent(gh.state, 1);
  let from = gh.server.requests.length;
  await prRun(300, 1, payload1);
  expect(commentWrites(from)).toEqual(["POST /repos/acme/models/issues/1/comments 201"]);
  const ours = marked().filter((c) => c.user.login === "github-actions[bot]");
  expect(ours).toHaveLength(1);
  const [comment] = ours;
  if (!comment) throw new Error("no comment");
  expect(markerOf(comment.body)).toEqual(["300", "1"]);
  expect(gh.state.statuses(head1)).toHaveLength(1);

  // A new push to the PR (head2), run 301: the same comment, edited.
  const head2 = gh.state.commit("feature", { files: { "train.py": "fit(3)\n" } });
  from = gh.server.requests.length;
  await prRun(301, 1, pullRequestEvent(gh.state, 1, "synchronize"));
  expect(commentWrites(from)).toEqual([`PATCH /repos/acme/models/issues/comments/${comment.id} 200`]);
  expect(markerOf(comment.body)).toEqual(["301", "1"]);

  // Re-run of 301 (attempt 2): the same comment again; its numbers are this attempt's.
  from = gh.server.requests.length;
  const rerun = await prRun(
    301,
    2,
    pullRequestEvent(gh.state, 1, "synchronize"),
    join(artifacts, "publish-from"),
  );
  expect(commentWrites(from)).toEqual([`PATCH /repos/acme/models/issues/comments/${comment.id} 200`]);
  expect(markerOf(comment.body)).toEqual(["301", "2"]);
  expect(comment.body.replace(MARKER, "").trim()).toBe(rerun.summary.trim());
  const newest = comment.body;

  // Run 300 finishes late (a slow runner): it must not put head1's numbers over head2's.
  from = gh.server.requests.length;
  const late = await prRun(300, 1, payload1);
  expect(commentWrites(from)).toEqual([]);
  expect(comment.body).toBe(newest);
  expect(late.posts[0]?.stdout).toContain("PR comment: newer-exists");

  // The fork-style publisher re-posts run 301 attempt 2's own report: the body is the same, so no write.
  from = gh.server.requests.length;
  const publish = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "workflow_run",
    payload: workflowRunEvent({
      repository: REPOSITORY,
      headRepository: REPOSITORY,
      headBranch: "feature",
      headSha: head2,
      runId: 301,
      runAttempt: 2,
    }),
    repository: REPOSITORY,
    sha: base,
    ref: "refs/heads/main",
    runId: 400,
    workflow: "publish",
    job: "publish",
    files: checkout(gh.state, base, [CONFIG_PATH]),
    artifactDir: join(artifacts, "publish-from"),
    steps: [{ mode: "publish" }],
  });
  jobs.push(publish);
  expect(publish.failed).toBe(false);
  expect(commentWrites(from)).toEqual([]);
  expect(publish.mains[0]?.stdout).toContain("PR comment: unchanged");
  expect(comment.body).toBe(newest);

  // In all: one comment of ours, the 105 notes and mallory's untouched.
  expect(gh.state.comments(1)).toHaveLength(107);
  expect(marked().map((c) => c.user.login)).toEqual(["mallory", "github-actions[bot]"]);
  expect(gh.state.comments(1).find((c) => c.user.login === "mallory")?.body).toContain("fake numbers");
  expect(gh.state.statuses(head2).map((s) => s.state)).toEqual(["success", "success", "success"]);
});
