/**
 * Commit history: list commits (`git log`, every parent, newest first), one commit with its files,
 * and compare (`base...head`: merge-base, ahead/behind, the head's commits oldest first).
 */
import {
  type Ctx,
  httpError,
  notFound,
  ok,
  paginate,
  type Reply,
  repoPath,
  resolveRef,
  route,
} from "../http.js";
import { commitJson } from "../shapes.js";
import type { Repo } from "../state.js";

const read = { access: "read", scopes: ["contents"] } as const;

/** Files that differ between two commits (none = the empty tree), as the API lists them. */
export function diffFiles(ctx: Ctx, from: string | undefined, to: string) {
  const git = ctx.state.git;
  const before = from ? git.files(from) : new Map<string, string>();
  const after = git.files(to);
  const lines = (blob?: string) =>
    blob ? (git.blobs.get(blob)?.toString("utf8").split("\n").length ?? 0) : 0;
  return [...new Set([...before.keys(), ...after.keys()])]
    .sort()
    .filter((path) => before.get(path) !== after.get(path))
    .map((filename) => {
      const [old, now] = [before.get(filename), after.get(filename)];
      const status = !old ? "added" : !now ? "removed" : "modified";
      const additions = status === "removed" ? 0 : lines(now);
      const deletions = status === "added" ? 0 : lines(old);
      return { sha: now ?? old, filename, status, additions, deletions, changes: additions + deletions };
    });
}

function listCommits(ctx: Ctx): Reply {
  if (![...ctx.repo.refs.keys()].some((r) => r.startsWith("heads/")))
    throw httpError(409, "Git Repository is empty.");
  const ref = ctx.query.get("sha") || ctx.repo.defaultBranch;
  const sha = resolveRef(ctx, ref);
  if (!sha) throw notFound(`No commit found for SHA: ${ref}`);
  const path = ctx.query.get("path");
  const git = ctx.state.git;
  const touches = (c: { sha: string; parents: string[] }) => {
    const at = (s: string | undefined) => (s ? git.files(s) : new Map<string, string>());
    const [mine, parent] = [at(c.sha), at(c.parents[0])];
    return [...mine.keys(), ...parent.keys()].some(
      (p) => (p === path || p.startsWith(`${path}/`)) && mine.get(p) !== parent.get(p),
    );
  };
  const commits = git.log(sha).filter((c) => !path || touches(c));
  const { page, headers } = paginate(ctx, commits, { path: repoPath(ctx, "/commits") });
  return { status: 200, body: page.map((c) => commitJson(ctx, ctx.repo, c)), headers };
}

function getCommit(ctx: Ctx): Reply {
  const ref = ctx.params.ref ?? "";
  const commit = ctx.state.git.commits.get(resolveRef(ctx, ref) ?? "");
  if (!commit) throw httpError(422, `No commit found for SHA: ${ref}`);
  const files = diffFiles(ctx, commit.parents[0], commit.sha);
  const sum = (key: "additions" | "deletions") => files.reduce((n, f) => n + f[key], 0);
  const stats = {
    additions: sum("additions"),
    deletions: sum("deletions"),
    total: sum("additions") + sum("deletions"),
  };
  return ok({ ...commitJson(ctx, ctx.repo, commit), stats, files });
}

/** One side of `base...head`: `ref`, `owner:ref` or `owner:repo:ref` (a fork in the network). */
function side(ctx: Ctx, spec: string): string | undefined {
  const parts = spec.split(":");
  const ref = parts.pop() ?? "";
  let repo: Repo | undefined = ctx.repo;
  if (parts.length > 0) {
    const [owner, name = ctx.repo.name] = parts;
    repo =
      ctx.state.repos.get(`${owner}/${name}`.toLowerCase()) ??
      [...ctx.state.repos.values()].find((r) => r.owner === owner);
  }
  return repo && resolveRef(ctx, ref, repo);
}

function compare(ctx: Ctx): Reply {
  const basehead = ctx.params.basehead ?? "";
  const [baseSpec, headSpec, ...rest] = basehead.split("...");
  if (!baseSpec || !headSpec || rest.length > 0) throw notFound();
  const [base, head] = [side(ctx, baseSpec), side(ctx, headSpec)];
  if (!base || !head) throw notFound();
  const git = ctx.state.git;
  const mergeBase = git.mergeBase(base, head);
  if (!mergeBase) throw notFound(`No common ancestor between ${baseSpec} and ${headSpec}.`);
  const ahead = git.log(head, git.ancestors(base)).reverse();
  const behindBy = git.log(base, git.ancestors(head)).length;
  const status =
    base === head ? "identical" : behindBy === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged";
  const paged = ctx.query.has("per_page") || ctx.query.has("page");
  // Without paging parameters GitHub sends the last 250 commits; with them, pages in order.
  const pageOf = paged
    ? paginate(ctx, ahead, {
        path: repoPath(ctx, `/compare/${basehead}`),
        defaultPerPage: 250,
        maxPerPage: 250,
      })
    : { page: ahead.slice(-250), headers: {} };
  const first = !paged || (ctx.query.get("page") ?? "1") === "1";
  const url = `${ctx.base}/repos/${ctx.repo.fullName}/compare/${basehead}`;
  const html = `https://github.com/${ctx.repo.fullName}/compare/${basehead}`;
  const body = {
    url,
    html_url: html,
    permalink_url: `https://github.com/${ctx.repo.fullName}/compare/${ctx.repo.owner}:${base.slice(0, 7)}...${ctx.repo.owner}:${head.slice(0, 7)}`,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    base_commit: commitJson(ctx, ctx.repo, git.commits.get(base) ?? never()),
    merge_base_commit: commitJson(ctx, ctx.repo, git.commits.get(mergeBase) ?? never()),
    status,
    ahead_by: ahead.length,
    behind_by: behindBy,
    total_commits: ahead.length,
    commits: pageOf.page.map((c) => commitJson(ctx, ctx.repo, c)),
    ...(first && { files: diffFiles(ctx, mergeBase, head).slice(0, 300) }),
  };
  return { status: 200, body, headers: pageOf.headers };
}

function never(): never {
  throw new Error("a resolved sha without a commit");
}

export const commitRoutes = [
  route("GET", "/repos/:owner/:repo/commits", read, listCommits),
  route("GET", "/repos/:owner/:repo/compare/*basehead", read, compare),
  // Last: `commits/*ref` would also match `commits/{ref}/statuses`.
  route("GET", "/repos/:owner/:repo/commits/*ref", read, getCommit),
];
