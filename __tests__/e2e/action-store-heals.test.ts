/**
 * The baseline store heals and stays within GitHub's limits, end to end through the built bundles: a
 * damaged `v1/<branch>/index.json` is kept aside and rebuilt from the per-commit reports by the next
 * push, one bad entry is left out alone, a pull request facing a damaged index still finds its
 * merge-base's (or nearest ancestor's) report, and an index over the contents API's 1 MB, written by
 * an older version, is still read and is trimmed back under 512 KiB.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  checkout,
  config,
  fingerprintFor,
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
import { report, reportStep } from "../helpers/reports.js";

// Each job is a few node processes and, for writes, Octokit's one-second spacing between them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const DATA = "carbon-budget-data";
const INDEX = "v1/main/index.json";
const HUGE = "  steps:\n    train: { co2e: 100 kg }";
/** What the stand-in's data branch holds for a stored run: the report, as a push writes it. */
const storedReport = (sha: string, fingerprint: string, grams: number, minute: number) =>
  `${JSON.stringify(
    report({
      id: `seeded-${minute}`,
      sha,
      ref: "main",
      fingerprint,
      endedAt: new Date(Date.UTC(2024, 0, 1, 12, minute)).toISOString(),
      // grams / 500 g per kWh = facility kWh.
      steps: [reportStep("train", grams / 500, grams)],
    }),
    null,
    2,
  )}\n`;

let gh: StandIn;
let fingerprint8: string;
const jobs: JobRun[] = [];

beforeAll(async () => {
  fingerprint8 = await fingerprintFor(8);
});

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
    files: { [CONFIG_PATH]: config(HUGE) },
    steps: [trainStep()],
  });
  jobs.push(job);
  expect(job.failed).toBe(false);
  return job;
}

async function prRun(): Promise<JobRun> {
  const at = pullRequestRef(gh.state, 1);
  const job = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "pull_request",
    payload: pullRequestEvent(gh.state, 1),
    repository: REPOSITORY,
    ...at,
    runId: 7300,
    files: checkout(gh.state, at.sha, [CONFIG_PATH]),
    steps: [trainStep()],
  });
  jobs.push(job);
  expect(job.failed).toBe(false);
  return job;
}

const entries = () =>
  (JSON.parse(gh.state.file(DATA, INDEX) ?? "{}").entries ?? []).map((e: { sha: string }) => e.sha);
const warnings = (job: JobRun) => job.all.flatMap((s) => s.warnings);

