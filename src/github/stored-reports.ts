/**
 * The per-commit reports on the data branch (`v1/<branch>/<sha>.json`), and reading them one by one
 * when the branch's index cannot be used: to rebuild the index, or to find a baseline without it.
 * Reading is bounded by the caller: a branch may hold thousands of reports, each a request.
 */
import { parseReport, type Report } from "../report/schema.js";
import { httpStatus, type Repo, readFile } from "./contents.js";
import type { GitHubClient } from "./octokit.js";

const LAYOUT = "v1";
const REPORT_NAME = /^([0-9a-f]{7,64})\.json$/;
/** Reports read at once: a few requests in flight, not hundreds. */
const PARALLEL_READS = 8;

export const branchFolder = (branch: string) => `${LAYOUT}/${encodeURIComponent(branch)}`;
export const reportPath = (branch: string, sha: string) => `${branchFolder(branch)}/${sha}.json`;
export const indexPath = (branch: string) => `${branchFolder(branch)}/index.json`;

export async function readStoredReport(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  branch: string,
  sha: string,
): Promise<Report | undefined> {
  const file = await readFile(client, repo, reportPath(branch, sha), dataBranch);
  return file ? parseReport(file.text, `${dataBranch}:${reportPath(branch, sha)}`) : undefined;
}

/**
 * The commits with a stored report on `branch`. Through the git trees API: the contents API lists
 * only a directory's first 1,000 entries.
 */
export async function listStoredReports(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  branch: string,
): Promise<Set<string>> {
  let folders: unknown;
  try {
    ({ data: folders } = await client.rest.repos.getContent({ ...repo, path: LAYOUT, ref: dataBranch }));
  } catch (error) {
    if (httpStatus(error) === 404) return new Set();
    throw error;
  }
  const name = encodeURIComponent(branch);
  const folder = Array.isArray(folders)
    ? (folders as { name: string; type: string; sha: string }[]).find(
        (entry) => entry.type === "dir" && entry.name === name,
      )
    : undefined;
  if (!folder) return new Set();
  const { data: tree } = await client.rest.git.getTree({ ...repo, tree_sha: folder.sha });
  return new Set(
    tree.tree.flatMap((entry) => {
      const match = entry.type === "blob" ? REPORT_NAME.exec(entry.path ?? "") : null;
      return match?.[1] ? [match[1]] : [];
    }),
  );
}

/** `sha` and its ancestors, newest first (one page: the nearest 100), or none when it is unknown. */
export async function ancestry(client: GitHubClient, repo: Repo, sha: string): Promise<string[]> {
  try {
    const { data } = await client.rest.repos.listCommits({ ...repo, sha, per_page: 100 });
    return data.map((commit) => commit.sha);
  } catch (error) {
    if ([404, 409, 422].includes(httpStatus(error) ?? 0)) return [];
    throw error;
  }
}

export interface ReadReports {
  reports: { sha: string; report: Report }[];
  /** Reports that exist but could not be read (not JSON, not a report), each with why. */
  unreadable: string[];
}

/**
 * Reads the reports of `shas` in that order, each once, passing over unreadable ones, until `enough`
 * have been read. An API error is not a damaged report: it ends the read.
 */
export async function readReports(
  client: GitHubClient,
  repo: Repo,
  where: { dataBranch: string; branch: string },
  shas: readonly string[],
  enough = Number.POSITIVE_INFINITY,
): Promise<ReadReports> {
  const result: ReadReports = { reports: [], unreadable: [] };
  const unique = [...new Set(shas)];
  let next = 0;
  while (next < unique.length && result.reports.length < enough) {
    const batch = unique.slice(next, next + Math.min(PARALLEL_READS, enough - result.reports.length));
    next += batch.length;
    const read = await Promise.all(
      batch.map((sha) =>
        readStoredReport(client, repo, where.dataBranch, where.branch, sha).then(
          (report) => ({ sha, report }),
          (error: unknown) => {
            if (httpStatus(error) !== undefined) throw error;
            return { sha, problem: (error as Error).message };
          },
        ),
      ),
    );
    for (const item of read) {
      if ("problem" in item) result.unreadable.push(item.problem);
      else if (item.report) result.reports.push({ sha: item.sha, report: item.report });
    }
  }
  return result;
}
