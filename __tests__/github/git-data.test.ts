/**
 * The stand-in's git side: objects hashed as git hashes them, the contents API's optimistic
 * concurrency (create, update, 409 on a stale sha, 422 on a missing one), orphan branches through
 * the git data API, compare and commit history on a small DAG.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api, base64, links } from "./fetch.js";
import { EMPTY_TREE, GitStore, hashObject } from "./git.js";
import { type GitHubServer, startGitHubServer } from "./server.js";
import { GitHubState } from "./state.js";

const TOKEN = "ghs_actions_write";
const DATA = "carbon-budget-data";
const R = "/repos/acme/models";

let server: GitHubServer;
let state: GitHubState;

beforeEach(async () => {
  state = new GitHubState();
  state.createRepo({ owner: "acme", name: "models" });
  state.commit("main", { files: { "train.py": "print('train')\n" } });
  state.addToken(TOKEN, { login: "github-actions[bot]", permission: "write" });
  server = await startGitHubServer({ state });
});

afterEach(async () => {
  await server.close();
});

const put = (path: string, body: Record<string, unknown>) =>
  api(server, "PUT", `${R}/contents/${path}`, { token: TOKEN, body });
const get = (path: string, ref = DATA) =>
  api(server, "GET", `${R}/contents/${path}?ref=${ref}`, { token: TOKEN });

describe("git objects", () => {
  it("hashes blobs, trees and the empty tree exactly as git does", () => {
    const git = new GitStore();
    // `printf 'hello world\n' | git hash-object --stdin`
    expect(git.writeBlob("hello world\n")).toBe("3b18e512dba79e4c8300dd08aeb37f8e728b8dad");
    expect(git.writeTree(new Map())).toBe(EMPTY_TREE);

    // A layout where git's tree order differs from plain name order: "a.b" sorts before the directory "a".
    const files = { "a.b": "x\n", "a/c.json": "{}\n", "v1/main/index.json": "[]\n", "README.md": "# data\n" };
    const dir = mkdtempSync(join(tmpdir(), "standin-git-"));
    try {
      execFileSync("git", ["init", "-q", dir]);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      execFileSync("git", ["-C", dir, "add", "."]);
      const expected = execFileSync("git", ["-C", dir, "write-tree"], { encoding: "utf8" }).trim();
      const ours = git.writeTree(new Map(Object.entries(files).map(([p, t]) => [p, git.writeBlob(t)])));
      expect(ours).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("an orphan data branch through the git data API", () => {
  it("is missing, then created from a tree and a parentless commit, and cannot be created twice", async () => {
    expect((await api(server, "GET", `${R}/branches/${DATA}`, { token: TOKEN })).body.message).toBe(
      "Branch not found",
    );
    expect((await api(server, "GET", `${R}/git/ref/heads/${DATA}`, { token: TOKEN })).status).toBe(404);

    const tree = await api(server, "POST", `${R}/git/trees`, {
      token: TOKEN,
      body: { tree: [{ path: "README.md", mode: "100644", type: "blob", content: "# data\n" }] },
    });
    expect(tree.status).toBe(201);
    expect(tree.body.tree[0]).toMatchObject({
      path: "README.md",
      type: "blob",
      sha: hashObject("blob", Buffer.from("# data\n")),
    });
    const commit = await api(server, "POST", `${R}/git/commits`, {
      token: TOKEN,
      body: { message: "start", tree: tree.body.sha, parents: [] },
    });
    expect(commit.status).toBe(201);
    expect(commit.body.parents).toEqual([]);

    const ref = { ref: `refs/heads/${DATA}`, sha: commit.body.sha };
    const created = await api(server, "POST", `${R}/git/refs`, { token: TOKEN, body: ref });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ref: `refs/heads/${DATA}`,
      object: { sha: commit.body.sha, type: "commit" },
    });
    const again = await api(server, "POST", `${R}/git/refs`, { token: TOKEN, body: ref });
    expect([again.status, again.body.message]).toEqual([422, "Reference already exists"]);

    const branch = await api(server, "GET", `${R}/branches/${DATA}`, { token: TOKEN });
    expect(branch.body.commit.sha).toBe(commit.body.sha);
    expect(state.paths(DATA)).toEqual(["README.md"]);
    // No shared history with the code: compare finds no merge-base.
    const compare = await api(server, "GET", `${R}/compare/main...${DATA}`, { token: TOKEN });
    expect(compare.status).toBe(404);
    expect(compare.body.message).toMatch(/No common ancestor/);
  });

  it("moves a ref only forward unless forced", async () => {
    const main = state.branchHead("main") as string;
    const older = state.commit("old", { parents: [], files: { x: "1" } });
    const back = await api(server, "PATCH", `${R}/git/refs/heads/main`, {
      token: TOKEN,
      body: { sha: older },
    });
    expect([back.status, back.body.message]).toEqual([422, "Update is not a fast forward"]);
    const ahead = state.commit("tmp", { parents: [main] });
    expect(
      (await api(server, "PATCH", `${R}/git/refs/heads/main`, { token: TOKEN, body: { sha: ahead } })).status,
    ).toBe(200);
    expect(state.branchHead("main")).toBe(ahead);
  });
});

describe("the contents API", () => {
  beforeEach(() => {
    state.commit(DATA, { parents: [], files: { "README.md": "# data\n" } });
  });

  it("creates, reads, updates, and refuses a stale sha (409) and a missing one (422)", async () => {
    const path = "v1/main/index.json";
    const created = await put(path, { message: "index", content: base64('{"runs":[]}\n'), branch: DATA });
    expect(created.status).toBe(201);
    const blob = hashObject("blob", Buffer.from('{"runs":[]}\n'));
    expect(created.body.content).toMatchObject({ path, name: "index.json", type: "file", sha: blob });

    const read = await get(path);
    expect(read.body).toMatchObject({ type: "file", encoding: "base64", sha: blob, size: 12 });
    expect(Buffer.from(read.body.content, "base64").toString()).toBe('{"runs":[]}\n');

    const updated = await put(path, {
      message: "index",
      content: base64('{"runs":[1]}\n'),
      sha: blob,
      branch: DATA,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.commit.parents[0].sha).toBe(created.body.commit.sha);

    const stale = await put(path, {
      message: "index",
      content: base64('{"runs":[2]}\n'),
      sha: blob,
      branch: DATA,
    });
    expect([stale.status, stale.body.message]).toEqual([409, `${path} does not match ${blob}`]);
    const missing = await put(path, { message: "index", content: base64('{"runs":[2]}\n'), branch: DATA });
    expect([missing.status, missing.body.message]).toEqual([
      422,
      'Invalid request.\n\n"sha" wasn\'t supplied.',
    ]);

    expect(state.file(DATA, path)).toBe('{"runs":[1]}\n');
    // The seed commit, then one commit per accepted PUT.
    expect(state.history(DATA).map((c) => c.message)).toEqual(["index", "index", `commit 2 on ${DATA}`]);
  });

  it("answers 404 for a missing file, ref or branch, and lists a directory", async () => {
    expect((await get("v1/main/nope.json")).status).toBe(404);
    expect((await get("README.md", "no-such-branch")).body.message).toBe(
      "No commit found for the ref no-such-branch",
    );
    const noBranch = await put("x.json", { message: "m", content: base64("{}"), branch: "no-such-branch" });
    expect([noBranch.status, noBranch.body.message]).toEqual([404, "Branch no-such-branch not found"]);

    await put("v1/main/a.json", { message: "a", content: base64("{}"), branch: DATA });
    const dir = await get("v1/main");
    expect(dir.body.map((e: { name: string; type: string }) => `${e.type}:${e.name}`)).toEqual([
      "file:a.json",
    ]);
    const root = await get("");
    expect(root.body.map((e: { name: string; type: string }) => `${e.type}:${e.name}`)).toEqual([
      "file:README.md",
      "dir:v1",
    ]);
  });

  it("serves a file over 1 MB as GitHub does: empty content with encoding none, bytes by raw or blob", async () => {
    // 1 MiB + 1 byte: just over the contents API's limit for content in JSON.
    const big = `${"x".repeat(1024 * 1024)}\n`;
    state.commit(DATA, { files: { "v1/main/index.json": big } });
    const read = await get("v1/main/index.json");
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ type: "file", encoding: "none", content: "", size: big.length });
    const raw = await api(server, "GET", `${R}/contents/v1/main/index.json?ref=${DATA}`, {
      token: TOKEN,
      headers: { accept: "application/vnd.github.raw+json" },
    });
    expect(raw.text).toBe(big);
    const blob = await api(server, "GET", `${R}/git/blobs/${read.body.sha}`, { token: TOKEN });
    expect(Buffer.from(blob.body.content, "base64").toString()).toBe(big);
  });

  it("lists the first 1,000 entries of a directory, and all of them through the trees API", async () => {
    const files = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`v1/main/${i}.json`, "{}"]));
    state.commit(DATA, { files });
    expect((await get("v1/main")).body).toHaveLength(1000);
    const v1 = (await get("v1")).body as { name: string; sha: string }[];
    const tree = await api(server, "GET", `${R}/git/trees/${v1[0]?.sha}`, { token: TOKEN });
    expect(tree.body.tree).toHaveLength(1001);
  });

  it("lets only the first of two writers that read the same sha land", async () => {
    const path = "v1/main/index.json";
    const first = await put(path, { message: "init", content: base64("0"), branch: DATA });
    const sha = first.body.content.sha;
    const a = await put(path, { message: "a", content: base64("a"), sha, branch: DATA });
    const b = await put(path, { message: "b", content: base64("b"), sha, branch: DATA });
    expect([a.status, b.status]).toEqual([200, 409]);
    expect(state.file(DATA, path)).toBe("a");
  });

  it("lands ten concurrent writers that retry on conflict, losing none", async () => {
    const path = "v1/main/index.json";
    await put(path, { message: "init", content: base64("[]"), branch: DATA });
    const round1: number[] = [];

    const writer = async (n: number, ready: Promise<unknown>, reads: ((v: unknown) => void)[]) => {
      for (let attempt = 1; ; attempt++) {
        const current = await get(path);
        if (attempt === 1) {
          // Every writer reads before any writes: the worst case for optimistic concurrency.
          reads[n]?.(undefined);
          await ready;
        }
        const runs = [...JSON.parse(Buffer.from(current.body.content, "base64").toString()), n];
        const res = await put(path, {
          message: `add ${n}`,
          content: base64(JSON.stringify(runs)),
          sha: current.body.sha,
          branch: DATA,
        });
        if (attempt === 1) round1.push(res.status);
        if (res.status === 200) return attempt;
        expect(res.status).toBe(409);
      }
    };
    const resolvers: ((v: unknown) => void)[] = [];
    const reads = Array.from({ length: 10 }, (_, n) => new Promise((resolve) => (resolvers[n] = resolve)));
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, n) => writer(n, Promise.all(reads), resolvers)),
    );

    expect(round1.sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    expect(JSON.parse(state.file(DATA, path) as string).sort((x: number, y: number) => x - y)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    // seed + init + one commit per writer; every retry was a fresh read.
    expect(state.history(DATA)).toHaveLength(12);
    expect(Math.max(...attempts)).toBeGreaterThan(1);
  });

  it("never conflicts writers of different files on the same branch", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        put(`v1/main/${String(n).padStart(40, "0")}.json`, {
          message: `r${n}`,
          content: base64("{}"),
          branch: DATA,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(state.paths(DATA)).toHaveLength(11);
  });
});

describe("compare and history on a small DAG", () => {
  // main: A-B-C; feature from B: D-E.
  let A: string;
  let B: string;
  let C: string;
  let D: string;
  let E: string;
  beforeEach(() => {
    A = state.branchHead("main") as string;
    B = state.commit("main", { files: { "b.txt": "b" } });
    C = state.commit("main", { files: { "c.txt": "c" } });
    D = state.commit("feature", { parents: [B], files: { "d.txt": "d" } });
    E = state.commit("feature", { files: { "e.txt": "e" } });
  });

  it("finds the merge-base B and counts ahead and behind", async () => {
    const res = await api(server, "GET", `${R}/compare/main...feature`, { token: TOKEN });
    expect(res.body).toMatchObject({ status: "diverged", ahead_by: 2, behind_by: 1, total_commits: 2 });
    expect(res.body.merge_base_commit.sha).toBe(B);
    expect(res.body.base_commit.sha).toBe(C);
    expect(res.body.commits.map((c: { sha: string }) => c.sha)).toEqual([D, E]);
    expect(
      res.body.files.map((f: { filename: string; status: string }) => `${f.status}:${f.filename}`),
    ).toEqual(["added:d.txt", "added:e.txt"]);

    const by = async (basehead: string) =>
      (await api(server, "GET", `${R}/compare/${basehead}`, { token: TOKEN })).body;
    expect(await by(`${C}...${C}`)).toMatchObject({ status: "identical", ahead_by: 0, behind_by: 0 });
    expect(await by(`${A}...${C}`)).toMatchObject({ status: "ahead", ahead_by: 2, behind_by: 0 });
    expect(await by(`${C}...${B.slice(0, 7)}`)).toMatchObject({
      status: "behind",
      ahead_by: 0,
      behind_by: 1,
    });
    const paged = await api(server, "GET", `${R}/compare/main...feature?per_page=1`, { token: TOKEN });
    expect(paged.body.commits.map((c: { sha: string }) => c.sha)).toEqual([D]);
    expect(paged.body.merge_base_commit.sha).toBe(B);
    expect(links(paged.headers).next).toContain("page=2");
  });

  it("picks the merge-base by ancestry, not by date, when a client dated a commit in the future", async () => {
    const tree = state.git.commits.get(C)?.tree;
    const future = { name: "skewed", email: "s@example.com", date: "2099-01-01T00:00:00Z" };
    const body = { message: "from the future", tree, parents: [C], author: future, committer: future };
    const F = (await api(server, "POST", `${R}/git/commits`, { token: TOKEN, body })).body.sha;
    const G = state.commit("main", { parents: [F], files: { "g.txt": "g" } });
    const H = state.commit("topic", { parents: [G], files: { "h.txt": "h" } });
    // Common ancestors of G and H: A, B, C, F, G; F is the newest by date, G the best.
    const res = await api(server, "GET", `${R}/compare/${G}...${H}`, { token: TOKEN });
    expect(res.body.merge_base_commit.sha).toBe(G);
  });

  it("lists commits like git log: newest first, every parent, paginated", async () => {
    const page1 = await api(server, "GET", `${R}/commits?sha=feature&per_page=2`, { token: TOKEN });
    expect(page1.body.map((c: { sha: string }) => c.sha)).toEqual([E, D]);
    const page2 = await api(server, "GET", links(page1.headers).next as string, { token: TOKEN });
    expect(page2.body.map((c: { sha: string }) => c.sha)).toEqual([B, A]);

    const merge = state.commit("main", { parents: [C, E], message: "merge feature" });
    const all = await api(server, "GET", `${R}/commits?sha=main`, { token: TOKEN });
    // Not first-parent only: the merged branch's commits are in the log too.
    expect(all.body.map((c: { sha: string }) => c.sha)).toEqual([merge, E, D, C, B, A]);
  });
});
