/**
 * Reading one file of a repository at a ref through the contents API. GitHub sends the content of
 * files up to 1 MB in the JSON; for larger ones (up to 100 MB) it sends an empty `content` with
 * `encoding: "none"`, and the bytes come from the git blobs API by the sha it does send.
 */
import type { GitHubClient } from "./octokit.js";

export interface Repo {
  owner: string;
  repo: string;
}

export interface FileAtRef {
  text: string;
  /** The blob sha: what an update must name. */
  sha: string;
  bytes: Buffer;
}

export const httpStatus = (error: unknown): number | undefined => (error as { status?: number }).status;

/**
 * A file on a ref, or undefined when the file (or the ref) does not exist. Only `owner` and `repo` are
 * taken from `where`: Octokit sends every parameter the endpoint does not define as a query string, so
 * a wider object (a workspace path, a SHA) would ride along to the API.
 */
export async function readFile(
  client: GitHubClient,
  where: Repo,
  path: string,
  ref: string,
): Promise<FileAtRef | undefined> {
  const repo: Repo = { owner: where.owner, repo: where.repo };
  let data: Awaited<ReturnType<GitHubClient["rest"]["repos"]["getContent"]>>["data"];
  try {
    ({ data } = await client.rest.repos.getContent({ ...repo, path, ref }));
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
  if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return undefined;
  const inline = data.encoding !== "none" && !(data.content === "" && data.size > 0);
  const content = inline
    ? data.content
    : (await client.rest.git.getBlob({ ...repo, file_sha: data.sha })).data.content;
  const bytes = Buffer.from(content, "base64");
  return { text: bytes.toString("utf8"), sha: data.sha, bytes };
}