describe("a damaged run index", () => {
  it("is kept aside and rebuilt from the stored reports by the next push, which compares through them", async () => {
    const c1 = gh.state.commit("main", { files: { [CONFIG_PATH]: config(HUGE), "train.py": "1\n" } });
    const c2 = gh.state.commit("main", { files: { "train.py": "2\n" } });
    const c3 = gh.state.commit("main", { files: { "train.py": "3\n" } });
    const damaged = '{"schema": "carbon-budget/index@1", "branch": "main", "entries": [{"sha": "';
    gh.state.commit(DATA, {
      parents: [],
      files: {
        [`v1/main/${c1}.json`]: storedReport(c1, fingerprint8, 0.1, 1),
        [`v1/main/${c2}.json`]: storedReport(c2, fingerprint8, 0.2, 2),
        [INDEX]: damaged,
      },
    });

    const run3 = await push(c3, c2);
    // Compared with c2's report, the nearest ancestor with one: delta % = (head - 0.2 g) / 0.2 g x 100.
    const co2e = readReport(run3).totals.co2e_g;
    expect(run3.outputs.verdict).toBe("pass");
    expect(run3.outputs["delta-pct"]).toBe((((co2e - 0.2) / 0.2) * 100).toFixed(2));
    expect(run3.summary).toContain(`vs previous run on main @${c2.slice(0, 7)}`);
    const aside = gh.state.paths(DATA).find((p) => p.startsWith(`${INDEX}.corrupt-`)) ?? "";
    expect(aside).toMatch(/^v1\/main\/index\.json\.corrupt-\d{8}T\d{6}Z$/);
    expect(gh.state.file(DATA, aside)).toBe(damaged);
    expect(warnings(run3)).toEqual([
      expect.stringMatching(
        /^carbon-budget-data:v1\/main\/index\.json: not JSON \(.+\); compared through the stored reports instead \(the next run stored for main repairs the index\)$/,
      ),
      expect.stringMatching(
        new RegExp(
          `^the run history was repaired: carbon-budget-data:v1/main/index\\.json: not JSON \\(.+\\): kept it aside as ${aside.replace(/\./g, "\\.")} and rebuilt it from 3 of 3 stored reports \\(at most 100 are read, the latest commits first\\)$`,
        ),
      ),
    ]);
    // The rebuilt index: c3 (this run, newest), then c2 and c1 from their reports.
    expect(entries()).toEqual([c3, c2, c1]);

    // Healed: the next push reads the index as usual and has nothing to say about it.
    const c4 = gh.state.commit("main", { files: { "train.py": "4\n" } });
    const run4 = await push(c4, c3);
    expect(warnings(run4)).toEqual([]);
    expect(run4.summary).toContain(`vs previous run on main @${c3.slice(0, 7)}`);
    expect(entries()).toEqual([c4, c3, c2, c1]);
  });

  it("loses only an entry that does not fit the schema", async () => {
    const c1 = gh.state.commit("main", { files: { [CONFIG_PATH]: config(HUGE), "train.py": "1\n" } });
    const c2 = gh.state.commit("main", { files: { "train.py": "2\n" } });
    const good = (sha: string, grams: number, minute: number) => ({
      sha,
      run_id: `seeded-${minute}`,
      ended_at: new Date(Date.UTC(2024, 0, 1, 12, minute)).toISOString(),
      fingerprint: fingerprint8,
      totals: { energy_kwh: grams / 500, co2e_g: grams },
      steps: { train: { energy_kwh: grams / 500, co2e_g: grams } },
    });
    const bad = { ...good("ab".repeat(20), 0.3, 2), totals: { energy_kwh: -1, co2e_g: "lots" } };
    gh.state.commit(DATA, {
      parents: [],
      files: {
        [INDEX]: JSON.stringify({
          schema: "carbon-budget/index@1",
          branch: "main",
          entries: [bad, good(c1, 0.1, 1)],
        }),
      },
    });
    const run = await push(c2, c1);
    // The good entry is the baseline: delta % = (head - 0.1 g) / 0.1 g x 100.
    const co2e = readReport(run).totals.co2e_g;
    expect(run.outputs["delta-pct"]).toBe((((co2e - 0.1) / 0.1) * 100).toFixed(2));
    expect(warnings(run)).toEqual([
      "the run history was repaired: carbon-budget-data:v1/main/index.json: left out 1 unreadable entry",
    ]);
    expect(entries()).toEqual([c2, c1]);
    expect(gh.state.paths(DATA).filter((p) => p.includes("corrupt"))).toEqual([]);
  });
});

