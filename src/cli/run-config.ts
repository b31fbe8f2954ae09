/**
 * The config file for `carbon-budget run`: `--config FILE`, or `.github/carbon-budget.yml` at the git
 * root when present. Flags win over the file where both say something (`--prometheus` over
 * `measure.prometheus`); the file's budgets are shown with the result (the exit code stays the command's).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Config } from "../budget/config-schema.js";
import { InputError } from "../errors.js";
import { CLI_NAMES, type GivenSettings, type StepSettings, stepSettings } from "../pipeline/settings.js";
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

/** The flags as the settings every shell shares: what is not given here, the config file may fill. */
export function givenFromArgs(args: RunArgs): GivenSettings {
  return {
    ...(args.location !== undefined && { location: args.location }),
    ...(args.intensity !== undefined && { intensity: args.intensity }),
    ...(args.pue !== undefined && { pue: args.pue }),
    ...(args.gpu !== undefined && { gpu: args.gpu }),
    ...(args.gpuCount !== undefined && { gpuCount: args.gpuCount }),
    ...(args.cpu !== undefined && { cpu: args.cpu }),
    ...(args.memoryGb !== undefined && { memoryGb: args.memoryGb }),
    ...(args.hostVcpus !== undefined && { hostVcpus: args.hostVcpus }),
    intervalMs: args.intervalMs,
    ...(args.unit && { unit: args.unit }),
    embodied: args.embodied,
    ...(args.prometheus && { prometheus: args.prometheus }),
    ...(args.slurm && { slurm: args.slurm }),
  };
}

/** How `carbon-budget run` measures: the flags, with what the config file adds where a flag is not given. */
export function runSettings(args: RunArgs, config: Config | undefined): StepSettings {
  return stepSettings(givenFromArgs(args), config, CLI_NAMES);
}
