/** The `carbon-budget` commit status on the PR head, so branch protection can require it. */
import { isBy } from "./identity.js";
import type { GitHubClient } from "./octokit.js";

/** The commit status the action sets and a waiver turns green. */
export const STATUS_CONTEXT = "carbon-budget";

export type StatusState = "success" | "failure" | "error" | "pending";

/** GitHub refuses descriptions over 140 characters with a 422. */
export const MAX_STATUS_DESCRIPTION = 140;

export function statusDescription(text: string): string {
  return text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}

export async function setStatus(
  client: GitHubClient,
  where: { owner: string; repo: string; sha: string },
  status: { state: StatusState; description: string; context: string; targetUrl?: string },
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    owner: where.owner,
    repo: where.repo,
    sha: where.sha,
    state: status.state,
    context: status.context,
    description: statusDescription(status.description),
    ...(status.targetUrl && { target_url: status.targetUrl }),
  });
}

/**
 * When our account first set `context` on `sha` (GitHub's clock), or undefined: when a report for this
 * commit was first shown. Statuses come newest first, up to 100 a page.
 */
export async function firstStatusAt(
  client: GitHubClient,
  where: { owner: string; repo: string; sha: string },
  context: string,
  login: string,
): Promise<string | undefined> {
  const statuses = await client.paginate(client.rest.repos.listCommitStatusesForRef, {
    owner: where.owner,
    repo: where.repo,
    ref: where.sha,
    per_page: 100,
  });
  const times = statuses
    .filter((s) => s.context === context && isBy(login, s.creator))
    .map((s) => s.created_at)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return times[0];
}
