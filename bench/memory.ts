/**
 * Benchmark 3: a million samples through the streaming paths, in a child started with --expose-gc.
 * Memory is read after two full GCs at the start, after a warm-up of a tenth as many samples (as many
 * for a path that reads its sensors every tenth tick; by then the code is compiled and V8 has sized its
 * young generation for the loop's allocation rate), at each quarter of the million, and at the end.
 * What the million samples add is what the path keeps.
 */
import { addCounter, addPower, emptyCounterTotal, emptyPowerIntegral } from "../src/measure/integrate.js";
import type { BenchContext } from "./context.js";
import { nvmlMeter, raplMeters, SMI_LINES, smiRowFolder } from "./poll-cost.js";
import { captureTick } from "./tick.js";

export interface MemoryScenario {
  label: string;
  env?: Record<string, string>;
  /** Samples, when a million would take too long (file reads). */
  fixedN?: number;
  /**
   * Warm-up samples per sample measured (default a tenth): a path that reads its sensors once every
   * ten ticks needs ten times the ticks for V8 to size its young generation for that allocation rate.
   */
  warmupShare?: number;
  /** Returns the per-sample step; what it returns at the end is kept alive until after the last reading. */
  prepare(
    context: BenchContext,
  ): Promise<{ step: (i: number) => void; keep: () => unknown; finish?: () => Promise<unknown> }>;
}

export interface MemoryResult {
  n: number;
  warmup: number;
  /** After setting up, before the warm-up. */
  start: NodeJS.MemoryUsage;
  /** After the warm-up: the baseline the million samples are measured from. */
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
  /** Memory after GC at each quarter of the run. */
  quarters: { rss: number; heapUsed: number; heapTotal: number; external: number }[];
  maxRssKb: number;
  seconds: number;
}

export const MEMORY_SCENARIOS: Record<string, MemoryScenario> = {
  "add-power": {
    label: "addPower (trapezoid integral of W readings)",
    prepare: async () => {
      let state = emptyPowerIntegral();
      return {
        step: (i) => {
          state = addPower(state, i * 1000, 200 + (i % 97), 3000);
        },
        keep: () => state,
      };
    },
  },
  "add-counter": {
    label: "addCounter (NVML / RAPL energy counters, with wraps)",
    prepare: async () => {
      let state = emptyCounterTotal();
      return {
        step: (i) => {
          state = addCounter(state, (i * 250_000) % 262_143_328_850, 262_143_328_850);
        },
        keep: () => state,
      };
    },
  },
  "smi-rows": {
    label: "nvidia-smi rows: parseGpuLine + addGpuRow into the per-GPU map",
    prepare: async () => {
      const fold = smiRowFolder();
      return { step: (i) => fold(SMI_LINES[i % SMI_LINES.length] as string, i * 1000), keep: () => fold };
    },
  },
  "tick-nvml": {
    label: "sampler tick: NVML meter (1 GPU, C fake) + CI progress line every 60 ticks",
    env: { FAKE_NVML_DEVICES: "1", FAKE_NVML_POWER_MW: "250000" },
    prepare: async (context) => {
      const { tick, sampling, lines } = await captureTick([await nvmlMeter(context)]);
      return { step: tick, keep: lines, finish: () => sampling.finish() };
    },
  },
  "tick-rapl": {
    label: "sampler tick: RAPL meters (2 sockets, package + dram)",
    // The counters are read every 10 s of the fake clock, i.e. every tenth tick.
    warmupShare: 1,
    prepare: async (context) => {
      const { tick, sampling } = await captureTick(raplMeters(context));
      return { step: tick, keep: () => sampling, finish: () => sampling.finish() };
    },
  },
};

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("run with --expose-gc");
  collect();
  collect();
};

export async function runMemoryScenario(
  context: BenchContext,
  scenario: MemoryScenario,
  n: number,
): Promise<MemoryResult> {
  const { step, keep, finish } = await scenario.prepare(context);
  const warmup = Math.max(1, Math.round(n * (scenario.warmupShare ?? 0.1)));
  gc();
  const start = process.memoryUsage();
  for (let i = 0; i < warmup; i += 1) step(i);
  gc();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  const quarters: MemoryResult["quarters"] = [];
  const quarter = Math.ceil(n / 4);
  for (let i = 0; i < n; i += 1) {
    step(warmup + i);
    if ((i + 1) % quarter === 0 || i + 1 === n) {
      gc();
      const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
      quarters.push({ rss, heapUsed, heapTotal, external });
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  gc();
  const after = process.memoryUsage();
  // Read after the measurement, so the state cannot have been collected as dead before it.
  if (keep() === undefined) throw new Error("nothing kept");
  await finish?.();
  return { n, warmup, start, before, after, quarters, maxRssKb: process.resourceUsage().maxRSS, seconds };
}
