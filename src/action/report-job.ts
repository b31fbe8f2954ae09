/**
 * Reporting for a whole job (docs/action.md): the config it is judged by, its baseline, the
 * comparison, budgets, the job summary, the PR comment and status, the baseline store on pushes, and
 * the outputs. Only a budget the run exceeds may fail the build; GitHub trouble never does.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { budgetUnit, evaluateBudgets, jobStatus, type VerdictStatus } from "../budget/evaluate.js";
import { budgetsFromConfig, hasBudgets } from "../budget/from-config.js";
import { equivalents } from "../carbon/equivalents.js";
import { compareReports } from "../compare/compare.js";
import { comparisonRecord } from "../compare/record.js";
import type { GitHubContext } from "../github/context.js";
import { dashboardLink } from "../github/dashboard-link.js";
import { publishDashboardForPush } from "../github/dashboard-publish.js";
import { storeBaseline } from "../github/data-branch.js";
import type { GitHubClient } from "../github/octokit.js";
import type { StatusState } from "../github/status.js";
import { STATUS_CONTEXT } from "../github/status.js";
import { equivalentText } from "../render/equivalent-text.js";
import { escapeMarkdown } from "../render/escape.js";
import {
  COMMENT_LIMIT,
  COMMENT_MARGIN,
  type CommentParts,
  fitComment,
  SUMMARY_LIMIT_BYTES,
} from "../render/fit-comment.js";
import { shortSha } from "../render/format.js";
import { statusLine } from "../render/status-line.js";
import { isFullyMeasured } from "../report/not-measured.js";
import type { Report } from "../report/schema.js";
import { onBaseTerms } from "./base-terms.js";
import { historyValues, pullRequestBaseline, pushBaseline, type RunBaseline } from "./baseline-for-run.js";
import type { ActionInputs } from "./inputs.js";
import { postToPullRequest } from "./pull-request-output.js";
import { pullRequestConfig, type RunConfig, workspaceConfig } from "./run-config.js";
import { actionSettings } from "./settings.js";

/** What the runner gives reporting: @actions/core in production, a recorder in tests. */
export interface ReportSink {
  info(line: string): void;
  warning(line: string): void;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
}

export interface ReportOutcome {
  verdict: VerdictStatus;
  /** True when a budget failed and fail-on-budget is on. */
  fail: boolean;
  reportPath: string;
  markdown: string;
}

