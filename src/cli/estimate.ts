/**
 * `carbon-budget estimate` (docs/cli.md): the energy and CO2e of a job from its hardware and duration,
 * before anyone runs it. Arguments are parsed strictly; every bad value is an InputError that names the
 * flag, the value and what is allowed. Prints a table, and the JSON with `--json FILE|-`.
 */
import { parseArgs } from "node:util";
import {
  type EstimateInput,
  estimateEmissions,
  type IntensityQuantity,
  parseIntensityQuantity,
} from "../carbon/estimate.js";
import { resolveIntensity } from "../carbon/intensity.js";
import { InputError, isInputError } from "../errors.js";
import { requireGpuOrFamily } from "../hardware/gpus.js";
import { renderEstimate } from "../render/estimate-table.js";
import { editDistance } from "../text/nearest.js";
import { parseNumber } from "./args.js";
import { checkOutputPath, writeOutput } from "./output.js";
import { commandHelp, ESTIMATE_USAGE } from "./usage.js";

const OPTIONS = {
  hours: { type: "string" },
  "gpu-hours": { type: "string" },
  power: { type: "string" },
  gpu: { type: "string" },
  count: { type: "string" },
  utilization: { type: "string" },
  pue: { type: "string" },
  intensity: { type: "string" },
  location: { type: "string" },
  json: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const OPTION_VALUES: Record<string, string> = {
  hours: "the job's wall-clock hours",
  "gpu-hours": "devices x hours, as papers report them",
  power: "watts per device",
  gpu: "a GPU model or family from data/gpus.json",
  count: "how many devices",
  utilization: "the devices' average utilization, 0 to 1",
  pue: "power usage effectiveness, 1 to 3",
  intensity: "grid intensity in gCO2e/kWh",
  location: "an Electricity Maps zone, ISO country or cloud region (aws:us-east-1)",
  json: "a file path, or - for stdout",
};

export interface EstimateArgs {
  /** Wall-clock hours; with `deviceHours`, devices x hours (`--gpu-hours`). */
  hours: number;
  deviceHours?: boolean;
  device: { kind: "power"; watts: number } | { kind: "gpu"; model: string };
  count: number;
  utilization?: number;
  pue?: number;
  grid: { intensity: IntensityQuantity } | { location: string };
  json?: string;
}

function positive(input: string, text: string, max: number, what: string): number {
  const value = Number(text.trim());
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0 || value > max) {
    throw new InputError(input, text, `expected ${what}: a number greater than 0, at most ${max}`);
  }
  return value;
}

function parseUtilization(text: string): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const number = trimmed.replace(/%$/, "").trim();
  const value = Number(number) / (percent ? 100 : 1);
  if (number === "" || !Number.isFinite(value) || value <= 0 || value > 1) {
    const hint =
      !percent && value > 1 && value <= 100 ? `; for ${value}% write ${value / 100} or ${value}%` : "";
    throw new InputError(
      "--utilization",
      text,
      `expected the devices' average utilization: a fraction greater than 0 and at most 1 (0.8), or a percentage (80%)${hint}`,
    );
  }
  return value;
}

/** Wall-clock hours stop at a century and more; device-hours reach a billion (LLaMA 2 took 3.3 million). */
const MAX_HOURS = 1e6;
const MAX_DEVICE_HOURS = 1e9;

const VALUE_RULES: Record<string, (text: string) => unknown> = {
  "--hours": (text) => positive("--hours", text, MAX_HOURS, "the job's wall-clock hours"),
  "--gpu-hours": (text) =>
    positive("--gpu-hours", text, MAX_DEVICE_HOURS, "devices x hours (GPU-hours, as papers report them)"),
  "--power": (text) => positive("--power", text, 1e7, "watts per device"),
  "--count": (text) =>
    parseNumber("--count", text, { min: 1, max: 10_000_000, integer: true, what: "how many devices" }),
  "--utilization": parseUtilization,
  "--pue": (text) => parseNumber("--pue", text, { min: 1, max: 3, what: "power usage effectiveness" }),
  "--intensity": (text) => parseIntensityQuantity(text),
};

