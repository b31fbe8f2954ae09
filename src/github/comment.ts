/**
 * One sticky comment per workflow+job (DESIGN.md "The PR comment"): found by a hidden marker among all
 * comments (every page), only among comments written by our own identity, edited in place, left alone
 * when unchanged, and never overwritten by an older run.
 */
import { readWaiver, type Waiver, withWaiver } from "../bot/waiver.js";
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

export function readMarker(body: string): CommentKey | undefined {
  const match = MARKER.exec(body);
  if (!match) return undefined;
  return {
    key: match[1],
    runId: match[2],
    runAttempt: Number(match[3]),
    ...(match[4] && { headSha: match[4] }),
  };
}

/** The body below the marker: what "unchanged" compares, since the marker's run id always differs. */
const content = (body: string) => body.replace(MARKER, "").trim();

const isNewer = (a: CommentKey, b: CommentKey) =>
  BigInt(a.runId) > BigInt(b.runId) || (a.runId === b.runId && a.runAttempt > b.runAttempt);

/** Which comments are ours: those by our token's user, or for an Actions/App token, by a bot. */
export type CommentAuthor = { login: string } | { bot: true };

/**
 * Who we are when we comment. An installation token (the Actions token, `ghs_`) may not call GET /user
 * and comments as `<app>[bot]`: for it, ours are the marked comments by a bot account, which no person
 * can impersonate. Any other token is a user's, and GET /user names them.
 */
export async function commentAuthor(client: GitHubClient, token: string): Promise<CommentAuthor> {
  if (token.startsWith("ghs_")) return { bot: true };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (error) {
    if ((error as { status?: number }).status === 403) return { bot: true };
    throw error;
  }
}

export const isOurs = (author: CommentAuthor, user: { login?: string; type?: string } | null | undefined) =>
  "bot" in author ? user?.type === "Bot" : user?.login === author.login;

export type CommentOutcome = "created" | "updated" | "unchanged" | "newer-exists";

export async function upsertComment(
  client: GitHubClient,
  where: { owner: string; repo: string; issueNumber: number },
  key: CommentKey,
  body: string,
  options: { mode: "update" | "new"; author: CommentAuthor; carryWaiverFor?: string },
): Promise<{ outcome: CommentOutcome; id?: number; url?: string; waiver?: Waiver }> {
  let full = `${marker(key)}\n${body}`;
  let waiver: Waiver | undefined;
  if (options.mode === "update") {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: where.owner,
      repo: where.repo,
      issue_number: where.issueNumber,
      per_page: 100,
    });
    const safeKey = readMarker(marker(key))?.key;
    const ours = comments.filter(
      (c) => isOurs(options.author, c.user) && readMarker(c.body ?? "")?.key === safeKey,
    );
    const existing = ours.at(-1);
    // A waiver given for this very commit survives a re-run; a new commit needs a new one.
    const kept = existing && readWaiver(existing.body ?? "");
    if (kept && kept.sha === options.carryWaiverFor) {
      waiver = kept;
      full = withWaiver(full, kept);
    }
    if (existing) {
      const theirs = readMarker(existing.body ?? "");
      const found = { id: existing.id, url: existing.html_url, ...(waiver && { waiver }) };
      if (theirs && isNewer(theirs, key)) return { outcome: "newer-exists", ...found };
      if (content(existing.body ?? "") === content(full)) return { outcome: "unchanged", ...found };
      const { data } = await client.rest.issues.updateComment({
        owner: where.owner,
        repo: where.repo,
        comment_id: existing.id,
        body: full,
      });
      return { outcome: "updated", id: data.id, url: data.html_url, ...(waiver && { waiver }) };
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
