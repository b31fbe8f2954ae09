/**
 * The action's effective settings (pure): inputs override the config file where both say something,
 * as users of other actions expect; the config supplies what inputs leave out.
 */
import type { Config } from "../budget/config-schema.js";
import type { FunctionalUnit } from "../carbon/sci.js";
import { requireCpu } from "../hardware/cpus.js";
import { requireGpu } from "../hardware/gpus.js";
import type { DeclaredHardware } from "../measure/select.js";
import type { ActionInputs } from "./inputs.js";

export interface ActionSettings {
  step?: string;
  intensityOptions: { intensity?: number; location?: string };
  pue?: number;
  declared: DeclaredHardware;
  intervalMs: number;
  unit?: FunctionalUnit;
  embodied: boolean;
  comment: "update" | "new" | "off";
  chart: boolean;
  failOnBudget: boolean;
  dataBranch: string;
  trackedBranches?: string[];
  minChangePct: number;
  history: number;
}

export function actionSettings(inputs: ActionInputs, config: Config): ActionSettings {
  const location = config.location;
  const intensityOptions = inputs.location
    ? { location: inputs.location }
    : typeof location === "string"
      ? { location }
      : location
        ? { intensity: location.intensity }
        : {};
  const gpuModel = inputs.gpu ?? config.hardware.gpu?.model;
  const gpuCount = inputs.gpuCount ?? (inputs.gpu ? 1 : config.hardware.gpu?.count) ?? 1;
  const cpuModel = config.hardware.cpu?.model;
  const pue = inputs.pue ?? config.pue;
  return {
    ...(inputs.step && { step: inputs.step }),
    intensityOptions,
    ...(pue !== undefined && { pue }),
    declared: {
      ...(gpuModel && {
        gpu: {
          spec: requireGpu(gpuModel, inputs.gpu ? "input gpu" : "config hardware.gpu.model"),
          count: gpuCount,
        },
      }),
      ...(cpuModel && { cpu: requireCpu(cpuModel, "config hardware.cpu.model") }),
      ...(config.hardware.memory_gb !== undefined && { memoryGb: config.hardware.memory_gb }),
      ...(config.hardware.host_vcpus !== undefined && { hostVcpus: config.hardware.host_vcpus }),
    },
    intervalMs: inputs.intervalMs,
    ...(inputs.unit && { unit: inputs.unit }),
    embodied: true,
    comment: inputs.comment ?? config.comment.mode,
    chart: config.comment.chart,
    failOnBudget: inputs.failOnBudget,
    dataBranch: inputs.dataBranch,
    ...(inputs.trackedBranches && { trackedBranches: inputs.trackedBranches }),
    minChangePct: config.comparison.min_change.value,
    history: config.comparison.history,
  };
}
