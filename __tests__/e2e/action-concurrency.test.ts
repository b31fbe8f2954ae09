/**
 * Ten pushes to main at once, each job storing its baseline on the data branch: ten report files and
 * an index with ten entries, nothing lost, one orphan root. And a branch race on a report write (the
 * contents API's 409 "is at X but expected Y") is retried, not given up.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  config,
  type JobRun,
  pushEvent,
  REPOSITORY,
  readReport,
  runJob,
  type StandIn,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";

// Ten jobs share two cores, and each spaces its writes a second apart (Octokit's throttling).
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

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

function push(sha: string, before: string, runId: number): Promise<JobRun> {
  return runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "push",
    payload: pushEvent({ repository: REPOSITORY, branch: "main", before, after: sha }),
    repository: REPOSITORY,
    sha,
    ref: "refs/heads/main",
    runId,
    files: { [CONFIG_PATH]: config() },
    steps: [trainStep()],
  }).then((job) => {
    jobs.push(job);
    return job;
  });
}

describe("concurrent pushes", () => {
  it("ten jobs at once store ten reports and an index of ten", async () => {
    const shas: string[] = [];
    for (let i = 0; i < 10; i++) {
      shas.push(gh.state.commit("main", { files: { [CONFIG_PATH]: config(), "train.py": `fit(${i})\n` } }));
    }
    const runs = await Promise.all(shas.map((sha, i) => push(sha, shas[i - 1] ?? "0".repeat(40), 8000 + i)));

    for (const run of runs) {
      expect(run.failed).toBe(false);
      expect(run.all.flatMap((s) => s.warnings)).toEqual([]);
    }
    const attempts = runs.map((run) => Number(/in (\d+) attempt/.exec(run.posts[0]?.stdout ?? "")?.[1]));
    console.log(
      `ten concurrent pushes: index written after ${attempts.join(", ")} attempt(s); ${gh.server.requests.length} requests; ${gh.server.requests.filter((r) => r.status === 409 || r.status === 422).length} conflicts`,
    );

    expect(gh.state.paths(DATA)).toEqual(
      ["README.md", ...shas.map((sha) => `v1/main/${sha}.json`), "v1/main/index.json"].sort(),
    );
    for (const [i, sha] of shas.entries()) {
      // Stored as measured: what it was compared with is the job's report-path file's alone.
      const { comparison: _, ...measured } = readReport(runs[i] as JobRun);
      expect(JSON.parse(gh.state.file(DATA, `v1/main/${sha}.json`) ?? "{}")).toEqual(measured);
    }
    const index = JSON.parse(gh.state.file(DATA, "v1/main/index.json") ?? "{}");
    expect(index.entries).toHaveLength(10);
    expect(new Set(index.entries.map((e: { sha: string }) => e.sha))).toEqual(new Set(shas));
    const ended = index.entries.map((e: { ended_at: string }) => Date.parse(e.ended_at));
    expect(ended).toEqual([...ended].sort((a, b) => b - a));

    // One branch, created once: one root commit, and every other job found it or lost the race (422).
    expect(gh.state.history(DATA).filter((c) => c.parents.length === 0)).toHaveLength(1);
    const refs = gh.server.requests.filter((r) => r.method === "POST" && r.path.endsWith("/git/refs"));
    expect(refs.filter((r) => r.status === 201)).toHaveLength(1);
    expect(refs.every((r) => r.status === 201 || r.status === 422)).toBe(true);
  });

  it("retries a report write that meets a branch race (409)", async () => {
    const first = gh.state.commit("main", { files: { [CONFIG_PATH]: config() } });
    await push(first, "0".repeat(40), 8100);
    const second = gh.state.commit("main", { files: { "train.py": "fit()\n" } });
    // Another writer moved the data branch between GitHub reading its head and updating it.
    gh.server.faults.inject(
      1,
      { status: 409, body: { message: `refs/heads/${DATA} is at 0000000 but expected 1111111` } },
      { method: "PUT", path: `contents/v1/main/${second}.json` },
    );
    const job = await push(second, first, 8101);
    expect(gh.server.faults.pending).toBe(0);
    expect(gh.server.requests.filter((r) => r.status === 409).map((r) => r.path)).toEqual([
      `/repos/acme/models/contents/v1/main/${second}.json`,
    ]);
    expect(job.all.flatMap((s) => s.warnings)).toEqual([]);
    expect(gh.state.paths(DATA)).toContain(`v1/main/${second}.json`);
    const index = JSON.parse(gh.state.file(DATA, "v1/main/index.json") ?? "{}");
    expect(index.entries.map((e: { sha: string }) => e.sha)).toEqual([second, first]);
  });
});
