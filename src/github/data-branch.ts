/**
 * The baseline store on the data branch, through the contents API only (docs/architecture.md "Baseline store"):
 * `v1/<branch>/<sha>.json`, one report written once, so concurrent pushes never conflict, and
 * `v1/<branch>/index.json`, updated with optimistic concurrency: a stale write (409/422) re-reads and
 * retries, so ten concurrent writers all land. The branch is created as an orphan when missing.
 * The store heals: an index that cannot be read is kept aside and rebuilt from the reports.
 */
import {
  emptyIndex,
  entryFor,
  type IndexEntry,
  indexFromReports,
  type RunIndex,
  readIndexText,
  runExitCode,
  serializeIndex,
  withEntry,
} from "../baseline/index-file.js";
import { parseReport, type Report } from "../report/schema.js";
import { type Repo, readFile, httpStatus as status } from "./contents.js";
import type { GitHubClient } from "./octokit.js";
import { ancestry, indexPath, listStoredReports, readReports, reportPath } from "./stored-reports.js";

const MAX_INDEX_ATTEMPTS = 12;
/** Reports read to rebuild a damaged index: the branch's latest commits first. */
export const REBUILD_MAX_REPORTS = 100;

/** The index as found: usable (bad entries left out and counted), or unusable with why and its text. */
export type StoredIndex =
  | { index: RunIndex; sha: string; dropped: number }
  | { problem: string; sha: string; bytes: Buffer };

export async function readIndex(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  branch: string,
): Promise<StoredIndex | undefined> {
  const file = await readFile(client, repo, indexPath(branch), dataBranch);
  if (!file) return undefined;
  const read = readIndexText(file.text, `${dataBranch}:${indexPath(branch)}`);
  return "problem" in read
    ? { problem: read.problem, sha: file.sha, bytes: file.bytes }
    : { index: read.index, sha: file.sha, dropped: read.dropped };
}

