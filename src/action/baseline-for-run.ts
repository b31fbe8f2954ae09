/**
 * The baseline and history a run is compared with on GitHub. A pull request: its merge-base's run, or
 * the nearest ancestor's, on the base branch. A push: the previous run stored for that branch. The
 * history (same hardware, newest first) feeds the noise test and the trend chart. An index that
 * cannot be read is worked around through the per-commit reports, and said in `problem`.
 */
import { entryFailed, type IndexEntry } from "../baseline/index-file.js";
import type { BaselineRef, BaseRun } from "../compare/compare.js";
import { findBaseline, recentRuns, storedReportAtOrBefore } from "../github/baseline.js";
import type { Repo } from "../github/contents.js";
import { readIndex } from "../github/data-branch.js";
import type { GitHubClient } from "../github/octokit.js";

export interface RunBaseline {
  base?: BaseRun;
  ref?: BaselineRef;
  /** Recent runs on the base branch on the same hardware, newest first. */
  recent: IndexEntry[];
  reason?: string;
  /** Trouble with the store that was worked around: a warning, and a notice in the comment. */
  problem?: string;
}

export const baseRunOf = (entry: IndexEntry): BaseRun => ({
  fingerprint: entry.fingerprint,
  steps: Object.entries(entry.steps).map(([name, s]) => ({
    name,
    energy_kwh: s.energy_kwh,
    co2e_g: s.co2e_g,
    ...(s.duration_s !== undefined && { duration_s: s.duration_s }),
    ...(s.unit && { functional_unit: s.unit }),
  })),
});

export async function pullRequestBaseline(
  client: GitHubClient,
  repo: Repo,
  where: {
    dataBranch: string;
    baseRef: string;
    baseSha: string;
    headSha: string;
    fingerprint: string;
    history: number;
  },
): Promise<RunBaseline> {
  const lookup = await findBaseline(client, repo, {
    dataBranch: where.dataBranch,
    baseBranch: where.baseRef,
    baseSha: where.baseSha,
    headSha: where.headSha,
  });
  const recent = recentRuns(lookup.index, where.fingerprint, where.history);
  const problem = lookup.problem && { problem: lookup.problem };
  if (!lookup.baseline) return { recent, reason: lookup.reason ?? "no baseline", ...problem };
  const { entry, why } = lookup.baseline;
  return {
    ...problem,
    base: baseRunOf(entry),
    ref: {
      label:
        why === "merge-base"
          ? where.baseRef
          : `${where.baseRef} (nearest ancestor of the merge-base with a run)`,
      runId: entry.run_id,
      sha: entry.sha,
      ref: where.baseRef,
      ...(entry.started_at && { startedAt: entry.started_at }),
      endedAt: entry.ended_at,
    },
    recent,
  };
}

export async function pushBaseline(
  client: GitHubClient,
  repo: Repo,
  where: { dataBranch: string; branch: string; sha: string; fingerprint: string; history: number },
): Promise<RunBaseline> {
  const stored = await readIndex(client, repo, where.dataBranch, where.branch);
  if (stored && "problem" in stored) {
    const found = await storedReportAtOrBefore(client, repo, { ...where, includeSha: false });
    const problem = `${stored.problem}; compared through the stored reports instead (the next run stored for ${where.branch} repairs the index)`;
    if (!found) return { recent: [], reason: `no earlier run stored for ${where.branch}`, problem };
    return { ...previousRun(found.entry, where.branch), recent: [], problem };
  }
  // A failed run stays in the index, marked, but the comparison is with the last successful one.
  const previous = stored?.index.entries.find((entry) => entry.sha !== where.sha && !entryFailed(entry));
  const recent = recentRuns(stored?.index, where.fingerprint, where.history).filter(
    (e) => e.sha !== where.sha,
  );
  if (!previous) return { recent, reason: `no earlier run stored for ${where.branch}` };
  return { ...previousRun(previous, where.branch), recent };
}

const previousRun = (entry: IndexEntry, branch: string) => ({
  base: baseRunOf(entry),
  ref: {
    label: `previous run on ${branch}`,
    runId: entry.run_id,
    sha: entry.sha,
    ref: branch,
    ...(entry.started_at && { startedAt: entry.started_at }),
    endedAt: entry.ended_at,
  },
});

/** CO2e per step (and "total") over the recent runs, oldest first, for the noise test. */
export function historyValues(
  recent: readonly IndexEntry[],
  stepNames: readonly string[],
): Record<string, number[]> {
  const oldestFirst = [...recent].reverse();
  const history: Record<string, number[]> = {
    total: oldestFirst.map((entry) => stepNames.reduce((t, name) => t + (entry.steps[name]?.co2e_g ?? 0), 0)),
  };
  for (const name of stepNames) {
    history[name] = oldestFirst.flatMap((entry) => (entry.steps[name] ? [entry.steps[name].co2e_g] : []));
  }
  return history;
}
