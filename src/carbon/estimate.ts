/**
 * `carbon-budget estimate` (docs/cli.md): the energy and emissions of a job before anyone runs it.
 * IT kWh = W per device x devices x hours x utilisation / 1000; facility kWh = IT kWh x PUE;
 * CO2e g = facility kWh x gCO2e/kWh. Pure: names, flags and files are resolved by the CLI first.
 */
import { InputError } from "../errors.js";
import { type GpuSpec, gpuIdleWatts } from "../hardware/gpus.js";
import { GRAMS_PER_LB, scaled, UNITS } from "../units.js";
import { VERSION } from "../version.js";
import type { Intensity } from "./intensity.js";
import { type WhatIf, whatIf } from "./what-if.js";

export const ESTIMATE_SCHEMA = "carbon-budget/estimate@1";

/** The units an intensity's mass and energy may be given in, by lower-case symbol: [factor, symbol]. */
const unitsOf = (kind: "mass" | "energy", min: number): Record<string, [number, string]> =>
  Object.fromEntries(
    UNITS.filter((unit) => unit.kind === kind && unit.exponent >= min).map((unit) => [
      unit.symbol.toLowerCase(),
      [10 ** unit.exponent, unit.symbol],
    ]),
  );
const MASS_G: Record<string, [number, string]> = {
  ...unitsOf("mass", 0),
  lb: [GRAMS_PER_LB, "lb"],
  lbs: [GRAMS_PER_LB, "lb"],
};
const ENERGY_KWH = unitsOf("energy", 0);

const INTENSITY_ALLOWED =
  "expected grid intensity: a number in gCO2e/kWh from 0 to 2000, or with a unit, as papers give it: " +
  "432.7g/kWh, 0.429kg/kWh, 0.954lb/kWh (also t/MWh, kg/MWh)";

/** An intensity as the user wrote it, when it had a unit: kept so the output can quote it back. */
export interface GivenQuantity {
  value: number;
  unit: string;
}

export interface IntensityQuantity {
  g_per_kwh: number;
  given?: GivenQuantity;
  warning?: string;
}

/** `0.954lb/kWh`, `0.429 kgCO2e/kWh`, `432.7g/kWh` or a bare number (gCO2e/kWh), any case. */
export function parseIntensityQuantity(text: string, input = "--intensity"): IntensityQuantity {
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(.*)$/i.exec(text.trim());
  const unitText = match?.[2]?.replace(/\s+/g, "").toLowerCase() ?? "";
  const unit = /^(g|kg|t|lbs?)(?:co2(?:e|eq)?)?\/(kwh|mwh)$/.exec(unitText);
  if (!match?.[1] || (unitText !== "" && !unit)) throw new InputError(input, text, INTENSITY_ALLOWED);
  const value = Number(match[1]);
  const [massG, massName] = MASS_G[unit?.[1] ?? "g"] ?? [1, "g"];
  const [energyKwh, energyName] = ENERGY_KWH[unit?.[2] ?? "kwh"] ?? [1, "kWh"];
  const gPerKwh = (value * massG) / energyKwh;
  if (!(Number.isFinite(gPerKwh) && gPerKwh >= 0 && gPerKwh <= 2000)) {
    const converted = unit ? ` (${significant(gPerKwh)} gCO2e/kWh)` : "";
    throw new InputError(input, text, `that is out of range${converted}; ${INTENSITY_ALLOWED}`);
  }
  if (!unit) {
    // No grid is this clean; a paper's 0.954 (lb) or 0.429 (kg) pasted without its unit lands here.
    const warning =
      value > 0 && value < 5
        ? `${input} ${text} is read as ${value} gCO2e/kWh, far below any grid; if the figure is per kg or lb, write ${value}kg/kWh or ${value}lb/kWh`
        : undefined;
    return { g_per_kwh: gPerKwh, ...(warning && { warning }) };
  }
  return { g_per_kwh: gPerKwh, given: { value, unit: `${massName}/${energyName}` } };
}

/**
 * What draws the power: a figure the user measured or read somewhere, a GPU model's TDP, or a family
 * of models (`A100`) whose variants span a range.
 */
export type EstimateDevice =
  | { kind: "power"; watts: number }
  | { kind: "gpu"; spec: GpuSpec }
  | { kind: "gpu-family"; name: string; specs: readonly GpuSpec[] };

export interface EstimateInput {
  /** Wall-clock hours of `count` devices; with `deviceHours`, device-hours (count is then 1). */
  hours: number;
  device: EstimateDevice;
  count: number;
  /** `hours` are device-hours, as papers and model cards report them (`--gpu-hours`). */
  deviceHours?: boolean;
  utilization: number;
  /** `default` when the user gave no --utilization, so the output can say it was assumed. */
  utilizationFrom: "given" | "default";
  pue: number;
  pueFrom: "given" | "default" | "location";
  /** Where a location's PUE came from, e.g. the cloud provider's published figure. */
  pueSource?: string;
  intensity: Intensity;
  intensityGiven?: GivenQuantity;
  location?: string;
}

