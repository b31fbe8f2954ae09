/**
 * Posting the outcome to GitHub: the sticky comment and the commit status. Each call is allowed to
 * fail for reasons that are ours or GitHub's (an outage, a fork's read-only token): the failure is
 * said in the log and the summary, and the user's build goes on.
 */

import { waiverStatus } from "../bot/waiver.js";
import { type CommentKey, commentAuthor, upsertComment } from "../github/comment.js";
import type { GitHubClient } from "../github/octokit.js";
import { type StatusState, setStatus } from "../github/status.js";

export interface PublishOutcome {
  comment?: string;
  status?: string;
  /** A maintainer accepted this head commit's budget: the run must not fail for it. */
  waived?: boolean;
  problems: string[];
}

const httpStatus = (error: unknown) => (error as { status?: number }).status;

export function explainApiError(what: string, error: unknown): string {
  const status = httpStatus(error);
  if (status === 403 || status === 404) {
    return `${what}: the token may not write here (HTTP ${status}); on a pull request from a fork the token is read-only, so publish with \`mode: publish\` in a workflow_run workflow (see the README)`;
  }
  return `${what}: GitHub API error${status ? ` (HTTP ${status})` : ""}: ${(error as Error).message}`;
}

export async function publishToPullRequest(
  client: GitHubClient,
  where: { owner: string; repo: string; number: number; headSha: string; token: string },
  what: {
    key: CommentKey;
    body?: string;
    mode: "update" | "new" | "off";
    status: { state: StatusState; description: string; context: string; targetUrl?: string };
  },
): Promise<PublishOutcome> {
  const problems: string[] = [];
  let comment: string | undefined;
  let commitStatus = what.status;
  if (what.mode !== "off" && what.body) {
    try {
      const author =
        what.mode === "update" ? await commentAuthor(client, where.token) : { bot: true as const };
      const result = await upsertComment(
        client,
        { owner: where.owner, repo: where.repo, issueNumber: where.number },
        what.key,
        what.body,
        { mode: what.mode, author, carryWaiverFor: where.headSha },
      );
      if (result.waiver && commitStatus.state === "failure") {
        commitStatus = { ...commitStatus, state: "success", description: waiverStatus(result.waiver) };
      }
      comment = `${result.outcome}${result.url ? ` ${result.url}` : ""}`;
    } catch (error) {
      problems.push(explainApiError("the PR comment was not posted", error));
    }
  }
  let status: string | undefined;
  try {
    await setStatus(client, { owner: where.owner, repo: where.repo, sha: where.headSha }, commitStatus);
    status = `${commitStatus.state}: ${commitStatus.description}`;
  } catch (error) {
    problems.push(explainApiError(`the ${commitStatus.context} status was not set`, error));
  }
  const waived = commitStatus !== what.status;
  return { ...(comment && { comment }), ...(status && { status }), ...(waived && { waived }), problems };
}
