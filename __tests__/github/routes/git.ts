/**
 * Branches and the git data API: refs (get, match, create, move, delete), blobs, trees and commits.
 * Enough to create an orphan branch (tree -> commit with no parents -> ref), as a baseline store does.
 */
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
import { commitJson, gitCommitJson, nodeId } from "../shapes.js";
import { base64Lines, MAX_API_BLOB, tooLarge } from "./contents.js";

const read = { access: "read", scopes: ["contents"] } as const;
const write = { access: "write", scopes: ["contents"] } as const;
const MODES = ["100644", "100755", "040000", "160000", "120000"];

function refJson(ctx: Ctx, name: string, sha: string) {
  return {
    ref: `refs/${name}`,
    node_id: nodeId("Ref", `${ctx.repo.id}:${name}`),
    url: `${ctx.base}/repos/${ctx.repo.fullName}/git/refs/${name}`,
    object: { sha, type: "commit", url: `${ctx.base}/repos/${ctx.repo.fullName}/git/commits/${sha}` },
  };
}

function getBranch(ctx: Ctx): Reply {
  const name = ctx.params.branch ?? "";
  const sha = ctx.repo.refs.get(`heads/${name}`);
  const commit = sha && ctx.state.git.commits.get(sha);
  if (!commit) throw notFound("Branch not found");
  return ok({
    name,
    commit: commitJson(ctx, ctx.repo, commit),
    _links: {
      self: `${ctx.base}/repos/${ctx.repo.fullName}/branches/${name}`,
      html: `https://github.com/${ctx.repo.fullName}/tree/${name}`,
    },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: "off", contexts: [], checks: [] },
    },
    protection_url: `${ctx.base}/repos/${ctx.repo.fullName}/branches/${name}/protection`,
  });
}

function knownCommit(ctx: Ctx, sha: unknown): string {
  if (typeof sha !== "string" || !ctx.state.git.commits.has(sha))
    throw httpError(422, "Object does not exist");
  return sha;
}

function createRef(ctx: Ctx): Reply {
  const ref = stringParam(ctx, "ref", true) as string;
  if (!/^refs\/[^/]+\/.+/.test(ref))
    throw httpError(422, "Reference name must start with 'refs/' and have at least two slashes");
  if (![...ctx.repo.refs.keys()].some((r) => r.startsWith("heads/")))
    throw httpError(409, "Git Repository is empty.");
  const sha = knownCommit(ctx, ctx.body.sha);
  const name = ref.slice("refs/".length);
  if (ctx.repo.refs.has(name)) throw httpError(422, "Reference already exists");
  ctx.repo.refs.set(name, sha);
  return { status: 201, body: refJson(ctx, name, sha), headers: { location: refJson(ctx, name, sha).url } };
}

function updateRef(ctx: Ctx): Reply {
  const name = (ctx.params.ref ?? "").replace(/^refs\//, "");
  const current = ctx.repo.refs.get(name);
  if (!current) throw httpError(422, "Reference does not exist");
  const sha = knownCommit(ctx, ctx.body.sha);
  if (ctx.body.force !== true && !ctx.state.git.ancestors(sha).has(current))
    throw httpError(422, "Update is not a fast forward");
  ctx.repo.refs.set(name, sha);
  return ok(refJson(ctx, name, sha));
}

function createTree(ctx: Ctx): Reply {
  const git = ctx.state.git;
  const entries = ctx.body.tree;
  if (!Array.isArray(entries)) throw invalidRequest(`"tree" wasn't supplied.`);
  const baseTree = stringParam(ctx, "base_tree", false);
  const files = baseTree ? git.readTree(baseTree) : new Map<string, string>();
  if (!files) throw httpError(422, "base_tree is not a valid tree oid");
  for (const entry of entries as Record<string, unknown>[]) {
    const { path, mode, type, sha, content } = entry;
    if (typeof path !== "string" || path === "" || path.startsWith("/"))
      throw httpError(422, `tree.path ${JSON.stringify(path)} is invalid`);
    if (typeof mode !== "string" || !MODES.includes(mode))
      throw httpError(422, `tree.mode ${JSON.stringify(mode)} is invalid`);
    const under = [...files.keys()].filter((p) => p === path || p.startsWith(`${path}/`));
    if (sha === null) {
      if (under.length === 0) throw httpError(422, `tree.path ${path} does not exist and cannot be deleted`);
      for (const p of under) files.delete(p);
    } else if (typeof content === "string") {
      files.set(path, git.writeBlob(content));
    } else if (type === "tree" && typeof sha === "string") {
      const subtree = git.readTree(sha);
      if (!subtree) throw httpError(422, `tree.sha ${sha} is not a valid tree`);
      for (const p of under) files.delete(p);
      for (const [p, blob] of subtree) files.set(`${path}/${p}`, blob);
    } else if (typeof sha === "string" && git.blobs.has(sha)) {
      files.set(path, sha);
    } else {
      throw httpError(422, `tree.sha ${String(sha)} is not a valid blob`);
    }
  }
  const sha = git.writeTree(files);
  return ok(treeJson(ctx, sha, false), 201);
}

function treeJson(ctx: Ctx, sha: string, recursive: boolean) {
  const git = ctx.state.git;
  const list = (treeSha: string, prefix: string): Record<string, unknown>[] =>
    (git.trees.get(treeSha) ?? []).flatMap((e) => {
      const path = `${prefix}${e.name}`;
      const kind = e.type === "tree" ? "trees" : "blobs";
      const item = {
        path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.type === "blob" && { size: git.blobs.get(e.sha)?.length ?? 0 }),
        url: `${ctx.base}/repos/${ctx.repo.fullName}/git/${kind}/${e.sha}`,
      };
      return recursive && e.type === "tree" ? [item, ...list(e.sha, `${path}/`)] : [item];
    });
  return {
    sha,
    url: `${ctx.base}/repos/${ctx.repo.fullName}/git/trees/${sha}`,
    tree: list(sha, ""),
    truncated: false,
  };
}

