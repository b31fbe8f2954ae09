/**
 * `carbon-budget run`: measure a command, account for it, compare it with the history and report.
 * The command is spawned first, so start-up stays fast; the sensors are probed while it starts.
 */
import { resolveIntensity, resolveIntensityLive } from "../carbon/intensity.js";
import { choosePue } from "../carbon/pue.js";
import { JobIdScanner } from "../cluster/slurm-job-id.js";
import { isInputError } from "../errors.js";
import { findRepoRoot } from "../git/local.js";
import { measureCommand } from "../measure/measure-command.js";
import type { RunArgs } from "./args.js";
import type { CliIo } from "./cli-io.js";
import { resolveDeclared } from "./declared.js";
import { checkOutputPath } from "./output.js";
import { describeProgress, progressSink } from "./progress.js";
import { loadRunConfig, withConfig } from "./run-config.js";

export async function runMeasured(given: RunArgs, io: CliIo): Promise<number> {
  // Everything the user could have got wrong is checked before the command starts.
  const config = await loadRunConfig(given, io.cwd, findRepoRoot(io.cwd));
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
  // --slurm: sbatch's job id is read from its output on the way through.
  const scanner = args.slurm && !args.slurm.jobId ? new JobIdScanner() : undefined;
  const measured = await measureCommand({
    command: args.command,
    args: args.commandArgs,
    env: io.env,
    intervalMs: args.intervalMs,
    declared,
    ...(scanner && { onStdout: (chunk: Buffer) => scanner.push(chunk) }),
    ...(sink && { progress: { everyMs: sink.everyMs, update: sink.update } }),
  });
  sink?.done();
  const { result } = measured;
  if (result.error) log(result.error);

  try {
    // Reporting's code loads after the command: none of it is needed to start it.
    const { reportRun, reportForMeasured, readGitPosition, measureRemoteFor } = await import(
      "./run-report.js"
    );
    const { measured: withCluster, attach } = await measureRemoteFor(
      args,
      measured,
      io.env,
      log,
      scanner?.job,
    );
    const git = readGitPosition(io.cwd);
    const intensity = await live;
    const report = attach(
      reportForMeasured(withCluster, {
        step: args.step,
        declared,
        pue,
        intensity,
        embodied: args.embodied,
        ...(args.unit && { unit: args.unit }),
        run: { ...(git.branch && { ref: git.branch }), ...(git.sha && { sha: git.sha }) },
      }),
    );
    reportRun(args, io, report, git, intensity, config);
  } catch (error) {
    // The command has run: its exit code stays the user's, whatever goes wrong in our reporting.
    log(isInputError(error) ? error.message : `could not finish the report: ${(error as Error).message}`);
  }
  return result.exitCode;
}
