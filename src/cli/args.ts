/**
 * `carbon-budget run` arguments (docs/cli.md), and the strict option parser every subcommand shares:
 * every bad value an InputError that names the flag, the value and what is allowed; an unknown flag
 * gets a "did you mean".
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { parseIntensityQuantity } from "../carbon/estimate.js";
import { type FunctionalUnit, parseFunctionalUnit } from "../carbon/sci.js";
import type { PrometheusSpec } from "../cluster/remote.js";
import { parseJobId, prometheusSpec } from "../cluster/spec.js";
import { InputError } from "../errors.js";
import { defaultStepName } from "../pipeline/step-name.js";
import { STEP_NAME_ALLOWED, stepNameProblem } from "../report/step-name-rule.js";
import { nearestOption } from "./did-you-mean.js";
import { moreHelp, RUN_USAGE } from "./usage.js";

export interface RunArgs {
  step: string;
  command: string;
  commandArgs: string[];
  location?: string;
  intensity?: number;
  /** Said when the intensity looks like kg or lb with the unit left off. */
  intensityWarning?: string;
  /** Unset: the cloud provider's published PUE for a cloud region, else 1.0 (and the report says so). */
  pue?: number;
  gpu?: string;
  gpuCount?: number;
  cpu?: string;
  memoryGb?: number;
  /** The vCPUs of the host this machine runs on: its share of the server's embodied emissions. */
  hostVcpus?: number;
  intervalMs: number;
  json?: string;
  markdown?: string;
  store: boolean;
  quiet: boolean;
  verbose: boolean;
  unit?: FunctionalUnit;
  embodied: boolean;
  /** The config file; unset: `.github/carbon-budget.yml` at the git root when there is one. */
  config?: string;
  /** The work the command launches elsewhere, measured over its window. */
  prometheus?: PrometheusSpec;
  /** `--slurm`: the job id read from sbatch's output; `--slurm-job ID`: given. */
  slurm?: { jobId?: string };
}

const RUN_OPTIONS = {
  step: { type: "string" },
  location: { type: "string" },
  intensity: { type: "string" },
  pue: { type: "string" },
  gpu: { type: "string" },
  "gpu-count": { type: "string" },
  cpu: { type: "string" },
  "memory-gb": { type: "string" },
  "host-vcpus": { type: "string" },
  interval: { type: "string" },
  json: { type: "string" },
  markdown: { type: "string" },
  "no-store": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  unit: { type: "string" },
  "no-embodied": { type: "boolean" },
  config: { type: "string" },
  prometheus: { type: "string" },
  selector: { type: "string" },
  metrics: { type: "string" },
  slurm: { type: "boolean" },
  "slurm-job": { type: "string" },
} as const;

interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  what: string;
}

export function parseNumber(input: string, text: string, rule: NumberRule): number {
  const value = Number(text.trim());
  const ok =
    text.trim() !== "" &&
    Number.isFinite(value) &&
    value >= rule.min &&
    value <= rule.max &&
    (!rule.integer || Number.isInteger(value));
  if (!ok) {
    const kind = rule.integer ? "a whole number" : "a number";
    throw new InputError(input, text, `expected ${rule.what}: ${kind} from ${rule.min} to ${rule.max}`);
  }
  return value;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** How a subcommand's options are parsed and, when one is wrong, explained. */
export interface OptionRules {
  /** `carbon-budget run`, `carbon-budget import slurm`: the input an unknown option is reported on. */
  command: string;
  usage: string;
  /** Checks a flag's value the way the command will, so `--intensity -5` says what is allowed. */
  values?: Record<string, (text: string) => unknown>;
}

/**
 * node:util parseArgs, strict, with its errors said for people: an unknown option with the nearest
 * known one, a value that starts with a dash (`--intensity -5`) judged as the value it is meant to be.
 */
export function parseOptions<T extends Options>(argv: string[], options: T, rules: OptionRules) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw optionError(error as Error & { code?: string }, argv, options, rules);
  }
}

