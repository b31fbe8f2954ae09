/**
 * The bot half (docs/action.md): `/carbon-budget accept|recheck|help` in a PR conversation, and the
 * `carbon-budget: accepted` label. Permission is asked of the API, never taken from the payload; every
 * handled command is acknowledged with a reaction; anything that is not for us is left alone. Our own
 * comments are those our account wrote with our marker; what they say is display, except the report
 * a recheck judges again.
 */
import { z } from "zod";
import { type IssueComment, isOurs, listComments, readMarker } from "../github/comment.js";
import type { GitHubContext } from "../github/context.js";
import { ourLogin } from "../github/identity.js";
import type { GitHubClient } from "../github/octokit.js";
import { deniedReply, HELP_TEXT, unknownCommandReply } from "../render/bot-replies.js";
import { acceptHead } from "./accept.js";
import { ACCEPT_LABEL, CAN_ACCEPT, parseCommand } from "./command.js";
import { recheckHead } from "./recheck.js";
import { markedReply, repliedRecently, repliesSince } from "./replies.js";
import type { BotDeps, BotRequest, BotTurn, Sticky } from "./turn.js";

const userSchema = z.object({ login: z.string(), type: z.string().optional() });
const commentEventSchema = z.object({
  action: z.string(),
  issue: z.object({ number: z.number().int(), pull_request: z.unknown().optional() }),
  comment: z.object({
    id: z.number().int(),
    body: z.string().nullable().optional(),
    user: userSchema,
    created_at: z.iso.datetime({ offset: true }),
  }),
});
const labelEventSchema = z.object({
  action: z.literal("labeled"),
  label: z.object({ name: z.string() }),
  pull_request: z.object({
    number: z.number().int(),
    head: z.object({ sha: z.string() }),
    updated_at: z.iso.datetime({ offset: true }),
  }),
  sender: userSchema,
});

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
    return {
      number: issue.number,
      user: comment.user.login,
      command,
      at: comment.created_at,
      commentId: comment.id,
    };
  }
  if (gh.eventName === "pull_request" || gh.eventName === "pull_request_target") {
    const event = labelEventSchema.safeParse(gh.payload);
    if (!event.success || event.data.label.name !== ACCEPT_LABEL) return { ignore: "not the accept label" };
    if (event.data.sender.type === "Bot") return { ignore: "label added by a bot" };
    const pr = event.data.pull_request;
    return {
      number: pr.number,
      user: event.data.sender.login,
      command: { kind: "accept", reason: `label "${ACCEPT_LABEL}"` },
      // Labelling is the pull request's latest update, so its time is the label's.
      at: pr.updated_at,
      headWhenAsked: pr.head.sha,
    };
  }
  return { ignore: `event ${gh.eventName}` };
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
  const where = { ...repo, issueNumber: request.number };
  const login = await ourLogin(client);
  const turn: BotTurn = {
    deps,
    repo,
    request,
    login,
    react: async (content) => {
      if (request.commentId === undefined) return;
      await client.rest.reactions
        .createForIssueComment({ ...repo, comment_id: request.commentId, content })
        .catch(() => {});
    },
    reply: async (body) => {
      await client.rest.issues.createComment({ ...repo, issue_number: request.number, body });
    },
  };
  // Anyone can send these: answered at most once per person and PR in a while, always with a reaction.
  const answer = async (content: "+1" | "confused", text: string, outcome: string) => {
    await turn.react(content);
    const recent = await listComments(client, where, repliesSince(request.at));
    if (repliedRecently(recent, login, request.user, request.at)) return `${outcome} (answered recently)`;
    await turn.reply(markedReply(request.user, text));
    return outcome;
  };

  switch (request.command.kind) {
    case "help":
      return answer("+1", HELP_TEXT, "help");
    case "unknown":
      return answer("confused", unknownCommandReply(request.command.word), "unknown command");
  }
  if (!(await mayAccept(client, repo, request.user))) {
    return answer("confused", deniedReply(request.user, request.command.kind), "denied");
  }
  const { data: pr } = await client.rest.pulls.get({ ...repo, pull_number: request.number });
  const ours = (await listComments(client, where)).filter((c) => isOurs(login, c)).map(sticky);
  if (request.command.kind === "recheck") return recheckHead(turn, pr, ours);
  return acceptHead(turn, pr, ours, request.command.reason);
}

function sticky(comment: IssueComment): Sticky {
  const head = readMarker(comment.body ?? "")?.headSha;
  return {
    id: comment.id,
    body: comment.body ?? "",
    ...(head && { head }),
    updatedAt: comment.updated_at ?? comment.created_at ?? "",
  };
}
