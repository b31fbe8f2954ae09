/**
 * The dashboard on the data branch (docs/dashboard.md): after a push's run is stored, `index.html`
 * and the badges at the branch's root, where GitHub Pages serves them. The page is drawn from what
 * the data branch holds, so a re-run that stores nothing new leaves it as it was: each tracked
 * branch's index, and the stored reports of its latest runs (range, method, hardware; older runs come
 * from their index entries). Written in one commit through the git data API, only the files whose
 * bytes changed, and no commit at all when none did.
 *
 * Requests, for one tracked branch: up to DASHBOARD_REPORTS - 1 report reads (the pushed run's report
 * is at hand when this push wrote it), the ref and the root tree (2), and, when something changed,
 * tree, commit and ref (3): at most 14. Each further tracked branch adds its index and its reports.
 */
import { createHash } from "node:crypto";
import type { RunIndex } from "../baseline/index-file.js";
import type { Budgets } from "../budget/evaluate.js";
import { type DashboardFile, dashboardFiles } from "../dashboard/files.js";
import { type HistoryRun, runsFromIndex } from "../dashboard/history.js";
import type { Report } from "../report/schema.js";
import { httpStatus, type Repo } from "./contents.js";
import { readIndex } from "./data-branch.js";
import type { GitHubClient } from "./octokit.js";
import { readReports } from "./stored-reports.js";

/** Stored reports read per branch, the newest runs: each is a request. */
export const DASHBOARD_REPORTS = 10;
/** Tracked branches drawn: the pushed one first, then the others as configured. */
export const DASHBOARD_BRANCHES = 3;
/** Another writer moved the data branch between our read and our write: read again, this often. */
const MAX_WRITE_ATTEMPTS = 3;

export interface DashboardSource {
  dataBranch: string;
  /** The push just stored: its branch and commit, the index as written and, if this run wrote it, the report. */
  pushed: { branch: string; sha: string; index: RunIndex; report?: Report };
  trackedBranches: readonly string[];
  budgets?: Budgets;
  defaultBranch?: string;
}

export interface Published {
  /** The files committed, none when the page and badges were already as drawn. */
  written: string[];
  /** Branches or reports left out, for the log. */
  problems: string[];
}

/** Git's blob id of a file: the sha the data branch's tree lists when it holds these exact bytes. */
export const gitBlobSha = (content: string): string => {
  const bytes = Buffer.from(content);
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
};

/** Pure: the files whose bytes differ from what the tree lists (`path -> blob sha`). */
export const changedFiles = (files: readonly DashboardFile[], tree: ReadonlyMap<string, string>) =>
  files.filter((file) => tree.get(file.path) !== gitBlobSha(file.content));

export async function publishDashboard(
  client: GitHubClient,
  repo: Repo,
  source: DashboardSource,
): Promise<Published> {
  const { runs, problems } = await storedRuns(client, repo, source);
  // Stamped with the newest run, not the clock: the same history draws the same bytes.
  const newest = runs.reduce((latest, run) => (run.ended_at > latest ? run.ended_at : latest), "");
  const generatedAt = Number.isNaN(Date.parse(newest)) ? new Date(0) : new Date(newest);
  const files = dashboardFiles(runs, {
    ...(source.budgets && { budgets: source.budgets }),
    ...(source.defaultBranch && { defaultBranch: source.defaultBranch }),
    generatedAt,
  });
  const message = `carbon-budget: dashboard for ${source.pushed.branch}@${source.pushed.sha.slice(0, 7)}`;
  return { written: await writeRootFiles(client, repo, source.dataBranch, files, message), problems };
}

