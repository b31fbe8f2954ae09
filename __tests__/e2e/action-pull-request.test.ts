/**
 * Pull requests, end to end through the committed bundles: judged by the base commit's budgets, one
 * sticky comment, the `carbon-budget` status on the head SHA, the post step failing over budget
 * (unless `fail-on-budget: false`), no baseline, different hardware, and the API requests a run costs.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  checkout,
  config,
  fingerprintFor,
  INTENSITY,
  type JobRun,
  PUE,
  pullRequestEvent,
  pullRequestRef,
  pushEvent,
  REPOSITORY,
  readReport,
  requestLines,
  runJob,
  type StandIn,
  type StepInputs,
  seedIndex,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";

// Each job is a few node processes and, for writes, Octokit's one-second spacing between them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** The hidden marker; attributes after run and attempt (e.g. the head SHA) may follow. */
const MARKER =
  /^<!-- carbon-budget:comment key="train\/train" run="(\d+)" attempt="(\d+)"(?: [\w-]+="[^"]*")* -->\n/;
/**
 * 8 A100s at 400 W for at least 0.3 s: >= 3200 W x 0.3 s = 960 J = 2.667e-4 kWh IT, x 1.2 PUE =
 * 3.2e-4 kWh, x 500 g/kWh = 0.16 g operational. A 0.1 g budget is exceeded however fast the machine.
 */
const SMALL = "  steps:\n    train: { co2e: 0.1 g }";
/** 100 kg: no 0.3 s step comes near it. */
const HUGE = "  steps:\n    train: { co2e: 100 kg }";

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

/** main at `base` (with `baseConfig`), and PR #1 from `feature` (with `headConfig` in its tree). */
function pullRequest(baseConfig: string, headConfig = baseConfig) {
  const base = gh.state.commit("main", { files: { [CONFIG_PATH]: baseConfig, "train.py": "fit()\n" } });
  const head = gh.state.commit("feature", {
    parents: [base],
    files: { [CONFIG_PATH]: headConfig, "train.py": "fit(epochs=3)\n" },
  });
  gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
  return { base, head };
}

async function prRun(options: { steps?: StepInputs[]; runId?: number } = {}): Promise<JobRun> {
  const at = pullRequestRef(gh.state, 1);
  const job = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "pull_request",
    payload: pullRequestEvent(gh.state, 1),
    repository: REPOSITORY,
    ...at,
    runId: options.runId ?? 700,
    // The checkout is the PR's merge commit: its config is the head's.
    files: checkout(gh.state, at.sha, [CONFIG_PATH]),
    steps: options.steps ?? [trainStep()],
  });
  jobs.push(job);
  return job;
}

const ours = () => gh.state.comments(1).filter((c) => MARKER.test(c.body));

