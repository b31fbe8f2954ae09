/**
 * Issues as far as a PR bot needs them: the issue itself, its comments (list, create, edit, delete),
 * reactions on comments, and labels. Every pull request is also an issue.
 */
import {
  type Ctx,
  httpError,
  notFound,
  ok,
  paginate,
  type Reply,
  repoPath,
  route,
  stringParam,
  validationFailed,
} from "../http.js";
import { authorAssociation, commentJson, labelJson, REACTION_CONTENTS, userJson } from "../shapes.js";
import type { Comment, Issue } from "../state.js";

/** GitHub's limit on a comment body, counted in characters (code points), not UTF-16 units. */
export const MAX_COMMENT_CHARS = 65_536;

const ISSUE_SCOPES = ["issues", "pull_requests"] as const;
const read = { access: "read", scopes: ISSUE_SCOPES } as const;
const write = { access: "write", scopes: ISSUE_SCOPES, anyUser: true } as const;

function issueOf(ctx: Ctx): Issue {
  const issue = ctx.repo.issues.get(Number(ctx.params.number));
  if (!issue) throw notFound();
  if (issue.pull) ctx.state.syncPullRequest(ctx.repo, issue);
  return issue;
}

function commentOf(ctx: Ctx): { issue: Issue; comment: Comment } {
  const id = Number(ctx.params.id);
  for (const issue of ctx.repo.issues.values()) {
    const comment = issue.comments.find((c) => c.id === id);
    if (comment) return { issue, comment };
  }
  throw notFound();
}

function checkBody(ctx: Ctx): string {
  const body = stringParam(ctx, "body", true) as string;
  if (body.length === 0) throw validationFailed("IssueComment", "body", "missing_field");
  if ([...body].length > MAX_COMMENT_CHARS) {
    throw validationFailed(
      "IssueComment",
      "data",
      "unprocessable",
      `Body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`,
    );
  }
  return body;
}

/** Someone else's comment may be edited only with write access to issues or pull requests. */
function mayChange(ctx: Ctx, comment: Comment): void {
  const scopes = ctx.identity?.scopes;
  const canModerate = scopes?.issues === "write" || scopes?.pull_requests === "write";
  if (!canModerate && comment.user.login !== ctx.identity?.login) {
    throw httpError(403, "Resource not accessible by personal access token");
  }
}

export function issueJson(ctx: Ctx, issue: Issue) {
  const base = `${ctx.base}/repos/${ctx.repo.fullName}`;
  return {
    id: issue.number + ctx.repo.id * 10_000,
    number: issue.number,
    url: `${base}/issues/${issue.number}`,
    html_url: `https://github.com/${ctx.repo.fullName}/${issue.pull ? "pull" : "issues"}/${issue.number}`,
    comments_url: `${base}/issues/${issue.number}/comments`,
    title: issue.title,
    body: issue.body,
    user: userJson(ctx, issue.user),
    state: issue.state,
    labels: issue.labels.map((name) => labelJson(ctx, ctx.repo, name)),
    comments: issue.comments.length,
    created_at: issue.createdAt,
    author_association: authorAssociation(ctx.repo, issue.user.login),
    ...(issue.pull && { pull_request: { url: `${base}/pulls/${issue.number}`, merged_at: null } }),
  };
}

function listComments(ctx: Ctx): Reply {
  const issue = issueOf(ctx);
  const since = ctx.query.get("since");
  const comments = since ? issue.comments.filter((c) => c.updatedAt >= since) : issue.comments;
  const { page, headers } = paginate(ctx, comments, {
    path: repoPath(ctx, `/issues/${issue.number}/comments`),
  });
  return { status: 200, body: page.map((c) => commentJson(ctx, ctx.repo, issue, c)), headers };
}

function createComment(ctx: Ctx): Reply {
  const issue = issueOf(ctx);
  const body = checkBody(ctx);
  const now = ctx.state.now();
  const comment = {
    id: ctx.state.id(),
    issue: issue.number,
    user: ctx.state.user(ctx.identity?.login ?? ""),
    body,
    createdAt: now,
    updatedAt: now,
    reactions: [],
  };
  issue.comments.push(comment);
  const json = commentJson(ctx, ctx.repo, issue, comment);
  return { status: 201, body: json, headers: { location: json.url } };
}