/** Turns node's parseArgs errors into InputErrors that say what estimate accepts. */
function parseError(error: unknown, argv: string[]): never {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? argv.join(" ");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = option.replace(/^-+/, "");
    // A typo (`--utilisation`), or a `run` flag that has a shorter name here (`--gpu-count`: `--count`).
    const known = Object.keys(OPTIONS).sort((a, b) => b.length - a.length);
    const near =
      known.find((option) => editDistance(name, option) <= 2) ??
      known.find((option) => option.length >= 3 && name.includes(option));
    const hint = near ? `; did you mean --${near}?` : "";
    throw new InputError("carbon-budget estimate", option, `unknown option${hint}\n${ESTIMATE_USAGE}`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && !message.includes("does not take")) {
    const next = argv[argv.indexOf(option) + 1];
    // `--hours -5`: node reads the dash as another option; judge the number the user meant instead.
    if (next !== undefined && /^-[\d.]/.test(next)) VALUE_RULES[option]?.(next);
    const what = OPTION_VALUES[option.replace(/^-+/, "")];
    throw new InputError(option, "", `it needs a value${what ? `: ${what}` : ""}\n${ESTIMATE_USAGE}`);
  }
  throw new InputError("carbon-budget estimate", option, `${message}\n${ESTIMATE_USAGE}`);
}

export function parseEstimateArgs(argv: string[]): EstimateArgs | "help" {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    parseError(error, argv);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 0) {
    const allowed = `estimate takes options only\n${ESTIMATE_USAGE}`;
    throw new InputError("carbon-budget estimate", positionals.join(" "), allowed);
  }
  const rule = <T>(flag: string, text: string) => VALUE_RULES[flag]?.(text) as T;
  const gpuHours = values["gpu-hours"];
  if (gpuHours !== undefined && (values.hours !== undefined || values.count !== undefined)) {
    const other = values.hours !== undefined ? "--hours" : "--count";
    throw new InputError(
      "--gpu-hours",
      gpuHours,
      `it already counts the devices: give --gpu-hours H alone, or --hours H with --count N (${other} was given too)`,
    );
  }
  if (values.hours === undefined && gpuHours === undefined) {
    throw new InputError(
      "--hours",
      "",
      `give the job's wall-clock hours, e.g. --hours 12 (with --count N devices), or its GPU-hours, e.g. --gpu-hours 3311616\n${ESTIMATE_USAGE}`,
    );
  }
  const hours =
    gpuHours !== undefined
      ? rule<number>("--gpu-hours", gpuHours)
      : rule<number>("--hours", values.hours ?? "");

  if (values.power !== undefined && values.gpu !== undefined) {
    const allowed = `give --power W or --gpu MODEL, not both (--gpu ${JSON.stringify(values.gpu)} was given too)`;
    throw new InputError("--power", values.power, allowed);
  }
  if (values.power === undefined && values.gpu === undefined) {
    const what = "give the power per device with --power W, or a model with --gpu MODEL to use its TDP";
    if (values.count !== undefined) {
      throw new InputError("--count", values.count, `--count says how many devices; ${what}`);
    }
    throw new InputError("--power", "", `${what}\n${ESTIMATE_USAGE}`);
  }
  const device: EstimateArgs["device"] =
    values.gpu !== undefined
      ? { kind: "gpu", model: nonEmpty("--gpu", values.gpu) }
      : { kind: "power", watts: rule<number>("--power", values.power ?? "") };

  const both = values.intensity !== undefined && values.location !== undefined;
  if (both || (values.intensity === undefined && values.location === undefined)) {
    const what =
      "give one of --location L (an Electricity Maps zone, ISO country or cloud region, e.g. DE, US-MIDA-PJM, aws:us-east-1) or " +
      "--intensity G (gCO2e/kWh, or with a unit: 0.954lb/kWh)";
    if (both) throw new InputError("--intensity", values.intensity ?? "", `${what}, not both`);
    throw new InputError("--location", "", `${what}\n${ESTIMATE_USAGE}`);
  }
  const grid: EstimateArgs["grid"] =
    values.intensity !== undefined
      ? { intensity: rule<IntensityQuantity>("--intensity", values.intensity) }
      : { location: nonEmpty("--location", values.location ?? "") };

  return {
    hours,
    ...(gpuHours !== undefined && { deviceHours: true }),
    device,
    count: values.count === undefined ? 1 : rule<number>("--count", values.count),
    ...(values.utilization !== undefined && {
      utilization: rule<number>("--utilization", values.utilization),
    }),
    ...(values.pue !== undefined && { pue: rule<number>("--pue", values.pue) }),
    grid,
    ...(values.json !== undefined && { json: nonEmpty("--json", values.json) }),
  };
}