describe("a pull request facing a damaged index", () => {
  it("compares with the merge-base's stored report, and says so", async () => {
    const base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(HUGE), "train.py": "fit()\n" } });
    gh.state.commit("feature", { parents: [base], files: { "train.py": "fit(2)\n" } });
    gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
    gh.state.commit(DATA, {
      parents: [],
      files: {
        [`v1/main/${base}.json`]: storedReport(base, fingerprint8, 0.05, 1),
        [INDEX]: JSON.stringify({ schema: "carbon-budget/index@2", branch: "main", runs: [] }),
      },
    });
    const job = await prRun();
    const co2e = readReport(job).totals.co2e_g;
    // delta % = (head - 0.05 g) / 0.05 g x 100, against the merge-base's report.
    expect(job.outputs.verdict).toBe("pass");
    expect(job.outputs["delta-pct"]).toBe((((co2e - 0.05) / 0.05) * 100).toFixed(2));
    expect(warnings(job)).toEqual([
      expect.stringMatching(
        /^carbon-budget-data:v1\/main\/index\.json: not a carbon-budget\/index@1 file: schema: .+; compared through the stored reports instead/,
      ),
    ]);
    const [comment] = gh.state.comments(1);
    expect(comment?.body).toContain(`vs main @${base.slice(0, 7)}`);
    expect(comment?.body).toContain(
      // Escaped as all text from the data branch is: "@" cannot mention anyone.
      "> ⚠️ Run history: carbon-budget-data:v1/main/index.json: not a carbon-budget/index@\u200b1 file",
    );
    // A pull request never writes the store: the index waits for the next push.
    expect(gh.state.paths(DATA)).toEqual([`v1/main/${base}.json`, INDEX]);
  });

  it("falls back to the nearest ancestor with a report when the merge-base has none", async () => {
    const older = gh.state.commit("main", { files: { [CONFIG_PATH]: config(HUGE), "train.py": "0\n" } });
    const base = gh.state.commit("main", { files: { "train.py": "fit()\n" } });
    gh.state.commit("feature", { parents: [base], files: { "train.py": "fit(2)\n" } });
    gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
    gh.state.commit(DATA, {
      parents: [],
      files: { [`v1/main/${older}.json`]: storedReport(older, fingerprint8, 0.08, 1), [INDEX]: "garbage" },
    });
    const job = await prRun();
    const co2e = readReport(job).totals.co2e_g;
    expect(job.outputs["delta-pct"]).toBe((((co2e - 0.08) / 0.08) * 100).toFixed(2));
    expect(gh.state.comments(1)[0]?.body).toContain(
      `vs main &#40;nearest ancestor of the merge-base with a run&#41; @${older.slice(0, 7)}`,
    );
  });
});

describe("an index over the contents API's 1 MB, written by an older version", () => {
  it("is read through the git blobs API, and the next push trims it under 512 KiB", async () => {
    const base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(HUGE), "train.py": "fit()\n" } });
    gh.state.commit("feature", { parents: [base], files: { "train.py": "fit(2)\n" } });
    gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
    // 900 runs of a 10-step job, newest (the merge-base's) first; 0.05 g in all, 0.005 g a step.
    const steps = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`step-${i}`, { energy_kwh: 0.00001, co2e_g: 0.005 }]),
    );
    const old = Array.from({ length: 900 }, (_, i) => ({
      sha: i === 0 ? base : (i + 1).toString(16).padStart(40, "0"),
      run_id: `20240101T000000Z-older-version-run-${i}`,
      ended_at: new Date(Date.UTC(2024, 0, 1, 12) - i * 60_000).toISOString(),
      fingerprint: fingerprint8,
      totals: { energy_kwh: 0.0001, co2e_g: 0.05 },
      steps: { ...steps },
    }));
    const text = `${JSON.stringify({ schema: "carbon-budget/index@1", branch: "main", entries: old }, null, 2)}\n`;
    expect(text.length).toBeGreaterThan(1024 * 1024);
    gh.state.commit(DATA, { parents: [], files: { [INDEX]: text } });

    const pr = await prRun();
    expect(warnings(pr)).toEqual([]);
    // The merge-base's entry has no "train" step: no step in common, so no delta, but it is the baseline.
    expect(gh.state.comments(1)[0]?.body).toContain(`vs main @${base.slice(0, 7)}`);
    expect(gh.server.requests.some((r) => r.path.includes("/git/blobs/") && r.status === 200)).toBe(true);

    const next = gh.state.commit("main", { files: { "train.py": "fit(3)\n" } });
    const pushed = await push(next, base);
    expect(warnings(pushed)).toEqual([]);
    const stored = gh.state.file(DATA, INDEX) ?? "";
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(512 * 1024);
    const kept = JSON.parse(stored).entries;
    // The newest first: this push, then the older version's runs from the newest on, as many as fit.
    expect(kept[0].sha).toBe(next);
    expect(kept.slice(1).map((e: { sha: string }) => e.sha)).toEqual(
      old.slice(0, kept.length - 1).map((e) => e.sha),
    );
    expect(kept.length).toBeLessThan(old.length);
  });
});
