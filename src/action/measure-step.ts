/**
 * `with: { run: "python train.py", step: train }`: runs the command through bash as a `run:` step
 * would, measured exactly as the CLI measures, or plainly when there is nothing to measure it with.
 * Either way it runs, and either way there is a one-step report: a measured one, or one that says
 * "not measured" and why.
 */
import { measureStep, runUnmeasured, type StepOutcome } from "../pipeline/measure-step.js";
import type { RunPlace, StepPlan } from "../pipeline/step-plan.js";
import { describeProgress } from "../render/progress-line.js";

/** GitHub runs `run:` steps with bash -e -o pipefail; a wrapped command behaves the same way here. */
const bash = (command: string) => ["--noprofile", "--norc", "-eo", "pipefail", "-c", command];

/** Runs the command, measured when there is a plan. Never throws: the command's exit code is the step's. */
export async function runStepCommand(
  command: string,
  step: { name: string; run: RunPlace; spawnEnv: NodeJS.ProcessEnv },
  measuring: { plan: StepPlan } | { unmeasured: string },
  log: (line: string) => void,
): Promise<StepOutcome> {
  const stepCommand = { name: step.name, command: "bash", args: bash(command), spawnEnv: step.spawnEnv };
  if ("unmeasured" in measuring) return runUnmeasured(stepCommand, measuring.unmeasured, step.run);
  return measureStep(measuring.plan, stepCommand, {
    log,
    announceRemote: true,
    progress: {
      everyMs: 60_000,
      update: (p) =>
        log(describeProgress(p, measuring.plan.yearly.g_per_kwh, measuring.plan.pue.value, step.name)),
    },
    run: () => step.run,
  });
}
