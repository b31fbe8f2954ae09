/** What one measured step is planned with (types only, shared by measuring and accounting). */
import type { Intensity } from "../carbon/intensity.js";
import type { PueChoice } from "../carbon/pue.js";
import type { Environment } from "../environment.js";
import type { MeasureOptions } from "../measure/measure-command.js";
import type { StepSettings } from "./settings.js";

/** Everything measuring needs, settled before the command starts. */
export interface StepPlan {
  settings: StepSettings;
  env: Environment;
  pue: PueChoice;
  /** The yearly value, known at once (its warning, if any, is said before the command). */
  yearly: Intensity;
  /** Fetched while the command runs; settles to the yearly value when the live one cannot be had. */
  intensity: Promise<Intensity>;
}

/** Where the run is, for the report. */
export type RunPlace = { repo?: string; ref?: string; sha?: string };

export interface StepCommand {
  name: string;
  command: string;
  args: string[];
  /** The command's environment; unset: ours. */
  spawnEnv?: NodeJS.ProcessEnv;
}

export interface StepHooks {
  log: (line: string) => void;
  /** Said before the remote part is read (it can take a while). */
  announceRemote: boolean;
  progress?: MeasureOptions["progress"];
  /** Called as soon as the command has ended, before the remote part is read and the step accounted. */
  ended?: (error: string | undefined) => void;
  /** Where the run is, asked after the command (the CLI reads git only then). */
  run: () => RunPlace;
}
