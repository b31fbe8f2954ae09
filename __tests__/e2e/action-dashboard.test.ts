/**
 * `dashboard: true`: a push to the tracked branch also writes the page and badges at the root of the
 * data branch, in one commit and only when they changed; a pull request's comment links to the page
 * once it is there. The committed bundles run as the runner runs them against the GitHub stand-in;
 * the page the data branch holds is then opened in Chromium.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatMass } from "../../src/render/format.js";
import {
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
import { browserMissing, openOffline } from "../helpers/browser.js";

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const DATA = "carbon-budget-data";
const WITH_DASHBOARD = `${config("  steps:\n    train: { co2e: 10 kg }")}dashboard: true\n`;
const PAGE_FILES = ["badge-train.svg", "badge.svg", "index.html"];
let gh: StandIn;
const jobs: JobRun[] = [];

beforeEach(async () => {
  gh = await standIn();
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  await gh.close();
});

async function push(sha: string, before: string, options: { runAttempt?: number; configText?: string } = {}) {
  const job = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "push",
    payload: pushEvent({ repository: REPOSITORY, branch: "main", before, after: sha }),
    repository: REPOSITORY,
    sha,
    ref: "refs/heads/main",
    runId: 500,
    ...(options.runAttempt !== undefined && { runAttempt: options.runAttempt }),
    files: { [CONFIG_PATH]: options.configText ?? WITH_DASHBOARD },
    steps: [trainStep()],
  });
  jobs.push(job);
  return job;
}

const log = (job: JobRun) => job.all.map((run) => run.stdout + run.stderr).join("\n");
const rootFiles = () => gh.state.paths(DATA).filter((path) => !path.includes("/"));
/** The data branch's commits that changed `path`, newest first. */
const commitsTouching = (path: string) =>
  gh.state.history(DATA).filter((commit) => {
    const mine = gh.state.git.files(commit.sha).get(path);
    const parent = commit.parents[0] ? gh.state.git.files(commit.parents[0]).get(path) : undefined;
    return mine !== parent;
  });

