/** Plain `fetch` against the stand-in, for tests that want the raw status, headers and JSON. */
import type { GitHubServer } from "./server.js";

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever fields the API sent.
  body: any;
}

export async function api(
  server: Pick<GitHubServer, "url">,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { accept: "application/vnd.github+json" };
  if (options.token) headers.authorization = `token ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(path.startsWith("http") ? path : `${server.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** The `Link` header as `rel -> url`. */
export function links(headers: Headers): Record<string, string> {
  const header = headers.get("link") ?? "";
  return Object.fromEntries([...header.matchAll(/<([^>]+)>;\s*rel="([^"]+)"/g)].map((m) => [m[2], m[1]]));
}

export const base64 = (text: string) => Buffer.from(text).toString("base64");
