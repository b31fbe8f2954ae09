/**
 * What the routes share: the request context, replies, GitHub's error bodies, and pagination with a
 * real `Link` header. Errors are thrown as `HttpError` and turned into replies by the server.
 */
import type { GitHubState, Identity, Repo, Scope } from "./state.js";

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as is instead of JSON (the `raw` media type). */
  raw?: Buffer;
}

export interface Ctx {
  state: GitHubState;
  /** The repository named by the path; routes outside `/repos/` never read it. */
  repo: Repo;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  identity?: Identity;
  /** The server's own origin, for the URLs inside responses. */
  base: string;
  accept: string;
}

export interface Route {
  method: string;
  /** `/repos/:owner/:repo/...`; `*name` takes the rest, slashes included. */
  pattern: string;
  regex: RegExp;
  names: string[];
  access: "read" | "write";
  /** A write needs `write` on any one of these. */
  scopes: readonly Scope[];
  /** Any signed-in user may do this on a public repository (comment, react), with no role. */
  anyUser?: boolean;
  handle(ctx: Ctx): Reply;
}

export function route(
  method: string,
  pattern: string,
  options: { access: "read" | "write"; scopes: readonly Scope[]; anyUser?: boolean },
  handle: (ctx: Ctx) => Reply,
): Route {
  const names: string[] = [];
  const source = pattern
    .split("/")
    .map((part) => {
      if (part.startsWith(":")) names.push(part.slice(1));
      else if (part.startsWith("*")) names.push(part.slice(1));
      else return part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
      return part.startsWith(":") ? "([^/]+)" : "(.+)";
    })
    .join("/");
  return { method, pattern, regex: new RegExp(`^${source}/?$`), names, ...options, handle };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

const DOCS = "https://docs.github.com/rest";

export function httpError(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
  headers = {},
) {
  return new HttpError(
    status,
    { message, ...extra, documentation_url: DOCS, status: String(status) },
    headers,
  );
}

export const notFound = (message = "Not Found") => httpError(404, message);

/** 422 for a missing or malformed parameter: `Invalid request.\n\n"sha" wasn't supplied.` */
export const invalidRequest = (detail: string) => httpError(422, `Invalid request.\n\n${detail}`);

/** 422 `Validation Failed` with one entry in `errors`, as for a too-long comment or description. */
export function validationFailed(resource: string, field: string, code: string, message?: string) {
  return httpError(422, "Validation Failed", {
    errors: [{ resource, code, field, ...(message && { message }) }],
  });
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });

export function stringParam(ctx: Ctx, name: string, required: boolean): string | undefined {
  const value = ctx.body[name];
  if (value === undefined || value === null) {
    if (required) throw invalidRequest(`"${name}" wasn't supplied.`);
    return undefined;
  }
  if (typeof value !== "string")
    throw invalidRequest(`For 'properties/${name}', ${JSON.stringify(value)} is not a string.`);
  return value;
}

/**
 * One page of `items` by `per_page` (default 30, at most 100) and `page`, with a `Link` header like
 * GitHub's: absolute URLs on the server's own origin in the `/repositories/{id}` form, which a
 * client must follow as given rather than rebuild.
 */
export function paginate<T>(
  ctx: Ctx,
  items: T[],
  options: { path: string; defaultPerPage?: number; maxPerPage?: number },
): { page: T[]; headers: Record<string, string> } {
  const fallback = options.defaultPerPage ?? 30;
  const perPage = clamp(
    Number(ctx.query.get("per_page") ?? fallback),
    1,
    options.maxPerPage ?? 100,
    fallback,
  );
  const page = clamp(Number(ctx.query.get("page") ?? 1), 1, Number.MAX_SAFE_INTEGER, 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(ctx.query);
    query.set("page", String(n));
    return `<${ctx.base}${options.path}?${query}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(Math.min(page - 1, last), "prev")] : []),
    ...(page < last ? [link(page + 1, "next"), link(last, "last")] : []),
    ...(page > 1 ? [link(1, "first")] : []),
  ];
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}

/** The repository path as the `Link` header spells it: `/repositories/{id}/...`. */
export const repoPath = (ctx: Ctx, rest: string) => `/repositories/${ctx.repo.id}${rest}`;

function clamp(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/** A ref (branch, tag, `pull/N/head`, full or abbreviated sha) in a repository, to a commit sha. */
export function resolveRef(ctx: Ctx, ref: string, repo: Repo = ctx.repo): string | undefined {
  const name = ref.replace(/^refs\//, "");
  return (
    repo.refs.get(name) ??
    repo.refs.get(`heads/${name}`) ??
    repo.refs.get(`tags/${name}`) ??
    ctx.state.git.resolveSha(ref)
  );
}
