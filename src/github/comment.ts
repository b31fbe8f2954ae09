/**
 * One sticky comment per workflow+job (docs/action.md): found by a hidden marker among all
 * comments (every page), only among comments written by our own account, edited in place, left alone
 * when unchanged, and never overwritten by an older run. The comment is display: nothing decided is
 * read back from it but which run wrote it, and its report for a recheck.
 */
import { markersIn } from "../render/markdown-scan.js";
import { isBy } from "./identity.js";
import type { GitHubClient } from "./octokit.js";

export interface CommentKey {
  /** workflow/job, the identity of the comment across runs. */
  key: string;
  runId: string;
  runAttempt: number;
  /** The PR head commit the comment's report was measured on: a recheck must not judge a newer one by it. */
  headSha?: string;
}

const MARKER =
  /<!-- carbon-budget:comment key="([^"]*)" run="(\d+)" attempt="(\d+)"(?: head="([0-9a-f]{7,64})")? -->/;

export function marker(key: CommentKey): string {
  const safeKey = key.key.replace(/["<>]/g, "_").replace(/--/g, "__");
  const head = key.headSha && /^[0-9a-f]{7,64}$/.test(key.headSha) ? ` head="${key.headSha}"` : "";
  return `<!-- carbon-budget:comment key="${safeKey}" run="${key.runId}" attempt="${key.runAttempt}"${head} -->`;
}

/** The comment's marker: the first one that starts a line outside quotes and code. */
export function readMarker(body: string): CommentKey | undefined {
  const [match] = markersIn(body, MARKER);
  if (!match) return undefined;
  return {
    key: match[1] ?? "",
    runId: match[2] ?? "0",
    runAttempt: Number(match[3]),
    ...(match[4] && { headSha: match[4] }),
  };
}

/** The body without its marker line: what "unchanged" compares, since the marker's run id always differs. */
const content = (body: string) => body.replace(MARKER, "").trim();

const isNewer = (a: CommentKey, b: CommentKey) =>
  BigInt(a.runId) > BigInt(b.runId) || (a.runId === b.runId && a.runAttempt > b.runAttempt);

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
  html_url?: string;
  created_at?: string;
  updated_at?: string;
}

/** Ours: written by our account and marked (anyone can copy a marker; no one can borrow an account). */
export const isOurs = (login: string, comment: IssueComment): boolean =>
  isBy(login, comment.user) && readMarker(comment.body ?? "") !== undefined;

export async function listComments(
  client: GitHubClient,
  where: { owner: string; repo: string; issueNumber: number },
  since?: string,
): Promise<IssueComment[]> {
  return client.paginate(client.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.issueNumber,
    per_page: 100,
    ...(since && { since }),
  });
}

export type CommentOutcome = "created" | "updated" | "unchanged" | "newer-exists";

export async function upsertComment(
  client: GitHubClient,
  where: { owner: string; repo: string; issueNumber: number },
  key: CommentKey,
  body: string,
  /**
   * `update` edits the comment our account wrote for this key (`login` names it, asked only once a
   * comment carries the key's marker); `new` always posts.
   */
  options: { mode: "update"; login: () => Promise<string> } | { mode: "new" },
): Promise<{ outcome: CommentOutcome; id?: number; url?: string }> {
  const full = `${marker(key)}\n${body}`;
  if (options.mode === "update") {
    const safeKey = readMarker(marker(key))?.key;
    const marked = (await listComments(client, where)).filter(
      (c) => readMarker(c.body ?? "")?.key === safeKey,
    );
    const login = marked.length > 0 ? await options.login() : "";
    const existing = marked.filter((c) => isOurs(login, c)).at(-1);
    if (existing) {
      const theirs = readMarker(existing.body ?? "");
      const found = { id: existing.id, url: existing.html_url };
      if (theirs && isNewer(theirs, key)) return { outcome: "newer-exists", ...found };
      if (content(existing.body ?? "") === content(full)) return { outcome: "unchanged", ...found };
      const { data } = await client.rest.issues.updateComment({
        owner: where.owner,
        repo: where.repo,
        comment_id: existing.id,
        body: full,
      });
      return { outcome: "updated", id: data.id, url: data.html_url };
    }
  }
  const { data } = await client.rest.issues.createComment({
    owner: where.owner,
    repo: where.repo,
    issue_number: where.issueNumber,
    body: full,
  });
  return { outcome: "created", id: data.id, url: data.html_url };
}