/** `carbon-budget/estimate@1`, written by `--json`. */
export interface EstimateReport {
  schema: typeof ESTIMATE_SCHEMA;
  tool: { name: "carbon-budget"; version: string };
  inputs: {
    /** Wall-clock hours, with `count`; absent when device-hours were given (`--gpu-hours`). */
    hours?: number;
    /** Devices x hours, always: what the energy is proportional to. */
    device_hours: number;
    /** Per device, before utilisation: the given figure or the GPU's TDP (a family's highest). */
    power_w: number;
    power_from: "given" | "gpu-tdp";
    gpu?: {
      model: string;
      tdp_w: number;
      idle_w: number;
      idle_published: boolean;
      source: { title: string; url: string };
    };
    /** With a family name (`--gpu A100`): the variants it matched, lowest TDP first. */
    gpu_family?: { name: string; variants: { model: string; tdp_w: number }[] };
    count?: number;
    utilization: number;
    utilization_from: "given" | "default";
    pue: number;
    pue_from: "given" | "default" | "location";
    /** With `pue_from: "location"`: the provider's figure and where it is published. */
    pue_source?: string;
    location?: string;
  };
  /** Facility energy (IT x PUE), as in report@1. */
  energy_kwh: number;
  it_energy_kwh: number;
  co2e_g: number;
  /** Only with --gpu: a --power figure is the user's own and taken as exact. */
  co2e_low_g?: number;
  co2e_high_g?: number;
  intensity: {
    g_per_kwh: number;
    source: string;
    year?: number;
    location?: string;
    as_given?: GivenQuantity;
  };
  /** The arithmetic with the numbers substituted, so a reader can redo it by hand. */
  formula: { energy: string; co2e: string };
  assumptions: string[];
  /** With --location: the same job where the grid is cleaner, up to three (as report@1's `what_if`). */
  what_if?: WhatIf[];
}

export function estimateEmissions(input: EstimateInput): EstimateReport {
  const { hours, count, utilization, pue } = input;
  const deviceHours = count * hours;
  const family = input.device.kind === "gpu-family" ? input.device : undefined;
  // A family's central figure is its highest TDP, the figure papers quote for "an A100" and the
  // safer error for a budget; the range runs down to the lowest variant's idle.
  const gpu =
    input.device.kind === "gpu"
      ? input.device.spec
      : family
        ? family.specs.reduce((top, spec) => (spec.tdp_w > top.tdp_w ? spec : top))
        : undefined;
  const powerW = gpu ? gpu.tdp_w : input.device.kind === "power" ? input.device.watts : 0;
  const itKwh = (powerW * deviceHours * utilization) / 1000;
  const energyKwh = itKwh * pue;
  const gPerKwh = input.intensity.g_per_kwh;
  const co2eG = energyKwh * gPerKwh;
  const gramsAt = (watts: number) => ((watts * deviceHours * pue) / 1000) * gPerKwh;
  const range = gpu && gpuRange(gpu, powerW * utilization);
  const low = family ? familyLow(family.specs, utilization) : undefined;
  // An intensity given alone names no place, so there is nowhere to compare it with.
  const options =
    input.location !== undefined
      ? whatIf({ location: input.location, it_energy_kwh: itKwh, pue, co2e_g: co2eG })
      : [];

  const intensitySource = input.intensityGiven
    ? `given as ${input.intensityGiven.value} ${input.intensityGiven.unit}`
    : input.intensity.source;
  const pueSource =
    input.pueFrom === "location" ? (input.pueSource ?? `published for ${input.location}`) : undefined;

  const variants = family?.specs.map((spec) => `${spec.name} (${spec.tdp_w} W)`).join(", ");
  const assumptions = [
    gpu
      ? `power: TDP ${gpu.tdp_w} W of ${gpu.name}${family ? `, the highest of the ${JSON.stringify(family.name)} variants` : ""} (${gpu.source.title}) per device`
      : `power: ${powerW} W per device, as given`,
    ...(family
      ? [
          `${JSON.stringify(family.name)} names ${family.specs.length} variants: ${variants}; the range spans them all (give the full name for one)`,
        ]
      : []),
    input.utilizationFrom === "default"
      ? "utilization: 1 (default): the devices draw that power for the whole time"
      : `utilization: ${utilization}, as given`,
    input.pueFrom === "default"
      ? "PUE: 1 (default): no data-centre overhead counted; give --pue X"
      : `PUE: ${pue} (${pueSource ?? "given"})`,
    `intensity: ${significant(gPerKwh)} gCO2e/kWh, ${intensitySource}${input.intensity.year ? ` (${input.intensity.year})` : ""}`,
    low
      ? `range: ${significant(low.watts)} W (${low.label}) to ${powerW} W (TDP of ${gpu?.name}) per device`
      : range
        ? `range: ${significant(range.lowW)} W (${rangeLowLabel(range)}) to ${range.highW} W (TDP) per device`
        : "range: none; the given power is taken as exact",
    // The table marks figures that are not plain datasheet values; the user should see why.
    ...(family ? family.specs : gpu ? [gpu] : []).flatMap((spec) =>
      spec.note ? [`${spec.name}: ${spec.note}`] : [],
    ),
    "not counted: embodied emissions of the hardware, networking and storage outside the devices",
  ];

  const lowW = low?.watts ?? range?.lowW;
  return {
    schema: ESTIMATE_SCHEMA,
    tool: { name: "carbon-budget", version: VERSION },
    inputs: {
      ...(!input.deviceHours && { hours }),
      device_hours: deviceHours,
      power_w: powerW,
      power_from: gpu ? "gpu-tdp" : "given",
      ...(gpu &&
        range && {
          gpu: {
            model: gpu.name,
            tdp_w: gpu.tdp_w,
            idle_w: range.idleW,
            idle_published: range.idlePublished,
            source: gpu.source,
          },
        }),
      ...(family && {
        gpu_family: {
          name: family.name,
          variants: family.specs.map((spec) => ({ model: spec.name, tdp_w: spec.tdp_w })),
        },
      }),
      ...(!input.deviceHours && { count }),
      utilization,
      utilization_from: input.utilizationFrom,
      pue,
      pue_from: input.pueFrom,
      ...(pueSource !== undefined && { pue_source: pueSource }),
      ...(input.location !== undefined && { location: input.location }),
    },
    energy_kwh: energyKwh,
    it_energy_kwh: itKwh,
    co2e_g: co2eG,
    ...(range && lowW !== undefined && { co2e_low_g: gramsAt(lowW), co2e_high_g: gramsAt(range.highW) }),
    intensity: {
      g_per_kwh: gPerKwh,
      source: intensitySource,
      ...(input.intensity.year !== undefined && { year: input.intensity.year }),
      ...(input.intensity.location !== undefined && { location: input.intensity.location }),
      ...(input.intensityGiven && { as_given: input.intensityGiven }),
    },
    formula: {
      energy: `${powerW} W × ${input.deviceHours ? `${hours} device-h` : `${count} × ${hours} h`} × ${fixed2(utilization)} × PUE ${pue} = ${formatKwh(energyKwh)}`,
      co2e: co2eFormula(energyKwh, co2eG, gPerKwh, input.intensityGiven),
    },
    assumptions,
    ...(options.length > 0 && { what_if: options }),
  };
}

