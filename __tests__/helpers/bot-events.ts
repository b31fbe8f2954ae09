/**
 * The bot's events as GitHub sends them, for the stand-in's repository: an `issue_comment` whose
 * comment is really on the stand-in (so the bot can react to it), and a `pull_request` "labeled" whose
 * label is really on the pull request. The payloads start from the fixtures' real shapes; only the
 * repository, numbers, shas and people change. `runBot` runs the bot workflow's one step: the action
 * with no `run`, on the event, with the job's write token.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GitHubState } from "../github/state.js";
import { type JobRun, REPOSITORY, runJob, type StandIn, WRITE_TOKEN } from "./action-runner.js";
import { repoRoot } from "./cli.js";

// biome-ignore lint/suspicious/noExplicitAny: payloads are GitHub's loosely typed JSON.
type Json = any;

const eventsDir = join(repoRoot, "__tests__", "fixtures", "events");
export const fixture = (name: string): Json =>
  JSON.parse(readFileSync(join(eventsDir, `${name}.json`), "utf8"));

/** The label that accepts a failing budget (src/bot/command.ts ACCEPT_LABEL, spelled out on purpose). */
export const ACCEPT_LABEL = "carbon-budget: accepted";
export const BOT_WORKFLOW = "carbon-budget bot";
export const BOT_JOB = "bot";

/** Every URL and name in a fixture that says Codertocat/Hello-World, for the stand-in's repository. */
function retarget(payload: Json, fullName: string, defaultBranch: string): Json {
  const text = JSON.stringify(payload)
    .replaceAll("Codertocat/Hello-World", fullName)
    .replaceAll('"name":"Hello-World"', `"name":"${fullName.split("/")[1]}"`);
  const out = JSON.parse(text);
  out.repository.default_branch = defaultBranch;
  out.repository.owner.login = fullName.split("/")[0];
  return out;
}

/** A user as a webhook shows one (login, id, type), from the stand-in's own record of them. */
function userOf(state: GitHubState, login: string): Json {
  const user = state.user(login);
  return {
    login: user.login,
    id: user.id,
    node_id: Buffer.from(`${user.type}:${user.id}`).toString("base64"),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: "",
    url: `https://api.github.com/users/${encodeURIComponent(user.login)}`,
    html_url: `https://github.com/${user.login}`,
    type: user.type,
    site_admin: false,
  };
}

export interface CommentEvent {
  payload: Json;
  commentId: number;
}

/**
 * `issue_comment` for a comment by `user` on issue or PR `number`. "created" writes the comment on
 * the stand-in first, as GitHub has it before the event fires; "edited" changes an existing one
 * (`commentId`), "deleted" removes it.
 */