export async function reportJob(
  measured: Report,
  inputs: ActionInputs,
  gh: GitHubContext,
  runner: { runnerTemp: string; workspace: string; reportPath: string },
  client: GitHubClient | undefined,
  sink: ReportSink,
): Promise<ReportOutcome> {
  const keep = (report: Report) => {
    mkdirSync(dirname(runner.reportPath), { recursive: true });
    writeFileSync(runner.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  };
  // Kept before anything can go wrong below: a measurement is never lost.
  keep(measured);
  const repo = { owner: gh.owner, repo: gh.repo };
  const pr = gh.pullRequest;

  const runConfig: RunConfig = pr
    ? await pullRequestConfig(
        client,
        {
          ...repo,
          baseSha: pr.baseSha,
          baseRef: pr.baseRef,
          workspace: runner.workspace,
          path: inputs.config,
        },
        sink.warning,
      )
    : await workspaceConfig(runner.workspace, inputs.config);
  const settings = actionSettings(inputs, runConfig.config);
  const dashboard = inputs.dashboard ?? runConfig.config.dashboard === true;
  const budgets = budgetsFromConfig(runConfig.config);
  const judged = pr && runConfig.known ? onBaseTerms(measured, settings) : { report: measured };
  const report = judged.report;
  const notices = [...runConfig.notices, ...(judged.notice ? [judged.notice] : [])];
  if (report !== measured) keep(report);

  let baseline: RunBaseline = { recent: [], reason: "no GitHub token" };
  if (client) {
    try {
      const common = {
        dataBranch: settings.dataBranch,
        fingerprint: report.hardware.fingerprint,
        history: settings.history,
      };
      if (pr) {
        baseline = await pullRequestBaseline(client, repo, {
          ...common,
          baseRef: pr.baseRef,
          baseSha: pr.baseSha,
          headSha: pr.headSha,
        });
      } else if (gh.pushBranch) {
        baseline = await pushBaseline(client, repo, { ...common, branch: gh.pushBranch, sha: gh.sha });
      }
      if (baseline.problem) {
        sink.warning(baseline.problem);
        notices.push(`⚠️ Run history: ${escapeMarkdown(baseline.problem)}.`);
      }
    } catch (error) {
      const message = `the baseline could not be read (${(error as Error).message}); judged without one`;
      sink.warning(message);
      notices.push(`⚠️ ${message}.`);
      baseline = { recent: [], reason: "GitHub API error" };
    }
  }
  const comparison = compareReports(report, baseline.base, baseline.ref);
  const verdict = hasBudgets(budgets)
    ? evaluateBudgets({
        comparison,
        budgets,
        history: historyValues(
          baseline.recent,
          report.steps.map((s) => s.name),
        ),
        minChangePct: settings.minChangePct,
      })
    : undefined;
  // Unmeasured work is a warning: never a pass on placeholder zeros, never the user's failure.
  const status: VerdictStatus = verdict?.status ?? jobStatus(comparison);
  // The report at `report-path` says what it was compared with, as the CLI's --json does.
  keep({
    ...report,
    comparison: comparisonRecord({
      comparison,
      verdict: status,
      ...(verdict && {
        judged: {
          verdict,
          perUnit: (scope) => budgetUnit(budgets, scope),
        },
      }),
    }),
  });

  // One request, and only with the dashboard on: the data branch's root says whether the page is there.
  const dashboardUrl =
    client && pr && dashboard
      ? await dashboardLink(client, repo, settings.dataBranch, gh.serverUrl).catch((error: Error) => {
          sink.warning(`the dashboard link was left out (${error.message})`);
          return undefined;
        })
      : undefined;
  const parts: CommentParts = {
    report,
    comparison,
    extras: {
      ...(verdict && { verdict, budgets }),
      notices,
      ...(settings.chart && { trend: trendOf(report, baseline, gh) }),
      equivalents: equivalents(report.totals.co2e_g).map(equivalentText),
      ...(dashboardUrl && { dashboard: dashboardUrl }),
    },
  };
  const markdown = fitComment(parts, { limit: COMMENT_LIMIT - COMMENT_MARGIN, embed: true });
  const summary = fitComment(parts, {
    limit: SUMMARY_LIMIT_BYTES - COMMENT_MARGIN,
    measure: (text) => Buffer.byteLength(text),
    embed: true,
    restIn: "the report JSON (the `report-path` output)",
  });
  await sink
    .summary(summary)
    .catch((error: Error) => sink.warning(`the job summary was not written: ${error.message}`));

  const targetUrl = `${gh.serverUrl}/${gh.owner}/${gh.repo}/actions/runs/${gh.runId}`;
  const state: StatusState = status === "fail" ? "failure" : "success";
  let waived = false;
  if (client && pr) {
    const outcome = await postToPullRequest(
      client,
      { ...repo, number: pr.number, headSha: pr.headSha, dataBranch: settings.dataBranch },
      {
        key: {
          key: `${gh.workflow}/${gh.job}`,
          runId: gh.runId,
          runAttempt: gh.runAttempt,
          headSha: pr.headSha,
        },
        body: markdown,
        mode: settings.comment,
        status: {
          state,
          description: statusLine(status, comparison, verdict),
          context: STATUS_CONTEXT,
          targetUrl,
        },
      },
    );
    for (const problem of outcome.problems) sink.warning(problem);
    if (outcome.comment) sink.info(`PR comment: ${outcome.comment}`);
    if (outcome.waived)
      sink.info("the budget was accepted for this commit by a maintainer: not failing the job");
    waived = outcome.waived === true;
  }
  const tracked = settings.trackedBranches ?? (gh.defaultBranch ? [gh.defaultBranch] : []);
  const failedStep = report.steps.find((step) => step.exit_code !== undefined && step.exit_code !== 0);
  const unmeasuredStep = report.steps.find((step) => !isFullyMeasured(step));
  if (client && gh.pushBranch && tracked.includes(gh.pushBranch) && unmeasuredStep) {
    // Its placeholder zeros would make every later run look like an increase.
    sink.warning(`the baseline was not stored: step ${unmeasuredStep.name} was not measured`);
  } else if (client && gh.pushBranch && tracked.includes(gh.pushBranch)) {
    try {
      const stored = await storeBaseline(client, repo, settings.dataBranch, gh.pushBranch, gh.sha, report);
      for (const repair of stored.repairs) sink.warning(`the run history was repaired: ${repair}`);
      sink.info(
        failedStep
          ? // Kept, marked by its exit code: the history shows it, and no comparison starts from it.
            `run stored on ${settings.dataBranch} for ${gh.pushBranch}@${shortSha(gh.sha)}, marked failed (step ${failedStep.name} exited with code ${failedStep.exit_code}): never used as a baseline`
          : `baseline stored on ${settings.dataBranch} for ${gh.pushBranch}@${shortSha(gh.sha)} (index written in ${stored.indexAttempts} attempt(s))`,
      );
      if (dashboard) {
        const pushed = { branch: gh.pushBranch, sha: gh.sha, index: stored.index };
        await publishDashboardForPush(
          client,
          repo,
          {
            dataBranch: settings.dataBranch,
            // A re-run finds the commit's first report stored: the page draws what the branch holds.
            pushed: stored.reportWritten ? { ...pushed, report } : pushed,
            trackedBranches: tracked,
            budgets,
            ...(gh.defaultBranch && { defaultBranch: gh.defaultBranch }),
          },
          sink,
        );
      }
    } catch (error) {
      sink.warning(
        `the baseline was not stored (${(error as Error).message}); the report is in the job summary and ${runner.reportPath}`,
      );
    }
  }

  sink.setOutput("energy-kwh", status === "not-measured" ? "" : String(report.totals.energy_kwh));
  sink.setOutput("co2e-g", status === "not-measured" ? "" : String(report.totals.co2e_g));
  sink.setOutput(
    "delta-pct",
    comparison.total?.deltaPct !== undefined ? comparison.total.deltaPct.toFixed(2) : "",
  );
  sink.setOutput("verdict", status);
  sink.setOutput("report-path", runner.reportPath);
  return {
    verdict: status,
    fail: status === "fail" && settings.failOnBudget && !waived,
    reportPath: runner.reportPath,
    markdown,
  };
}

function trendOf(report: Report, baseline: RunBaseline, gh: GitHubContext) {
  const points = [...baseline.recent]
    .reverse()
    .map((entry) => ({ label: shortSha(entry.sha), co2eG: entry.totals.co2e_g }));
  const here = gh.pullRequest ? `PR #${gh.pullRequest.number}` : shortSha(gh.sha);
  return {
    title: `CO2e per run on ${baseline.ref?.ref ?? gh.pullRequest?.baseRef ?? gh.pushBranch ?? "the base branch"}`,
    points: [...points, { label: here, co2eG: report.totals.co2e_g }],
  };
}
