/**
 * The contents API: read a file or a directory at a ref, and create, update or delete a file, each
 * write one new commit on top of the branch's current head. A write names the blob it replaces:
 * none given for an existing file is 422 `"sha" wasn't supplied.`, a different one is 409, so two
 * writers that read the same version cannot both land. Sizes as on GitHub: a file over 1 MB comes
 * with an empty `content` and `encoding: "none"` (only the raw media type or the git blobs API give
 * its bytes, up to 100 MB), and a directory lists its first 1,000 entries.
 */
import type { TreeEntry } from "../git.js";
import {
  type Ctx,
  httpError,
  invalidRequest,
  notFound,
  ok,
  type Reply,
  resolveRef,
  route,
  stringParam,
} from "../http.js";
import { gitCommitJson } from "../shapes.js";

const read = { access: "read", scopes: ["contents"] } as const;
const write = { access: "write", scopes: ["contents"] } as const;
const MAX_JSON_BLOB = 1024 * 1024;
export const MAX_API_BLOB = 100 * 1024 * 1024;
const MAX_DIRECTORY_ENTRIES = 1000;

/** Base64 in 60-character lines, as the API sends file content. */
export const base64Lines = (data: Buffer) => `${data.toString("base64").replace(/.{60}/g, "$&\n")}\n`;

const cleanPath = (path: string | undefined) => (path ?? "").replace(/^\/+|\/+$/g, "");

function lookup(ctx: Ctx, treeSha: string, path: string): TreeEntry | undefined {
  let entry: TreeEntry | undefined = { name: "", mode: "040000", type: "tree", sha: treeSha };
  for (const part of path.split("/").filter(Boolean)) {
    entry =
      entry?.type === "tree" ? ctx.state.git.trees.get(entry.sha)?.find((e) => e.name === part) : undefined;
  }
  return entry;
}

function entryJson(ctx: Ctx, path: string, entry: TreeEntry, ref: string) {
  const repo = ctx.repo.fullName;
  const url = `${ctx.base}/repos/${repo}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${ctx.base}/repos/${repo}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`;
  const html = `https://github.com/${repo}/${entry.type === "tree" ? "tree" : "blob"}/${ref}/${path}`;
  return {
    type: entry.type === "tree" ? "dir" : "file",
    size: entry.type === "tree" ? 0 : (ctx.state.git.blobs.get(entry.sha)?.length ?? 0),
    name: path.split("/").pop() ?? path,
    path,
    sha: entry.sha,
    url,
    git_url: git,
    html_url: html,
    download_url: entry.type === "tree" ? null : `https://raw.githubusercontent.com/${repo}/${ref}/${path}`,
    _links: { self: url, git, html },
  };
}

function getContent(ctx: Ctx): Reply {
  const ref = ctx.query.get("ref") || ctx.repo.defaultBranch;
  const sha = resolveRef(ctx, ref);
  const commit = sha && ctx.state.git.commits.get(sha);
  if (!commit) throw notFound(`No commit found for the ref ${ref}`);
  const path = cleanPath(ctx.params.path);
  const entry = lookup(ctx, commit.tree, path);
  if (!entry) throw notFound();
  if (entry.type === "tree") {
    const children = (ctx.state.git.trees.get(entry.sha) ?? []).slice(0, MAX_DIRECTORY_ENTRIES);
    return ok(
      children.map((child) => entryJson(ctx, path ? `${path}/${child.name}` : child.name, child, ref)),
    );
  }
  const data = ctx.state.git.blobs.get(entry.sha) ?? Buffer.alloc(0);
  if (data.length > MAX_API_BLOB) throw tooLarge();
  if (/\.raw\b|vnd\.github\.raw/.test(ctx.accept)) {
    return {
      status: 200,
      raw: data,
      headers: { "content-type": "application/vnd.github.raw; charset=utf-8" },
    };
  }
  if (data.length > MAX_JSON_BLOB) {
    return ok({ ...entryJson(ctx, path, entry, ref), encoding: "none", content: "" });
  }
  return ok({ ...entryJson(ctx, path, entry, ref), encoding: "base64", content: base64Lines(data) });
}

/** Over 100 MB, neither the contents nor the git blobs API gives a file's bytes. */
export const tooLarge = () =>
  httpError(
    403,
    "This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.",
    { errors: [{ resource: "Blob", field: "data", code: "too_large" }] },
  );

/** The branch a write goes to, its head (none in an empty repository) and its files. */
function target(ctx: Ctx) {
  const branch = stringParam(ctx, "branch", false) || ctx.repo.defaultBranch;
  const head = ctx.repo.refs.get(`heads/${branch}`);
  const empty = ![...ctx.repo.refs.keys()].some((r) => r.startsWith("heads/"));
  if (!head && !(empty && branch === ctx.repo.defaultBranch)) throw notFound(`Branch ${branch} not found`);
  return { branch, head, files: head ? ctx.state.git.files(head) : new Map<string, string>() };
}

function commitFiles(ctx: Ctx, at: ReturnType<typeof target>, message: string) {
  const git = ctx.state.git;
  const commit = git.writeCommit({
    tree: git.writeTree(at.files),
    parents: at.head ? [at.head] : [],
    message,
    date: ctx.state.now(),
    author: ctx.body.author as Record<string, string> | undefined,
    committer: ctx.body.committer as Record<string, string> | undefined,
  });
  ctx.repo.refs.set(`heads/${at.branch}`, commit.sha);
  return commit;
}

function putContent(ctx: Ctx): Reply {
  const path = cleanPath(ctx.params.path);
  const message = stringParam(ctx, "message", true) as string;
  const content = stringParam(ctx, "content", true) as string;
  if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw invalidRequest("content is not valid Base64");
  const at = target(ctx);
  const existing = at.files.get(path);
  const given = stringParam(ctx, "sha", false);
  if (existing && given === undefined) throw invalidRequest(`"sha" wasn't supplied.`);
  if (existing && given !== existing) throw httpError(409, `${path} does not match ${given}`);
  if ([...at.files.keys()].some((p) => p.startsWith(`${path}/`) || path.startsWith(`${p}/`))) {
    throw httpError(422, `${path} would replace a directory, or a file on its path`);
  }
  at.files.set(path, ctx.state.git.writeBlob(Buffer.from(content, "base64")));
  const commit = commitFiles(ctx, at, message);
  const entry = lookup(ctx, commit.tree, path) as TreeEntry;
  return ok(
    { content: entryJson(ctx, path, entry, at.branch), commit: gitCommitJson(ctx, ctx.repo, commit) },
    existing ? 200 : 201,
  );
}

function deleteContent(ctx: Ctx): Reply {
  const path = cleanPath(ctx.params.path);
  const message = stringParam(ctx, "message", true) as string;
  const given = stringParam(ctx, "sha", true) as string;
  const at = target(ctx);
  const existing = at.files.get(path);
  if (!existing) throw notFound();
  if (given !== existing) throw httpError(409, `${path} does not match ${given}`);
  at.files.delete(path);
  const commit = commitFiles(ctx, at, message);
  return ok({ content: null, commit: gitCommitJson(ctx, ctx.repo, commit) });
}

export const contentRoutes = [
  route("GET", "/repos/:owner/:repo/contents", read, getContent),
  route("GET", "/repos/:owner/:repo/contents/*path", read, getContent),
  route("PUT", "/repos/:owner/:repo/contents/*path", write, putContent),
  route("DELETE", "/repos/:owner/:repo/contents/*path", write, deleteContent),
];