/** Creates the data branch as an orphan (no shared history with the code) with a README. */
export async function ensureDataBranch(client: GitHubClient, repo: Repo, dataBranch: string): Promise<void> {
  try {
    await client.rest.repos.getBranch({ ...repo, branch: dataBranch });
    return;
  } catch (error) {
    if (status(error) !== 404) throw error;
  }
  const readme = `# ${dataBranch}\n\nRun history kept by carbon-budget: \`v1/<branch>/<sha>.json\` and \`v1/<branch>/index.json\`.\nDo not merge this branch.\n`;
  const tree = await client.rest.git.createTree({
    ...repo,
    tree: [{ path: "README.md", mode: "100644", type: "blob", content: readme }],
  });
  const commit = await client.rest.git.createCommit({
    ...repo,
    message: "carbon-budget: start the run history",
    tree: tree.data.sha,
    parents: [],
  });
  try {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${dataBranch}`, sha: commit.data.sha });
  } catch (error) {
    // Another job created it between our check and now: that is the branch we wanted.
    if (status(error) !== 422) throw error;
  }
}

export interface StoreResult {
  reportWritten: boolean;
  indexAttempts: number;
  /** What was wrong with the store and how it was repaired, for the log. */
  repairs: string[];
  /** The branch's index as written: what a dashboard draws, without reading it again. */
  index: RunIndex;
}

/** Stores a pushed commit's report and adds it to the branch's index, repairing the index if needed. */
export async function storeBaseline(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  branch: string,
  sha: string,
  report: Report,
): Promise<StoreResult> {
  await ensureDataBranch(client, repo, dataBranch);
  let reportWritten = false;
  let replacing: string | undefined;
  // GitHub may answer 409 to parallel contents writes even to different files: try again.
  for (let attempt = 1; attempt <= 4 && !reportWritten; attempt++) {
    try {
      await client.rest.repos.createOrUpdateFileContents({
        ...repo,
        branch: dataBranch,
        path: reportPath(branch, sha),
        message: `carbon-budget: ${branch}@${sha.slice(0, 7)}`,
        content: Buffer.from(`${JSON.stringify(report, null, 2)}\n`).toString("base64"),
        ...(replacing && { sha: replacing }),
      });
      reportWritten = true;
    } catch (error) {
      // 422 without a sha: the file exists (a re-run of the same commit). The first report stays,
      // unless its command failed and this one's did not: a failed run is kept only until it is redone.
      if (status(error) === 422 && !replacing) {
        replacing = await failedReportSha(client, repo, dataBranch, reportPath(branch, sha), report);
        if (replacing) continue;
        break;
      }
      if (status(error) !== 409 || attempt === 4) throw error;
      await backoff(attempt);
    }
  }
  const entry = entryFor(report, sha);
  const repairs: string[] = [];
  let rebuilt: { forSha: string; index: RunIndex } | undefined;
  for (let attempt = 1; attempt <= MAX_INDEX_ATTEMPTS; attempt++) {
    const current = await readIndex(client, repo, dataBranch, branch);
    let base = emptyIndex(branch);
    if (current && "problem" in current) {
      if (rebuilt?.forSha !== current.sha) {
        const repair = await repairIndex(client, repo, { dataBranch, branch, sha }, current);
        rebuilt = { forSha: current.sha, index: repair.index };
        repairs.push(repair.said);
      }
      base = rebuilt.index;
    } else if (current) {
      base = current.index;
      if (current.dropped > 0 && attempt === 1) {
        repairs.push(
          `${dataBranch}:${indexPath(branch)}: left out ${current.dropped} unreadable entr${current.dropped === 1 ? "y" : "ies"}`,
        );
      }
    }
    const next: RunIndex = withEntry(base, entry);
    try {
      await client.rest.repos.createOrUpdateFileContents({
        ...repo,
        branch: dataBranch,
        path: indexPath(branch),
        message: `carbon-budget: index ${branch}@${sha.slice(0, 7)}`,
        content: Buffer.from(serializeIndex(next)).toString("base64"),
        ...(current && { sha: current.sha }),
      });
      return { reportWritten, indexAttempts: attempt, repairs, index: next };
    } catch (error) {
      // 409: someone wrote since we read; 422: someone created it since we saw none. Read again.
      if (status(error) !== 409 && status(error) !== 422) throw error;
      await backoff(attempt);
    }
  }
  throw new Error(
    `could not update ${indexPath(branch)} after ${MAX_INDEX_ATTEMPTS} attempts (too many concurrent writers)`,
  );
}

/**
 * A damaged index, kept aside as `index.json.corrupt-<time>` and made again from the stored reports:
 * those of the pushed commit's latest ancestors first, then any others, at most REBUILD_MAX_REPORTS.
 */
async function repairIndex(
  client: GitHubClient,
  repo: Repo,
  where: { dataBranch: string; branch: string; sha: string },
  damaged: { problem: string; bytes: Buffer },
): Promise<{ index: RunIndex; said: string }> {
  const aside = `${indexPath(where.branch)}.corrupt-${new Date().toISOString().replace(/[-:]|\.\d{3}/g, "")}`;
  try {
    await client.rest.repos.createOrUpdateFileContents({
      ...repo,
      branch: where.dataBranch,
      path: aside,
      message: `carbon-budget: keep the damaged index of ${where.branch} aside`,
      content: damaged.bytes.toString("base64"),
    });
  } catch (error) {
    // 422: a concurrent repair kept it aside under the same name already.
    if (status(error) !== 422) throw error;
  }
  const stored = await listStoredReports(client, repo, where.dataBranch, where.branch);
  const nearest = new Set((await ancestry(client, repo, where.sha)).filter((sha) => stored.has(sha)));
  const order = [...nearest, ...[...stored].filter((sha) => !nearest.has(sha))];
  const read = await readReports(client, repo, where, order, REBUILD_MAX_REPORTS);
  const index = indexFromReports(where.branch, read.reports);
  const skipped = read.unreadable.length > 0 ? `; ${read.unreadable.length} unreadable reports left out` : "";
  return {
    index,
    said: `${damaged.problem}: kept it aside as ${aside} and rebuilt it from ${read.reports.length} of ${stored.size} stored reports (at most ${REBUILD_MAX_REPORTS} are read, the latest commits first)${skipped}`,
  };
}

/** Jittered, so writers that collided once do not collide again in step. */
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(2000, 50 * 2 ** attempt * Math.random())));

export type { IndexEntry };

/** The blob sha of the stored report at `path` when its run failed and `report`'s did not; else undefined. */
async function failedReportSha(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  path: string,
  report: Report,
): Promise<string | undefined> {
  if (runExitCode(report.steps) !== 0) return undefined;
  const stored = await readFile(client, repo, path, dataBranch);
  if (!stored) return undefined;
  try {
    return (runExitCode(parseReport(stored.text, path).steps) ?? 0) !== 0 ? stored.sha : undefined;
  } catch {
    // A stored report that cannot be read is left for the store's repair, not overwritten blind.
    return undefined;
  }
}
