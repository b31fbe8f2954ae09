/**
 * After the command: the remote part of the step over the command's window, joined to what this machine
 * measured, then the one-step report. Loaded only then (a dynamic import from measure-step.ts).
 */
import type { Intensity } from "../carbon/intensity.js";
import { measureRemote } from "../cluster/measure-remote.js";
import { attachRemote, withRemote } from "../cluster/remote.js";
import type { SlurmJobRef } from "../cluster/slurm-job-id.js";
import type { MeasuredCommand } from "../measure/measure-command.js";
import { reportForMeasured } from "../report/measured-report.js";
import type { Report } from "../report/schema.js";
import type { StepHooks, StepPlan } from "./step-plan.js";

export async function accountStep(
  plan: StepPlan,
  name: string,
  measured: MeasuredCommand,
  hooks: Pick<StepHooks, "log" | "announceRemote" | "run">,
  scannedJob?: SlurmJobRef,
): Promise<Report> {
  const { settings } = plan;
  const remote = await measureRemoteFor(plan, measured, hooks, scannedJob);
  const run = hooks.run();
  const intensity: Intensity = await plan.intensity;
  const report = reportForMeasured(remote.measured, {
    step: name,
    declared: settings.declared,
    pue: plan.pue,
    intensity,
    embodied: settings.embodied,
    ...(settings.unit && { unit: settings.unit }),
    run,
  });
  return remote.attach(report);
}

/**
 * The work the command launched elsewhere (`prometheus`, `slurm`), over the command's window, joined
 * to what this machine measured; `attach` adds the remote records and machines to the report.
 */
async function measureRemoteFor(
  plan: StepPlan,
  measured: MeasuredCommand,
  hooks: Pick<StepHooks, "log" | "announceRemote">,
  scannedJob?: SlurmJobRef,
): Promise<{ measured: MeasuredCommand; attach: (report: Report) => Report }> {
  const { prometheus, slurm } = plan.settings;
  if (!prometheus && !slurm) return { measured, attach: (report) => report };
  if (hooks.announceRemote)
    hooks.log("reading the remote part of the step (the cluster's own energy figures)");
  const remote = await measureRemote(
    {
      ...(prometheus && { prometheus }),
      ...(slurm && { slurm: { ...slurm, ...(scannedJob && { scanned: scannedJob }) } }),
    },
    { fromMs: measured.startedAt.getTime(), toMs: measured.endedAt.getTime() },
    { env: plan.env },
  );
  for (const warning of remote.warnings) hooks.log(`warning: ${warning}`);
  const joined = withRemote(measured.components, remote);
  return {
    measured: { ...measured, components: joined.components, notes: [...measured.notes, ...joined.notes] },
    attach: (report) => attachRemote(report, remote),
  };
}