describe("dashboard: true on pushes to main", () => {
  it("writes the page and badges when they change, not when they do not, and the page draws every run", async () => {
    const first = gh.state.commit("main", {
      files: { [CONFIG_PATH]: WITH_DASHBOARD, "train.py": "fit()\n" },
    });
    const run1 = await push(first, "0".repeat(40));
    expect(run1.failed).toBe(false);
    expect(rootFiles()).toEqual(["README.md", ...PAGE_FILES]);
    expect(log(run1)).toContain(`dashboard written to ${DATA}: ${PAGE_FILES.toReversed().join(", ")}`);
    const report1 = readReport(run1);
    // The badge says the run's CO2e, green: within the 10 kg budget.
    const badge1 = gh.state.file(DATA, "badge-train.svg") ?? "";
    expect(badge1).toContain(`>${formatMass(report1.totals.co2e_g)}</text>`);
    expect(badge1).toContain('fill="#2e7d32"');

    const second = gh.state.commit("main", { files: { "train.py": "fit(epochs=2)\n" } });
    const before2 = gh.server.requests.length;
    const run2 = await push(second, first);
    expect(run2.failed).toBe(false);
    const requests2 = gh.server.requests.slice(before2);
    // One commit for the page and badges: one tree, one commit, one ref move, through the git data API.
    const writes = requests2.filter((r) => r.method !== "GET" && r.path.includes("/git/"));
    expect(writes.map((r) => `${r.method} ${r.path.replace(/^\/repos\/acme\/models/, "")}`)).toEqual([
      "POST /git/trees",
      "POST /git/commits",
      `PATCH /git/refs/heads/${DATA}`,
    ]);
    // The page reads the stored reports it draws in full: the first commit's (the second is at hand).
    const reads = requests2.filter(
      (r) => r.method === "GET" && /\/contents\/v1\/main\/[0-9a-f]+\.json$/.test(r.path),
    );
    expect(reads.map((r) => r.path.split("/").at(-1))).toEqual([`${first}.json`]);
    expect(commitsTouching("index.html")).toHaveLength(2);
    expect(commitsTouching("index.html")[0]?.message).toBe(
      `carbon-budget: dashboard for main@${second.slice(0, 7)}`,
    );

    // A re-run of the same commit stores no new report (the first one stays): the page is as it was.
    const page = gh.state.file(DATA, "index.html");
    const head = gh.state.branchHead(DATA);
    const before3 = gh.server.requests.length;
    const run3 = await push(second, first, { runAttempt: 2 });
    expect(run3.failed).toBe(false);
    expect(log(run3)).toContain(`dashboard on ${DATA} unchanged: nothing written`);
    const requests3 = gh.server.requests.slice(before3);
    expect(requests3.filter((r) => r.method === "POST" && r.path.includes("/git/"))).toEqual([]);
    expect(gh.state.file(DATA, "index.html")).toBe(page);
    expect(commitsTouching("index.html")).toHaveLength(2);
    // Only the index moved (the re-run's figures); the page's commit is not repeated.
    expect(
      gh.state.history(DATA).filter((c) => c.message.startsWith("carbon-budget: dashboard")),
    ).toHaveLength(2);
    expect(gh.state.branchHead(DATA)).not.toBe(head);

    if (browserMissing) return;
    const folder = mkdtempSync(join(tmpdir(), "carbon-budget-pages-"));
    try {
      writeFileSync(join(folder, "index.html"), page ?? "");
      const url = pathToFileURL(join(folder, "index.html")).href;
      const browser = await openOffline(url);
      try {
        const charts = await browser.page.$$eval("figure.chart", (figures) =>
          figures.map(
            (figure) =>
              `${figure.getAttribute("data-series")} ${figure.getAttribute("data-kind")} ${figure.getAttribute("data-points")}`,
          ),
        );
        // One step on main, two pushes stored: a point per run on each chart.
        expect(charts).toEqual(["b0-s0 co2e 2", "b0-s0 energy 2"]);
        const shas = await browser.page.$$eval('table[data-series="b0-s0"] tbody tr', (rows) =>
          rows.map((row) => row.textContent ?? ""),
        );
        expect(shas).toHaveLength(2);
        expect(shas[0]).toContain(second.slice(0, 7));
        expect(shas[1]).toContain(first.slice(0, 7));
        expect(browser.problems).toEqual([]);
        expect(browser.requests).toEqual([url]);
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("writes nothing but the run without it, and a broken data branch write is a warning, not a failure", async () => {
    const first = gh.state.commit("main", { files: { [CONFIG_PATH]: config(), "train.py": "fit()\n" } });
    const off = await push(first, "0".repeat(40), { configText: config() });
    expect(off.failed).toBe(false);
    expect(rootFiles()).toEqual(["README.md"]);

    const second = gh.state.commit("main", { files: { "train.py": "fit(epochs=2)\n" } });
    // A token that may write contents but not git objects, as a restricted one might.
    gh.server.faults.inject(
      5,
      { status: 403, body: { message: "Resource not accessible by integration" } },
      { method: "POST", path: "/git/trees" },
    );
    const broken = await push(second, first);
    expect(broken.failed).toBe(false);
    expect(log(broken)).toMatch(
      /the dashboard was not written to carbon-budget-data \(.*\); the run itself is stored/,
    );
    expect(gh.state.paths(DATA)).toContain(`v1/main/${second}.json`);
    expect(rootFiles()).toEqual(["README.md"]);
  });
});

describe("the pull request comment", () => {
  it("links to the GitHub Pages address once the data branch has the page", async () => {
    const base = gh.state.commit("main", { files: { [CONFIG_PATH]: WITH_DASHBOARD, "train.py": "fit()\n" } });
    await push(base, "0".repeat(40));
    gh.state.commit("feature", { parents: [base], files: { "train.py": "fit(epochs=3)\n" } });
    gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
    const at = pullRequestRef(gh.state, 1);
    const pr = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "pull_request",
      payload: pullRequestEvent(gh.state, 1),
      repository: REPOSITORY,
      ...at,
      runId: 700,
      files: checkout(gh.state, at.sha, [CONFIG_PATH]),
      steps: [trainStep()],
    });
    jobs.push(pr);
    const [comment] = gh.state.comments(1);
    const links = (comment?.body ?? "").split("\n").filter((line) => line.includes("github.io"));
    expect(links).toEqual([
      "📈 [Dashboard: every run of the branch, and badges](https://acme.github.io/models/)",
    ]);
  });
});
