/**
 * A local stand-in for the GitHub REST API that keeps state, so a whole pull-request flow can be
 * replayed against the action's real bundle with `GITHUB_API_URL=<url>`: tokens and permissions,
 * pagination, comments, statuses, check runs, the contents and git data APIs, compare, GraphQL's
 * `viewer`, and faults (rate limits, 5xx, outage) on demand. Only node:http; no request leaves the
 * machine.
 *
 *   const server = await startGitHubServer();
 *   server.state.createRepo({ owner: "acme", name: "models" });
 *   const base = server.state.commit("main", { files: { "train.py": "..." } });
 *   server.state.addToken("ghs_x", { login: "github-actions[bot]", permission: "write" });
 *   // run the bundle with GITHUB_API_URL=server.url GITHUB_TOKEN=ghs_x, then read server.state
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type FaultKind, Faults } from "./faults.js";
import { type Ctx, HttpError, httpError, notFound, type Reply, type Route } from "./http.js";
import { commitRoutes } from "./routes/commits.js";
import { contentRoutes } from "./routes/contents.js";
import { gitRoutes } from "./routes/git.js";
import { graphqlRoutes } from "./routes/graphql.js";
import { issueRoutes } from "./routes/issues.js";
import { pullRoutes } from "./routes/pulls.js";
import { repoRoutes } from "./routes/repos.js";
import { statusRoutes } from "./routes/statuses.js";
import { GitHubState, type Identity, type Repo } from "./state.js";

export interface GitHubServerOptions {
  /** Seeded state to serve; a fresh one if omitted. */
  state?: GitHubState;
  /** Requests per hour for each token (anonymous callers get 60, as on GitHub). */
  rateLimit?: number;
}

/** One request as the server saw it. Never the token itself: only whether one was sent. */
export interface LoggedRequest {
  method: string;
  /** The path, decoded, with `/repositories/{id}/...` written as `/repos/{owner}/{repo}/...`. */
  path: string;
  query: Record<string, string>;
  status: number;
  authenticated: boolean;
  /** The route that answered, e.g. `PUT /repos/:owner/:repo/contents/*path`. */
  route?: string;
  fault?: FaultKind;
}

export interface GitHubServer {
  url: string;
  state: GitHubState;
  requests: LoggedRequest[];
  faults: Faults;
  close(): Promise<void>;
}

const ROUTES: Route[] = [
  ...repoRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...statusRoutes,
  ...gitRoutes,
  ...contentRoutes,
  ...commitRoutes,
  ...graphqlRoutes,
];

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const state = options.state ?? new GitHubState();
  const faults = new Faults();
  const requests: LoggedRequest[] = [];
  const used = new Map<string, number>();
  const resetAt = Math.ceil(Date.now() / 1000) + 3600;
  let base = "";

  const handle = (req: IncomingMessage, raw: Buffer): { reply: Reply; log: LoggedRequest } => {
    const url = new URL(req.url ?? "/", base);
    const method = (req.method ?? "GET").toUpperCase();
    const path = canonicalPath(state, url.pathname);
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    // Octokit sends `contents/v1%2Fmain%2Findex.json`; the log and fault matching read it decoded.
    const shown = safeDecode(path);
    const log: LoggedRequest = {
      method,
      path: shown,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      authenticated: token !== undefined,
    };

    const fault = faults.take(method, shown);
    if (fault) return { reply: fault.reply, log: { ...log, fault: fault.kind } };
    const identity = token === undefined ? undefined : state.tokens.get(token);
    if (token !== undefined && !identity)
      return { reply: errorReply(httpError(401, "Bad credentials")), log };

    const who = identity?.login ?? "anonymous";
    const limit = identity ? (options.rateLimit ?? 5000) : 60;
    const count = (used.get(who) ?? 0) + 1;
    used.set(who, count);
    const rate = {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - count)),
      "x-ratelimit-reset": String(resetAt),
      "x-ratelimit-used": String(Math.min(count, limit)),
      "x-ratelimit-resource": "core",
    };
    if (count > limit) {
      const reply = errorReply(
        httpError(403, `API rate limit exceeded for ${identity ? `user ID ${identity.id}` : "127.0.0.1"}.`),
      );
      return { reply: { ...reply, headers: { ...reply.headers, ...rate } }, log };
    }

    let matched: Route | undefined;
    try {
      const found = findRoute(method, path);
      if (!found) throw notFound();
      matched = found.route;
      const ctx: Ctx = {
        state,
        repo: repoFor(state, found.params, identity),
        params: found.params,
        query: url.searchParams,
        body: parseBody(raw),
        identity,
        base,
        accept: req.headers.accept ?? "",
      };
      authorize(found.route, ctx);
      const reply = found.route.handle(ctx);
      return {
        reply: { ...reply, headers: { ...rate, ...reply.headers } },
        log: { ...log, route: describe(matched) },
      };
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const reply = errorReply(error);
      return {
        reply: { ...reply, headers: { ...rate, ...reply.headers } },
        log: { ...log, route: matched && describe(matched) },
      };
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let result: { reply: Reply; log: LoggedRequest };
      try {
        result = handle(req, Buffer.concat(chunks));
      } catch (error) {
        // A bug in the stand-in: a 500 the test will see, with the cause in the body.
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        result = {
          reply: { status: 500, body: { message } },
          log: {
            method: req.method ?? "",
            path: req.url ?? "",
            query: {},
            status: 500,
            authenticated: false,
          },
        };
      }
      requests.push({ ...result.log, status: result.reply.status });
      send(res, result.reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    state,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** GitHub's `Link` URLs use `/repositories/{id}/...`; both spellings reach the same routes. */
function canonicalPath(state: GitHubState, pathname: string): string {
  const alias = /^\/repositories\/(\d+)(\/.*)?$/.exec(pathname);
  if (!alias) return pathname;
  const repo = [...state.repos.values()].find((r) => r.id === Number(alias[1]));
  return repo ? `/repos/${repo.fullName}${alias[2] ?? ""}` : pathname;
}

function findRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.regex.exec(path);
    if (!match) continue;
    const params = Object.fromEntries(route.names.map((name, i) => [name, safeDecode(match[i + 1] ?? "")]));
    return { route, params };
  }
  return undefined;
}

