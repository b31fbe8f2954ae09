/**
 * The GitHub stand-in itself: tokens and permissions, pagination, comments, statuses, check runs,
 * pull requests and roles, checked with plain fetch and with the real Octokit and its retry and
 * throttling plugins, so that what the product sees here is what it would see on github.com.
 */
import { randomUUID } from "node:crypto";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api, links } from "./fetch.js";
import { type GitHubServer, startGitHubServer } from "./server.js";
import { GitHubState } from "./state.js";

const BOT = "ghs_actions_write";
const FORK = "ghs_actions_fork_readonly";
const PAT = "ghp_maintainer";
const R = "/repos/acme/models";

let server: GitHubServer;
let state: GitHubState;
let head: string;

beforeEach(async () => {
  state = new GitHubState();
  state.createRepo({ owner: "acme", name: "models" });
  state.commit("main", { files: { "train.py": "print('train')\n" } });
  head = state.commit("feature", {
    parents: [state.branchHead("main") as string],
    files: { "train.py": "print('faster')\n" },
  });
  state.createPullRequest({ number: 7, base: "main", head: "feature", user: "alice" });
  state.addToken(BOT, { login: "github-actions[bot]", permission: "write" });
  state.addToken(FORK, { login: "github-actions[bot]", permission: "read" });
  state.addToken(PAT, { login: "maria", permission: "maintain" });
  server = await startGitHubServer({ state });
});

afterEach(async () => {
  await server.close();
});

const Client = Octokit.plugin(retry, throttling);
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
type Handler = (retryAfter: number, options: object, octokit: unknown, retryCount: number) => boolean;

/** Octokit as the product builds it; a fresh throttle id per client, so tests never queue behind each other. */
function octokit(token: string, handlers: { primary?: Handler; secondary?: Handler; retries?: number } = {}) {
  return new Client({
    auth: token,
    baseUrl: server.url,
    log: silent,
    retry: { retries: handlers.retries ?? 2, retryAfterBaseValue: 5 },
    throttle: {
      id: randomUUID(),
      onRateLimit: handlers.primary ?? (() => false),
      onSecondaryRateLimit: handlers.secondary ?? (() => false),
    },
  });
}

/** A rate-limit handler that notes each `retryAfter` and answers by the retry count. */
const recording =
  (seen: number[], answer: (retryCount: number) => boolean): Handler =>
  (retryAfter, _options, _octokit, retryCount) => {
    seen.push(retryAfter);
    return answer(retryCount);
  };

const statusOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { status: number }) => error.status,
  );