function createCommit(ctx: Ctx): Reply {
  const git = ctx.state.git;
  const message = stringParam(ctx, "message", true) as string;
  const tree = stringParam(ctx, "tree", true) as string;
  if (!git.trees.has(tree)) throw httpError(422, "Tree SHA does not exist");
  const parents = ctx.body.parents ?? [];
  if (!Array.isArray(parents) || parents.some((p) => typeof p !== "string" || !git.commits.has(p))) {
    throw httpError(422, "Parent SHA does not exist or is not a commit object");
  }
  const person = (key: string) =>
    ctx.body[key] && typeof ctx.body[key] === "object"
      ? (ctx.body[key] as Record<string, string>)
      : undefined;
  const commit = git.writeCommit({
    tree,
    parents,
    message,
    date: ctx.state.now(),
    author: person("author"),
    committer: person("committer"),
  });
  return ok(gitCommitJson(ctx, ctx.repo, commit), 201);
}

export const gitRoutes = [
  route("GET", "/repos/:owner/:repo/branches/*branch", read, getBranch),
  route("GET", "/repos/:owner/:repo/git/ref/*ref", read, (ctx) => {
    const name = ctx.params.ref ?? "";
    const sha = ctx.repo.refs.get(name);
    if (!sha) throw notFound();
    return ok(refJson(ctx, name, sha));
  }),
  route("GET", "/repos/:owner/:repo/git/matching-refs/*ref", read, (ctx) => {
    const prefix = ctx.params.ref ?? "";
    const refs = [...ctx.repo.refs]
      .filter(([name]) => name.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b));
    return ok(refs.map(([name, sha]) => refJson(ctx, name, sha)));
  }),
  route("POST", "/repos/:owner/:repo/git/refs", write, createRef),
  route("PATCH", "/repos/:owner/:repo/git/refs/*ref", write, updateRef),
  route("DELETE", "/repos/:owner/:repo/git/refs/*ref", write, (ctx) => {
    if (!ctx.repo.refs.delete((ctx.params.ref ?? "").replace(/^refs\//, "")))
      throw httpError(422, "Reference does not exist");
    return { status: 204 };
  }),
  route("POST", "/repos/:owner/:repo/git/blobs", write, (ctx) => {
    const content = stringParam(ctx, "content", true) as string;
    const sha = ctx.state.git.writeBlob(
      Buffer.from(content, ctx.body.encoding === "base64" ? "base64" : "utf8"),
    );
    return ok({ sha, url: `${ctx.base}/repos/${ctx.repo.fullName}/git/blobs/${sha}` }, 201);
  }),
  route("GET", "/repos/:owner/:repo/git/blobs/:sha", read, (ctx) => {
    const sha = ctx.params.sha ?? "";
    const blob = ctx.state.git.blobs.get(sha);
    if (!blob) throw notFound();
    if (blob.length > MAX_API_BLOB) throw tooLarge();
    const url = `${ctx.base}/repos/${ctx.repo.fullName}/git/blobs/${sha}`;
    return ok({
      sha,
      node_id: nodeId("Blob", sha),
      size: blob.length,
      url,
      content: base64Lines(blob),
      encoding: "base64",
    });
  }),
  route("POST", "/repos/:owner/:repo/git/trees", write, createTree),
  route("GET", "/repos/:owner/:repo/git/trees/*sha", read, (ctx) => {
    const ref = ctx.params.sha ?? "";
    const commit = ctx.state.git.commits.get(resolveRef(ctx, ref) ?? "");
    const sha = ctx.state.git.trees.has(ref) ? ref : commit?.tree;
    if (!sha) throw notFound();
    const recursive =
      ctx.query.has("recursive") && !["0", "false"].includes(ctx.query.get("recursive") ?? "");
    return ok(treeJson(ctx, sha, recursive));
  }),
  route("POST", "/repos/:owner/:repo/git/commits", write, createCommit),
  route("GET", "/repos/:owner/:repo/git/commits/:sha", read, (ctx) => {
    const commit = ctx.state.git.commits.get(ctx.params.sha ?? "");
    if (!commit) throw notFound();
    return ok(gitCommitJson(ctx, ctx.repo, commit));
  }),
];