function updateComment(ctx: Ctx): Reply {
  const { issue, comment } = commentOf(ctx);
  mayChange(ctx, comment);
  comment.body = checkBody(ctx);
  comment.updatedAt = ctx.state.now();
  return ok(commentJson(ctx, ctx.repo, issue, comment));
}

function deleteComment(ctx: Ctx): Reply {
  const { issue, comment } = commentOf(ctx);
  mayChange(ctx, comment);
  issue.comments.splice(issue.comments.indexOf(comment), 1);
  return { status: 204 };
}

function createReaction(ctx: Ctx): Reply {
  const { comment } = commentOf(ctx);
  const content = stringParam(ctx, "content", true) as string;
  if (!REACTION_CONTENTS.includes(content)) throw validationFailed("Reaction", "content", "invalid");
  const login = ctx.identity?.login ?? "";
  const existing = comment.reactions.find((r) => r.content === content && r.user.login === login);
  const reaction = existing ?? {
    id: ctx.state.id(),
    user: ctx.state.user(login),
    content,
    createdAt: ctx.state.now(),
  };
  if (!existing) comment.reactions.push(reaction);
  const body = {
    id: reaction.id,
    node_id: `REA_${reaction.id}`,
    user: userJson(ctx, reaction.user),
    content,
    created_at: reaction.createdAt,
  };
  return ok(body, existing ? 200 : 201);
}

function listReactions(ctx: Ctx): Reply {
  const { comment } = commentOf(ctx);
  const content = ctx.query.get("content");
  const reactions = comment.reactions.filter((r) => !content || r.content === content);
  const { page, headers } = paginate(ctx, reactions, {
    path: repoPath(ctx, `/issues/comments/${comment.id}/reactions`),
  });
  const body = page.map((r) => ({
    id: r.id,
    node_id: `REA_${r.id}`,
    user: userJson(ctx, r.user),
    content: r.content,
    created_at: r.createdAt,
  }));
  return { status: 200, body, headers };
}

function addLabels(ctx: Ctx): Reply {
  const issue = issueOf(ctx);
  const labels = ctx.body.labels;
  if (!Array.isArray(labels) || labels.some((l) => typeof l !== "string")) throw invalidLabels();
  for (const name of labels as string[]) if (!issue.labels.includes(name)) issue.labels.push(name);
  return ok(issue.labels.map((name) => labelJson(ctx, ctx.repo, name)));
}

const invalidLabels = () => validationFailed("Label", "labels", "invalid");

export const issueRoutes = [
  route("GET", "/repos/:owner/:repo/issues/comments/:id/reactions", read, listReactions),
  route("POST", "/repos/:owner/:repo/issues/comments/:id/reactions", write, createReaction),
  route("GET", "/repos/:owner/:repo/issues/comments/:id", read, (ctx) => {
    const { issue, comment } = commentOf(ctx);
    return ok(commentJson(ctx, ctx.repo, issue, comment));
  }),
  route("PATCH", "/repos/:owner/:repo/issues/comments/:id", write, updateComment),
  route("DELETE", "/repos/:owner/:repo/issues/comments/:id", write, deleteComment),
  route("GET", "/repos/:owner/:repo/issues/:number/comments", read, listComments),
  route("POST", "/repos/:owner/:repo/issues/:number/comments", write, createComment),
  route("GET", "/repos/:owner/:repo/issues/:number/labels", read, (ctx) => {
    const issue = issueOf(ctx);
    const { page, headers } = paginate(ctx, issue.labels, {
      path: repoPath(ctx, `/issues/${issue.number}/labels`),
    });
    return { status: 200, body: page.map((name) => labelJson(ctx, ctx.repo, name)), headers };
  }),
  route("POST", "/repos/:owner/:repo/issues/:number/labels", { ...write, anyUser: false }, addLabels),
  route("GET", "/repos/:owner/:repo/issues/:number", read, (ctx) => ok(issueJson(ctx, issueOf(ctx)))),
];
