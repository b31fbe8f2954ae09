/**
 * GPU energy through NVML (rank 1 for NVIDIA GPUs): the board's energy counter where the GPU has one
 * (Volta and newer), else its power reading sampled at every poll and integrated.
 */
import {
  addCounter,
  addPower,
  type CounterTotal,
  emptyCounterTotal,
  emptyPowerIntegral,
  type HeldPower,
  holdToEnd,
  type PowerIntegral,
} from "./integrate.js";
import {
  loadNvmlLibrary,
  NVML_ERROR_NOT_SUPPORTED,
  NVML_SUCCESS,
  type NvmlDevice,
  type NvmlLibrary,
} from "./nvml-library.js";
import { type ComponentEnergy, CUMULATIVE_READ_EVERY_MS, type Meter, type Probe } from "./types.js";

const SOURCE = "nvml";

// NVIDIA states one accuracy figure: nvmlDeviceGetPowerUsage is "accurate to within +/- 5% of current
// power draw" (nvml.h and the NVML API reference, Device Queries; mirrored in cuda-python's
// cuda.bindings.nvml.device_get_power_usage page). The text says so for Fermi and Kepler and gives no
// figure for newer boards or for nvmlDeviceGetTotalEnergyConsumption, so ±5% is the documented bound
// we carry for both readings rather than a guarantee for every GPU.
const LOW_FACTOR = 0.95;
const HIGH_FACTOR = 1.05;

export interface NvmlOptions {
  /** The library to load: `libnvidia-ml.so.1`, or a test's fake (`CARBON_BUDGET_NVML_LIB`). */
  libPath: string;
  intervalMs: number;
}

type Mode = "counter" | "power" | "none";

interface Gpu {
  handle?: NvmlDevice;
  label: string;
  model?: string;
  mode: Mode;
  counter: CounterTotal;
  power: PowerIntegral;
  firstMs?: number;
  lastMs?: number;
  /** The latest power (W), for the progress line: from the last two counter readings, or sampled. */
  powerW?: number;
  attempts: number;
  failures: number;
  lastError: number;
  notes: string[];
}

const fail = (reason: string): Probe => ({ ok: false, source: SOURCE, reason });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Looks for NVIDIA GPUs through NVML. Never throws: a failure comes back as a reason for the report. */
export async function probeNvml(options: NvmlOptions): Promise<Probe> {
  const loaded = await loadNvmlLibrary(options.libPath);
  if (!loaded.ok) return fail(loaded.reason);
  const nvml = loaded.library;
  let initialised = false;
  try {
    const init = nvml.init();
    if (init !== NVML_SUCCESS) return fail(`nvmlInit_v2 failed: ${explain(nvml, init)}`);
    initialised = true;

    const countCode = nvml.deviceCount();
    if (countCode !== NVML_SUCCESS) {
      nvml.shutdown();
      return fail(`nvmlDeviceGetCount_v2 failed: ${explain(nvml, countCode)}`);
    }
    const count = nvml.value;
    if (count === 0) {
      nvml.shutdown();
      return fail("NVML is loaded but reports no GPU (nvmlDeviceGetCount_v2 returned 0)");
    }

    const gpus = Array.from({ length: count }, (_, index) => openGpu(nvml, index));
    if (gpus.every((gpu) => gpu.mode === "none")) {
      nvml.shutdown();
      const why = gpus.map((gpu) => `${gpu.label}: ${gpu.notes.join("; ")}`).join("; ");
      return fail(`NVML found ${plural(count, "GPU")} but could read none: ${why}`);
    }
    return { ok: true, meter: new NvmlMeter(nvml, gpus, options.intervalMs) };
  } catch (error) {
    if (initialised) safeShutdown(nvml);
    return fail(`NVML call failed: ${describe(error)}`);
  }
}

function explain(nvml: NvmlLibrary, code: number): string {
  return `${nvml.errorString(code)} (${code})`;
}

function safeShutdown(nvml: NvmlLibrary): void {
  try {
    nvml.shutdown();
  } catch {
    // Nothing more to release: the failure that got us here is the one worth reporting.
  }
}

