/**
 * `carbon-budget run`: measure a command, account for it, compare it with the history and report.
 * The command is spawned first, so start-up stays fast; the sensors are probed while it starts.
 */
import { isInputError } from "../errors.js";
import { findRepoRoot, type GitPosition, readGitPosition } from "../git/local.js";
import { measureStep, planStep } from "../pipeline/measure-step.js";
import { describeProgress } from "../render/progress-line.js";
import type { RunArgs } from "./args.js";
import type { CliIo } from "./cli-io.js";
import { checkOutputPath } from "./output.js";
import { progressSink } from "./progress.js";
import { loadRunConfig, runSettings } from "./run-config.js";

export async function runMeasured(args: RunArgs, io: CliIo): Promise<number> {
  // Everything the user could have got wrong is checked before the command starts.
  const config = await loadRunConfig(args, io.cwd, findRepoRoot(io.cwd));
  // The yearly value checks the location now; a live value (with a token) is fetched while the command runs.
  const plan = planStep(runSettings(args, config), io.env);
  const { yearly, pue } = plan;
  if (args.json && args.json !== "-") checkOutputPath("--json", args.json, io.cwd);
  if (args.markdown && args.markdown !== "-") checkOutputPath("--markdown", args.markdown, io.cwd);
  const log = (line: string) => io.stderr.write(`carbon-budget: ${line}\n`);
  if (args.intensityWarning) log(`warning: ${args.intensityWarning}`);
  if (yearly.warning) log(`warning: ${yearly.warning}`);

  const sink = args.quiet
    ? undefined
    : progressSink(io.stderr, (p) => describeProgress(p, yearly.g_per_kwh, pue.value));
  // Git is read after the command, and only when the report is being made.
  let git: GitPosition | undefined;
  const step = await measureStep(
    plan,
    { name: args.step, command: args.command, args: args.commandArgs },
    {
      log,
      announceRemote: !args.quiet,
      ...(sink && { progress: { everyMs: sink.everyMs, update: sink.update } }),
      ended: (error) => {
        sink?.done();
        if (error) log(error);
      },
      run: () => {
        git = readGitPosition(io.cwd);
        return { ...(git.branch && { ref: git.branch }), ...(git.sha && { sha: git.sha }) };
      },
    },
  );

  try {
    if (step.failure !== undefined) throw step.failure;
    if (!step.report || !git) throw new Error("no report was made");
    // Reporting's code loads after the command: none of it is needed to start it.
    const { reportRun } = await import("./run-report.js");
    // The grid's warning, if any, was said before the command ran: once is enough.
    reportRun(args, io, step.report, git, config);
  } catch (error) {
    // The command has run: its exit code stays the user's, whatever goes wrong in our reporting.
    log(isInputError(error) ? error.message : `could not finish the report: ${(error as Error).message}`);
  }
  return step.exitCode;
}
