/**
 * `carbon-budget run`: measure a command, account for it, compare it with the history and report.
 * The command is spawned first, so start-up stays fast; the sensors are probed while it starts.
 */
import { readStore, writeRun } from "../baseline/local-store.js";
import { selectBaseline } from "../baseline/select.js";
import type { Config } from "../budget/config-schema.js";
import { judgeWithConfig } from "../budget/from-config.js";
import { type Intensity, resolveIntensity, resolveIntensityLive } from "../carbon/intensity.js";
import { choosePue } from "../carbon/pue.js";
import { type Comparison, compareReports } from "../compare/compare.js";
import type { Environment } from "../environment.js";
import { isInputError } from "../errors.js";
import { type GitPosition, readGitPosition } from "../git/local.js";
import { measureCommand } from "../measure/measure-command.js";
import { renderMarkdown } from "../report/markdown.js";
import { reportForMeasured } from "../report/measured-report.js";
import type { Report } from "../report/schema.js";
import { renderTerminal } from "../report/terminal.js";
import { VERDICT_WORDS } from "../report/verdict-cells.js";
import type { RunArgs } from "./args.js";
import { resolveDeclared } from "./declared.js";
import { checkOutputPath, writeOutput } from "./output.js";
import { describeProgress, progressSink } from "./progress.js";
import { loadRunConfig, withConfig } from "./run-config.js";

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  env: Environment;
}

export async function runMeasured(given: RunArgs, io: CliIo): Promise<number> {
  // Everything the user could have got wrong is checked before the command starts.
  const git = readGitPosition(io.cwd);
  const config = await loadRunConfig(given, io.cwd, git.root);
  const args = withConfig(given, config);
  // The yearly value checks the location now; a live value (with a token) is fetched while the command runs.
  const yearly = resolveIntensity(args);
  const live = io.env.electricityMapsToken
    ? resolveIntensityLive(args, { token: io.env.electricityMapsToken, baseUrl: io.env.electricityMapsUrl })
    : Promise.resolve(yearly);
  const pue = choosePue(args.pue, yearly);
  const declared = resolveDeclared(args);
  if (args.json && args.json !== "-") checkOutputPath("--json", args.json, io.cwd);
  if (args.markdown && args.markdown !== "-") checkOutputPath("--markdown", args.markdown, io.cwd);
  const log = (line: string) => io.stderr.write(`carbon-budget: ${line}\n`);
  if (yearly.warning) log(`warning: ${yearly.warning}`);

  const sink = args.quiet
    ? undefined
    : progressSink(io.stderr, (p) => describeProgress(p, yearly.g_per_kwh, pue.value));
  const measured = await measureCommand({
    command: args.command,
    args: args.commandArgs,
    env: io.env,
    intervalMs: args.intervalMs,
    declared,
    ...(sink && { progress: { everyMs: sink.everyMs, update: sink.update } }),
  });
  sink?.done();
  const { result } = measured;
  if (result.error) log(result.error);

  try {
    const intensity = await live;
    const report = reportForMeasured(measured, {
      step: args.step,
      declared,
      pue,
      intensity,
      embodied: args.embodied,
      ...(args.unit && { unit: args.unit }),
      run: { ...(git.branch && { ref: git.branch }), ...(git.sha && { sha: git.sha }) },
    });
    publish(args, io, report, git, intensity, config);
  } catch (error) {
    // The command has run: its exit code stays the user's, whatever goes wrong in our reporting.
    log(isInputError(error) ? error.message : `could not finish the report: ${(error as Error).message}`);
  }
  return result.exitCode;
}

/** Keeps the run first (a measurement is never lost), then compares and writes what was asked for. */
function publish(
  args: RunArgs,
  io: CliIo,
  report: Report,
  git: GitPosition,
  intensity: Intensity,
  config: Config | undefined,
): void {
  const log = (line: string) => io.stderr.write(`carbon-budget: ${line}\n`);
  const history = args.store ? readStore(git.root) : { runs: [], skipped: [] };
  for (const line of history.skipped) log(`history: ${line}`);
  const saved = args.store ? keep(git, report, log) : undefined;
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
  if (intensity.warning && !args.quiet) log(`warning: ${intensity.warning}`);
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