/** Names the device and decides, with one trial reading, whether it gives a counter, power or nothing. */
function openGpu(nvml: NvmlLibrary, index: number): Gpu {
  const gpu: Gpu = {
    label: String(index),
    mode: "none",
    counter: emptyCounterTotal(),
    power: emptyPowerIntegral(),
    attempts: 0,
    failures: 0,
    lastError: NVML_SUCCESS,
    notes: [],
  };
  const { code, device } = nvml.handle(index);
  if (device === undefined) {
    gpu.notes.push(`not measured: nvmlDeviceGetHandleByIndex_v2 failed: ${explain(nvml, code)}`);
    return gpu;
  }
  gpu.handle = device;
  const uuid = nvml.uuid(device);
  if (uuid.text) gpu.label = `${index}:${uuid.text}`;
  gpu.model = nvml.name(device).text;

  let counterProblem: string;
  if (!nvml.readEnergy) {
    counterProblem = "this NVML has no nvmlDeviceGetTotalEnergyConsumption";
  } else {
    const energy = nvml.readEnergy(device);
    if (energy === NVML_SUCCESS) {
      gpu.mode = "counter";
      return gpu;
    }
    counterProblem =
      energy === NVML_ERROR_NOT_SUPPORTED
        ? "energy counter not supported"
        : `energy counter failed: ${explain(nvml, energy)}`;
  }
  const power = nvml.readPower ? nvml.readPower(device) : undefined;
  if (power === NVML_SUCCESS) {
    gpu.mode = "power";
    gpu.notes.push(`power sampled: ${counterProblem}`);
  } else {
    const powerProblem =
      power === undefined ? "this NVML has no nvmlDeviceGetPowerUsage" : explain(nvml, power);
    gpu.notes.push(`not measured: ${counterProblem}; power reading failed: ${powerProblem}`);
  }
  return gpu;
}

class NvmlMeter implements Meter {
  readonly kind = "gpu" as const;
  readonly source = SOURCE;
  private startMs = 0;
  private finished = false;
  private endMs?: number;
  private readonly gapMs: number;

  constructor(
    private readonly nvml: NvmlLibrary,
    private readonly gpus: Gpu[],
    intervalMs: number,
  ) {
    // Three missed polls in a row is a hole worth telling the reader about, not jitter.
    this.gapMs = Math.max(1, intervalMs) * 3;
  }

  /** Energy counters (64-bit mJ) lose nothing between readings; sampled power needs every interval. */
  get readEveryMs(): number | undefined {
    return this.gpus.every((gpu) => gpu.mode !== "power") ? CUMULATIVE_READ_EVERY_MS : undefined;
  }

  start(nowMs: number): void {
    this.startMs = nowMs;
    for (const gpu of this.gpus) {
      gpu.counter = emptyCounterTotal();
      gpu.power = emptyPowerIntegral();
      gpu.firstMs = undefined;
      gpu.lastMs = undefined;
      gpu.powerW = undefined;
      gpu.attempts = 0;
      gpu.failures = 0;
    }
    this.poll(nowMs);
  }

  poll(nowMs: number): void {
    if (this.finished) return;
    for (const gpu of this.gpus) this.read(gpu, nowMs);
  }

  finish(nowMs: number): ComponentEnergy[] {
    if (this.endMs === undefined) {
      this.poll(nowMs);
      this.finished = true;
      this.endMs = nowMs;
      safeShutdown(this.nvml);
    }
    const endMs = this.endMs;
    return this.gpus.flatMap((gpu) => {
      const entry = this.entry(gpu, endMs);
      return typeof entry === "string" ? [] : [entry];
    });
  }

  unmeasured(): string[] {
    const endMs = this.endMs;
    if (endMs === undefined) return [];
    return this.gpus.flatMap((gpu) => {
      const entry = this.entry(gpu, endMs);
      return typeof entry === "string" ? [entry] : [];
    });
  }

  snapshot(): { energy_j: number; power_w?: number } {
    let energyJ = 0;
    let powerW: number | undefined;
    for (const gpu of this.gpus) {
      energyJ += gpu.mode === "counter" ? gpu.counter.energy / 1000 : gpu.power.energyJ;
      if (gpu.powerW !== undefined) powerW = (powerW ?? 0) + gpu.powerW;
    }
    return powerW === undefined ? { energy_j: energyJ } : { energy_j: energyJ, power_w: powerW };
  }

