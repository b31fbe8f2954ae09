/**
 * The bot half (DESIGN.md "Bot"): `/carbon-budget accept|recheck|help` in a PR conversation, and the
 * `carbon-budget: accepted` label. Permission is asked of the API, never taken from the payload; every
 * handled command is acknowledged with a reaction; anything that is not for us is left alone.
 */
import { z } from "zod";
import { type CommentAuthor, commentAuthor, isOurs, readMarker } from "../github/comment.js";
import type { GitHubContext } from "../github/context.js";
import type { GitHubClient } from "../github/octokit.js";
import { setStatus } from "../github/status.js";
import { readEmbeddedReport } from "../report/embedded-report.js";
import type { Report } from "../report/schema.js";
import { ACCEPT_LABEL, type BotCommand, CAN_ACCEPT, HELP_TEXT, parseCommand } from "./command.js";
import { type Waiver, waiverStatus, withWaiver } from "./waiver.js";

const userSchema = z.object({ login: z.string(), type: z.string().optional() });
const commentEventSchema = z.object({
  action: z.string(),
  issue: z.object({ number: z.number().int(), pull_request: z.unknown().optional() }),
  comment: z.object({ id: z.number().int(), body: z.string().nullable().optional(), user: userSchema }),
});
const labelEventSchema = z.object({
  action: z.literal("labeled"),
  label: z.object({ name: z.string() }),
  pull_request: z.object({ number: z.number().int() }),
  sender: userSchema,
});

export interface BotRequest {
  number: number;
  user: string;
  command: BotCommand;
  /** The comment to react to; a label has none. */
  commentId?: number;
}

/** What the event asks of the bot (pure), or why it is none of our business. */
export function botRequest(
  gh: Pick<GitHubContext, "eventName" | "payload">,
): BotRequest | { ignore: string } {
  if (gh.eventName === "issue_comment") {
    const event = commentEventSchema.safeParse(gh.payload);
    if (!event.success) return { ignore: "not an issue comment payload" };
    const { action, issue, comment } = event.data;
    if (action !== "created") return { ignore: `comment ${action}, not created` };
    if (comment.user.type === "Bot") return { ignore: "comment by a bot" };
    if (issue.pull_request === undefined || issue.pull_request === null)
      return { ignore: "not a pull request" };
    const command = parseCommand(comment.body ?? "");
    if (!command) return { ignore: "not a /carbon-budget command" };
    return { number: issue.number, user: comment.user.login, command, commentId: comment.id };
  }
  if (gh.eventName === "pull_request" || gh.eventName === "pull_request_target") {
    const event = labelEventSchema.safeParse(gh.payload);
    if (!event.success || event.data.label.name !== ACCEPT_LABEL) return { ignore: "not the accept label" };
    if (event.data.sender.type === "Bot") return { ignore: "label added by a bot" };
    return {
      number: event.data.pull_request.number,
      user: event.data.sender.login,
      command: { kind: "accept", reason: `label "${ACCEPT_LABEL}"` },
    };
  }
  return { ignore: `event ${gh.eventName}` };
}

export interface BotDeps {
  client: GitHubClient;
  token: string;
  gh: GitHubContext;
  /** Re-judges a report for a PR and publishes it (the action's reporting, injected). */
  recheck: (
    report: Report,
    pr: { number: number; headSha: string; baseSha: string; baseRef: string; headRef: string },
    key: { workflow: string; job: string; runId: string; runAttempt: number },
  ) => Promise<string>;
  log: (line: string) => void;
  now?: () => Date;
}

async function mayAccept(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  user: string,
): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: user });
    // The legacy `permission` folds maintain (and custom roles built on write) into write; role_name
    // names the exact role. Either one saying the user can push is enough.
    const role = (data as { role_name?: string }).role_name;
    return CAN_ACCEPT.has(data.permission) || (role !== undefined && CAN_ACCEPT.has(role));
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

