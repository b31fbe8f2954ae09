/**
 * Where the dashboard is served, for the PR comment's link: GitHub Pages serving the data branch at
 * `https://<owner>.github.io/<repo>/` (the Pages API would say a custom domain, but needs a permission
 * the job's token rarely has, and one more request). Linked only once the data branch has the page.
 */
import { httpStatus, type Repo } from "./contents.js";
import type { GitHubClient } from "./octokit.js";

const NAME = /^[A-Za-z0-9_.-]+$/;

/** Pure: the project site's address on github.com; none elsewhere (GHES serves Pages its own way). */
export function pagesUrl(repo: Repo, serverUrl: string): string | undefined {
  if (serverUrl.replace(/\/+$/, "") !== "https://github.com") return undefined;
  if (!NAME.test(repo.owner) || !NAME.test(repo.repo)) return undefined;
  const host = `${repo.owner.toLowerCase()}.github.io`;
  // A repository named after the host is the owner's own site, served at the root.
  return repo.repo.toLowerCase() === host ? `https://${host}/` : `https://${host}/${repo.repo}/`;
}

/** The Pages address when the data branch's root has `index.html`: one request, the root's listing. */
export async function dashboardLink(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  serverUrl: string,
): Promise<string | undefined> {
  const url = pagesUrl(repo, serverUrl);
  if (!url) return undefined;
  try {
    const { data } = await client.rest.git.getTree({ ...repo, tree_sha: dataBranch });
    return data.tree.some((entry) => entry.path === "index.html" && entry.type === "blob") ? url : undefined;
  } catch (error) {
    // No data branch yet (404), or an empty repository (409): no page to link.
    if (httpStatus(error) === 404 || httpStatus(error) === 409) return undefined;
    throw error;
  }
}
