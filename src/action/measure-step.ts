/**
 * `with: { run: "python train.py", step: train }`: runs the command through bash as a `run:` step
 * would, measured exactly as the CLI measures, or plainly when there is nothing to measure it with.
 * Either way it runs, and either way there is a one-step report: a measured one, or one that says
 * "not measured" and why.
 */
import { runCommand } from "../measure/command.js";
import { monotonicMs } from "../measure/sampler.js";
import { measureStep } from "../pipeline/measure-step.js";
import type { RunPlace, StepPlan } from "../pipeline/step-plan.js";
import { reportForUnmeasured } from "../report/measured-report.js";
import type { Report } from "../report/schema.js";
import { joulesToKwh } from "../units.js";

export interface MeasuredStep {
  report: Report;
  exitCode: number;
  error?: string;
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
  measuring: { plan: StepPlan } | { unmeasured: string },
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
  const measured = await measureStep(
    measuring.plan,
    { name: step.name, command: "bash", args: bash(command), spawnEnv: step.spawnEnv },
    {
      log,
      announceRemote: true,
      progress: {
        everyMs: 60_000,
        update: (p) =>
          log(`${step.name}: ${Math.round(p.elapsedS)} s, ${joulesToKwh(p.energyJ).toFixed(4)} kWh so far`),
      },
      run: () => step.run,
    },
  );
  const exit = { exitCode: measured.exitCode, ...(measured.error && { error: measured.error }) };
  if (measured.report) return { report: measured.report, ...exit };
  // The command has run: a measurement that cannot be accounted is reported as not measured.
  const failure = measured.failure instanceof Error ? measured.failure.message : String(measured.failure);
  const report = reportForUnmeasured({
    step: step.name,
    startedAt: measured.measured.startedAt,
    endedAt: measured.measured.endedAt,
    durationS: measured.measured.durationS,
    exitCode: measured.exitCode,
    reason: `the measurement could not be accounted: ${failure}`,
    notes: measured.measured.notes,
    run: step.run,
  });
  return { report, ...exit };
}
