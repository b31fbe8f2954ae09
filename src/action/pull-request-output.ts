/**
 * Posting the outcome to GitHub: the sticky comment and the commit status. Each call is allowed to
 * fail for reasons that are ours or GitHub's (an outage, a fork's read-only token): the failure is
 * said in the log and the summary, and the user's build goes on. A failing budget that a maintainer
 * accepted for this very head commit (a waiver on the data branch) turns the status green.
 */

import { type CommentKey, upsertComment } from "../github/comment.js";
import { ourLogin } from "../github/identity.js";
import type { GitHubClient } from "../github/octokit.js";
import { type StatusState, setStatus } from "../github/status.js";
import { readWaiver, type Waiver } from "../github/waiver-store.js";
import { waiverStatus, withWaiverNotice } from "../render/bot-replies.js";

export interface PostOutcome {
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
    return `${what}: the token may not write here (HTTP ${status}); on a pull request from a fork the token is read-only, so publish with \`mode: publish\` in a workflow_run workflow (see docs/action.md, "Pull requests from forks")`;
  }
  return `${what}: GitHub API error${status ? ` (HTTP ${status})` : ""}: ${(error as Error).message}`;
}

export async function postToPullRequest(
  client: GitHubClient,
  where: { owner: string; repo: string; number: number; headSha: string; dataBranch: string },
  what: {
    key: CommentKey;
    body?: string;
    mode: "update" | "new" | "off";
    status: { state: StatusState; description: string; context: string; targetUrl?: string };
  },
): Promise<PostOutcome> {
  const problems: string[] = [];
  const repo = { owner: where.owner, repo: where.repo };
  let waiver: Waiver | undefined;
  if (what.status.state === "failure") {
    try {
      waiver = await readWaiver(client, repo, where.dataBranch, where.number, where.headSha);
    } catch (error) {
      // Unreadable is not accepted: the budget's verdict stands.
      problems.push(`a waiver could not be read, so none applies: ${(error as Error).message}`);
    }
  }
  const commitStatus = waiver
    ? { ...what.status, state: "success" as const, description: waiverStatus(waiver) }
    : what.status;
  let comment: string | undefined;
  if (what.mode !== "off" && what.body) {
    try {
      const body = waiver ? withWaiverNotice(what.body, waiver) : what.body;
      const result = await upsertComment(
        client,
        { ...repo, issueNumber: where.number },
        what.key,
        body,
        what.mode === "update" ? { mode: "update", login: () => ourLogin(client) } : { mode: "new" },
      );
      comment = `${result.outcome}${result.url ? ` ${result.url}` : ""}`;
    } catch (error) {
      problems.push(explainApiError("the PR comment was not posted", error));
    }
  }
  let status: string | undefined;
  try {
    await setStatus(client, { ...repo, sha: where.headSha }, commitStatus);
    status = `${commitStatus.state}: ${commitStatus.description}`;
  } catch (error) {
    problems.push(explainApiError(`the ${commitStatus.context} status was not set`, error));
  }
  return {
    ...(comment && { comment }),
    ...(status && { status }),
    ...(waiver && { waived: true }),
    problems,
  };
}
