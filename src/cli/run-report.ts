/**
 * The end of `carbon-budget run`, after the command and its report: the history, the comparison, the
 * budgets and the outputs. Loaded only then (a dynamic import from run.ts), so none of it delays the command's start.
 */
import { readStore, writeRun } from "../baseline/local-store.js";
import { selectBaseline } from "../baseline/select.js";
import type { Config } from "../budget/config-schema.js";
import { judgeWithConfig } from "../budget/from-config.js";
import { type Comparison, compareReports } from "../compare/compare.js";
import type { GitPosition } from "../git/local.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderTerminal } from "../render/terminal.js";
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
  const saved = args.store && report.steps.every(isFullyMeasured) ? keep(git, report, log) : undefined;
  const comparison = compareWithHistory(report, history.runs, args.step, git);
  const judged = judgeWithConfig(comparison, config);
  if (!args.quiet) io.stderr.write(renderTerminal(report, comparison, { verbose: args.verbose }));
  if (judged && !args.quiet) log(`budgets: ${VERDICT_WORDS[judged.verdict.status]}`);
  if (args.json) writeOutput("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
  if (args.markdown) {
    writeOutput("--markdown", args.markdown, `${renderMarkdown(report, comparison, judged ?? {})}\n`, io);
  }
  if (saved && !args.quiet)
    log(`saved to ${saved}${git.dirty ? " (the work tree has uncommitted changes)" : ""}`);
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
): Comparison {
  const choice = selectBaseline(runs, {
    step,
    branch: git.branch ?? "",
    excludeRunId: report.run.id,
    ...(git.mergeBase && git.mergeBase !== git.sha && { mergeBase: git.mergeBase }),
  });
  if (!choice) return compareReports(report, undefined);
  const base = choice.run.report;
  return compareReports(report, base, {
    label:
      choice.why === "merge-base"
        ? `merge-base with ${git.defaultBranch}`
        : `previous run on ${choice.run.branch}`,
    runId: base.run.id,
    ...(base.run.sha && { sha: base.run.sha }),
    ...(base.run.ref && { ref: base.run.ref }),
    endedAt: base.run.ended_at,
  });
}