function repoFor(state: GitHubState, params: Record<string, string>, identity?: Identity): Repo {
  // Routes outside /repos/ (GET /user) never read ctx.repo.
  if (!params.owner || !params.repo) return undefined as unknown as Repo;
  const repo = state.repos.get(`${params.owner}/${params.repo}`.toLowerCase());
  // A private repository is invisible, not forbidden, to those who cannot see it.
  if (!repo || (repo.private && (!identity || identity.scopes.metadata === "none"))) throw notFound();
  return repo;
}

function authorize(route: Route, ctx: Ctx): void {
  const identity = ctx.identity;
  if (route.access === "read") {
    if (ctx.repo?.private && identity && route.scopes.every((s) => identity.scopes[s] === "none")) {
      throw httpError(403, "Resource not accessible by integration");
    }
    return;
  }
  if (!identity) throw httpError(401, "Requires authentication");
  if (route.scopes.some((s) => identity.scopes[s] === "write")) return;
  if (route.anyUser && identity.type === "User" && !ctx.repo?.private) return;
  const accepted = route.scopes.map((s) => `${s}=write`).join("; ");
  const message =
    identity.type === "Bot"
      ? "Resource not accessible by integration"
      : "Resource not accessible by personal access token";
  throw httpError(403, message, {}, { "x-accepted-github-permissions": accepted });
}

function parseBody(raw: Buffer): Record<string, unknown> {
  if (raw.length === 0) return {};
  try {
    const body = JSON.parse(raw.toString("utf8")) as unknown;
    if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Falls through to GitHub's answer for a body it cannot read.
  }
  throw httpError(400, "Problems parsing JSON");
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const describe = (route: Route) => `${route.method} ${route.pattern}`;

function errorReply(error: HttpError): Reply {
  return { status: error.status, body: error.body, headers: error.headers };
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    "x-github-media-type": "github.v3; format=json",
    "x-github-api-version-selected": "2022-11-28",
    "x-github-request-id": `STANDIN:${Math.random().toString(16).slice(2, 10).toUpperCase()}`,
    ...reply.headers,
  };
  if (reply.raw) {
    res.writeHead(reply.status, { "content-type": "application/octet-stream", ...headers }).end(reply.raw);
  } else if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
  } else {
    res
      .writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...headers })
      .end(JSON.stringify(reply.body));
  }
}
