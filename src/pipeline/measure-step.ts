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
import { type MeasuredCommand, measureCommand } from "../measure/measure-command.js";
import type { Report } from "../report/schema.js";
import type { StepSettings } from "./settings.js";
import type { StepCommand, StepHooks, StepPlan } from "./step-plan.js";

export interface MeasuredStep {
  exitCode: number;
  /** Why the command could not be run or measured as asked (e.g. not found). */
  error?: string;
  measured: MeasuredCommand;
  /** Unset when the measurement could not be accounted: `failure` says why. */
  report?: Report;
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
    return { ...exit, measured, failure };
  }
}
