/**
 * The baseline store on the data branch, through the contents API only (DESIGN.md "Baseline store"):
 * `v1/<branch>/<sha>.json`, one report written once, so concurrent pushes never conflict, and
 * `v1/<branch>/index.json`, updated with optimistic concurrency: a stale write (409/422) re-reads and
 * retries, so ten concurrent writers all land. The branch is created as an orphan when missing.
 */
import {
  emptyIndex,
  entryFor,
  type IndexEntry,
  parseIndex,
  type RunIndex,
  withEntry,
} from "../baseline/index-file.js";
import { parseReport, type Report } from "../report/schema.js";
import type { GitHubClient } from "./octokit.js";

export interface Repo {
  owner: string;
  repo: string;
}

const LAYOUT = "v1";
const MAX_INDEX_ATTEMPTS = 12;

export const reportPath = (branch: string, sha: string) =>
  `${LAYOUT}/${encodeURIComponent(branch)}/${sha}.json`;
export const indexPath = (branch: string) => `${LAYOUT}/${encodeURIComponent(branch)}/index.json`;

const status = (error: unknown): number | undefined => (error as { status?: number }).status;

interface FileAtRef {
  text: string;
  sha: string;
}

/** A file on a ref, or undefined when the file (or the ref) does not exist. */
export async function readFile(
  client: GitHubClient,
  repo: Repo,
  path: string,
  ref: string,
): Promise<FileAtRef | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return undefined;
    return { text: Buffer.from(data.content, "base64").toString("utf8"), sha: data.sha };
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
}

export async function readIndex(client: GitHubClient, repo: Repo, dataBranch: string, branch: string) {
  const file = await readFile(client, repo, indexPath(branch), dataBranch);
  return file
    ? { index: parseIndex(file.text, `${dataBranch}:${indexPath(branch)}`), sha: file.sha }
    : undefined;
}

export async function readStoredReport(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  branch: string,
  sha: string,
) {
  const file = await readFile(client, repo, reportPath(branch, sha), dataBranch);
  return file ? parseReport(file.text, `${dataBranch}:${reportPath(branch, sha)}`) : undefined;
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
}

/** Stores a pushed commit's report and adds it to the branch's index. */
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
  // GitHub may answer 409 to parallel contents writes even to different files: try again.
  for (let attempt = 1; attempt <= 4 && !reportWritten; attempt++) {
    try {
      await client.rest.repos.createOrUpdateFileContents({
        ...repo,
        branch: dataBranch,
        path: reportPath(branch, sha),
        message: `carbon-budget: ${branch}@${sha.slice(0, 7)}`,
        content: Buffer.from(`${JSON.stringify(report, null, 2)}\n`).toString("base64"),
      });
      reportWritten = true;
    } catch (error) {
      // 422 without a sha: the file exists (a re-run of the same commit); the first report stays.
      if (status(error) === 422) break;
      if (status(error) !== 409 || attempt === 4) throw error;
      await backoff(attempt);
    }
  }
  const entry = entryFor(report, sha);
  for (let attempt = 1; attempt <= MAX_INDEX_ATTEMPTS; attempt++) {
    const current = await readIndex(client, repo, dataBranch, branch);
    const next: RunIndex = withEntry(current?.index ?? emptyIndex(branch), entry);
    try {
      await client.rest.repos.createOrUpdateFileContents({
        ...repo,
        branch: dataBranch,
        path: indexPath(branch),
        message: `carbon-budget: index ${branch}@${sha.slice(0, 7)}`,
        content: Buffer.from(`${JSON.stringify(next)}\n`).toString("base64"),
        ...(current && { sha: current.sha }),
      });
      return { reportWritten, indexAttempts: attempt };
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

/** Jittered, so writers that collided once do not collide again in step. */
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(2000, 50 * 2 ** attempt * Math.random())));

export type { IndexEntry };
