/**
 * `with: { run: "python train.py", step: train }`: runs the command through bash as a `run:` step
 * would, measures it exactly as the CLI does, and adds the step to the job's ledger.
 */
import { resolveIntensity, resolveIntensityLive } from "../carbon/intensity.js";
import { choosePue } from "../carbon/pue.js";
import { defaultStepName } from "../cli/args.js";
import type { Environment } from "../environment.js";
import { measureCommand } from "../measure/measure-command.js";
import { reportForMeasured } from "../report/measured-report.js";
import type { Report } from "../report/schema.js";
import type { ActionSettings } from "./settings.js";

export interface MeasuredStep {
  report: Report;
  exitCode: number;
  error?: string;
}

export async function measureActionStep(
  command: string,
  settings: ActionSettings,
  env: Environment,
  context: { sha: string; ref: string; repo: string; spawnEnv: NodeJS.ProcessEnv },
  log: (line: string) => void,
): Promise<MeasuredStep> {
  const words = command.trim().split(/\s+/);
  const step = settings.step ?? defaultStepName(words[0] ?? "run", words.slice(1));
  const yearly = resolveIntensity(settings.intensityOptions);
  const live = env.electricityMapsToken
    ? resolveIntensityLive(settings.intensityOptions, {
        token: env.electricityMapsToken,
        baseUrl: env.electricityMapsUrl,
      })
    : Promise.resolve(yearly);
  const pue = choosePue(settings.pue, yearly);
  // GitHub runs `run:` steps with bash -e -o pipefail; a wrapped command behaves the same way here.
  const measured = await measureCommand({
    command: "bash",
    args: ["--noprofile", "--norc", "-eo", "pipefail", "-c", command],
    env,
    intervalMs: settings.intervalMs,
    declared: settings.declared,
    spawnEnv: context.spawnEnv,
    progress: {
      everyMs: 60_000,
      update: (p) =>
        log(`${step}: ${Math.round(p.elapsedS)} s, ${(p.energyJ / 3.6e6).toFixed(4)} kWh so far`),
    },
  });
  const intensity = await live;
  const report = reportForMeasured(measured, {
    step,
    declared: settings.declared,
    pue,
    intensity,
    embodied: settings.embodied,
    ...(settings.unit && { unit: settings.unit }),
    run: {
      ...(context.repo && { repo: context.repo }),
      ...(context.ref && { ref: context.ref }),
      ...(context.sha && { sha: context.sha }),
    },
  });
  return {
    report,
    exitCode: measured.result.exitCode,
    ...(measured.result.error && { error: measured.result.error }),
  };
}
