/**
 * Pull requests: one (with head and base, fork or not), the list with its filters, and the files a
 * pull request changes (head against the merge-base, as GitHub's "Files changed" tab).
 */
import { type Ctx, notFound, ok, paginate, type Reply, repoPath, route } from "../http.js";
import { labelJson, repoJson, userJson } from "../shapes.js";
import type { Issue, Repo } from "../state.js";
import { diffFiles } from "./commits.js";

const read = { access: "read", scopes: ["pull_requests"] } as const;

function pullOf(ctx: Ctx): Issue {
  const issue = ctx.repo.issues.get(Number(ctx.params.number));
  if (!issue?.pull) throw notFound();
  ctx.state.syncPullRequest(ctx.repo, issue);
  return issue;
}

function branchJson(ctx: Ctx, repo: Repo, ref: string, sha: string) {
  const owner = ctx.state.user(repo.owner);
  return { label: `${repo.owner}:${ref}`, ref, sha, user: userJson(ctx, owner), repo: repoJson(ctx, repo) };
}

export function pullJson(ctx: Ctx, issue: Issue) {
  const pull = issue.pull;
  if (!pull) throw notFound();
  const git = ctx.state.git;
  const base = `${ctx.base}/repos/${ctx.repo.fullName}`;
  const mergeBase = git.mergeBase(pull.baseSha, pull.headSha);
  const commits = git.log(pull.headSha, mergeBase ? git.ancestors(mergeBase) : new Set()).length;
  return {
    url: `${base}/pulls/${issue.number}`,
    id: issue.number + ctx.repo.id * 10_000,
    node_id: `PR_${ctx.repo.id}_${issue.number}`,
    html_url: `https://github.com/${ctx.repo.fullName}/pull/${issue.number}`,
    issue_url: `${base}/issues/${issue.number}`,
    comments_url: `${base}/issues/${issue.number}/comments`,
    statuses_url: `${base}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userJson(ctx, issue.user),
    body: issue.body,
    labels: issue.labels.map((name) => labelJson(ctx, ctx.repo, name)),
    created_at: issue.createdAt,
    updated_at: issue.createdAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: pull.mergeSha,
    draft: pull.draft,
    head: branchJson(ctx, pull.headRepo, pull.head, pull.headSha),
    base: branchJson(ctx, ctx.repo, pull.base, pull.baseSha),
    author_association:
      issue.user.login === ctx.repo.owner
        ? "OWNER"
        : ctx.repo.collaborators.has(issue.user.login)
          ? "COLLABORATOR"
          : "CONTRIBUTOR",
    merged: false,
    mergeable: true,
    mergeable_state: "clean",
    comments: issue.comments.length,
    commits,
    changed_files: changedFiles(ctx, issue).length,
  };
}

function changedFiles(ctx: Ctx, issue: Issue) {
  const pull = issue.pull;
  return pull ? diffFiles(ctx, ctx.state.git.mergeBase(pull.baseSha, pull.headSha), pull.headSha) : [];
}

function listPulls(ctx: Ctx): Reply {
  const state = ctx.query.get("state") ?? "open";
  const head = ctx.query.get("head");
  const baseBranch = ctx.query.get("base");
  const pulls = [...ctx.repo.issues.values()]
    .filter((issue) => issue.pull && (state === "all" || issue.state === state))
    .filter((issue) => !baseBranch || issue.pull?.base === baseBranch)
    .filter((issue) => !head || `${issue.pull?.headRepo.owner}:${issue.pull?.head}` === head)
    .sort((a, b) => b.number - a.number);
  for (const issue of pulls) ctx.state.syncPullRequest(ctx.repo, issue);
  const { page, headers } = paginate(ctx, pulls, { path: repoPath(ctx, "/pulls") });
  return { status: 200, body: page.map((issue) => pullJson(ctx, issue)), headers };
}

export const pullRoutes = [
  route("GET", "/repos/:owner/:repo/pulls", read, listPulls),
  route("GET", "/repos/:owner/:repo/pulls/:number/files", read, (ctx) => {
    const issue = pullOf(ctx);
    const { page, headers } = paginate(ctx, changedFiles(ctx, issue), {
      path: repoPath(ctx, `/pulls/${issue.number}/files`),
    });
    return { status: 200, body: page, headers };
  }),
  route("GET", "/repos/:owner/:repo/pulls/:number", read, (ctx) => ok(pullJson(ctx, pullOf(ctx)))),
];
