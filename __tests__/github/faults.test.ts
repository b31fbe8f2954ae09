/**
 * Faults on the GitHub stand-in as Octokit's retry and throttling plugins meet them: a secondary rate
 * limit waited out once, a primary one reported, 502s retried, an outage that fails every request,
 * and which statuses plugin-retry re-sends, so a client's request budget can be planned.
 */
import { randomUUID } from "node:crypto";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api } from "./fetch.js";
import { type GitHubServer, startGitHubServer } from "./server.js";
import { GitHubState } from "./state.js";

const BOT = "ghs_actions_write";
const R = "/repos/acme/models";

let server: GitHubServer;
let state: GitHubState;

beforeEach(async () => {
  state = new GitHubState();
  state.createRepo({ owner: "acme", name: "models" });
  state.commit("main", { files: { "train.py": "print('train')\n" } });
  state.commit("feature", { files: { "train.py": "print('faster')\n" } });
  state.createPullRequest({ number: 7, base: "main", head: "feature", user: "alice" });
  state.addToken(BOT, { login: "github-actions[bot]", permission: "write" });
  server = await startGitHubServer({ state });
});

afterEach(async () => {
  await server.close();
});

const Client = Octokit.plugin(retry, throttling);
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
type Handler = (retryAfter: number, options: object, octokit: unknown, retryCount: number) => boolean;

/** Octokit with both plugins; a fresh throttle id per client, so tests never queue behind each other. */
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

describe("faults, as Octokit's retry and throttling plugins see them", () => {
  const pull = (client: ReturnType<typeof octokit>) =>
    client.rest.pulls.get({ owner: "acme", repo: "models", pull_number: 7 });
  const statuses = () => server.requests.map((r) => r.status);

  it("waits out a secondary rate limit's retry-after once, then succeeds", async () => {
    server.faults.secondaryRateLimit(1, { retryAfter: 1 });
    const calls: number[] = [];
    const client = octokit(BOT, {
      secondary: recording(calls, (count) => count < 1),
    });
    const started = Date.now();
    expect((await pull(client)).data.number).toBe(7);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    // retry-after: 1, on the first attempt.
    expect(calls).toEqual([1]);
    expect(statuses()).toEqual([403, 200]);
    expect(server.requests[0]?.fault).toBe("secondary-rate-limit");
  });

  it("gives up on a second secondary rate limit when the handler retries only once", async () => {
    server.faults.secondaryRateLimit(2, { retryAfter: 1 });
    const client = octokit(BOT, { secondary: (_a, _o, _k, count) => count < 1 });
    expect(await statusOf(pull(client))).toBe(403);
    expect(statuses()).toEqual([403, 403]);
  });

  it("reports a primary rate limit's reset to onRateLimit", async () => {
    server.faults.primaryRateLimit(1, { resetIn: 2 });
    const waits: number[] = [];
    expect(await statusOf(pull(octokit(BOT, { primary: recording(waits, () => false) })))).toBe(403);
    // reset - now, rounded up, plus the second Octokit adds to land after the reset.
    expect(waits[0]).toBeGreaterThanOrEqual(2);
    expect(waits[0]).toBeLessThanOrEqual(4);
    expect(statuses()).toEqual([403]);
  });

  it("retries a 502 with plugin-retry and then succeeds", async () => {
    server.faults.serverError(2);
    expect((await pull(octokit(BOT))).status).toBe(200);
    expect(statuses()).toEqual([502, 502, 200]);
    expect(server.faults.pending).toBe(0);
  });

  it("fails every request during an outage, after the configured retries, and recovers after", async () => {
    server.faults.outage();
    const client = octokit(BOT, { retries: 2 });
    expect(await statusOf(pull(client))).toBe(503);
    expect(
      await statusOf(
        client.rest.issues.createComment({ owner: "acme", repo: "models", issue_number: 7, body: "x" }),
      ),
    ).toBe(503);
    expect(statuses()).toEqual(Array(6).fill(503));
    expect(state.comments(7)).toEqual([]);
    server.faults.outage(false);
    expect((await pull(client)).status).toBe(200);
  });

  it("hits only matching requests when a fault names a method and path", async () => {
    server.faults.serverError(1, { status: 500, match: { method: "POST", path: "/comments" } });
    await api(server, "GET", `${R}/issues/7/comments`, { token: BOT });
    await api(server, "POST", `${R}/issues/7/comments`, { token: BOT, body: { body: "x" } });
    await api(server, "POST", `${R}/issues/7/comments`, { token: BOT, body: { body: "y" } });
    expect(statuses()).toEqual([200, 500, 201]);
  });
});

describe("plugin-retry's behaviour a client must plan for", () => {
  const file = { owner: "acme", repo: "models", path: "train.py", message: "m", content: "eA==" };
  const build = (options: object) =>
    new Client({
      auth: BOT,
      baseUrl: server.url,
      log: silent,
      throttle: { id: randomUUID(), onRateLimit: () => false, onSecondaryRateLimit: () => false },
      ...options,
    });
  const sent = async (call: Promise<unknown>) => {
    const before = server.requests.length;
    await call.catch(() => {});
    return server.requests.slice(before).map((r) => r.status);
  };

  it("re-sends every 4xx when retries are set as `request.retries` instead of `retry.retries`", async () => {
    // `request: { retries }` rides on each request, and the plugin's limiter obeys it whatever the status.
    const perRequest = build({ request: { retries: 2, retryAfter: 1 }, retry: { retryAfterBaseValue: 5 } });
    expect(
      await sent(perRequest.rest.repos.getContent({ owner: "acme", repo: "models", path: "missing.json" })),
    ).toEqual([404, 404, 404]);
    expect(await sent(perRequest.rest.repos.createOrUpdateFileContents(file))).toEqual([422, 422, 422]);

    const pluginOption = build({ retry: { retries: 2, retryAfterBaseValue: 5 } });
    expect(
      await sent(pluginOption.rest.repos.getContent({ owner: "acme", repo: "models", path: "missing.json" })),
    ).toEqual([404]);
    expect(await sent(pluginOption.rest.repos.createOrUpdateFileContents(file))).toEqual([422]);
  });

  it("re-sends a 409 stale-sha write and a 429 even with `retry.retries`: neither is in doNotRetry", async () => {
    const client = build({ retry: { retries: 2, retryAfterBaseValue: 5 } });
    expect(
      await sent(client.rest.repos.createOrUpdateFileContents({ ...file, sha: "0".repeat(40) })),
    ).toEqual([409, 409, 409]);
    server.faults.primaryRateLimit(5, { status: 429, resetIn: 1 });
    expect(await sent(client.rest.pulls.get({ owner: "acme", repo: "models", pull_number: 7 }))).toEqual([
      429, 429, 429,
    ]);
    const noRetry409 = build({
      retry: {
        retries: 2,
        retryAfterBaseValue: 5,
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
      },
    });
    server.faults.clear();
    expect(
      await sent(noRetry409.rest.repos.createOrUpdateFileContents({ ...file, sha: "0".repeat(40) })),
    ).toEqual([409]);
  });
});