describe("a pull request over its budget", () => {
  it("fails the post step, comments once with the marker and sets a failure status on the head", async () => {
    const { base, head } = pullRequest(config(SMALL));
    // The merge-base's run, seeded: train 0.05 g, under the 0.1 g budget, so the PR is what broke it.
    seedIndex(gh.state, [
      { sha: base, fingerprint: fingerprint8, steps: { train: { energy_kwh: 0.0001, co2e_g: 0.05 } } },
    ]);
    const job = await prRun({ runId: 701 });

    expect(job.outputs.verdict).toBe("fail");
    expect(job.mains[0]?.failed).toBe(false);
    const [post] = job.posts;
    expect(post?.code).toBe(1);
    expect(post?.errors).toEqual(["carbon-budget: over budget (fail); see the job summary"]);
    expect(job.failed).toBe(true);

    const report = readReport(job);
    const co2e = report.totals.co2e_g;
    expect(co2e).toBeGreaterThan(0.16);
    // delta % = (head - base) / base x 100 = (co2e - 0.05) / 0.05 x 100.
    expect(job.outputs["delta-pct"]).toBe((((co2e - 0.05) / 0.05) * 100).toFixed(2));
    expect(report.steps[0].operational_g).toBeCloseTo(report.steps[0].it_energy_kwh * PUE * INTENSITY, 12);

    const comments = gh.state.comments(1);
    expect(comments).toHaveLength(1);
    const [comment] = comments;
    expect(comment?.user.login).toBe("github-actions[bot]");
    expect(comment?.body).toMatch(MARKER);
    expect(MARKER.exec(comment?.body ?? "")?.slice(1)).toEqual(["701", "1"]);
    expect(comment?.body).toContain("### carbon-budget ❌ over budget");
    expect(comment?.body).toContain(`vs main @${base.slice(0, 7)}`);
    expect(comment?.body).toContain("| ≤ 100 mg | ❌ over budget |");
    expect(comment?.body).toContain("<!-- carbon-budget:report ");
    // The job summary is the comment without the marker.
    expect(`${comment?.body.replace(MARKER, "")}\n`).toBe(job.summary);

    const statuses = gh.state.statuses(head);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({
      state: "failure",
      context: "carbon-budget",
      targetUrl: "https://github.com/acme/models/actions/runs/701",
    });
    expect(statuses[0]?.description).toMatch(
      new RegExp(`^over budget: train; CO2e \\+[\\d.]+% \\(\\+[\\d.]+ mg\\) vs main@${base.slice(0, 7)}$`),
    );
    // Nothing on the data branch changes for a pull request.
    expect(gh.state.paths("carbon-budget-data")).toEqual(["v1/main/index.json"]);
  });

  it("with fail-on-budget: false, passes the step but still sets the failure status", async () => {
    const { head } = pullRequest(config(SMALL));
    const job = await prRun({ steps: [trainStep({ "fail-on-budget": "false" })], runId: 702 });
    expect(job.outputs.verdict).toBe("fail");
    expect(job.failed).toBe(false);
    expect(job.all.flatMap((s) => s.errors)).toEqual([]);
    expect(gh.state.statuses(head).map((s) => s.state)).toEqual(["failure"]);
    expect(ours()).toHaveLength(1);
  });

  it("is judged by the base's budget when it loosens its own, and says the change takes effect after merge", async () => {
    const { head } = pullRequest(config(SMALL), config(HUGE));
    const job = await prRun({ runId: 703 });
    expect(job.outputs.verdict).toBe("fail");
    expect(job.posts[0]?.code).toBe(1);
    expect(gh.state.statuses(head).map((s) => s.state)).toEqual(["failure"]);
    const [comment] = ours();
    expect(comment?.body).toContain("| ≤ 100 mg | ❌ over budget |");
    expect(comment?.body).not.toContain("≤ 100 kg");
    expect(comment?.body).toContain(
      "> ℹ️ This PR changes `.github/carbon-budget.yml`; the new budgets take effect after merge.",
    );
  });
});

describe("a pull request that changes the accounting in its own config", () => {
  it("cannot pass the base's budget by lowering the grid intensity it is measured at", async () => {
    // The head says 1 g/kWh instead of 500: at the base's 500 g/kWh the step is >= 0.16 g (see SMALL).
    const lowered = config(SMALL).replace(`intensity: ${INTENSITY}`, "intensity: 1");
    const { head } = pullRequest(config(SMALL), lowered);
    const job = await prRun({ runId: 709 });
    expect(job.outputs.verdict).toBe("fail");
    expect(readReport(job).assumptions.intensity_g_per_kwh).toBe(INTENSITY);
    expect(gh.state.statuses(head).map((s) => s.state)).toEqual(["failure"]);
  });
});

