/**
 * What `import prometheus` and `import slurm` share: the accounting flags (as `run` takes them), the
 * config file's location and PUE when there is one, and the output (a table, the report with --json).
 */
import { resolveIntensity } from "../carbon/intensity.js";
import { choosePue } from "../carbon/pue.js";
import type { RemoteResult } from "../cluster/remote.js";
import type { Window } from "../cluster/window.js";
import { compareReports } from "../compare/compare.js";
import { InputError } from "../errors.js";
import { findRepoRoot } from "../git/local.js";
import { renderTerminal } from "../render/terminal.js";
import { reportForRemote } from "../report/remote-report.js";
import { STEP_NAME_ALLOWED, stepNameProblem } from "../report/step-name-rule.js";
import { parseIntensity, parseNumber } from "./args.js";
import { checkOutputPath, writeOutput } from "./output.js";
import { loadRunConfig } from "./run-config.js";

export const ACCOUNTING_OPTIONS = {
  step: { type: "string" },
  json: { type: "string" },
  location: { type: "string" },
  intensity: { type: "string" },
  pue: { type: "string" },
  config: { type: "string" },
  "no-embodied": { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
} as const;

/** How a value that starts with a dash is judged (`--intensity -5`): as the flag itself judges it. */
export const ACCOUNTING_VALUES = {
  "--intensity": (text: string) => parseIntensity("--intensity", text),
  "--pue": (text: string) =>
    parseNumber("--pue", text, { min: 1, max: 3, what: "power usage effectiveness" }),
};

export interface AccountingArgs {
  step?: string;
  json?: string;
  location?: string;
  intensity?: number;
  pue?: number;
  config?: string;
  embodied: boolean;
  verbose: boolean;
}

export interface ClusterIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

export function accountingArgs(values: {
  step?: string;
  json?: string;
  location?: string;
  intensity?: string;
  pue?: string;
  config?: string;
  "no-embodied"?: boolean;
  verbose?: boolean;
}): AccountingArgs {
  const text = (flag: string, value: string | undefined) => {
    if (value !== undefined && value.trim() === "") throw new InputError(flag, value, "it must not be empty");
    return value?.trim();
  };
  const step = text("--step", values.step);
  const stepProblem = step === undefined ? undefined : stepNameProblem(step);
  if (step !== undefined && stepProblem) {
    throw new InputError("--step", step, `it ${stepProblem}; ${STEP_NAME_ALLOWED}`);
  }
  const json = text("--json", values.json);
  const location = text("--location", values.location);
  const config = text("--config", values.config);
  return {
    ...(step !== undefined && { step }),
    ...(json !== undefined && { json }),
    ...(location !== undefined && { location }),
    ...(values.intensity !== undefined && {
      intensity: parseIntensity("--intensity", values.intensity).g_per_kwh,
    }),
    ...(values.pue !== undefined && {
      pue: parseNumber("--pue", values.pue, { min: 1, max: 3, what: "power usage effectiveness" }),
    }),
    ...(config !== undefined && { config }),
    embodied: !values["no-embodied"],
    verbose: Boolean(values.verbose),
  };
}

/** Location and PUE: the flags, else the config file's, else the defaults `run` uses. */
export async function accountingFor(args: AccountingArgs, cwd: string) {
  const config = await loadRunConfig(args, cwd, findRepoRoot(cwd));
  const location = config?.location;
  const fromFile =
    args.location === undefined && args.intensity === undefined
      ? typeof location === "string"
        ? { location }
        : location
          ? { intensity: location.intensity }
          : {}
      : {};
  const intensity = resolveIntensity({
    ...fromFile,
    ...(args.location !== undefined && { location: args.location }),
    ...(args.intensity !== undefined && { intensity: args.intensity }),
  });
  const pue = choosePue(args.pue ?? config?.pue, intensity);
  return { intensity, pue };
}

export async function writeClusterReport(
  remote: RemoteResult,
  window: Window,
  step: string,
  args: AccountingArgs,
  io: ClusterIo,
): Promise<void> {
  if (args.json && args.json !== "-") checkOutputPath("--json", args.json, io.cwd);
  const { intensity, pue } = await accountingFor(args, io.cwd);
  const report = reportForRemote(remote, { step, window, intensity, pue, embodied: args.embodied });
  const human = args.json === "-" ? io.stderr : io.stdout;
  for (const warning of remote.warnings) io.stderr.write(`carbon-budget: warning: ${warning}\n`);
  human.write(renderTerminal(report, compareReports(report, undefined), { verbose: args.verbose }));
  if (args.json) writeOutput("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
}
