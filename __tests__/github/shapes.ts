/**
 * The JSON the stand-in sends, shaped like the REST API's (the fields clients read, with the real
 * names and types; not every field GitHub sends).
 */
import type { GitCommit } from "./git.js";
import type { Ctx } from "./http.js";
import {
  ACTIONS_BOT,
  type CheckRun,
  type Comment,
  type Issue,
  type Repo,
  type Status,
  type User,
} from "./state.js";

const WEB = "https://github.com";

export const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}:${id}`).toString("base64");

export function userJson(ctx: Ctx, user: User) {
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    url: `${ctx.base}/users/${encodeURIComponent(user.login)}`,
    html_url:
      user.type === "Bot" ? `${WEB}/apps/${user.login.replace(/\[bot\]$/, "")}` : `${WEB}/${user.login}`,
    type: user.type,
    site_admin: false,
  };
}

export function repoJson(ctx: Ctx, repo: Repo) {
  const owner = ctx.state.users.get(repo.owner) ?? { login: repo.owner, id: 0, type: "User" as const };
  const role =
    ctx.identity &&
    (repo.owner === ctx.identity.login ? "admin" : repo.collaborators.get(ctx.identity.login));
  return {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    visibility: repo.private ? "private" : "public",
    owner: userJson(ctx, owner),
    html_url: `${WEB}/${repo.fullName}`,
    url: `${ctx.base}/repos/${repo.fullName}`,
    fork: repo.fork,
    default_branch: repo.defaultBranch,
    ...(ctx.identity && {
      permissions: {
        admin: role === "admin",
        maintain: role === "admin" || role === "maintain",
        push: role === "admin" || role === "maintain" || role === "write",
        triage: role !== undefined && role !== "read",
        pull: true,
      },
    }),
  };
}

const parentJson = (ctx: Ctx, repo: Repo, sha: string) => ({
  sha,
  url: `${ctx.base}/repos/${repo.fullName}/commits/${sha}`,
  html_url: `${WEB}/${repo.fullName}/commit/${sha}`,
});

const UNSIGNED = { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null };

/** The git data API's commit (`/git/commits/{sha}`). */
export function gitCommitJson(ctx: Ctx, repo: Repo, commit: GitCommit) {
  return {
    sha: commit.sha,
    node_id: nodeId("Commit", commit.sha),
    url: `${ctx.base}/repos/${repo.fullName}/git/commits/${commit.sha}`,
    html_url: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${ctx.base}/repos/${repo.fullName}/git/trees/${commit.tree}` },
    parents: commit.parents.map((p) => parentJson(ctx, repo, p)),
    verification: UNSIGNED,
  };
}

/** The commits API's commit (`/commits`, `/compare`), with the git commit nested under `commit`. */
export function commitJson(ctx: Ctx, repo: Repo, commit: GitCommit) {
  return {
    ...parentJson(ctx, repo, commit.sha),
    node_id: nodeId("Commit", commit.sha),
    comments_url: `${ctx.base}/repos/${repo.fullName}/commits/${commit.sha}/comments`,
    commit: {
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${ctx.base}/repos/${repo.fullName}/git/trees/${commit.tree}` },
      url: `${ctx.base}/repos/${repo.fullName}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: UNSIGNED,
    },
    author: null,
    committer: null,
    parents: commit.parents.map((p) => parentJson(ctx, repo, p)),
  };
}

const REACTIONS = ["+1", "-1", "laugh", "hooray", "confused", "heart", "rocket", "eyes"] as const;
export const REACTION_CONTENTS: readonly string[] = REACTIONS;

export function authorAssociation(repo: Repo, login: string): string {
  if (login === repo.owner) return "OWNER";
  if (repo.collaborators.has(login)) return "COLLABORATOR";
  return "NONE";
}

export function commentJson(ctx: Ctx, repo: Repo, issue: Issue, comment: Comment) {
  const counts = Object.fromEntries(
    REACTIONS.map((r) => [r, comment.reactions.filter((x) => x.content === r).length]),
  );
  const url = `${ctx.base}/repos/${repo.fullName}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: nodeId("IssueComment", comment.id),
    url,
    html_url: `${WEB}/${repo.fullName}/${issue.pull ? "pull" : "issues"}/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${ctx.base}/repos/${repo.fullName}/issues/${issue.number}`,
    body: comment.body,
    user: userJson(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(repo, comment.user.login),
    performed_via_github_app:
      comment.user.login === ACTIONS_BOT.login
        ? { id: 15368, slug: "github-actions", name: "GitHub Actions" }
        : null,
    reactions: { url: `${url}/reactions`, total_count: comment.reactions.length, ...counts },
  };
}

export function labelJson(ctx: Ctx, repo: Repo, name: string) {
  return {
    id: [...name].reduce((h, c) => (h * 31 + (c.codePointAt(0) ?? 0)) >>> 0, 7),
    node_id: nodeId("Label", name),
    url: `${ctx.base}/repos/${repo.fullName}/labels/${encodeURIComponent(name)}`,
    name,
    color: "ededed",
    default: false,
    description: null,
  };
}

export function statusJson(ctx: Ctx, repo: Repo, status: Status) {
  return {
    url: `${ctx.base}/repos/${repo.fullName}/statuses/${status.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${status.creator.id}?v=4`,
    id: status.id,
    node_id: nodeId("StatusContext", status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: userJson(ctx, status.creator),
  };
}

export function checkRunJson(ctx: Ctx, repo: Repo, run: CheckRun) {
  return {
    id: run.id,
    node_id: nodeId("CheckRun", run.id),
    head_sha: run.headSha,
    external_id: run.externalId,
    url: `${ctx.base}/repos/${repo.fullName}/check-runs/${run.id}`,
    html_url: `${WEB}/${repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      ...run.output,
      annotations_count: 0,
      annotations_url: `${ctx.base}/repos/${repo.fullName}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: { id: 15368, slug: "github-actions", name: "GitHub Actions" },
    pull_requests: [],
  };
}
