/**
 * How a step is measured, one merge for both shells (pure): the CLI's flags and the action's inputs map
 * into `GivenSettings`, and the config file fills what they leave out. What is given wins where both
 * say something (`--pue` or `pue:` over the file's `pue`), as users of other tools expect.
 */
import type { Config } from "../budget/config-schema.js";
import { CLI_GRID_NAMES, type GridNames } from "../carbon/intensity.js";
import type { FunctionalUnit } from "../carbon/sci.js";
import type { PrometheusSpec } from "../cluster/remote.js";
import { prometheusSpec } from "../cluster/spec.js";
import { requireCpu } from "../hardware/cpus.js";
import { requireGpu } from "../hardware/gpus.js";
import type { DeclaredHardware } from "../measure/select.js";

/** What the flags or inputs said; unset is "not given", for the config to fill. */
export interface GivenSettings {
  location?: string;
  intensity?: number;
  pue?: number;
  gpu?: string;
  gpuCount?: number;
  cpu?: string;
  memoryGb?: number;
  hostVcpus?: number;
  intervalMs: number;
  unit?: FunctionalUnit;
  embodied: boolean;
  prometheus?: PrometheusSpec;
  slurm?: { jobId?: string };
}

/**
 * How each shell names the flags or inputs, so a message names what the user can type: an unknown
 * model or location, a PUE or a grid left unset. The action's say `input location`, never `--location`.
 */
export interface GivenNames extends GridNames {
  gpu: string;
  cpu: string;
  /** Where a PUE is given, for the note when none was: "with --pue". */
  pue: string;
}

export const CLI_NAMES: GivenNames = { ...CLI_GRID_NAMES, gpu: "--gpu", cpu: "--cpu", pue: "--pue" };
export const ACTION_NAMES: GivenNames = {
  gpu: "input gpu",
  cpu: "input cpu",
  location: "input location",
  grid: "location input or config location",
  pue: "the pue input or config pue",
};

/** Everything measuring a step needs, settled before the command starts. */
export interface StepSettings {
  intensityOptions: { intensity?: number; location?: string };
  /** The shell's names for its settings, for the messages accounting says. */
  names: GivenNames;
  /** Unset: the cloud provider's published PUE for a cloud region, else 1.0. */
  pue?: number;
  declared: DeclaredHardware;
  intervalMs: number;
  unit?: FunctionalUnit;
  embodied: boolean;
  /** The work the command launches elsewhere, measured over its window. */
  prometheus?: PrometheusSpec;
  /** The Slurm job the command submits (read from sbatch's output) or names. */
  slurm?: { jobId?: string };
}

export function stepSettings(
  given: GivenSettings,
  config: Config | undefined,
  names: GivenNames,
): StepSettings {
  const hardware = config?.hardware;
  const gpuModel = given.gpu ?? hardware?.gpu?.model;
  const gpuCount = given.gpuCount ?? (given.gpu ? 1 : hardware?.gpu?.count) ?? 1;
  const cpuModel = given.cpu ?? hardware?.cpu?.model;
  const memoryGb = given.memoryGb ?? hardware?.memory_gb;
  const hostVcpus = given.hostVcpus ?? hardware?.host_vcpus;
  const pue = given.pue ?? config?.pue;
  const remote = config?.measure?.prometheus;
  const prometheus =
    given.prometheus ??
    (remote &&
      prometheusSpec(remote, {
        url: "measure.prometheus.url",
        selector: "measure.prometheus.selector",
        metrics: "measure.prometheus.metrics",
      }));
  return {
    intensityOptions: intensityOptions(given, config),
    names,
    ...(pue !== undefined && { pue }),
    declared: {
      ...(gpuModel && {
        gpu: {
          spec: requireGpu(gpuModel, given.gpu ? names.gpu : "config hardware.gpu.model"),
          count: gpuCount,
        },
      }),
      ...(cpuModel && { cpu: requireCpu(cpuModel, given.cpu ? names.cpu : "config hardware.cpu.model") }),
      ...(memoryGb !== undefined && { memoryGb }),
      ...(hostVcpus !== undefined && { hostVcpus }),
    },
    intervalMs: given.intervalMs,
    ...(given.unit && { unit: given.unit }),
    embodied: given.embodied,
    ...(prometheus && { prometheus }),
    ...(given.slurm && { slurm: given.slurm }),
  };
}

/** A given location or intensity replaces the config's location whole: the two are one choice. */
function intensityOptions(
  given: GivenSettings,
  config: Config | undefined,
): StepSettings["intensityOptions"] {
  if (given.location !== undefined || given.intensity !== undefined) {
    return {
      ...(given.location !== undefined && { location: given.location }),
      ...(given.intensity !== undefined && { intensity: given.intensity }),
    };
  }
  const location = config?.location;
  if (typeof location === "string") return { location };
  return location ? { intensity: location.intensity } : {};
}