function optionError(
  error: Error & { code?: string },
  argv: string[],
  options: Options,
  rules: OptionRules,
): InputError {
  const { code, message } = error;
  const more = moreHelp(rules.command.replace(/^carbon-budget /, ""));
  // Node names the offending option in quotes: `'--stpe'`, `'--intensity <value>'`, `'-q, --quiet'`.
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-[\w-]+/.exec(quoted)?.[0] ?? argv.join(" ");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const near = nearestOption(option, options);
    const hint = near ? `; did you mean ${near}?` : "";
    const error = new InputError(rules.command, option, "unknown option");
    error.message = `${rules.command.replace(/^carbon-budget /, "")}: unknown option ${option}${hint}\n${rules.usage}\n${more}`;
    return error;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = option.replace(/^-+/, "");
    const next = argv[argv.indexOf(option) + 1];
    if (message.includes("does not take")) {
      const given = argv.find((arg) => arg.startsWith(`${option}=`))?.slice(option.length + 1) ?? "";
      return new InputError(option, given, `it is a switch and takes no value\n${more}`);
    }
    // `--intensity -5`: node reads the dash as another option; judge the number that was meant.
    if (next !== undefined && /^-[\d.]/.test(next)) {
      const rule = rules.values?.[option];
      try {
        rule?.(next);
      } catch (invalid) {
        if (invalid instanceof InputError) return invalid;
        throw invalid;
      }
      return new InputError(option, next, `write it as ${option}=${next} to give a value starting with "-"`);
    }
    const what = options[name]?.type === "string" ? "it needs a value" : message;
    return new InputError(option, "", `${what}\n${rules.usage}\n${more}`);
  }
  return new InputError(rules.command, option, `${message}\n${rules.usage}\n${more}`);
}

/** `--intensity`: gCO2e/kWh, or with a unit as `estimate` takes it (0.4kg/kWh, 0.954lb/kWh). */
export function parseIntensity(input: string, text: string): { g_per_kwh: number; warning?: string } {
  const quantity = parseIntensityQuantity(text, input);
  return { g_per_kwh: quantity.g_per_kwh, ...(quantity.warning && { warning: quantity.warning }) };
}

const RUN_RULES: OptionRules = {
  command: "carbon-budget run",
  usage: RUN_USAGE,
  values: {
    "--intensity": (text) => parseIntensity("--intensity", text),
    "--pue": (text) => parseNumber("--pue", text, { min: 1, max: 3, what: "power usage effectiveness" }),
    "--gpu-count": (text) =>
      parseNumber("--gpu-count", text, { min: 1, max: 4096, integer: true, what: "how many GPUs" }),
    "--memory-gb": (text) =>
      parseNumber("--memory-gb", text, { min: 0.1, max: 65536, what: "installed memory in GB" }),
    "--interval": (text) =>
      parseNumber("--interval", text, {
        min: 50,
        max: 60_000,
        integer: true,
        what: "the sampling interval in ms",
      }),
  },
};

