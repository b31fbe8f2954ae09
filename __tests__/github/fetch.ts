/** Plain `fetch` against the stand-in, for tests that want the raw status, headers and JSON. */
import type { GitHubServer } from "./server.js";

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever fields the API sent.
  body: any;
  /** The body as sent, for replies that are not JSON (the raw media type). */
  text: string;
}

export async function api(
  server: Pick<GitHubServer, "url">,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { accept: "application/vnd.github+json", ...options.headers };
  if (options.token) headers.authorization = `token ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(path.startsWith("http") ? path : `${server.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  const json = res.headers.get("content-type")?.startsWith("application/json");
  return {
    status: res.status,
    headers: res.headers,
    body: text && json ? JSON.parse(text) : undefined,
    text,
  };
}

/** The `Link` header as `rel -> url`. */
export function links(headers: Headers): Record<string, string> {
  const header = headers.get("link") ?? "";
  return Object.fromEntries([...header.matchAll(/<([^>]+)>;\s*rel="([^"]+)"/g)].map((m) => [m[2], m[1]]));
}

export const base64 = (text: string) => Buffer.from(text).toString("base64");
