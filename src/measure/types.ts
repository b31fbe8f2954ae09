/** The shared vocabulary of the measuring engine: what a source reports and how it was obtained. */

/** `node`: a whole machine's energy (Slurm's per-node figure, IPMI), not split into devices. */
export type ComponentKind = "gpu" | "cpu" | "ram" | "node";

/** `measured`: an energy counter or sampled power; `estimated`: a utilisation model; `declared`: TDP from config. */
export type Method = "measured" | "estimated" | "declared";

/** Energy one device used over the measured window, with where it came from. */
export interface ComponentEnergy {
  kind: ComponentKind;
  /** A stable device label: GPU index and UUID, RAPL package, "system" for a whole-machine model. */
  device?: string;
  /** Human model name when known (e.g. `NVIDIA A100-SXM4-80GB`). */
  model?: string;
  method: Method;
  /** The source that served it: `nvml`, `nvidia-smi`, `rapl`, `cpu-utilisation-model`, `declared`, ... */
  source: string;
  energy_j: number;
  /** Relative bounds of the value: energy x low_factor .. energy x high_factor. */
  low_factor: number;
  high_factor: number;
  /** Over the span the readings cover (`covered_ms`, else the meter's whole window). */
  avg_power_w?: number;
  samples?: number;
  /** The machine a remote device is in (a cluster node); absent for this machine's own devices. */
  node?: string;
  /** The GPU's UUID, so a GPU seen locally and through Prometheus is counted once. */
  uuid?: string;
  /** Share of the window (0..1) a remote device's samples cover. */
  coverage?: number;
  /**
   * The part of the window the energy covers, ending at the window's end (ms); absent: all of it since
   * sampling started. A source whose first reading comes late (nvidia-smi starting up) says so here,
   * and the time before is counted at `avg_power_w` (extend.ts).
   */
  covered_ms?: number;
  notes: string[];
}

/**
 * A live source of energy for one component kind. The sampler calls `poll` every interval with the
 * monotonic time in ms; streaming sources (a long-lived `nvidia-smi`) may collect on their own instead.
 */
export interface Meter {
  readonly kind: ComponentKind;
  readonly source: string;
  start(nowMs: number): Promise<void> | void;
  poll(nowMs: number): void;
  /** Stops the source (takes a last reading at `nowMs`) and returns one entry per device. */
  finish(nowMs: number): Promise<ComponentEnergy[]> | ComponentEnergy[];
  /**
   * After `finish`: devices the meter found but got no usable reading from, each with why. They are
   * said in the step's notes and left out of the components, never passed off as 0 kWh.
   */
  unmeasured?(): string[];
  /** Energy so far and the latest power, for the progress line; cheap, no I/O. */
  snapshot?(): { energy_j: number; power_w?: number };
  /**
   * A streaming source whose readings arrive on their own clock (nvidia-smi -lms) calls `listener` once
   * per batch: the sampler then ticks on those arrivals instead of a timer of its own, so the process
   * wakes once per interval, not twice.
   */
  onReadings?(listener: () => void): void;
  /**
   * A cumulative source (an energy counter, /proc/stat's CPU times) loses nothing between readings: it
   * asks to be read only this often, so an idle process wakes less. Power readings need every interval.
   */
  readonly readEveryMs?: number;
}

/**
 * How often cumulative sources are read at most: an idle process wakes rarely. A counter with a small
 * wrap range is read more often (rapl.ts: never twice its wrap between readings); a real package
 * range, ~262 kJ, takes 873 s to wrap at 300 W, so 10 s holds for it.
 */
export const CUMULATIVE_READ_EVERY_MS = 10_000;

/** The result of looking for a source: a meter to use, or why it cannot be used (for the report). */
export type Probe = { ok: true; meter: Meter } | { ok: false; source: string; reason: string };

/** Settings every meter gets. */
export interface MeterOptions {
  intervalMs: number;
}