describe("tokens", () => {
  it("refuses an unknown token with 401 and an anonymous write with 401", async () => {
    expect((await api(server, "GET", `${R}/issues/7/comments`, { token: "ghp_nope" })).body.message).toBe(
      "Bad credentials",
    );
    const anonymous = await api(server, "POST", `${R}/issues/7/comments`, { body: { body: "hi" } });
    expect([anonymous.status, anonymous.body.message]).toEqual([401, "Requires authentication"]);
  });

  it("lets a fork's read-only token read but answers its writes 403, which no plugin retries", async () => {
    expect((await api(server, "GET", `${R}/pulls/7`, { token: FORK })).status).toBe(200);
    const res = await api(server, "POST", `${R}/issues/7/comments`, { token: FORK, body: { body: "hi" } });
    expect([res.status, res.body.message]).toEqual([403, "Resource not accessible by integration"]);
    expect(res.headers.get("x-accepted-github-permissions")).toBe("issues=write; pull_requests=write");

    const before = server.requests.length;
    const status = await statusOf(
      octokit(FORK).rest.repos.createCommitStatus({
        owner: "acme",
        repo: "models",
        sha: head,
        state: "success",
      }),
    );
    expect(status).toBe(403);
    expect(server.requests.length - before).toBe(1);
    expect(state.comments(7)).toEqual([]);
    expect(state.statuses(head)).toEqual([]);
  });

  it("answers GET /user for a person's token but not for the Actions token", async () => {
    expect((await api(server, "GET", "/user", { token: PAT })).body).toMatchObject({
      login: "maria",
      type: "User",
    });
    const bot = await api(server, "GET", "/user", { token: BOT });
    expect([bot.status, bot.body.message]).toEqual([403, "Resource not accessible by integration"]);
  });

  it("names every kind of token's account through GraphQL's viewer, and answers other queries with errors", async () => {
    const viewer = (token: string) =>
      octokit(token).graphql<{ viewer: { login: string } }>("query { viewer { login } }");
    expect(await viewer(BOT)).toEqual({ viewer: { login: "github-actions[bot]" } });
    expect(await viewer(PAT)).toEqual({ viewer: { login: "maria" } });
    state.addToken("ghs_other_app", { login: "helper-app[bot]", permission: "write" });
    expect(await viewer("ghs_other_app")).toEqual({ viewer: { login: "helper-app[bot]" } });

    const anonymous = await api(server, "POST", "/graphql", { body: { query: "{ viewer { login } }" } });
    expect([anonymous.status, anonymous.body.message]).toEqual([
      401,
      "This endpoint requires you to be authenticated.",
    ]);
    const other = await api(server, "POST", "/graphql", {
      token: BOT,
      body: { query: "{ viewer { email } }" },
    });
    expect(other.status).toBe(200);
    expect(other.body.data).toBeUndefined();
    expect(other.body.errors).toHaveLength(1);
    await expect(
      octokit(BOT).graphql('{ repository(owner: "acme", name: "models") { id } }'),
    ).rejects.toThrow(/viewer/);
  });

  it("reads a file's text on a ref through GraphQL, with the viewer, as the action asks for a waiver", async () => {
    const query = `query ($owner: String!, $name: String!, $expression: String!) {
      viewer { login }
      repository(owner: $owner, name: $name) { object(expression: $expression) { ... on Blob { text } } }
    }`;
    const ask = (expression: string, name = "models") =>
      octokit(BOT).graphql(query, { owner: "acme", name, expression });
    expect(await ask("main:train.py")).toEqual({
      viewer: { login: "github-actions[bot]" },
      repository: { object: { text: "print('train')\n" } },
    });
    expect(await ask("main:missing.json")).toMatchObject({ repository: { object: null } });
    expect(await ask("no-such-branch:train.py")).toMatchObject({ repository: { object: null } });
    await expect(ask("main:train.py", "nothing")).rejects.toThrow(
      "Could not resolve to a Repository with the name 'acme/nothing'.",
    );
  });

  it("logs every request with whether it carried a token, never the token", async () => {
    await api(server, "GET", `${R}/pulls/7`, { token: BOT });
    await api(server, "GET", `${R}/pulls/7`);
    expect(server.requests.map((r) => [r.method, r.path, r.status, r.authenticated, r.route])).toEqual([
      ["GET", `${R}/pulls/7`, 200, true, "GET /repos/:owner/:repo/pulls/:number"],
      ["GET", `${R}/pulls/7`, 200, false, "GET /repos/:owner/:repo/pulls/:number"],
    ]);
    expect(JSON.stringify(server.requests)).not.toContain(BOT);
    // Octokit escapes the slashes of a contents path; the log shows it as a path.
    await octokit(BOT)
      .rest.repos.getContent({ owner: "acme", repo: "models", path: "v1/main/index.json" })
      .catch(() => {});
    expect(server.requests.at(-1)).toMatchObject({ path: `${R}/contents/v1/main/index.json`, status: 404 });
  });

  it("runs out of requests like GitHub's primary rate limit", async () => {
    await server.close();
    server = await startGitHubServer({ state, rateLimit: 2 });
    const seen: number[] = [];
    const client = octokit(BOT, { primary: recording(seen, () => false) });
    await client.rest.pulls.get({ owner: "acme", repo: "models", pull_number: 7 });
    const res = await api(server, "GET", `${R}/pulls/7`, { token: BOT });
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(await statusOf(client.rest.pulls.get({ owner: "acme", repo: "models", pull_number: 7 }))).toBe(
      403,
    );
    expect(seen).toHaveLength(1);
  });
});