describe("a pull request with nothing stored for its base", () => {
  it("says no-baseline when its absolute budget holds", async () => {
    const { head } = pullRequest(config(HUGE));
    const job = await prRun({ runId: 704 });
    expect(job.failed).toBe(false);
    expect(job.outputs.verdict).toBe("no-baseline");
    expect(job.outputs["delta-pct"]).toBe("");
    const statuses = gh.state.statuses(head);
    expect(statuses.map((s) => s.state)).toEqual(["success"]);
    expect(statuses[0]?.description).toMatch(/no baseline/);
    const [comment] = ours();
    expect(comment?.body).toContain("### carbon-budget ℹ️ no baseline");
    expect(comment?.body).toContain("(no baseline yet)");
  });

  it("still fails on an absolute budget it exceeds", async () => {
    const { head } = pullRequest(config(SMALL));
    const job = await prRun({ runId: 705 });
    expect(job.outputs.verdict).toBe("fail");
    expect(job.posts[0]?.code).toBe(1);
    expect(gh.state.statuses(head).map((s) => s.state)).toEqual(["failure"]);
  });
});

describe("a pull request on different hardware", () => {
  it("is not comparable with a baseline stored on 8 GPUs: no delta, the relative budget skipped", async () => {
    const increase = "  steps:\n    train: { increase: 5% }";
    const { base, head } = pullRequest(config(increase));
    // The baseline, stored by a real push of the base commit with gpu-count 8.
    const stored = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "push",
      payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: base }),
      repository: REPOSITORY,
      sha: base,
      ref: "refs/heads/main",
      files: { [CONFIG_PATH]: config(increase) },
      steps: [trainStep({ "gpu-count": "8" })],
    });
    jobs.push(stored);
    expect(gh.state.paths("carbon-budget-data")).toContain(`v1/main/${base}.json`);

    const job = await prRun({
      steps: [trainStep({ "gpu-count": "4" })],
      runId: 706,
    });
    expect(readReport(job).hardware.fingerprint).not.toBe(readReport(stored).hardware.fingerprint);
    expect(job.failed).toBe(false);
    expect(job.outputs["delta-pct"]).toBe("");
    expect(job.outputs.verdict).toBe("no-baseline");
    const [comment] = ours();
    expect(comment?.body).toContain(`not comparable vs main @${base.slice(0, 7)} (different hardware)`);
    expect(comment?.body).toContain(
      "| not comparable (hardware) | ≤ +5% | ➖ not comparable (different hardware) |",
    );
    const statuses = gh.state.statuses(head);
    expect(statuses.map((s) => s.state)).toEqual(["success"]);
    // The reviewer's one line says why there is no delta: not "no baseline", there is one.
    expect(statuses[0]?.description).toMatch(/not comparable/);
    expect(statuses[0]?.description).not.toMatch(/no baseline/);
  });
});

describe("the API requests a pull request run costs", () => {
  it("is at most 8, with the baseline at the merge-base and when it is an older ancestor", async () => {
    const { base } = pullRequest(config(SMALL));
    seedIndex(gh.state, [
      { sha: base, fingerprint: fingerprint8, steps: { train: { energy_kwh: 0.0004, co2e_g: 0.2 } } },
    ]);
    let from = gh.server.requests.length;
    await prRun({ runId: 707 });
    const atMergeBase = requestLines(gh.server, from);
    console.log(
      `requests, PR run with the baseline at the merge-base: ${atMergeBase.length}\n  ${atMergeBase.join("\n  ")}`,
    );
    expect(atMergeBase.length).toBeLessThanOrEqual(8);

    // main moves on without a stored run; the PR is rebased onto it: the baseline is now an ancestor.
    const newer = gh.state.commit("main", { files: { "README.md": "docs\n" } });
    gh.state.commit("feature", { parents: [newer], files: { "train.py": "fit(epochs=4)\n" } });
    from = gh.server.requests.length;
    const job = await prRun({ runId: 708 });
    const atAncestor = requestLines(gh.server, from);
    console.log(
      `requests, PR run with the baseline on an ancestor: ${atAncestor.length}\n  ${atAncestor.join("\n  ")}`,
    );
    expect(atAncestor.length).toBeLessThanOrEqual(8);
    // The label is escaped for markdown: ( and ) as &#40; and &#41;.
    expect(job.summary).toContain(
      `vs main &#40;nearest ancestor of the merge-base with a run&#41; @${base.slice(0, 7)}`,
    );
    // Updated in place: still one comment.
    expect(ours()).toHaveLength(1);
  });
});
