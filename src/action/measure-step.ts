/**
 * `with: { run: "python train.py", step: train }`: runs the command through bash as a `run:` step
 * would, measured exactly as the CLI measures, or plainly when there is nothing to measure it with.
 * Either way it runs, and either way there is a one-step report: a measured one, or one that says
 * "not measured" and why.
 */
import { type Intensity, resolveIntensity, resolveIntensityLive } from "../carbon/intensity.js";
import { choosePue, type PueChoice } from "../carbon/pue.js";
import type { Environment } from "../environment.js";
import { runCommand } from "../measure/command.js";
import { measureCommand } from "../measure/measure-command.js";
import { monotonicMs } from "../measure/sampler.js";
import { reportForMeasured, reportForUnmeasured } from "../report/measured-report.js";
import type { Report } from "../report/schema.js";
import type { ActionSettings } from "./settings.js";

export interface MeasuredStep {
  report: Report;
  exitCode: number;
  error?: string;
}

/** Where the run is, for the report. */
export type RunPlace = { repo?: string; ref?: string; sha?: string };

/** Everything measuring needs, settled before the command starts. */
export interface MeasurementPlan {
  settings: ActionSettings;
  env: Environment;
  pue: PueChoice;
  /** Fetched while the command runs; settles to the yearly value when the live one cannot be had. */
  intensity: Promise<Intensity>;
}

/** Checks the location now (a bad one is the user's InputError) and starts the live intensity lookup. */
export function planMeasurement(settings: ActionSettings, env: Environment): MeasurementPlan {
  const yearly = resolveIntensity(settings.intensityOptions);
  const live = env.electricityMapsToken
    ? resolveIntensityLive(settings.intensityOptions, {
        token: env.electricityMapsToken,
        baseUrl: env.electricityMapsUrl,
      }).catch(
        (error: Error): Intensity => ({
          ...yearly,
          note: `live intensity unavailable (${error.message}): yearly average used`,
        }),
      )
    : Promise.resolve(yearly);
  return { settings, env, pue: choosePue(settings.pue, yearly), intensity: live };
}

/** GitHub runs `run:` steps with bash -e -o pipefail; a wrapped command behaves the same way here. */
const bash = (command: string) => ["--noprofile", "--norc", "-eo", "pipefail", "-c", command];

/**
 * Runs the command, measured when there is a plan and plainly (stdio inherited, signals forwarded)
 * when there is none, with `unmeasured` saying why. Never throws: the command's exit code is the
 * step's whatever happens to the measurement.
 */
export async function runStepCommand(
  command: string,
  step: { name: string; run: RunPlace; spawnEnv: NodeJS.ProcessEnv },
  measuring: { plan: MeasurementPlan } | { unmeasured: string },
  log: (line: string) => void,
): Promise<MeasuredStep> {
  if ("unmeasured" in measuring) {
    const startedAt = new Date();
    const startMs = monotonicMs();
    const result = await runCommand("bash", bash(command), { env: step.spawnEnv });
    const report = reportForUnmeasured({
      step: step.name,
      startedAt,
      endedAt: new Date(),
      durationS: (monotonicMs() - startMs) / 1000,
      exitCode: result.exitCode,
      reason: measuring.unmeasured,
      ...(result.error && { notes: [result.error] }),
      run: step.run,
    });
    return { report, exitCode: result.exitCode, ...(result.error && { error: result.error }) };
  }
  const { settings, env, pue } = measuring.plan;
  const measured = await measureCommand({
    command: "bash",
    args: bash(command),
    env,
    intervalMs: settings.intervalMs,
    declared: settings.declared,
    spawnEnv: step.spawnEnv,
    progress: {
      everyMs: 60_000,
      update: (p) =>
        log(`${step.name}: ${Math.round(p.elapsedS)} s, ${(p.energyJ / 3.6e6).toFixed(4)} kWh so far`),
    },
  });
  const exit = {
    exitCode: measured.result.exitCode,
    ...(measured.result.error && { error: measured.result.error }),
  };
  const intensity = await measuring.plan.intensity;
  try {
    const report = reportForMeasured(measured, {
      step: step.name,
      declared: settings.declared,
      pue,
      intensity,
      embodied: settings.embodied,
      ...(settings.unit && { unit: settings.unit }),
      run: step.run,
    });
    return { report, ...exit };
  } catch (error) {
    // The command has run: a measurement that cannot be accounted is reported as not measured.
    const reason = `the measurement could not be accounted: ${(error as Error).message}`;
    const report = reportForUnmeasured({
      step: step.name,
      startedAt: measured.startedAt,
      endedAt: measured.endedAt,
      durationS: measured.durationS,
      exitCode: measured.result.exitCode,
      reason,
      notes: measured.notes,
      run: step.run,
    });
    return { report, ...exit };
  }
}