function nonEmpty(input: string, value: string): string {
  if (value.trim() === "") throw new InputError(input, value, "it must not be empty");
  return value.trim();
}

/** A model, or a family name (`A100`) whose variants the estimate ranges over. */
function gpuDevice(model: string): EstimateInput["device"] {
  const choice = requireGpuOrFamily(model, "--gpu");
  return choice.kind === "one"
    ? { kind: "gpu", spec: choice.spec }
    : { kind: "gpu-family", name: choice.name, specs: choice.specs };
}

/** Looks up names (GPU, location) and defaults; everything here can still be the user's mistake. */
export function resolveEstimate(args: EstimateArgs): { input: EstimateInput; warnings: string[] } {
  const warnings: string[] = [];
  const quantity = "intensity" in args.grid ? args.grid.intensity : undefined;
  const location = "location" in args.grid ? args.grid.location : undefined;
  if (quantity?.warning) warnings.push(quantity.warning);
  const intensity = resolveIntensity(quantity ? { intensity: quantity.g_per_kwh } : { location });
  if (intensity.warning) warnings.push(intensity.warning);
  // A cloud region names its provider's published PUE; the user's --pue still wins.
  const provider = intensity.pue;
  if (args.pue !== undefined && provider && provider.value !== args.pue) {
    warnings.push(
      `--pue ${args.pue} used; the provider's published PUE for ${location} is ${provider.value}`,
    );
  }
  const pueFrom = args.pue !== undefined ? "given" : provider ? "location" : "default";
  const input: EstimateInput = {
    hours: args.hours,
    ...(args.deviceHours && { deviceHours: true }),
    device:
      args.device.kind === "gpu" ? gpuDevice(args.device.model) : { kind: "power", watts: args.device.watts },
    count: args.count,
    utilization: args.utilization ?? 1,
    utilizationFrom: args.utilization === undefined ? "default" : "given",
    pue: args.pue ?? provider?.value ?? 1,
    pueFrom,
    ...(pueFrom === "location" && provider && { pueSource: provider.source }),
    intensity,
    ...(quantity?.given && { intensityGiven: quantity.given }),
    ...(location !== undefined && { location }),
  };
  return { input, warnings };
}

export async function runEstimate(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string },
): Promise<number> {
  // Bad input is answered here, as main() would: the caller gets an exit code, the user one message.
  try {
    const args = parseEstimateArgs(argv);
    if (args === "help") {
      io.stdout.write(commandHelp("estimate") ?? ESTIMATE_USAGE);
      return 0;
    }
    if (args.json !== undefined && args.json !== "-") checkOutputPath("--json", args.json, io.cwd);
    const { input, warnings } = resolveEstimate(args);
    const report = estimateEmissions(input);
    for (const warning of warnings) io.stderr.write(`carbon-budget: warning: ${warning}\n`);
    (args.json === "-" ? io.stderr : io.stdout).write(renderEstimate(report));
    if (args.json !== undefined) writeOutput("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
    return 0;
  } catch (error) {
    if (!isInputError(error)) throw error;
    io.stderr.write(`carbon-budget: ${error.message}\n`);
    return 2;
  }
}
