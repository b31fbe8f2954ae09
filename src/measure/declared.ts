/**
 * Declared hardware (rank 4): a model and count from the config or flags, held at an assumed share of
 * its TDP for the wall time of the step. No I/O: these are the meters of last resort, and the report
 * says so through `method: "declared"` and the notes.
 */
import type { CpuSpec } from "../hardware/cpus.js";
import { type GpuSpec, gpuIdleWatts } from "../hardware/gpus.js";
import { CPU_LOW_IDLE_FRACTION } from "./cpu-model.js";
import {
  type ComponentEnergy,
  type ComponentKind,
  CUMULATIVE_READ_EVERY_MS,
  type Meter,
  type Method,
} from "./types.js";

export const DECLARED_SOURCE = "declared";

/** A component drawing one constant power for as long as the step runs. */
export interface WallTimeSpec {
  kind: ComponentKind;
  source: string;
  method: Method;
  watts: number;
  lowFactor: number;
  highFactor: number;
  device?: string;
  model?: string;
  notes: string[];
}

/** Integrates constant power over the wall time between `start` and `finish`; `poll` does nothing. */
export function wallTimeMeter(spec: WallTimeSpec): Meter {
  let startMs: number | undefined;
  let lastMs: number | undefined;
  return {
    kind: spec.kind,
    source: spec.source,
    // Nothing to read: the clock at start and finish is all it uses.
    readEveryMs: CUMULATIVE_READ_EVERY_MS,
    start(nowMs) {
      startMs = nowMs;
      lastMs = nowMs;
    },
    // Only the clock moves: poll keeps the time for the progress line.
    poll(nowMs) {
      lastMs = nowMs;
    },
    snapshot: () => ({
      energy_j: (spec.watts * ((lastMs ?? 0) - (startMs ?? 0))) / 1000,
      power_w: spec.watts,
    }),
    finish(nowMs): ComponentEnergy[] {
      const seconds = Math.max(0, (nowMs - (startMs ?? nowMs)) / 1000);
      return [
        {
          kind: spec.kind,
          ...(spec.device !== undefined ? { device: spec.device } : {}),
          ...(spec.model !== undefined ? { model: spec.model } : {}),
          method: spec.method,
          source: spec.source,
          energy_j: spec.watts * seconds,
          low_factor: spec.lowFactor,
          high_factor: spec.highFactor,
          avg_power_w: spec.watts,
          notes: [...spec.notes],
        },
      ];
    },
  };
}

export interface DeclaredLoad {
  /** Share of TDP drawn on average, in (0, 1]. */
  utilisation?: number;
}

function checkUtilisation(utilisation: number): void {
  if (!(utilisation > 0 && utilisation <= 1)) {
    throw new RangeError(`utilisation must be in (0, 1], got ${utilisation}`);
  }
}

function checkCount(count: number, what: string): void {
  if (!(Number.isInteger(count) && count > 0)) {
    throw new RangeError(`${what} must be a positive integer, got ${count}`);
  }
}

const watts = (w: number): string => `${Number(w.toPrecision(3))} W`;

/**
 * `count` GPUs at TDP x utilisation. Full TDP unless told otherwise: with no sensor we would rather
 * overstate a budget than understate it, and the range says how far it may be off. The true draw lies
 * between idle (a GPU the job holds never draws less) and TDP (boards are capped there), so relative
 * to the estimate: low = idle / (TDP x u), high = 1 / u. One entry for all devices: a declaration
 * says nothing that would tell them apart.
 */
export function declaredGpuMeter(spec: GpuSpec, count: number, load: DeclaredLoad = {}): Meter {
  checkCount(count, "GPU count");
  const utilisation = load.utilisation ?? 1;
  checkUtilisation(utilisation);
  const idle = gpuIdleWatts(spec);
  const perDevice = spec.tdp_w * utilisation;
  const notes = [
    `declared ${count} x ${spec.name}: TDP ${spec.tdp_w} W (${spec.source.title}) x utilisation ${utilisation}` +
      `${load.utilisation === undefined ? " (assumed)" : ""} = ${watts(perDevice)} per device; no sensor read`,
    `range: idle ${watts(idle.watts)} (${idle.published ? "published" : "10% of TDP, no published figure"}) to TDP`,
  ];
  if (spec.note) notes.push(spec.note);
  return wallTimeMeter({
    kind: "gpu",
    source: DECLARED_SOURCE,
    method: "declared",
    watts: perDevice * count,
    lowFactor: Math.min(1, idle.watts / perDevice),
    highFactor: 1 / utilisation,
    device: count === 1 ? "0" : `0-${count - 1}`,
    model: spec.name,
    notes,
  });
}

/**
 * With no /proc/stat there is no utilisation to measure, so the CPU is taken at half its TDP, the
 * assumption CodeCarbon makes when it cannot read CPU load (CodeCarbon methodology,
 * https://mlco2.github.io/codecarbon/methodology.html). An ML step is mostly GPU-bound with the CPU
 * feeding data; half is a middle, not a measurement.
 */
export const DECLARED_CPU_UTILISATION = 0.5;

export interface DeclaredCpuOptions extends DeclaredLoad {
  /** Sockets; ignored when `vcpus` gives the share. */
  count?: number;
  /** Logical CPUs this machine sees, when known: the share of the socket's threads it holds. */
  vcpus?: number;
}

/**
 * CPU at TDP x utilisation, scaled like the utilisation model (vCPUs / threads when both are known,
 * else whole sockets). Range: the low-idle point of the model (12% of TDP) to full TDP.
 */
export function declaredCpuMeter(spec: CpuSpec, options: DeclaredCpuOptions = {}): Meter {
  const utilisation = options.utilisation ?? DECLARED_CPU_UTILISATION;
  checkUtilisation(utilisation);
  const { vcpus, count = 1 } = options;
  checkCount(count, "CPU socket count");
  if (vcpus !== undefined) checkCount(vcpus, "vCPU count");
  const byThreads = vcpus !== undefined && spec.threads !== undefined;
  const share = byThreads ? vcpus / (spec.threads ?? vcpus) : count;
  const shareText = byThreads
    ? `${vcpus} of ${spec.threads} threads`
    : `${count} socket${count === 1 ? "" : "s"}`;
  const power = spec.tdp_w * share * utilisation;
  const notes = [
    `declared ${spec.name}: TDP ${spec.tdp_w} W (${spec.source.title}) x ${shareText} x utilisation ${utilisation}` +
      `${options.utilisation === undefined ? " (assumed: CPU load could not be read)" : ""} = ${watts(power)}`,
    `range: ${CPU_LOW_IDLE_FRACTION * 100}% of TDP (idle) to TDP`,
  ];
  if (spec.note) notes.push(spec.note);
  return wallTimeMeter({
    kind: "cpu",
    source: DECLARED_SOURCE,
    method: "declared",
    watts: power,
    lowFactor: Math.min(1, CPU_LOW_IDLE_FRACTION / utilisation),
    highFactor: 1 / utilisation,
    device: "system",
    model: spec.name,
    notes,
  });
}