/** The tracked branches' runs as the data branch holds them, the latest reports in full. */
async function storedRuns(
  client: GitHubClient,
  repo: Repo,
  source: DashboardSource,
): Promise<{ runs: HistoryRun[]; problems: string[] }> {
  const { pushed, dataBranch } = source;
  const others = source.trackedBranches.filter((branch) => branch !== pushed.branch);
  const problems: string[] = [];
  if (others.length >= DASHBOARD_BRANCHES) {
    const left = others.slice(DASHBOARD_BRANCHES - 1);
    problems.push(`the dashboard draws ${DASHBOARD_BRANCHES} tracked branches; left out: ${left.join(", ")}`);
  }
  const runs: HistoryRun[] = [];
  for (const branch of [pushed.branch, ...others.slice(0, DASHBOARD_BRANCHES - 1)]) {
    let index = pushed.index;
    if (branch !== pushed.branch) {
      const stored = await readIndex(client, repo, dataBranch, branch);
      if (!stored) continue;
      if ("problem" in stored) {
        problems.push(`${stored.problem}; ${branch} left out of the dashboard`);
        continue;
      }
      index = stored.index;
    }
    const reports = new Map<string, Report>();
    if (branch === pushed.branch && pushed.report) reports.set(pushed.sha, pushed.report);
    const latest = index.entries.slice(0, DASHBOARD_REPORTS).map((entry) => entry.sha);
    const read = await readReports(
      client,
      repo,
      { dataBranch, branch },
      latest.filter((sha) => !reports.has(sha)),
    );
    for (const { sha, report } of read.reports) reports.set(sha, report);
    // A damaged report is drawn from its index entry, as the CLI draws a checkout.
    problems.push(...read.unreadable.map((why) => `${why} (drawn from the index)`));
    runs.push(...runsFromIndex(branch, index, reports));
  }
  return { runs, problems };
}

/**
 * Commits the files that changed to the root of `dataBranch`, on top of its head: the root tree's
 * blob ids say which changed, without reading any file. Returns the paths written.
 */
export async function writeRootFiles(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  files: readonly DashboardFile[],
  message: string,
): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    const { data: ref } = await client.rest.git.getRef({ ...repo, ref: `heads/${dataBranch}` });
    const head = ref.object.sha;
    const { data: root } = await client.rest.git.getTree({ ...repo, tree_sha: head });
    const listed = new Map(
      root.tree.flatMap((entry) =>
        entry.type === "blob" && entry.path && entry.sha ? [[entry.path, entry.sha] as const] : [],
      ),
    );
    const changed = changedFiles(files, listed);
    if (changed.length === 0) return [];
    const { data: tree } = await client.rest.git.createTree({
      ...repo,
      base_tree: root.sha,
      tree: changed.map((file) => ({
        path: file.path,
        mode: "100644" as const,
        type: "blob" as const,
        content: file.content,
      })),
    });
    const { data: commit } = await client.rest.git.createCommit({
      ...repo,
      message,
      tree: tree.sha,
      parents: [head],
    });
    try {
      await client.rest.git.updateRef({ ...repo, ref: `heads/${dataBranch}`, sha: commit.sha });
      return changed.map((file) => file.path);
    } catch (error) {
      // 422: not a fast forward, another run stored something meanwhile. Ours goes on top of it.
      if (httpStatus(error) !== 422 || attempt >= MAX_WRITE_ATTEMPTS) throw error;
    }
  }
}

/** Publishing for a push, said in the log; our own trouble is a warning, never the build's failure. */
export async function publishDashboardForPush(
  client: GitHubClient,
  repo: Repo,
  source: DashboardSource,
  log: { info(line: string): void; warning(line: string): void },
): Promise<void> {
  try {
    const published = await publishDashboard(client, repo, source);
    for (const problem of published.problems) log.warning(`dashboard: ${problem}`);
    log.info(
      published.written.length > 0
        ? `dashboard written to ${source.dataBranch}: ${published.written.join(", ")}`
        : `dashboard on ${source.dataBranch} unchanged: nothing written`,
    );
  } catch (error) {
    log.warning(
      `the dashboard was not written to ${source.dataBranch} (${(error as Error).message}); the run itself is stored`,
    );
  }
}
