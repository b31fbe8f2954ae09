/**
 * Waivers live on the data branch, one file per pull request and head commit:
 * `v1/waivers/pr-<number>/<sha>.json`. Only the bot writes one, after GitHub has said that the person
 * who asked may push to the repository; a comment never makes or carries a waiver, since anyone can
 * write text that looks like ours. A new push has a new sha, so its waiver does not exist yet.
 * Reading one is reading stored input: it goes through the schema and must match its own path.
 */
import { z } from "zod";
import { type Repo, readFile } from "./contents.js";
import { ensureDataBranch } from "./data-branch.js";
import { ourLoginAndFile } from "./identity.js";
import type { GitHubClient } from "./octokit.js";

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

const waiverSchema = z.strictObject({
  schema: z.literal("carbon-budget/waiver@1"),
  pull_request: z.number().int().positive(),
  sha: z.string().regex(SHA),
  /** Who accepted: a GitHub login. */
  user: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/),
  reason: z.string().max(200),
  at: z.iso.datetime(),
});

export type WaiverRecord = z.infer<typeof waiverSchema>;
export type Waiver = Omit<WaiverRecord, "schema">;

export function waiverPath(pullRequest: number, sha: string): string {
  if (!Number.isInteger(pullRequest) || pullRequest < 1 || !SHA.test(sha))
    throw new Error(`no waiver path for PR ${pullRequest} at ${sha}`);
  return `v1/waivers/pr-${pullRequest}/${sha}.json`;
}

const status = (error: unknown): number | undefined => (error as { status?: number }).status;

export function parseWaiver(text: string, where: string, expected: { pullRequest: number; sha: string }) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not JSON`);
  }
  const parsed = waiverSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`${where} is not a waiver record: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const { schema: _schema, ...waiver } = parsed.data;
  if (waiver.pull_request !== expected.pullRequest || waiver.sha !== expected.sha)
    throw new Error(`${where} names PR #${waiver.pull_request} at ${waiver.sha}, not the file's own`);
  return waiver;
}

/**
 * The waiver for this head commit of this pull request, if a maintainer gave one. Read through GraphQL
 * together with our login, which the same run needs to find its comment.
 */
export async function readWaiver(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  pullRequest: number,
  sha: string,
): Promise<Waiver | undefined> {
  if (!SHA.test(sha)) return undefined;
  const path = waiverPath(pullRequest, sha);
  const text = await ourLoginAndFile(client, repo, dataBranch, path);
  return text === undefined ? undefined : parseWaiver(text, `${dataBranch}:${path}`, { pullRequest, sha });
}

/** Records a waiver (replacing an earlier one for the same commit, as a second accept would). */
export async function writeWaiver(
  client: GitHubClient,
  repo: Repo,
  dataBranch: string,
  waiver: Waiver,
): Promise<void> {
  const record: WaiverRecord = waiverSchema.parse({ schema: "carbon-budget/waiver@1", ...waiver });
  const path = waiverPath(record.pull_request, record.sha);
  await ensureDataBranch(client, repo, dataBranch);
  const content = Buffer.from(`${JSON.stringify(record, null, 2)}\n`).toString("base64");
  for (let attempt = 1; ; attempt++) {
    const current = await readFile(client, repo, path, dataBranch);
    try {
      await client.rest.repos.createOrUpdateFileContents({
        ...repo,
        branch: dataBranch,
        path,
        message: `carbon-budget: PR #${record.pull_request} accepted at ${record.sha.slice(0, 7)} by @${record.user}`,
        content,
        ...(current && { sha: current.sha }),
      });
      return;
    } catch (error) {
      // 409: the branch moved under us (another write); 422: the file appeared since we looked.
      if ((status(error) !== 409 && status(error) !== 422) || attempt === 4) throw error;
    }
  }
}