  private read(gpu: Gpu, nowMs: number): void {
    if (gpu.handle === undefined || gpu.mode === "none") return;
    const nvml = this.nvml;
    gpu.attempts += 1;
    let code: number;
    if (gpu.mode === "counter" && nvml.readEnergy) {
      code = nvml.readEnergy(gpu.handle);
      if (code === NVML_SUCCESS) {
        const before = gpu.counter.energy;
        gpu.counter = addCounter(gpu.counter, nvml.value);
        // mJ per ms is W.
        if (gpu.lastMs !== undefined && nowMs > gpu.lastMs) {
          gpu.powerW = (gpu.counter.energy - before) / (nowMs - gpu.lastMs);
        }
      }
    } else if (gpu.mode === "power" && nvml.readPower) {
      code = nvml.readPower(gpu.handle);
      if (code === NVML_SUCCESS) {
        gpu.powerW = nvml.value / 1000;
        gpu.power = addPower(gpu.power, nowMs, gpu.powerW, this.gapMs);
      }
    } else {
      return;
    }
    if (code !== NVML_SUCCESS) {
      gpu.failures += 1;
      gpu.lastError = code;
      return;
    }
    gpu.firstMs ??= nowMs;
    gpu.lastMs = nowMs;
  }

  /** The power held from the last reading to the end: sampled, or the counter's last interval. */
  private covered(gpu: Gpu, nowMs: number): HeldPower | undefined {
    if (gpu.mode === "power") return holdToEnd(gpu.power, nowMs);
    if (gpu.counter.readings < 2 || gpu.firstMs === undefined || gpu.lastMs === undefined) return undefined;
    const heldMs = Math.max(0, nowMs - gpu.lastMs);
    const energyJ = gpu.counter.energy / 1000 + (gpu.powerW ?? 0) * (heldMs / 1000);
    const coveredMs = gpu.lastMs + heldMs - gpu.firstMs;
    return {
      energyJ,
      coveredMs,
      heldMs,
      averageW: coveredMs > 0 ? energyJ / (coveredMs / 1000) : (gpu.powerW ?? 0),
    };
  }

  /** The GPU's component, or why it has none (said in the step's notes, never a zero). */
  private entry(gpu: Gpu, nowMs: number): ComponentEnergy | string {
    const held = gpu.mode === "none" ? undefined : this.covered(gpu, nowMs);
    const why = gpu.failures > 0 ? `: ${explain(this.nvml, gpu.lastError)}` : "";
    if (held === undefined) {
      const reasons =
        gpu.mode === "none"
          ? gpu.notes.map((note) => note.replace(/^not measured: /, ""))
          : [
              ...gpu.notes,
              gpu.mode === "counter"
                ? `${gpu.counter.readings} of ${gpu.attempts} energy counter readings succeeded, 2 are needed${why}`
                : `no power reading of ${gpu.attempts} succeeded${why}`,
            ];
      return `GPU ${gpu.label} not measured (nvml): ${reasons.join("; ")}; its energy is missing from the total, not zero`;
    }
    const notes = [...gpu.notes];
    const counter = gpu.mode === "counter";
    const samples = counter ? gpu.counter.readings : gpu.power.samples;
    if (gpu.failures > 0) {
      notes.push(
        `${gpu.failures} of ${gpu.attempts} readings failed (last: ${explain(this.nvml, gpu.lastError)})`,
      );
    }
    if (!counter && samples === 1) {
      notes.push(
        `one power reading (${round(held.averageW)} W): counted at that power over the whole window`,
      );
    } else if (held.heldMs > 0) {
      // finish() reads every device at the end: a held tail means the last readings failed.
      notes.push(
        `no reading in the last ${round(held.heldMs / 1000)} s of the ${round((nowMs - this.startMs) / 1000)} s ` +
          `window: the last power, ${round(gpu.powerW ?? 0)} W, is held to the end`,
      );
    }
    if (counter && gpu.counter.resets > 0) {
      notes.push(
        `energy counter went backwards ${plural(gpu.counter.resets, "time")} (driver reloaded?); ` +
          "the energy of those intervals is not counted",
      );
    }
    if (!counter && gpu.power.gaps > 0) {
      notes.push(
        `${plural(gpu.power.gaps, "gap")} over ${this.gapMs} ms between power samples ` +
          `(longest ${round(gpu.power.longestGapMs / 1000)} s), bridged linearly`,
      );
    }

    return {
      kind: "gpu",
      device: gpu.label,
      ...(gpu.model === undefined ? {} : { model: gpu.model }),
      method: "measured",
      source: SOURCE,
      energy_j: held.energyJ,
      low_factor: LOW_FACTOR,
      high_factor: HIGH_FACTOR,
      avg_power_w: held.averageW,
      samples,
      covered_ms: held.coveredMs,
      notes,
    };
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
