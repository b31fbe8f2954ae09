/**
 * The reporting modes: the job's own ledger (`post` of the first invocation, or `mode: report`), a
 * matrix's artifacts (`mode: aggregate`), and a fork PR's artifact from a `workflow_run` workflow
 * (`mode: publish`). Each ends in reportJob; each keeps the report as an artifact where it can.
 */
import { randomUUID } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { botRequest, handleBot } from "../bot/run-bot.js";
import { type ArtifactStore, actionsArtifactStore, folderArtifactStore } from "../github/artifacts.js";
import { type GitHubContext, pullRequestContext } from "../github/context.js";
import type { GitHubClient } from "../github/octokit.js";
import { mergeReports } from "../report/merge.js";
import { parseReport, type Report } from "../report/schema.js";
import type { ActionInputs } from "./inputs.js";
import { readLedger } from "./ledger.js";
import { PR_CONTEXT_FILE, publishGroups, REPORT_FILE, workflowRunOf } from "./pull-request-artifact.js";
import { type ReportSink, reportJob } from "./report-job.js";
import type { RunnerEnv } from "./runner-env.js";

export interface ModeContext {
  inputs: ActionInputs;
  runner: RunnerEnv;
  gh: GitHubContext;
  client?: GitHubClient;
  dir: string;
}

const sink: ReportSink = {
  info: (line) => core.info(line),
  warning: (line) => core.warning(line),
  setOutput: (name, value) => core.setOutput(name, value),
  summary: async (markdown) => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
  },
};

function artifactStore(runner: RunnerEnv): ArtifactStore | undefined {
  if (runner.artifactDir) return folderArtifactStore(runner.artifactDir);
  return runner.hasArtifactService ? actionsArtifactStore() : undefined;
}

async function finish(ctx: ModeContext, report: Report, file = "report.json"): Promise<void> {
  const reportPath = join(ctx.dir, file);
  const outcome = await reportJob(
    report,
    ctx.inputs,
    ctx.gh,
    { ...ctx.runner, reportPath },
    ctx.client,
    sink,
  );
  const store = artifactStore(ctx.runner);
  if (store && ctx.inputs.mode !== "publish") {
    // The report travels on: to a workflow_run publisher (fork PRs), or to a matrix's aggregate job.
    const pr = ctx.gh.pullRequest;
    const files: Record<string, string> = { [REPORT_FILE]: `${JSON.stringify(report)}\n` };
    if (pr) {
      files[PR_CONTEXT_FILE] = JSON.stringify({
        schema: "carbon-budget/pull-request@1",
        number: pr.number,
        head_sha: pr.headSha,
        key: `${ctx.gh.workflow}/${ctx.gh.job}`,
        run_id: ctx.gh.runId,
        run_attempt: ctx.gh.runAttempt,
      });
    }
    // Matrix legs share a job id: the run id keeps each leg's artifact apart.
    const name =
      ctx.inputs.mode === "aggregate"
        ? ctx.inputs.artifactName
        : `${ctx.inputs.artifactName}-${ctx.gh.job}-${randomUUID().slice(0, 8)}`;
    await store
      .upload({ name, files })
      .catch((error: Error) => core.warning(`the report artifact was not uploaded: ${error.message}`));
  }
  if (outcome.fail) core.setFailed(`carbon-budget: over budget (${outcome.verdict}); see the job summary`);
}

/** The job's ledger, once: a `mode: report` step and the post step must not both report. */
export async function reportLedger(ctx: ModeContext): Promise<void> {
  const reported = join(ctx.dir, "reported");
  if (existsSync(reported)) return;
  const { reports, problems } = readLedger(ctx.dir);
  for (const problem of problems) core.warning(`a measured step could not be read: ${problem}`);
  if (reports.length === 0) {
    core.warning("carbon-budget: no measured steps in this job to report");
    return;
  }
  writeFileSync(reported, new Date().toISOString());
  await finish(ctx, mergeReports(reports, { id: `${ctx.gh.runId}-${ctx.gh.runAttempt}-${ctx.gh.job}` }));
}

export async function reportAggregate(ctx: ModeContext): Promise<void> {
  const store = artifactStore(ctx.runner);
  if (!store)
    throw new Error("mode: aggregate needs the Actions artifact service (run it in a workflow job)");
  const { artifacts, problems } = await store.download(`${ctx.inputs.artifactName}-`);
  for (const problem of problems) core.warning(`carbon-budget: ${problem}`);
  const reports: Report[] = [];
  for (const artifact of artifacts) {
    const text = artifact.files[REPORT_FILE];
    if (!text) continue;
    try {
      reports.push(parseReport(text, `artifact ${artifact.name}`));
    } catch (error) {
      core.warning((error as Error).message);
    }
  }
  if (reports.length === 0) {
    core.warning(`carbon-budget: no ${ctx.inputs.artifactName}-* artifacts with a report in this run`);
    return;
  }
  // Steps keep their names, so the config's budgets apply: give matrix legs distinct step names
  // (`step: train-${{ matrix.model }}`); a name that comes twice is kept apart as "train-2".
  await finish(ctx, mergeReports(reports, { id: `${ctx.gh.runId}-${ctx.gh.runAttempt}-aggregate` }));
}