describe("pagination", () => {
  beforeEach(() => {
    for (let n = 1; n <= 75; n++)
      state.addComment(7, { user: n % 2 ? "alice" : "github-actions[bot]", body: `comment ${n}` });
  });

  it("sends a Link header with next, last, prev and first on the server's own origin", async () => {
    const page2 = await api(server, "GET", `${R}/issues/7/comments?per_page=30&page=2`, { token: BOT });
    expect(page2.body.map((c: { body: string }) => c.body)).toEqual(
      Array.from({ length: 30 }, (_, i) => `comment ${i + 31}`),
    );
    const rels = links(page2.headers);
    const id = state.repo().id;
    expect(rels).toEqual({
      prev: `${server.url}/repositories/${id}/issues/7/comments?per_page=30&page=1`,
      next: `${server.url}/repositories/${id}/issues/7/comments?per_page=30&page=3`,
      last: `${server.url}/repositories/${id}/issues/7/comments?per_page=30&page=3`,
      first: `${server.url}/repositories/${id}/issues/7/comments?per_page=30&page=1`,
    });
    expect(
      (await api(server, "GET", `${R}/issues/7/comments?per_page=500`, { token: BOT })).body,
    ).toHaveLength(75);
    const single = await api(server, "GET", `${R}/issues/7/comments?per_page=100`, { token: BOT });
    expect(single.headers.get("link")).toBeNull();
    expect((await api(server, "GET", `${R}/issues/7/comments`, { token: BOT })).body).toHaveLength(30);
  });

  it("is walked by octokit.paginate, one request per page", async () => {
    const comments = await octokit(BOT).paginate(octokit(BOT).rest.issues.listComments, {
      owner: "acme",
      repo: "models",
      issue_number: 7,
      per_page: 30,
    });
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `comment ${i + 1}`));
    expect(server.requests.map((r) => r.query.page)).toEqual([undefined, "2", "3"]);
    expect(
      comments.filter((c) => c.user?.login === "github-actions[bot]").every((c) => c.user?.type === "Bot"),
    ).toBe(true);
  });
});

