/**
 * The PR comment fits GitHub's 65,536 characters whatever the number of steps, end to end through the
 * built bundle: a 600-step report (a large evaluation matrix, merged by `mode: aggregate`) is posted
 * through the stand-in, which refuses a longer body with 422 as GitHub does.
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
  seedIndex,
  standIn,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";
import { report, reportStep } from "../helpers/reports.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const STEPS = 600;
/** Every shard 1 kg, shard 42 over its 5 g budget. */
const BUDGETS = `  steps:\n${Array.from({ length: STEPS }, (_, i) => `    nightly-eval-benchmark-shard-${i}: { co2e: ${i === 42 ? "5 g" : "1 kg"} }`).join("\n")}`;

let gh: StandIn;
let artifacts: string;
const jobs: JobRun[] = [];

beforeEach(async () => {
  gh = await standIn();
  artifacts = mkdtempSync(join(tmpdir(), "carbon-budget-size-"));
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  rmSync(artifacts, { recursive: true, force: true });
  await gh.close();
});

describe("a 600-step report", () => {
  it("is posted as a comment under 65,536 characters, with the headline, the verdict and the failing step", async () => {
    const base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(BUDGETS), "eval.py": "e()\n" } });
    const head = gh.state.commit("feature", { parents: [base], files: { "eval.py": "e(2)\n" } });
    gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
    // The merge-base's run: every shard 1 g (1 g / 500 g per kWh = 0.002 kWh).
    seedIndex(gh.state, [
      {
        sha: base,
        fingerprint: "hw-a100x1",
        steps: Object.fromEntries(
          Array.from({ length: STEPS }, (_, i) => [
            `nightly-eval-benchmark-shard-${i}`,
            { energy_kwh: 0.002, co2e_g: 1 },
          ]),
        ),
      },
    ]);
    // One matrix leg's artifact with all 600 steps: shard i is 1 + (i % 10) g, shard 42 is 10 g.
    const grams = (i: number) => (i === 42 ? 10 : 1 + (i % 10));
    const steps = Array.from({ length: STEPS }, (_, i) =>
      reportStep(`nightly-eval-benchmark-shard-${i}`, grams(i) / 500, grams(i)),
    );
    const leg = join(artifacts, "carbon-budget-report-eval-1a2b3c4d");
    mkdirSync(leg, { recursive: true });
    writeFileSync(join(leg, "report.json"), JSON.stringify(report({ steps })));

    const at = pullRequestRef(gh.state, 1);
    const job = await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
      event: "pull_request",
      payload: pullRequestEvent(gh.state, 1),
      repository: REPOSITORY,
      ...at,
      runId: 9500,
      job: "carbon",
      files: checkout(gh.state, at.sha, [CONFIG_PATH]),
      artifactDir: artifacts,
      steps: [{ mode: "aggregate", "fail-on-budget": "false" }],
    });
    jobs.push(job);
    expect(job.all.flatMap((s) => s.warnings)).toEqual([]);
    expect(job.outputs.verdict).toBe("fail");

    const posted = gh.server.requests.filter(
      (r) => r.method === "POST" && r.path.endsWith("/issues/1/comments"),
    );
    expect(posted.map((r) => r.status)).toEqual([201]);
    const [comment] = gh.state.comments(1);
    const body = comment?.body ?? "";
    // GitHub counts characters (code points).
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(body.split("\n")[1]).toMatch(/^### carbon-budget ❌ over budget: /);
    // A step's row (not a component's, in the methods): name, then its 1-hour duration.
    const stepRow = (line: string) => /^\| nightly-eval-benchmark-shard-\d+ \| 1h 00m \|/.test(line);
    const rows = body.split("\n").filter(stepRow);
    expect(rows[0]).toMatch(/^\| nightly-eval-benchmark-shard-42 \| .* \| ❌ over budget/);
    expect(body).toContain(`> … and ${STEPS - rows.length} more steps: see the job summary`);
    // The job summary has room (1 MiB) for every step.
    const summaryRows = job.summary.split("\n").filter(stepRow);
    expect(summaryRows).toHaveLength(STEPS);
    expect(gh.state.statuses(head).at(-1)).toMatchObject({ state: "failure" });
  });
});
