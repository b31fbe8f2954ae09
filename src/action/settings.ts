/**
 * The action's effective settings (pure): inputs override the config file where both say something,
 * as users of other actions expect; the config supplies what inputs leave out. How the step is
 * measured is the CLI's merge (src/pipeline/settings.ts); the rest is how the job is reported.
 */
import type { Config } from "../budget/config-schema.js";
import { ACTION_NAMES, type GivenSettings, type StepSettings, stepSettings } from "../pipeline/settings.js";
import type { ActionInputs } from "./inputs.js";

export interface ActionSettings extends StepSettings {
  step?: string;
  comment: "update" | "new" | "off";
  chart: boolean;
  failOnBudget: boolean;
  dataBranch: string;
  trackedBranches?: string[];
  minChangePct: number;
  history: number;
}

/** The inputs as the settings every shell shares; the action always counts embodied emissions. */
export function givenFromInputs(inputs: ActionInputs): GivenSettings {
  return {
    ...(inputs.location && { location: inputs.location }),
    ...(inputs.pue !== undefined && { pue: inputs.pue }),
    ...(inputs.gpu && { gpu: inputs.gpu }),
    ...(inputs.gpuCount !== undefined && { gpuCount: inputs.gpuCount }),
    intervalMs: inputs.intervalMs,
    ...(inputs.unit && { unit: inputs.unit }),
    embodied: true,
    ...(inputs.prometheus && { prometheus: inputs.prometheus }),
    ...(inputs.slurm && { slurm: inputs.slurm }),
  };
}

export function actionSettings(inputs: ActionInputs, config: Config): ActionSettings {
  return {
    ...(inputs.step && { step: inputs.step }),
    ...stepSettings(givenFromInputs(inputs), config, ACTION_NAMES),
    comment: inputs.comment ?? config.comment.mode,
    chart: config.comment.chart,
    failOnBudget: inputs.failOnBudget,
    dataBranch: inputs.dataBranch,
    ...(inputs.trackedBranches && { trackedBranches: inputs.trackedBranches }),
    minChangePct: config.comparison.min_change.value,
    history: config.comparison.history,
  };
}