describe("comments", () => {
  it("posts as github-actions[bot], edits in place, and keeps reactions", async () => {
    const created = await api(server, "POST", `${R}/issues/7/comments`, {
      token: BOT,
      body: { body: "<!-- carbon-budget -->\nv1" },
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ login: "github-actions[bot]", type: "Bot", id: 41898282 });
    expect(created.body.html_url).toMatch(/\/pull\/7#issuecomment-\d+$/);
    const id = created.body.id;
    const edited = await api(server, "PATCH", `${R}/issues/comments/${id}`, {
      token: BOT,
      body: { body: "<!-- carbon-budget -->\nv2" },
    });
    expect(edited.body.updated_at > edited.body.created_at).toBe(true);
    expect(state.comments(7).map((c) => c.body)).toEqual(["<!-- carbon-budget -->\nv2"]);

    const react = () =>
      api(server, "POST", `${R}/issues/comments/${id}/reactions`, {
        token: PAT,
        body: { content: "rocket" },
      });
    expect([(await react()).status, (await react()).status]).toEqual([201, 200]);
    expect(
      (await api(server, "GET", `${R}/issues/comments/${id}`, { token: BOT })).body.reactions,
    ).toMatchObject({ total_count: 1, rocket: 1 });
    expect((await api(server, "DELETE", `${R}/issues/comments/${id}`, { token: BOT })).status).toBe(204);
    expect(state.comments(7)).toEqual([]);
  });

  it("refuses a body over 65,536 characters with GitHub's 422", async () => {
    const at = await api(server, "POST", `${R}/issues/7/comments`, {
      token: BOT,
      body: { body: "x".repeat(65_536) },
    });
    expect(at.status).toBe(201);
    const over = await api(server, "POST", `${R}/issues/7/comments`, {
      token: BOT,
      body: { body: "x".repeat(65_537) },
    });
    expect(over.status).toBe(422);
    expect(over.body.errors[0].message).toBe("Body is too long (maximum is 65536 characters)");
    // Characters, not UTF-16 units: 65,536 emoji are 131,072 units and still fit.
    expect(
      (
        await api(server, "POST", `${R}/issues/7/comments`, {
          token: BOT,
          body: { body: "🌱".repeat(65_536) },
        })
      ).status,
    ).toBe(201);
    const edit = await api(server, "PATCH", `${R}/issues/comments/${at.body.id}`, {
      token: BOT,
      body: { body: "y".repeat(70_000) },
    });
    expect(edit.status).toBe(422);
    expect(state.comments(7)[0]?.body).toHaveLength(65_536);
  });
});

describe("statuses and check runs", () => {
  it("validates a status and combines the latest per context", async () => {
    const post = (body: object) => api(server, "POST", `${R}/statuses/${head}`, { token: BOT, body });
    const long = await post({ state: "failure", context: "carbon-budget", description: "d".repeat(141) });
    expect(long.status).toBe(422);
    expect(long.body.errors[0]).toMatchObject({
      resource: "Status",
      field: "description",
      message: "description is too long (maximum is 140 characters)",
    });
    expect((await post({ state: "weird" })).status).toBe(422);
    expect(
      (
        await api(server, "POST", `${R}/statuses/${"0".repeat(40)}`, {
          token: BOT,
          body: { state: "success" },
        })
      ).status,
    ).toBe(422);

    expect(
      (await post({ state: "failure", context: "carbon-budget", description: "d".repeat(140) })).status,
    ).toBe(201);
    await post({ state: "success", context: "carbon-budget", description: "accepted by @maria: new model" });
    await post({ state: "pending", context: "tests" });
    const combined = await api(server, "GET", `${R}/commits/feature/status`, { token: BOT });
    expect(combined.body).toMatchObject({ state: "pending", total_count: 2, sha: head });
    const list = await api(server, "GET", `${R}/commits/${head}/statuses`, { token: BOT });
    expect(list.body.map((s: { state: string }) => s.state)).toEqual(["pending", "success", "failure"]);
    expect(state.statuses(head).map((s) => s.creator.login)).toEqual(Array(3).fill("github-actions[bot]"));
  });

  it("creates and completes a check run with the Actions token, and refuses a personal token", async () => {
    const created = await api(server, "POST", `${R}/check-runs`, {
      token: BOT,
      body: { name: "carbon-budget", head_sha: head, status: "in_progress" },
    });
    expect(created.status).toBe(201);
    const done = await api(server, "PATCH", `${R}/check-runs/${created.body.id}`, {
      token: BOT,
      body: { conclusion: "failure", output: { title: "Over budget", summary: "+12% CO2e" } },
    });
    expect(done.body).toMatchObject({
      status: "completed",
      conclusion: "failure",
      output: { title: "Over budget" },
    });
    const list = await api(server, "GET", `${R}/commits/${head}/check-runs`, { token: BOT });
    expect(list.body.total_count).toBe(1);
    const pat = await api(server, "POST", `${R}/check-runs`, {
      token: PAT,
      body: { name: "x", head_sha: head },
    });
    expect([pat.status, pat.body.message]).toEqual([403, "You must authenticate via a GitHub App."]);
  });
});

describe("pull requests and roles", () => {
  it("describes a fork's pull request and follows its head", async () => {
    const main = state.branchHead("main") as string;
    state.commit("patch", { parents: [main], files: { "eval.py": "1" } });
    state.createPullRequest({
      number: 8,
      base: "main",
      head: "patch",
      headRepo: "contributor/models",
      user: "contributor",
    });

    const pr = (await api(server, "GET", `${R}/pulls/8`, { token: FORK })).body;
    expect(pr.head).toMatchObject({
      ref: "patch",
      label: "contributor:patch",
      repo: { full_name: "contributor/models", fork: true },
    });
    expect(pr.base).toMatchObject({
      ref: "main",
      sha: main,
      repo: { full_name: "acme/models", fork: false },
    });
    expect(state.branchHead("patch")).toBeUndefined();
    const merge = state.git.commits.get(pr.merge_commit_sha);
    expect(merge?.parents).toEqual([main, pr.head.sha]);

    const next = state.commit("patch", { files: { "eval.py": "2" }, repo: "contributor/models" });
    expect((await api(server, "GET", `${R}/pulls/8`, { token: FORK })).body.head.sha).toBe(next);
    const files = await api(server, "GET", `${R}/pulls/8/files`, { token: FORK });
    expect(files.body.map((f: { filename: string; status: string }) => `${f.status}:${f.filename}`)).toEqual([
      "added:eval.py",
    ]);
  });

  it("reports the legacy permission and the exact role", async () => {
    state.addCollaborator("maria", "maintain");
    state.addCollaborator("tom", "triage");
    const perm = async (user: string) =>
      (await api(server, "GET", `${R}/collaborators/${user}/permission`, { token: BOT })).body;
    expect(await perm("maria")).toMatchObject({
      permission: "write",
      role_name: "maintain",
      user: { login: "maria" },
    });
    expect(await perm("tom")).toMatchObject({ permission: "read", role_name: "triage" });
    expect(await perm("acme")).toMatchObject({ permission: "admin", role_name: "admin" });
    expect(await perm("alice")).toMatchObject({ permission: "read", role_name: "read" });
    expect((await api(server, "GET", `${R}/collaborators/nobody/permission`, { token: BOT })).status).toBe(
      404,
    );
  });
});