/** The lowest power any variant of a family draws: the least of each variant's own low end. */
function familyLow(specs: readonly GpuSpec[], utilization: number): { watts: number; label: string } {
  const lows = specs.map((spec) => ({ spec, range: gpuRange(spec, spec.tdp_w * utilization) }));
  const lowest = lows.reduce((min, next) => (next.range.lowW < min.range.lowW ? next : min));
  return {
    watts: lowest.range.lowW,
    label: `${lowest.spec.name}: ${rangeLowLabel(lowest.range)}`,
  };
}

/**
 * Power per device lies between idle (a GPU the job holds never draws less) and TDP (boards are capped
 * there), as for a declared GPU in `run`. A utilisation below idle keeps its own figure as the low end.
 */
function gpuRange(spec: GpuSpec, centralW: number) {
  const idle = gpuIdleWatts(spec);
  return {
    idleW: idle.watts,
    idlePublished: idle.published,
    lowW: Math.min(idle.watts, centralW),
    highW: spec.tdp_w,
  };
}

function rangeLowLabel(range: ReturnType<typeof gpuRange>): string {
  if (range.lowW < range.idleW) return "the given utilization, below idle";
  return range.idlePublished ? "published idle" : "idle: 10% of TDP, none published";
}

function co2eFormula(kwh: number, grams: number, gPerKwh: number, given?: GivenQuantity): string {
  const energy = formatKwh(kwh);
  if (!given) return `${energy} × ${significant(gPerKwh)} gCO2e/kWh = ${formatGrams(grams)} CO2e`;
  // Quote the paper's own unit back, so its table's figure (e.g. 26 lbs) can be checked at a glance.
  const inUnit = given.unit.startsWith("lb/") ? ` = ${significant(grams / GRAMS_PER_LB)} lb` : "";
  return `${energy} × ${given.value} ${given.unit}${inUnit} = ${formatGrams(grams)} CO2e`;
}

/** Four significant figures: enough to check a paper's rounded figure, few enough to read. */
export const significant = (value: number, digits = 4): string => String(Number(value.toPrecision(digits)));

export const formatKwh = (kwh: number): string => scaled(kwh, "energy", 4, significant);

export const formatGrams = (grams: number): string => scaled(grams, "mass", 4, significant);

/** "1.00" as in the papers' formulas, but never rounding away a figure the user gave (0.875 stays). */
function fixed2(value: number): string {
  const decimals = String(value).split(".")[1]?.length ?? 0;
  return value.toFixed(Math.min(Math.max(2, decimals), 10));
}
