/**
 * A run's baseline on GitHub (docs/architecture.md): for a pull request, the report of its merge-base with the
 * base branch; failing that, the nearest ancestor on the base branch that has one; failing that,
 * none. The data branch's index answers most of this in one read. When the index cannot be read,
 * the per-commit reports answer instead (the next push to the branch repairs the index).
 */
import { entryFailed, entryFor, type IndexEntry, type RunIndex } from "../baseline/index-file.js";
import type { Repo } from "./contents.js";
import { readIndex } from "./data-branch.js";
import type { GitHubClient } from "./octokit.js";
import { ancestry, listStoredReports, readReports, readStoredReport } from "./stored-reports.js";

export interface GitHubBaseline {
  entry: IndexEntry;
  why: "merge-base" | "nearest-ancestor";
  mergeBase: string;
}

export interface BaselineLookup {
  baseline?: GitHubBaseline;
  mergeBase?: string;
  index?: RunIndex;
  /** Why there is no baseline, for the comment. */
  reason?: string;
  /** Something wrong with the store that the reader worked around, for the log and the comment. */
  problem?: string;
}

/** Ancestors' reports tried, without the index, before giving up: each is a request. */
const MAX_FALLBACK_READS = 5;

/**
 * Pure: the first commit, merge-base first then its ancestors in order, that the index has a
 * successful run of. A run whose command failed is kept in the index but never compared with.
 */
export function chooseBaseline(
  index: RunIndex,
  mergeBase: string,
  ancestors: readonly string[],
): GitHubBaseline | undefined {
  const bySha = new Map(
    index.entries.filter((entry) => !entryFailed(entry)).map((entry) => [entry.sha, entry]),
  );
  const exact = bySha.get(mergeBase);
  if (exact) return { entry: exact, why: "merge-base", mergeBase };
  for (const sha of ancestors) {
    const entry = bySha.get(sha);
    if (entry) return { entry, why: "nearest-ancestor", mergeBase };
  }
  return undefined;
}

/** The base branch's recent successful runs on the same hardware, newest first: the noise and the trend. */
export function recentRuns(index: RunIndex | undefined, fingerprint: string, count: number): IndexEntry[] {
  return (index?.entries ?? [])
    .filter((entry) => entry.fingerprint === fingerprint && !entryFailed(entry))
    .slice(0, count);
}

export async function findBaseline(
  client: GitHubClient,
  repo: Repo,
  where: { dataBranch: string; baseBranch: string; baseSha: string; headSha: string },
): Promise<BaselineLookup> {
  const { data: compare } = await client.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${where.baseSha}...${where.headSha}`,
    per_page: 1,
  });
  const mergeBase = compare.merge_base_commit.sha;
  const stored = await readIndex(client, repo, where.dataBranch, where.baseBranch);
  if (!stored) return { mergeBase, reason: `no runs stored for ${where.baseBranch} yet` };
  if ("problem" in stored) {
    const found = await storedReportAtOrBefore(client, repo, {
      dataBranch: where.dataBranch,
      branch: where.baseBranch,
      sha: mergeBase,
      includeSha: true,
    });
    const problem = `${stored.problem}; compared through the stored reports instead (the next run stored for ${where.baseBranch} repairs the index)`;
    return found
      ? { baseline: { ...found, mergeBase }, mergeBase, problem }
      : { mergeBase, problem, reason: `no run stored for ${where.baseBranch} at or before the merge-base` };
  }
  const dropped = droppedEntries(stored.dropped, where.dataBranch, where.baseBranch);
  let baseline = chooseBaseline(stored.index, mergeBase, []);
  if (!baseline) {
    const { data: commits } = await client.rest.repos.listCommits({ ...repo, sha: mergeBase, per_page: 100 });
    baseline = chooseBaseline(
      stored.index,
      mergeBase,
      commits.map((c) => c.sha),
    );
  }
  return baseline
    ? { baseline, mergeBase, index: stored.index, ...dropped }
    : {
        mergeBase,
        index: stored.index,
        reason: `no run stored for ${where.baseBranch} at or before the merge-base`,
        ...dropped,
      };
}

const droppedEntries = (dropped: number, dataBranch: string, branch: string) =>
  dropped > 0
    ? { problem: `${dataBranch}: the index of ${branch} has ${dropped} unreadable entries, left out` }
    : {};

/**
 * Without the index: the report stored for `sha` itself (one request), else for its nearest ancestor
 * with one (the branch's folder listed once, then at most MAX_FALLBACK_READS reports read).
 */
export async function storedReportAtOrBefore(
  client: GitHubClient,
  repo: Repo,
  where: { dataBranch: string; branch: string; sha: string; includeSha: boolean },
): Promise<{ entry: IndexEntry; why: "merge-base" | "nearest-ancestor" } | undefined> {
  if (where.includeSha) {
    const report = await readStoredReport(client, repo, where.dataBranch, where.branch, where.sha).catch(
      (error: unknown) => {
        // A damaged report is passed over like a missing one; an API error is not.
        if ((error as { status?: number }).status !== undefined) throw error;
        return undefined;
      },
    );
    const entry = report && entryFor(report, where.sha);
    if (entry && !entryFailed(entry)) return { entry, why: "merge-base" };
  }
  const stored = await listStoredReports(client, repo, where.dataBranch, where.branch);
  const candidates = (await ancestry(client, repo, where.sha))
    .filter((sha) => sha !== where.sha && stored.has(sha))
    .slice(0, MAX_FALLBACK_READS);
  const read = await readReports(client, repo, where, candidates);
  const entry = read.reports.map((r) => entryFor(r.report, r.sha)).find((e) => !entryFailed(e));
  return entry && { entry, why: "nearest-ancestor" };
}
