/**
 * Failures a test can queue on the stand-in, each answered the way GitHub answers it, so the
 * client's retry and rate-limit handling runs for real: a secondary rate limit (`retry-after`), the
 * primary rate limit (`x-ratelimit-remaining: 0`), 5xx for the next N requests, or a full outage.
 */
import type { Reply } from "./http.js";

export type FaultKind = "secondary-rate-limit" | "primary-rate-limit" | "server-error" | "outage" | "custom";

/** Which requests a fault hits: a method, and a path given as a substring or a pattern. */
export interface FaultMatch {
  method?: string;
  path?: string | RegExp;
}

interface Queued {
  kind: FaultKind;
  remaining: number;
  match?: FaultMatch;
  reply: () => Reply;
}

const RATE_DOCS = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";
const REASONS: Record<number, string> = {
  500: "Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export class Faults {
  private queue: Queued[] = [];
  private down = false;

  /** 403 (or 429) with `retry-after` and GitHub's "secondary rate limit" message, for the next `times` requests. */
  secondaryRateLimit(
    times = 1,
    options: { retryAfter?: number; status?: 403 | 429; match?: FaultMatch } = {},
  ): this {
    return this.add("secondary-rate-limit", times, options.match, () => ({
      status: options.status ?? 403,
      headers: { "retry-after": String(options.retryAfter ?? 1) },
      body: {
        message:
          "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
          "If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:4444.",
        documentation_url: `${RATE_DOCS}#about-secondary-rate-limits`,
      },
    }));
  }

  /** 403 (or 429) with `x-ratelimit-remaining: 0` and a reset `resetIn` seconds from the answer. */
  primaryRateLimit(
    times = 1,
    options: { status?: 403 | 429; resetIn?: number; match?: FaultMatch } = {},
  ): this {
    return this.add("primary-rate-limit", times, options.match, () => ({
      status: options.status ?? 403,
      headers: {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-used": "5000",
        "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + (options.resetIn ?? 60)),
      },
      body: {
        message: "API rate limit exceeded for installation ID 1.",
        documentation_url: `${RATE_DOCS}#about-primary-rate-limits`,
      },
    }));
  }

  /** A 5xx (502 unless told) for the next `times` requests, then normal answers again. */
  serverError(times = 1, options: { status?: number; match?: FaultMatch } = {}): this {
    const status = options.status ?? 502;
    return this.add("server-error", times, options.match, () => ({
      status,
      body: { message: REASONS[status] ?? "Server Error" },
    }));
  }

  /** Any answer for the next `times` matching requests, e.g. the 409 `is at X but expected Y` of a ref race. */
  inject(times: number, reply: Reply, match?: FaultMatch): this {
    return this.add("custom", times, match, () => reply);
  }

  /** Every request 503 until `outage(false)`. */
  outage(on = true): this {
    this.down = on;
    return this;
  }

  clear(): this {
    this.queue = [];
    this.down = false;
    return this;
  }

  /** Faults still queued, counted in requests. */
  get pending(): number {
    return this.queue.reduce((n, f) => n + f.remaining, 0);
  }

  /** The fault this request meets, if any; used by the server. */
  take(method: string, path: string): { kind: FaultKind; reply: Reply } | undefined {
    if (this.down) return { kind: "outage", reply: { status: 503, body: { message: REASONS[503] } } };
    const fault = this.queue.find((f) => matches(f.match, method, path));
    if (!fault) return undefined;
    if (--fault.remaining === 0) this.queue.splice(this.queue.indexOf(fault), 1);
    return { kind: fault.kind, reply: fault.reply() };
  }

  private add(kind: FaultKind, times: number, match: FaultMatch | undefined, reply: () => Reply): this {
    if (times > 0) this.queue.push({ kind, remaining: times, match, reply });
    return this;
  }
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (typeof match.path === "string") return path.includes(match.path);
  return match.path ? match.path.test(path) : true;
}
