/**
 * The end of `carbon-budget run`, after the command and its report: the history, the comparison, the
 * budgets and the outputs. Loaded only then (a dynamic import from run.ts), so none of it delays the command's start.
 */
import { readStore, writeRun } from "../baseline/local-store.js";
import { failedExitCode, selectBaseline } from "../baseline/select.js";
import type { Config } from "../budget/config-schema.js";
import { budgetUnit, jobStatus } from "../budget/evaluate.js";
import { judgeWithConfig } from "../budget/from-config.js";
import { type Comparison, compareReports } from "../compare/compare.js";
import { comparisonRecord } from "../compare/record.js";
import type { GitPosition } from "../git/local.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderBudgetLines, renderTerminal } from "../render/terminal.js";
import { VERDICT_WORDS } from "../render/verdict-cells.js";
import { isFullyMeasured } from "../report/not-measured.js";
import type { Report } from "../report/schema.js";
import type { RunArgs } from "./args.js";
import type { CliIo } from "./cli-io.js";
import { writeOutput } from "./output.js";

/** Keeps the run first (a measurement is never lost), then compares and writes what was asked for. */
export function reportRun(
  args: RunArgs,
  io: CliIo,
  report: Report,
  git: GitPosition,
  config: Config | undefined,
): void {
  const log = (line: string) => io.stderr.write(`carbon-budget: ${line}\n`);
  const history = args.store ? readStore(git.root) : { runs: [], skipped: [] };
  for (const line of history.skipped) log(`history: ${line}`);
  // An unmeasured run's placeholder zeros (or a remote part's missing energy) would be a false baseline.
  // A failed run is kept (marked by its exit code), and baseline selection passes over it.
  const saved = args.store && report.steps.every(isFullyMeasured) ? keep(git, report, log) : undefined;
  const { comparison, baseRun } = compareWithHistory(report, history.runs, args.step, git);
  const judged = judgeWithConfig(comparison, config);
  if (!args.quiet) io.stderr.write(renderTerminal(report, comparison, { verbose: args.verbose }));
  if (judged && !args.quiet) {
    log(`budgets: ${VERDICT_WORDS[judged.verdict.status]}`);
    for (const line of renderBudgetLines(judged.verdict, judged.budgets)) io.stderr.write(`${line}\n`);
  }
  if (args.json) {
    const record = comparisonRecord({
      comparison,
      ...(baseRun && { baseRun }),
      verdict: judged?.verdict.status ?? jobStatus(comparison),
      ...(judged && {
        judged: {
          verdict: judged.verdict,
          perUnit: (scope) => budgetUnit(judged.budgets, scope),
        },
      }),
    });
    writeOutput("--json", args.json, `${JSON.stringify({ ...report, comparison: record }, null, 2)}\n`, io);
  }
  if (args.markdown) {
    writeOutput("--markdown", args.markdown, `${renderMarkdown(report, comparison, judged ?? {})}\n`, io);
  }
  if (saved && !args.quiet) {
    const failed = failedExitCode(report, args.step);
    const why =
      failed !== undefined
        ? ` (marked failed, exit ${failed}: kept, never used as a baseline)`
        : git.dirty
          ? " (the work tree has uncommitted changes)"
          : "";
    log(`saved to ${saved}${why}`);
  }
}

/** A history that cannot be written costs the comparison next time, not this run's outputs. */
function keep(git: GitPosition, report: Report, log: (line: string) => void): string | undefined {
  try {
    return writeRun(
      git.root,
      { ...(git.branch && { branch: git.branch }), ...(git.sha && { sha: git.sha }) },
      report,
    );
  } catch (error) {
    log(`warning: could not save the run to the history: ${(error as Error).message}`);
    return undefined;
  }
}

function compareWithHistory(
  report: Report,
  runs: Parameters<typeof selectBaseline>[0],
  step: string,
  git: GitPosition,
): { comparison: Comparison; baseRun?: Report["run"] } {
  const choice = selectBaseline(runs, {
    step,
    branch: git.branch ?? "",
    excludeRunId: report.run.id,
    ...(git.mergeBase && git.mergeBase !== git.sha && { mergeBase: git.mergeBase }),
  });
  if (!choice) return { comparison: compareReports(report, undefined) };
  const base = choice.run.report;
  const passedOver = choice.passedOver;
  const label =
    choice.why === "merge-base"
      ? `merge-base with ${git.defaultBranch}`
      : `previous ${passedOver > 0 ? "successful " : ""}run on ${choice.run.branch}`;
  const comparison = compareReports(report, base, {
    label,
    runId: base.run.id,
    ...(base.run.sha && { sha: base.run.sha }),
    ...(base.run.ref && { ref: base.run.ref }),
    endedAt: base.run.ended_at,
    ...(passedOver > 0 && { passedOver }),
  });
  return { comparison, baseRun: base.run };
}
