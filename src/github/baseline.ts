/**
 * A pull request's baseline on GitHub (DESIGN.md): the report of its merge-base with the base branch;
 * failing that, the nearest ancestor on the base branch that has one; failing that, none. The data
 * branch's index answers most of this in one read.
 */
import type { IndexEntry, RunIndex } from "../baseline/index-file.js";
import { type Repo, readIndex } from "./data-branch.js";
import type { GitHubClient } from "./octokit.js";

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
}

/** Pure: the first commit, merge-base first then its ancestors in order, that the index has. */
export function chooseBaseline(
  index: RunIndex,
  mergeBase: string,
  ancestors: readonly string[],
): GitHubBaseline | undefined {
  const bySha = new Map(index.entries.map((entry) => [entry.sha, entry]));
  const exact = bySha.get(mergeBase);
  if (exact) return { entry: exact, why: "merge-base", mergeBase };
  for (const sha of ancestors) {
    const entry = bySha.get(sha);
    if (entry) return { entry, why: "nearest-ancestor", mergeBase };
  }
  return undefined;
}

/** The base branch's recent runs on the same hardware, newest first: the noise and the trend. */
export function recentRuns(index: RunIndex | undefined, fingerprint: string, count: number): IndexEntry[] {
  return (index?.entries ?? []).filter((entry) => entry.fingerprint === fingerprint).slice(0, count);
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
    ? { baseline, mergeBase, index: stored.index }
    : {
        mergeBase,
        index: stored.index,
        reason: `no run stored for ${where.baseBranch} at or before the merge-base`,
      };
}
