/**
 * The config file for `carbon-budget run`: `--config FILE`, or `.github/carbon-budget.yml` at the git
 * root when present. Flags win over the file where both say something (`--prometheus` over
 * `measure.prometheus`); the file's budgets are shown with the result (the exit code stays the command's).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Config } from "../budget/config-schema.js";
import { prometheusSpec } from "../cluster/spec.js";
import { InputError } from "../errors.js";
import type { RunArgs } from "./args.js";

export async function loadRunConfig(
  args: Pick<RunArgs, "config">,
  cwd: string,
  gitRoot: string,
): Promise<Config | undefined> {
  // The YAML parser and the config schema load only when there is a config to read.
  const load = async (path: string) => (await import("../budget/load-config.js")).parseConfigFile(path);
  if (args.config) {
    const path = resolve(cwd, args.config);
    const { config, missing } = await load(path);
    if (missing) throw new InputError("--config", args.config, "no such file");
    return config;
  }
  const path = join(gitRoot, ".github", "carbon-budget.yml");
  return existsSync(path) ? (await load(path)).config : undefined;
}

/** The flags, with what the config file adds where a flag is not given. */
export function withConfig(args: RunArgs, config: Config | undefined): RunArgs {
  if (!config) return args;
  const location = config.location;
  const fromFile =
    args.location === undefined && args.intensity === undefined
      ? typeof location === "string"
        ? { location }
        : location
          ? { intensity: location.intensity }
          : {}
      : {};
  const gpu = config.hardware.gpu;
  const remote = config.measure?.prometheus;
  return {
    ...args,
    ...fromFile,
    ...(args.pue === undefined && config.pue !== undefined && { pue: config.pue }),
    ...(args.gpu === undefined && gpu && { gpu: gpu.model, gpuCount: gpu.count }),
    ...(args.cpu === undefined && config.hardware.cpu && { cpu: config.hardware.cpu.model }),
    ...(args.memoryGb === undefined &&
      config.hardware.memory_gb !== undefined && { memoryGb: config.hardware.memory_gb }),
    ...(args.prometheus === undefined &&
      remote && {
        prometheus: prometheusSpec(remote, {
          url: "measure.prometheus.url",
          selector: "measure.prometheus.selector",
          metrics: "measure.prometheus.metrics",
        }),
      }),
    ...(args.hostVcpus === undefined &&
      config.hardware.host_vcpus !== undefined && { hostVcpus: config.hardware.host_vcpus }),
  };
}
