/**
 * Issue 4's benchmark: a pull request's post step against the GitHub stand-in, with a long history on
 * the data branch: 10,000 pushes' runs folded into the index (which keeps the newest 2,000, its cap),
 * the merge-base's among them. Measured: the post step's wall time (launch to exit, median of the
 * runs) and the API requests one PR run makes (target: at most 8), counted by the stand-in.
 */

import {
  CONFIG_PATH,
  checkout,
  config,
  fingerprintFor,
  pullRequestEvent,
  pullRequestRef,
  REPOSITORY,
  runJob,
  type SeededRun,
  seedIndex,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../__tests__/helpers/action-runner.js";
import { INDEX_MAX_ENTRIES } from "../src/baseline/index-file.js";

export interface PostStepResult {
  history: number;
  indexEntries: number;
  indexBytes: number;
  runs: number;
  postMs: number[];
  requests: number[];
}

export async function runPostStep(runs: number, history = 10_000): Promise<PostStepResult> {
  const gh = await standIn();
  try {
    const budget = "  steps:\n    train: { co2e: 1 t, increase: 50% }";
    const base = gh.state.commit("main", { files: { [CONFIG_PATH]: config(budget), "train.py": "fit()\n" } });
    gh.state.commit("feature", { parents: [base], files: { "train.py": "fit(epochs=3)\n" } });
    gh.state.createPullRequest({ number: 1, base: "main", head: "feature", user: "alice" });
    const fingerprint = await fingerprintFor(8);
    // The newest run is the merge-base's; the other 9,999 are older pushes (shas that need not exist).
    const seeded: SeededRun[] = Array.from({ length: history }, (_, i) => ({
      sha: i === 0 ? base : i.toString(16).padStart(40, "0"),
      fingerprint,
      steps: {
        train: { energy_kwh: 0.0004 + (i % 7) * 1e-6, co2e_g: 0.24 + (i % 7) * 1e-4, duration_s: 0.3 },
      },
    }));
    // The index holds the newest INDEX_MAX_ENTRIES, as 10,000 pushes through withEntry would leave it.
    const kept = seeded.slice(0, INDEX_MAX_ENTRIES);
    seedIndex(gh.state, kept);
    const indexBytes = gh.state.file("carbon-budget-data", "v1/main/index.json")?.length ?? 0;
    const postMs: number[] = [];
    const requests: number[] = [];
    for (let i = 0; i < runs; i++) {
      const at = pullRequestRef(gh.state, 1);
      const from = gh.server.requests.length;
      let mainEnd = 0;
      let postEnd = 0;
      const job = await runJob({
        apiUrl: gh.server.url,
        token: WRITE_TOKEN,
        event: "pull_request",
        payload: pullRequestEvent(gh.state, 1),
        repository: REPOSITORY,
        ...at,
        runId: 900 + i,
        files: checkout(gh.state, at.sha, [CONFIG_PATH]),
        steps: [trainStep()],
        onStep: (step) => {
          if (step.phase === "main") mainEnd = performance.now();
          else postEnd = performance.now();
        },
      });
      job.cleanup();
      postMs.push(postEnd - mainEnd);
      requests.push(gh.server.requests.length - from);
    }
    return { history, indexEntries: kept.length, indexBytes, runs, postMs, requests };
  } finally {
    await gh.close();
  }
}
