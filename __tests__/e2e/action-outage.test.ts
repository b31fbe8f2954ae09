/**
 * GitHub down (every request 503): the job neither fails nor loses its report. The summary is written,
 * the report file named by `report-path` exists, the report artifact is kept, and the log says what
 * could not be done.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  artifactFolder,
  CONFIG_PATH,
  checkout,
  config,
  type JobRun,
  pullRequestEvent,
  pullRequestRef,
  pushEvent,
  REPOSITORY,
  readReport,
  runJob,
  type StandIn,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";

// Each job is a few node processes, and every request here is retried before it is given up.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const SMALL = "  steps:\n    train: { co2e: 0.1 g }";
const cleanups: (() => unknown)[] = [];

/** A stand-in of its own per test: the two tests run at once, as each spends a minute in backoff. */
async function setup(): Promise<{ gh: StandIn; artifacts: string; keep: (job: JobRun) => JobRun }> {
  const gh = await standIn();
  const artifacts = mkdtempSync(join(tmpdir(), "carbon-budget-outage-"));
  cleanups.push(
    () => gh.close(),
    () => rmSync(artifacts, { recursive: true, force: true }),
  );
  return {
    gh,
    artifacts,
    keep: (job) => {
      cleanups.push(job.cleanup);
      return job;
    },
  };
}

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function expectReportKept(job: JobRun): void {
  expect(job.failed).toBe(false);
  expect(job.all.flatMap((s) => s.errors)).toEqual([]);
  const path = job.outputs["report-path"] ?? "";
  expect(existsSync(path)).toBe(true);
  const report = readReport(job);
  expect(report.schema).toBe("carbon-budget/report@1");
  expect(job.outputs["co2e-g"]).toBe(String(report.totals.co2e_g));
  expect(job.summary).toMatch(/^### carbon-budget/);
  expect(job.summary).toContain("| train |");
}

describe.concurrent("a GitHub API outage", () => {
  it("on a pull request: no failure, the summary and the report kept, the log says why", async () => {
    const { gh, artifacts, keep } = await setup();
    const base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(SMALL) } });
    gh.state.commit("feature", { parents: [base], files: { "train.py": "fit()\n" } });
    gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
    const at = pullRequestRef(gh.state, 1);
    const payload = pullRequestEvent(gh.state, 1);
    gh.server.faults.outage();

    const started = Date.now();
    const job = keep(
      await runJob({
        apiUrl: gh.server.url,
        token: WRITE_TOKEN,
        event: "pull_request",
        payload,
        repository: REPOSITORY,
        ...at,
        files: checkout(gh.state, at.sha, [CONFIG_PATH]),
        artifactDir: artifacts,
        steps: [trainStep()],
      }),
    );
    console.log(
      `outage, PR run: ${gh.server.requests.length} requests (all 503), post step ${job.posts[0]?.durationMs} ms, job ${Date.now() - started} ms`,
    );

    expectReportKept(job);
    expect(gh.server.requests.every((r) => r.status === 503 && r.fault === "outage")).toBe(true);
    const warnings = job.posts[0]?.warnings ?? [];
    expect(warnings).toEqual([
      expect.stringMatching(
        /^could not read \.github\/carbon-budget\.yml from the base commit \(.*\); judging with the defaults$/,
      ),
      expect.stringMatching(/^the baseline could not be read \(.*\); judged without one$/),
      expect.stringMatching(/^the PR comment was not posted: GitHub API error \(HTTP 503\)/),
      expect.stringMatching(/^the carbon-budget status was not set: GitHub API error \(HTTP 503\)/),
    ]);
    // The base's budgets could not be read: judged with none, so no verdict on budgets.
    expect(job.outputs.verdict).toBe("no-baseline");
    expect(existsSync(join(artifactFolder(artifacts), "report.json"))).toBe(true);
    const { comparison, ...measured } = readReport(job);
    expect(comparison).toMatchObject({ verdict: "no-baseline", comparable: false });
    expect(JSON.parse(readFileSync(join(artifactFolder(artifacts), "report.json"), "utf8"))).toEqual(
      measured,
    );
    expect(gh.state.comments(1)).toEqual([]);
  });

  it("on a push to main: no failure, the baseline not stored, the report kept", async () => {
    const { gh, keep } = await setup();
    const sha = gh.state.commit("main", { files: { [CONFIG_PATH]: config() } });
    gh.server.faults.outage();
    const job = keep(
      await runJob({
        apiUrl: gh.server.url,
        token: WRITE_TOKEN,
        event: "push",
        payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: sha }),
        repository: REPOSITORY,
        sha,
        ref: "refs/heads/main",
        files: { [CONFIG_PATH]: config() },
        steps: [trainStep()],
      }),
    );
    console.log(
      `outage, push run: ${gh.server.requests.length} requests (all 503), post step ${job.posts[0]?.durationMs} ms`,
    );

    expectReportKept(job);
    expect(job.outputs.verdict).toBe("no-baseline");
    expect(job.posts[0]?.warnings).toEqual([
      expect.stringMatching(/^the baseline could not be read \(.*\); judged without one$/),
      `the baseline was not stored (skipped: the GitHub API was unavailable earlier in this run (HTTP 503)); the report is in the job summary and ${job.outputs["report-path"]}`,
    ]);
    gh.server.faults.outage(false);
    expect(gh.state.branchHead("carbon-budget-data")).toBeUndefined();
  });
});