export function issueCommentEvent(
  state: GitHubState,
  options: {
    number: number;
    user: string;
    body: string;
    action?: "created" | "edited" | "deleted";
    /** For "edited" and "deleted": the comment. */
    commentId?: number;
  },
): CommentEvent {
  const action = options.action ?? "created";
  const repo = state.repo();
  const issue = state.issue(options.number);
  const isPull = issue.pull !== undefined;
  const base = fixture(
    action === "created"
      ? isPull
        ? "issue_comment-created"
        : "issue_comment-created-issue"
      : `issue_comment-${action}`,
  );
  const payload = retarget(base, repo.fullName, repo.defaultBranch);

  let comment = issue.comments.find((c) => c.id === options.commentId);
  let previous: string | undefined;
  if (action === "created") {
    comment = state.addComment(options.number, { user: options.user, body: options.body });
  } else if (!comment) {
    throw new Error(`no comment ${options.commentId} on #${options.number} to ${action}`);
  } else if (action === "edited") {
    previous = comment.body;
    comment.body = options.body;
    comment.updatedAt = state.now();
  } else {
    issue.comments.splice(issue.comments.indexOf(comment), 1);
  }

  const web = `https://github.com/${repo.fullName}/${isPull ? "pull" : "issues"}/${options.number}`;
  const api = `https://api.github.com/repos/${repo.fullName}`;
  payload.issue.number = options.number;
  payload.issue.title = issue.title;
  payload.issue.url = `${api}/issues/${options.number}`;
  payload.issue.html_url = web;
  payload.issue.comments_url = `${api}/issues/${options.number}/comments`;
  payload.issue.user = userOf(state, issue.user.login);
  payload.issue.labels = issue.labels.map((name) => ({ name }));
  payload.issue.comments = issue.comments.length;
  if (isPull) {
    payload.issue.pull_request = {
      url: `${api}/pulls/${options.number}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: null,
    };
  } else {
    delete payload.issue.pull_request;
  }
  payload.comment.id = comment.id;
  payload.comment.url = `${api}/issues/comments/${comment.id}`;
  payload.comment.html_url = `${web}#issuecomment-${comment.id}`;
  payload.comment.issue_url = `${api}/issues/${options.number}`;
  payload.comment.user = userOf(state, comment.user.login);
  payload.comment.body = comment.body;
  payload.comment.created_at = comment.createdAt;
  payload.comment.updated_at = comment.updatedAt;
  if (previous !== undefined) payload.changes = { body: { from: previous } };
  payload.sender = userOf(state, options.user);
  return { payload, commentId: comment.id };
}

/** `pull_request` "labeled": `sender` added `label` to PR `number` (on the stand-in too). */
export function labeledEvent(
  state: GitHubState,
  options: { number: number; sender: string; label?: string },
): Json {
  const label = options.label ?? ACCEPT_LABEL;
  const repo = state.repo();
  const issue = state.issue(options.number);
  const pull = state.syncPullRequest(repo, issue);
  if (!pull) throw new Error(`#${options.number} is not a pull request`);
  if (!issue.labels.includes(label)) issue.labels.push(label);
  const payload = retarget(fixture("pull_request-labeled"), repo.fullName, repo.defaultBranch);
  const labelJson = {
    ...payload.label,
    name: label,
    url: `${payload.label.url.split("/labels/")[0]}/labels/${encodeURIComponent(label)}`,
  };
  payload.number = options.number;
  payload.label = labelJson;
  const pr = payload.pull_request;
  pr.number = options.number;
  pr.labels = issue.labels.map((name) => (name === label ? labelJson : { name }));
  pr.head.ref = pull.head;
  pr.head.sha = pull.headSha;
  pr.head.label = `${pull.headRepo.owner}:${pull.head}`;
  pr.head.repo.full_name = pull.headRepo.fullName;
  pr.base.ref = pull.base;
  pr.base.sha = pull.baseSha;
  pr.base.label = `${repo.owner}:${pull.base}`;
  pr.base.repo.full_name = repo.fullName;
  // Labelling updates the pull request: the payload shows it at the label's time.
  pr.updated_at = state.now();
  payload.sender = userOf(state, options.sender);
  return payload;
}

/** The bot workflow's job: `uses: carbon-budget/carbon-budget@v1` with no `run`, on the event. */
export async function runBot(
  gh: StandIn,
  event: "issue_comment" | "pull_request" | "pull_request_target",
  payload: Json,
  options: { token?: string; runId?: number } = {},
): Promise<JobRun & { requests: string[] }> {
  const before = gh.server.requests.length;
  // issue_comment runs on the default branch's last commit; a PR event on the test merge commit.
  const number: number | undefined = payload.pull_request?.number;
  const merge = number !== undefined ? gh.state.repo().refs.get(`pull/${number}/merge`) : undefined;
  const job = await runJob({
    apiUrl: gh.server.url,
    token: options.token ?? WRITE_TOKEN,
    event,
    payload,
    repository: REPOSITORY,
    sha: merge ?? gh.state.branchHead("main") ?? "0".repeat(40),
    ref: merge ? `refs/pull/${number}/merge` : "refs/heads/main",
    ...(options.runId !== undefined && { runId: options.runId }),
    workflow: BOT_WORKFLOW,
    job: BOT_JOB,
    steps: [{}],
  });
  const requests = gh.server.requests.slice(before).map((r) => `${r.method} ${r.path} ${r.status}`);
  return Object.assign(job, { requests });
}
