/**
 * The Prometheus HTTP API, the two calls we need: /api/v1/series (which series exist) and /api/v1/query
 * with a range selector (their raw samples). POST, form-encoded, so long selectors fit. Credentials go
 * in a header and nowhere else: errors and reports name the URL's host only.
 */
import type { PrometheusAuth } from "../environment.js";
import { InputError } from "../errors.js";

export type { PrometheusAuth };

export type PrometheusErrorKind =
  | "unreachable"
  | "auth"
  | "timeout"
  | "query"
  | "too-many-samples"
  | "server";

export class PrometheusError extends Error {
  constructor(
    readonly kind: PrometheusErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "PrometheusError";
  }
}

export const isPrometheusError = (error: unknown): error is PrometheusError =>
  error instanceof PrometheusError;

export interface MatrixSeries {
  metric: Record<string, string>;
  values: [number, string][];
}

export interface PrometheusTarget {
  /** The API base, without credentials or a trailing slash. */
  base: string;
  /** What a log or a report may show. */
  host: string;
  /** user:password written into the URL, moved to a header. */
  auth?: PrometheusAuth;
}

/** An http(s) URL, checked before anything runs. */
export function parsePrometheusUrl(input: string, text: string): PrometheusTarget {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new InputError(
      input,
      text,
      "use the Prometheus server's URL, e.g. https://prometheus.example:9090",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InputError(input, url.host || text, "use an http:// or https:// URL");
  }
  const auth =
    url.username !== ""
      ? { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
      : undefined;
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
  const base = url.toString().replace(/\/+$/, "");
  return { base, host: url.host, ...(auth && { auth }) };
}

const RETRY_DELAYS_MS = [500, 1500];

export interface ClientOptions {
  target: PrometheusTarget;
  auth?: PrometheusAuth;
  /** Per request; Prometheus is asked to give up a little earlier, so its own answer arrives. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class PrometheusClient {
  /** Requests sent, retries included. */
  requests = 0;
  readonly host: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ClientOptions) {
    this.host = options.target.host;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const auth = options.auth ?? options.target.auth;
    this.headers = {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
      ...(auth && {
        authorization:
          "bearer" in auth
            ? `Bearer ${auth.bearer}`
            : `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`,
      }),
    };
  }

  /** Label sets of the series any selector matches with samples in [start, end]. */
  async series(selectors: string[], startMs: number, endMs: number): Promise<Record<string, string>[]> {
    const params = selectors.map((s) => ["match[]", s] as [string, string]);
    params.push(["start", seconds(startMs)], ["end", seconds(endMs)]);
    const data = await this.post("/api/v1/series", params);
    if (!Array.isArray(data)) throw this.malformed("series");
    return data as Record<string, string>[];
  }

  /** The raw samples of `selector` in (atMs - rangeMs, atMs]. */
  async rawSamples(selector: string, rangeMs: number, atMs: number): Promise<MatrixSeries[]> {
    const data = (await this.post("/api/v1/query", [
      ["query", `${selector}[${Math.max(1, Math.round(rangeMs))}ms]`],
      ["time", seconds(atMs)],
      ["timeout", `${Math.max(1, Math.floor((this.timeoutMs - 5000) / 1000))}s`],
    ])) as { resultType?: string; result?: MatrixSeries[] };
    if (data?.resultType !== "matrix" || !Array.isArray(data.result)) throw this.malformed("query");
    return data.result;
  }

  private malformed(what: string): PrometheusError {
    return new PrometheusError("server", `Prometheus at ${this.host} sent a ${what} answer we cannot read`);
  }

  private async post(path: string, params: [string, string][]): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(path, params);
      } catch (error) {
        const transient =
          isPrometheusError(error) && (error.kind === "server" || error.kind === "unreachable");
        if (!transient || attempt >= RETRY_DELAYS_MS.length) throw error;
        await this.sleep(RETRY_DELAYS_MS[attempt]);
      }
    }
  }

  private async once(path: string, params: [string, string][]): Promise<unknown> {
    this.requests++;
    let response: Response;
    try {
      response = await fetch(`${this.options.target.base}${path}`, {
        method: "POST",
        headers: this.headers,
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const err = error as Error & { cause?: { code?: string; message?: string } };
      if (err.name === "TimeoutError") {
        throw new PrometheusError(
          "timeout",
          `Prometheus at ${this.host} did not answer within ${this.timeoutMs / 1000} s`,
        );
      }
      const why = err.cause?.code ?? err.cause?.message ?? err.message;
      throw new PrometheusError("unreachable", `could not reach Prometheus at ${this.host}: ${why}`);
    }
    const text = await response.text();
    let body: { status?: string; data?: unknown; errorType?: string; error?: string } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (response.status === 401 || response.status === 403) {
      throw new PrometheusError(
        "auth",
        `Prometheus at ${this.host} answered ${response.status} ${response.statusText || "Unauthorized"}${
          this.headers.authorization
            ? ": the credentials given (PROMETHEUS_TOKEN or PROMETHEUS_USER/PROMETHEUS_PASSWORD) were refused"
            : ": set PROMETHEUS_TOKEN, or PROMETHEUS_USER and PROMETHEUS_PASSWORD"
        }`,
      );
    }
    if (response.ok && body?.status === "success") return body.data;
    const said = body?.error
      ? `${body.errorType ? `${body.errorType}: ` : ""}${body.error}`
      : `HTTP ${response.status}${response.headers.get("content-type") ? ` (${response.headers.get("content-type")})` : ""}`;
    const message = `Prometheus at ${this.host} answered ${response.status}: ${said}`;
    if (body?.errorType === "timeout" || /query timed out/i.test(body?.error ?? "")) {
      throw new PrometheusError("timeout", message);
    }
    if (/too many samples/i.test(body?.error ?? "")) throw new PrometheusError("too-many-samples", message);
    if (response.status >= 500) throw new PrometheusError("server", message);
    throw new PrometheusError("query", message);
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);
