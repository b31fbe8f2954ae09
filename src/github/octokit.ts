/**
 * The one place an Octokit is built: retries for 5xx and network errors, and rate-limit handling that
 * waits once for a short `retry-after` and otherwise gives up, so an API outage costs a comment, never
 * the user's build. The client is passed in, never imported as a global.
 */
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { VERSION } from "../version.js";

const Client = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof Client>;

/** Longest wait for a rate limit we accept inside a CI step. */
const MAX_RATE_LIMIT_WAIT_S = 60;

export function createGitHubClient(options: {
  token: string;
  baseUrl: string;
  log: (line: string) => void;
  retries?: number;
}): GitHubClient {
  const wait =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
      const retrying = retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
      options.log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}`,
      );
      return retrying;
    };
  const client = new Client({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: `carbon-budget/${VERSION}`,
    // Retry 5xx and network errors only: a 4xx is an answer (409 and 429 included: the store re-reads
    // on 409 itself, and rate limits belong to the throttling plugin).
    retry: { retries: options.retries ?? 2, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    throttle: { onRateLimit: wait("primary"), onSecondaryRateLimit: wait("secondary") },
    // Octokit's own logging could print request details; we say what matters ourselves.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  // A circuit breaker: once GitHub has failed us (5xx or no answer, after the retries), the rest of
  // this run's calls fail at once instead of each waiting through its own retries.
  let unavailable: string | undefined;
  client.hook.wrap("request", async (request, requestOptions) => {
    if (unavailable) {
      throw Object.assign(
        new Error(`skipped: the GitHub API was unavailable earlier in this run (${unavailable})`),
        { status: 503 },
      );
    }
    try {
      return await request(requestOptions);
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === undefined || status >= 500)
        unavailable = status ? `HTTP ${status}` : (error as Error).message;
      throw error;
    }
  });
  return client;
}
