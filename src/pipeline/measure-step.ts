/**
 * One measured step, the same for the CLI and the action: the settings checked and the live intensity
 * started before the command (a bad location is the user's error before anything runs), the command
 * measured, the remote part of the step read over its window (Prometheus, Slurm), then accounted into
 * a one-step report. The accounting code loads after the command: none of it is needed to start it.
 */
import { type Intensity, resolveIntensity, resolveIntensityLive } from "../carbon/intensity.js";
import { choosePue } from "../carbon/pue.js";
import { JobIdScanner } from "../cluster/slurm-job-id.js";
import type { Environment } from "../environment.js";
import { runCommand } from "../measure/command.js";
import { type MeasuredCommand, measureCommand } from "../measure/measure-command.js";
import { monotonicMs } from "../measure/sampler.js";
import type { Report } from "../report/schema.js";
import type { StepSettings } from "./settings.js";
import type { RunPlace, StepCommand, StepHooks, StepPlan } from "./step-plan.js";

/** A step that has run: its exit code, and a one-step report, measured or saying why it is not. */
export interface StepOutcome {
  exitCode: number;
  /** Why the command could not be run or measured as asked (e.g. not found). */
  error?: string;
  report: Report;
}

export interface MeasuredStep extends StepOutcome {
  measured: MeasuredCommand;
  /** Why the measurement could not be accounted; the report then says "not measured". */
  failure?: unknown;
}

/** Checks the location now (a bad one is the user's InputError) and starts the live intensity lookup. */
export function planStep(settings: StepSettings, env: Environment): StepPlan {
  const yearly = resolveIntensity(settings.intensityOptions, settings.names);
  const live = env.electricityMapsToken
    ? resolveIntensityLive(
        settings.intensityOptions,
        { token: env.electricityMapsToken, baseUrl: env.electricityMapsUrl },
        settings.names,
      ).catch(
        (error: Error): Intensity => ({
          ...yearly,
          note: `live intensity unavailable (${error.message}): yearly average used`,
        }),
      )
    : Promise.resolve(yearly);
  return { settings, env, pue: choosePue(settings.pue, yearly, settings.names.pue), yearly, intensity: live };
}

/** Runs and measures the command. Never throws: the command's exit code is the step's. */
export async function measureStep(
  plan: StepPlan,
  step: StepCommand,
  hooks: StepHooks,
): Promise<MeasuredStep> {
  const { settings, env } = plan;
  // `slurm` without a job id: sbatch's job id is read from the command's output on the way through.
  const scanner = settings.slurm && !settings.slurm.jobId ? new JobIdScanner() : undefined;
  const measured = await measureCommand({
    command: step.command,
    args: step.args,
    env,
    intervalMs: settings.intervalMs,
    declared: settings.declared,
    ...(step.spawnEnv && { spawnEnv: step.spawnEnv }),
    ...(scanner && { onStdout: (chunk: Buffer) => scanner.push(chunk) }),
    ...(hooks.progress && { progress: hooks.progress }),
  });
  hooks.ended?.(measured.result.error);
  const exit = {
    exitCode: measured.result.exitCode,
    ...(measured.result.error && { error: measured.result.error }),
  };
  try {
    const { accountStep } = await import("./account-step.js");
    const report = await accountStep(plan, step.name, measured, hooks, scanner?.job);
    return { ...exit, measured, report };
  } catch (failure) {
    // The command has run: a measurement that cannot be accounted is reported as not measured.
    const reason = `the measurement could not be accounted: ${failure instanceof Error ? failure.message : String(failure)}`;
    const { reportForUnmeasured } = await import("../report/measured-report.js");
    const report = reportForUnmeasured({
      step: step.name,
      startedAt: measured.startedAt,
      endedAt: measured.endedAt,
      durationS: measured.durationS,
      exitCode: exit.exitCode,
      reason,
      notes: measured.notes,
      run: hooks.run(),
    });
    return { ...exit, measured, report, failure };
  }
}

/**
 * Runs the command plainly (stdio inherited, signals forwarded) when there is nothing to measure it
 * with, `reason` saying why; the report says "not measured". Never throws: the exit code is the step's.
 */
export async function runUnmeasured(step: StepCommand, reason: string, run: RunPlace): Promise<StepOutcome> {
  const startedAt = new Date();
  const startMs = monotonicMs();
  const result = await runCommand(step.command, step.args, { ...(step.spawnEnv && { env: step.spawnEnv }) });
  const exit = { exitCode: result.exitCode, ...(result.error && { error: result.error }) };
  const { reportForUnmeasured } = await import("../report/measured-report.js");
  const report = reportForUnmeasured({
    step: step.name,
    startedAt,
    endedAt: new Date(),
    durationS: (monotonicMs() - startMs) / 1000,
    exitCode: result.exitCode,
    reason,
    ...(result.error && { notes: [result.error] }),
    run,
  });
  return { ...exit, report };
}
