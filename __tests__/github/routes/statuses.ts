/**
 * Commit statuses (create, list, combined) and check runs (create, update, get, list for a ref), with
 * the API's validation: four states, a 140-character description, 1000 statuses per sha and context,
 * and check runs only for GitHub App tokens (the Actions token is one; a personal token is not).
 */
import {
  type Ctx,
  httpError,
  invalidRequest,
  notFound,
  ok,
  paginate,
  type Reply,
  repoPath,
  resolveRef,
  route,
  stringParam,
  validationFailed,
} from "../http.js";
import { checkRunJson, repoJson, statusJson } from "../shapes.js";
import type { CheckRun, Status, StatusState } from "../state.js";

export const MAX_DESCRIPTION_CHARS = 140;
const MAX_STATUSES_PER_CONTEXT = 1000;
const MAX_SUMMARY_CHARS = 65_535;
const STATES: StatusState[] = ["error", "failure", "pending", "success"];
const CONCLUSIONS = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "stale",
  "timed_out",
];

const oneOf = (name: string, value: unknown, allowed: string[]) =>
  invalidRequest(
    `For 'properties/${name}', ${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}.`,
  );

function commitSha(ctx: Ctx, ref: string, status = 422): string {
  const sha = resolveRef(ctx, ref);
  if (!sha)
    throw status === 404
      ? notFound(`No commit found for SHA: ${ref}`)
      : httpError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

function createStatus(ctx: Ctx): Reply {
  const sha = commitSha(ctx, ctx.params.sha ?? "");
  const state = ctx.body.state;
  if (typeof state !== "string" || !STATES.includes(state as StatusState))
    throw oneOf("state", state ?? null, STATES);
  const description = stringParam(ctx, "description", false) ?? null;
  if (description && [...description].length > MAX_DESCRIPTION_CHARS) {
    throw validationFailed(
      "Status",
      "description",
      "custom",
      `description is too long (maximum is ${MAX_DESCRIPTION_CHARS} characters)`,
    );
  }
  const context = stringParam(ctx, "context", false) ?? "default";
  if (
    ctx.repo.statuses.filter((s) => s.sha === sha && s.context === context).length >= MAX_STATUSES_PER_CONTEXT
  ) {
    throw validationFailed(
      "Status",
      "context",
      "custom",
      "This SHA and context has reached the maximum number of statuses.",
    );
  }
  const status: Status = {
    id: ctx.state.id(),
    sha,
    state: state as StatusState,
    context,
    description,
    targetUrl: stringParam(ctx, "target_url", false) ?? null,
    creator: ctx.state.user(ctx.identity?.login ?? ""),
    createdAt: ctx.state.now(),
  };
  ctx.repo.statuses.push(status);
  return ok(statusJson(ctx, ctx.repo, status), 201);
}

function listStatuses(ctx: Ctx): Reply {
  const sha = commitSha(ctx, ctx.params.ref ?? "", 404);
  const statuses = ctx.repo.statuses.filter((s) => s.sha === sha).reverse();
  const { page, headers } = paginate(ctx, statuses, {
    path: repoPath(ctx, `/commits/${ctx.params.ref}/statuses`),
  });
  return { status: 200, body: page.map((s) => statusJson(ctx, ctx.repo, s)), headers };
}

function combinedStatus(ctx: Ctx): Reply {
  const sha = commitSha(ctx, ctx.params.ref ?? "", 404);
  const latest = new Map<string, Status>();
  for (const s of ctx.repo.statuses) if (s.sha === sha) latest.set(s.context, s);
  const all = [...latest.values()];
  const state = all.some((s) => s.state === "error" || s.state === "failure")
    ? "failure"
    : all.length === 0 || all.some((s) => s.state === "pending")
      ? "pending"
      : "success";
  const { page, headers } = paginate(ctx, all, {
    path: repoPath(ctx, `/commits/${ctx.params.ref}/status`),
    defaultPerPage: 100,
  });
  const body = {
    state,
    statuses: page.map((s) => statusJson(ctx, ctx.repo, s)),
    sha,
    total_count: all.length,
    repository: repoJson(ctx, ctx.repo),
    commit_url: `${ctx.base}/repos/${ctx.repo.fullName}/commits/${sha}`,
    url: `${ctx.base}/repos/${ctx.repo.fullName}/commits/${sha}/status`,
  };
  return { status: 200, body, headers };
}

function applyCheckFields(ctx: Ctx, run: CheckRun): void {
  const conclusion = stringParam(ctx, "conclusion", false);
  if (conclusion !== undefined && !CONCLUSIONS.includes(conclusion))
    throw oneOf("conclusion", conclusion, CONCLUSIONS);
  const status = stringParam(ctx, "status", false);
  if (status !== undefined && !["queued", "in_progress", "completed"].includes(status)) {
    throw oneOf("status", status, ["queued", "in_progress", "completed"]);
  }
  if (status) run.status = status as CheckRun["status"];
  if (conclusion) {
    run.conclusion = conclusion;
    run.status = "completed";
  }
  if (run.status === "completed" && !run.conclusion) throw invalidRequest(`"conclusion" wasn't supplied.`);
  if (run.status === "completed")
    run.completedAt = stringParam(ctx, "completed_at", false) ?? ctx.state.now();
  run.name = stringParam(ctx, "name", false) ?? run.name;
  run.detailsUrl = stringParam(ctx, "details_url", false) ?? run.detailsUrl;
  run.externalId = stringParam(ctx, "external_id", false) ?? run.externalId;
  const output = ctx.body.output as Record<string, unknown> | undefined;
  if (output) {
    if (typeof output.title !== "string" || typeof output.summary !== "string")
      throw invalidRequest(`"title" and "summary" are required in "output".`);
    if ([...output.summary].length > MAX_SUMMARY_CHARS) {
      throw validationFailed(
        "CheckRun",
        "output.summary",
        "custom",
        `Output summary exceeds a maximum bytesize of ${MAX_SUMMARY_CHARS}`,
      );
    }
    run.output = {
      title: output.title,
      summary: output.summary,
      text: typeof output.text === "string" ? output.text : null,
    };
  }
}

function checkRunOf(ctx: Ctx): CheckRun {
  const run = ctx.repo.checkRuns.find((c) => c.id === Number(ctx.params.id));
  if (!run) throw notFound();
  return run;
}

/** The checks API takes App tokens only; a personal token is refused whatever its role. */
function requireApp(ctx: Ctx): void {
  if (ctx.identity?.type !== "Bot") throw httpError(403, "You must authenticate via a GitHub App.");
}

function createCheckRun(ctx: Ctx): Reply {
  requireApp(ctx);
  const name = stringParam(ctx, "name", true) as string;
  const headSha = commitSha(ctx, stringParam(ctx, "head_sha", true) as string);
  const run: CheckRun = {
    id: ctx.state.id(),
    headSha,
    name,
    status: "queued",
    conclusion: null,
    startedAt: stringParam(ctx, "started_at", false) ?? ctx.state.now(),
    completedAt: null,
    detailsUrl: null,
    externalId: null,
    output: { title: null, summary: null, text: null },
  };
  applyCheckFields(ctx, run);
  ctx.repo.checkRuns.push(run);
  return ok(checkRunJson(ctx, ctx.repo, run), 201);
}

function listCheckRuns(ctx: Ctx): Reply {
  const sha = commitSha(ctx, ctx.params.ref ?? "", 404);
  const name = ctx.query.get("check_name");
  const status = ctx.query.get("status");
  let runs = ctx.repo.checkRuns.filter(
    (c) => c.headSha === sha && (!name || c.name === name) && (!status || c.status === status),
  );
  if ((ctx.query.get("filter") ?? "latest") === "latest") {
    runs = runs.filter((run) => !runs.some((other) => other.name === run.name && other.id > run.id));
  }
  runs = runs.reverse();
  const { page, headers } = paginate(ctx, runs, {
    path: repoPath(ctx, `/commits/${ctx.params.ref}/check-runs`),
  });
  return {
    status: 200,
    body: { total_count: runs.length, check_runs: page.map((c) => checkRunJson(ctx, ctx.repo, c)) },
    headers,
  };
}

const statusWrite = { access: "write", scopes: ["statuses"] } as const;
const statusRead = { access: "read", scopes: ["statuses"] } as const;
const checkWrite = { access: "write", scopes: ["checks"] } as const;
const checkRead = { access: "read", scopes: ["checks"] } as const;

export const statusRoutes = [
  route("POST", "/repos/:owner/:repo/statuses/:sha", statusWrite, createStatus),
  route("GET", "/repos/:owner/:repo/statuses/*ref", statusRead, listStatuses),
  route("GET", "/repos/:owner/:repo/commits/*ref/statuses", statusRead, listStatuses),
  route("GET", "/repos/:owner/:repo/commits/*ref/status", statusRead, combinedStatus),
  route("GET", "/repos/:owner/:repo/commits/*ref/check-runs", checkRead, listCheckRuns),
  route("POST", "/repos/:owner/:repo/check-runs", checkWrite, createCheckRun),
  route("GET", "/repos/:owner/:repo/check-runs/:id", checkRead, (ctx) =>
    ok(checkRunJson(ctx, ctx.repo, checkRunOf(ctx))),
  ),
  route("PATCH", "/repos/:owner/:repo/check-runs/:id", checkWrite, (ctx) => {
    requireApp(ctx);
    const run = checkRunOf(ctx);
    // Validate on a copy, so a refused update leaves the run as it was.
    const next = { ...run, output: { ...run.output } };
    applyCheckFields(ctx, next);
    Object.assign(run, next);
    return ok(checkRunJson(ctx, ctx.repo, run));
  }),
];