export function parseRunArgs(argv: string[]): RunArgs {
  const separator = argv.indexOf("--");
  const own = separator === -1 ? argv : argv.slice(0, separator);
  const wrapped = separator === -1 ? [] : argv.slice(separator + 1);
  const { values, positionals } = parseOptions(own, RUN_OPTIONS, RUN_RULES);
  if (values.json === "-" && values.markdown === "-") {
    throw new InputError(
      "--markdown",
      "-",
      "--json - already writes to stdout, and two documents there could not be told apart; write one of them to a file",
    );
  }
  if (wrapped.length === 0) {
    const hint = positionals.length ? ` (put \`--\` before \`${positionals.join(" ")}\`)` : "";
    throw new InputError(
      "COMMAND",
      wrapped.join(" "),
      `give the command to measure after \`--\`${hint}\n${RUN_USAGE}`,
    );
  }
  if (positionals.length) {
    throw new InputError(
      "carbon-budget run",
      positionals.join(" "),
      `unexpected arguments before \`--\`\n${RUN_USAGE}`,
    );
  }
  const [command, ...commandArgs] = wrapped;
  const step = values.step ?? defaultStepName(command, commandArgs);
  const stepProblem = stepNameProblem(step);
  if (stepProblem) throw new InputError("--step", step, `it ${stepProblem}; ${STEP_NAME_ALLOWED}`);
  const optionalNumber = (flag: keyof typeof values, rule: NumberRule) => {
    const text = values[flag];
    return typeof text === "string" ? parseNumber(`--${flag}`, text, rule) : undefined;
  };
  const gpuCount = optionalNumber("gpu-count", { min: 1, max: 4096, integer: true, what: "how many GPUs" });
  if (gpuCount !== undefined && !values.gpu) {
    throw new InputError("--gpu-count", String(gpuCount), "--gpu-count goes with --gpu MODEL");
  }
  return {
    step,
    command,
    commandArgs,
    ...remoteArgs(values),
    ...(values.location !== undefined && { location: nonEmpty("--location", values.location) }),
    ...intensityArgs(values.intensity),
    ...(values.pue !== undefined && {
      pue: optionalNumber("pue", { min: 1, max: 3, what: "power usage effectiveness" }),
    }),
    ...(values.gpu !== undefined && { gpu: nonEmpty("--gpu", values.gpu), gpuCount: gpuCount ?? 1 }),
    ...(values.cpu !== undefined && { cpu: nonEmpty("--cpu", values.cpu) }),
    ...(values["memory-gb"] !== undefined && {
      memoryGb: optionalNumber("memory-gb", { min: 0.1, max: 65536, what: "installed memory in GB" }),
    }),
    ...(values["host-vcpus"] !== undefined && {
      hostVcpus: optionalNumber("host-vcpus", {
        min: 1,
        max: 100_000,
        integer: true,
        what: "the vCPUs of the host this machine runs on",
      }),
    }),
    intervalMs:
      optionalNumber("interval", {
        min: 50,
        max: 60_000,
        integer: true,
        what: "the sampling interval in ms",
      }) ?? 1000,
    ...(values.json !== undefined && { json: nonEmpty("--json", values.json) }),
    ...(values.markdown !== undefined && { markdown: nonEmpty("--markdown", values.markdown) }),
    store: !values["no-store"],
    quiet: Boolean(values.quiet),
    verbose: Boolean(values.verbose),
    ...(values.unit !== undefined && { unit: parseFunctionalUnit("--unit", values.unit) }),
    embodied: !values["no-embodied"],
    ...(values.config !== undefined && { config: nonEmpty("--config", values.config) }),
  };
}

/** --prometheus goes with --selector (and --metrics with both); --slurm or --slurm-job, not both. */
function remoteArgs(values: {
  prometheus?: string;
  selector?: string;
  metrics?: string;
  slurm?: boolean;
  "slurm-job"?: string;
}): Pick<RunArgs, "prometheus" | "slurm"> {
  const { prometheus, selector, metrics } = values;
  if (prometheus === undefined && (selector !== undefined || metrics !== undefined)) {
    const flag = selector !== undefined ? "--selector" : "--metrics";
    throw new InputError(flag, selector ?? metrics ?? "", "it goes with --prometheus URL");
  }
  const slurm = values.slurm || values["slurm-job"] !== undefined;
  // With Slurm, no selector means the job's own GPUs: DCGM labels them hpc_job.
  if (prometheus !== undefined && selector === undefined && !slurm) {
    throw new InputError(
      "--prometheus",
      prometheus,
      'give the series to measure with --selector, e.g. --selector \'{namespace="ml",pod=~"train-.*"}\' (with --slurm, the job\'s GPUs by hpc_job)',
    );
  }
  if (values.slurm && values["slurm-job"] !== undefined) {
    throw new InputError(
      "--slurm-job",
      values["slurm-job"],
      "use --slurm (the id from sbatch's output) or --slurm-job ID, not both",
    );
  }
  const jobId =
    values["slurm-job"] !== undefined ? parseJobId("--slurm-job", values["slurm-job"]) : undefined;
  return {
    ...(prometheus !== undefined && {
      prometheus: prometheusSpec(
        {
          url: prometheus,
          ...(selector !== undefined && { selector }),
          ...(metrics !== undefined && { metrics }),
        },
        { url: "--prometheus", selector: "--selector", metrics: "--metrics" },
      ),
    }),
    ...((values.slurm || jobId !== undefined) && { slurm: jobId !== undefined ? { jobId } : {} }),
  };
}

function intensityArgs(text: string | undefined): Pick<RunArgs, "intensity" | "intensityWarning"> {
  if (text === undefined) return {};
  const { g_per_kwh, warning } = parseIntensity("--intensity", text);
  return { intensity: g_per_kwh, ...(warning && { intensityWarning: warning }) };
}

function nonEmpty(input: string, value: string): string {
  if (value.trim() === "") throw new InputError(input, value, "it must not be empty");
  return value.trim();
}
