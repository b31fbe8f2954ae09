/**
 * Where the action runs, from the runner's environment and the event payload. Pure over the values
 * passed in (the runner reads process.env and the payload file once): the payload is GitHub's, but
 * it is parsed defensively, since `workflow_run` and `issue_comment` payloads carry user-controlled text.
 */
import { z } from "zod";

export interface PullRequestContext {
  number: number;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
}

export interface GitHubContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  runId: string;
  runAttempt: number;
  workflow: string;
  job: string;
  apiUrl: string;
  serverUrl: string;
  defaultBranch?: string;
  pullRequest?: PullRequestContext;
  /** The branch a push went to. */
  pushBranch?: string;
  payload: unknown;
}

const repositorySchema = z.object({
  full_name: z.string(),
  default_branch: z.string().optional(),
});

const pullRequestSchema = z.object({
  number: z.number().int(),
  head: z.object({ sha: z.string(), ref: z.string(), repo: repositorySchema.nullable().optional() }),
  base: z.object({ sha: z.string(), ref: z.string(), repo: repositorySchema.optional() }),
});

const payloadSchema = z.object({
  repository: repositorySchema.optional(),
  pull_request: pullRequestSchema.optional(),
});

/** A pull request (from the event or the API) as the action uses it. */
export function pullRequestContext(pr: {
  number: number;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
}): PullRequestContext {
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
  };
}

export function readGitHubContext(env: NodeJS.ProcessEnv, payloadText: string | undefined): GitHubContext {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "/").split("/");
  let payload: unknown = {};
  try {
    payload = payloadText ? JSON.parse(payloadText) : {};
  } catch {
    payload = {};
  }
  const parsed = payloadSchema.safeParse(payload);
  const data = parsed.success ? parsed.data : {};
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const ref = env.GITHUB_REF ?? "";
  const pr = data.pull_request;
  const isPullRequest = (eventName === "pull_request" || eventName === "pull_request_target") && pr;
  return {
    eventName,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? "",
    ref,
    runId: env.GITHUB_RUN_ID ?? "0",
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? "1") || 1,
    workflow: env.GITHUB_WORKFLOW ?? "",
    job: env.GITHUB_JOB ?? "",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    ...(data.repository?.default_branch && { defaultBranch: data.repository.default_branch }),
    ...(isPullRequest && { pullRequest: pullRequestContext(pr) }),
    ...(eventName === "push" &&
      ref.startsWith("refs/heads/") && { pushBranch: ref.slice("refs/heads/".length) }),
    payload,
  };
}