export async function handleBot(request: BotRequest, deps: BotDeps): Promise<string> {
  const { client, gh } = deps;
  const repo = { owner: gh.owner, repo: gh.repo };
  const react = async (content: "+1" | "confused" | "eyes") => {
    if (request.commentId === undefined) return;
    await client.rest.reactions
      .createForIssueComment({ ...repo, comment_id: request.commentId, content })
      .catch(() => {});
  };
  const reply = (body: string) =>
    client.rest.issues.createComment({ ...repo, issue_number: request.number, body });

  switch (request.command.kind) {
    case "help":
      await react("+1");
      await reply(HELP_TEXT);
      return "help";
    case "unknown":
      await react("confused");
      await reply(`I don't know \`${request.command.word.replace(/`/g, "")}\`.\n\n${HELP_TEXT}`);
      return "unknown command";
  }
  if (!(await mayAccept(client, repo, request.user))) {
    await react("confused");
    await reply(
      `Sorry @${request.user}, only people with write access to this repository can use \`/carbon-budget ${request.command.kind}\`. Nothing was changed.`,
    );
    return "denied";
  }
  const { data: pr } = await client.rest.pulls.get({ ...repo, pull_number: request.number });
  const ours = await stickyComments(client, repo, request.number, await commentAuthor(client, deps.token));
  if (request.command.kind === "recheck") {
    const latest = ours.at(-1);
    let report: Report | undefined;
    try {
      report = latest ? readEmbeddedReport(latest.body) : undefined;
    } catch (error) {
      await react("confused");
      await reply(
        `I could not read the report kept in the carbon-budget comment (${(error as Error).message}); re-run the workflow that measures this pull request.`,
      );
      return "damaged report";
    }
    if (!latest || !report) {
      await react("confused");
      await reply(
        "I found no carbon-budget report on this pull request to recheck; re-run the workflow that measures it.",
      );
      return "nothing to recheck";
    }
    const measuredOn = readMarker(latest.body)?.headSha;
    if (measuredOn && measuredOn !== pr.head.sha) {
      // The head moved since the report was measured: judging the new commit by it would pass
      // (or fail) code nobody measured. Its own run will report.
      await react("confused");
      await reply(
        `The last carbon-budget report is for ${measuredOn.slice(0, 7)}, but the pull request is now at ${pr.head.sha.slice(0, 7)}; wait for its run (or re-run it), then recheck.`,
      );
      return "report is for an older commit";
    }
    const marker = readMarker(latest.body);
    const [workflow = gh.workflow, ...job] = (marker?.key ?? "").split("/");
    // pr.base.sha is the base branch as it was when the PR was opened or last pushed to; a recheck
    // judges by the base branch as it is now (its budgets; the merge-base is the same either way).
    const { data: base } = await client.rest.repos.getBranch({ ...repo, branch: pr.base.ref });
    const outcome = await deps.recheck(
      report,
      {
        number: pr.number,
        headSha: pr.head.sha,
        baseSha: base.commit.sha,
        baseRef: pr.base.ref,
        headRef: pr.head.ref,
      },
      {
        workflow,
        job: job.join("/") || gh.job,
        runId: marker?.runId ?? gh.runId,
        runAttempt: marker?.runAttempt ?? 1,
      },
    );
    await react("+1");
    return `rechecked: ${outcome}`;
  }
  const waiver: Waiver = {
    sha: pr.head.sha,
    user: request.user,
    reason: request.command.reason,
    at: (deps.now?.() ?? new Date()).toISOString(),
  };
  for (const comment of ours) {
    await client.rest.issues.updateComment({
      ...repo,
      comment_id: comment.id,
      body: withWaiver(comment.body, waiver),
    });
  }
  await setStatus(
    client,
    { ...repo, sha: pr.head.sha },
    { state: "success", context: "carbon-budget", description: waiverStatus(waiver) },
  );
  await react("+1");
  return `accepted for ${pr.head.sha.slice(0, 7)}`;
}

/** Our sticky comments on the PR: marked, and written by our identity (anyone can copy a marker). */
async function stickyComments(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  number: number,
  author: CommentAuthor,
) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100,
  });
  return comments
    .filter((c) => isOurs(author, c.user) && c.body && readMarker(c.body))
    .map((c) => ({ id: c.id, body: c.body ?? "" }));
}