/**
 * `on: workflow_run`: publish the reports a fork PR's run left, one comment per pull request and job,
 * with this workflow's write token. What orders and links the comment is the event's, not the
 * artifact's; an artifact that does not hold up is a warning naming it, and the others still publish.
 */
export async function reportPublish(ctx: ModeContext): Promise<void> {
  const run = workflowRunOf(ctx.gh.payload);
  const store = artifactStore(ctx.runner);
  if (!store || !ctx.client || !ctx.inputs.githubToken)
    throw new Error("mode: publish needs a github-token and the artifact service");
  const { artifacts, problems } = await store.download(ctx.inputs.artifactName, {
    runId: run.id,
    owner: ctx.gh.owner,
    repo: ctx.gh.repo,
    token: ctx.inputs.githubToken,
  });
  for (const problem of problems) core.warning(`carbon-budget: ${problem}`);
  const found = publishGroups(artifacts, { artifactName: ctx.inputs.artifactName, headSha: run.head_sha });
  for (const problem of found.problems) core.warning(`carbon-budget: ${problem}`);
  if (found.covered > 0) {
    core.info(`carbon-budget: ${found.covered} per-job artifacts are covered by the aggregate report`);
  }
  if (found.groups.length === 0) {
    core.info(
      `carbon-budget: the triggering run left no ${ctx.inputs.artifactName} artifact for a pull request; nothing to publish`,
    );
    return;
  }
  for (const [at, group] of found.groups.entries()) {
    const pr = await ctx.client.rest.pulls
      .get({ owner: ctx.gh.owner, repo: ctx.gh.repo, pull_number: group.number })
      .then(
        ({ data }) => data,
        (error: { status?: number }) => {
          if (error.status !== 404) throw error;
          return undefined;
        },
      );
    // Never trust the artifact's PR number alone: the PR must exist and be at the commit that ran, from
    // the repository that ran it (another fork can push the same commit and run its own workflow).
    const runRepo = run.head_repository?.full_name.toLowerCase();
    const prRepo = pr?.head.repo?.full_name.toLowerCase();
    const why = !pr
      ? "which does not exist"
      : pr.head.sha !== run.head_sha
        ? "whose head is not the commit the run was for"
        : runRepo !== undefined && prRepo !== undefined && runRepo !== prRepo
          ? `whose head is in ${pr.head.repo?.full_name}, not in ${run.head_repository?.full_name} where the run was`
          : undefined;
    if (!pr || why) {
      core.warning(
        `carbon-budget: artifact ${group.artifacts.join(", ")}: it names PR #${group.number}, ${why}; not published`,
      );
      continue;
    }
    const gh: GitHubContext = {
      ...ctx.gh,
      runId: String(run.id),
      runAttempt: run.run_attempt,
      workflow: run.name,
      job: group.job,
      pullRequest: pullRequestContext(pr),
    };
    const [only] = group.reports;
    const report =
      group.reports.length === 1 && only
        ? only
        : mergeReports(group.reports, { id: `${run.id}-${run.run_attempt}-${group.job}` });
    await finish({ ...ctx, gh }, report, at === 0 ? "report.json" : `report-${at + 1}.json`);
  }
}

/** `on: issue_comment` and the accept label: the bot half, with reportJob for `recheck`. */
export async function runBotEvent(ctx: ModeContext): Promise<void> {
  const request = botRequest(ctx.gh);
  if ("ignore" in request) {
    core.info(`carbon-budget: nothing to do (${request.ignore})`);
    return;
  }
  if (!ctx.client) throw new Error("the bot needs a github-token");
  const outcome = await handleBot(request, {
    client: ctx.client,
    gh: ctx.gh,
    dataBranch: ctx.inputs.dataBranch,
    log: core.info,
    recheck: async (report, pr, key) => {
      const gh: GitHubContext = { ...ctx.gh, ...key, pullRequest: pr };
      const result = await reportJob(
        report,
        ctx.inputs,
        gh,
        { ...ctx.runner, reportPath: join(ctx.dir, "recheck.json") },
        ctx.client,
        sink,
      );
      return result.verdict;
    },
  });
  core.info(
    `carbon-budget: /carbon-budget ${request.command.kind} by @${request.user} on #${request.number}: ${outcome}`,
  );
}
