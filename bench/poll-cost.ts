/**
 * Benchmark 1a: the CPU one reading costs, per source, in-process. Each scenario runs in a child of its
 * own (fresh JIT and heap, and its own FAKE_NVML_* environment, which the C fake reads with getenv).
 * Meters are polled with a fake clock that advances 1000 ms per poll, as at `--interval 1000`, after a
 * warm-up; the loop is hot, so this is the floor of the cost, not what a 1 Hz wake-up from idle costs
 * (benchmark 1b measures that).
 */
import { probeCpuModel } from "../src/measure/cpu-model.js";
import { probeNvidiaSmi } from "../src/measure/nvidia-smi.js";
import {
  addGpuRow,
  type GpuTally,
  parseGpuLine,
  queryColumns,
  tallyKey,
} from "../src/measure/nvidia-smi-csv.js";
import { probeNvml } from "../src/measure/nvml.js";
import { probeRapl } from "../src/measure/rapl.js";
import { startSampling } from "../src/measure/sampler.js";
import type { Meter, Probe } from "../src/measure/types.js";
import type { BenchContext } from "./context.js";
import { type CpuSample, timeAsync, timeLoop } from "./stats.js";
import { captureTick, noopMeter } from "./tick.js";

export interface PollScenario {
  label: string;
  /** What one iteration is. */
  unit: "poll" | "row" | "tick";
  /** Environment the child needs before it starts (the fake NVML reads its settings at nvmlInit). */
  env?: Record<string, string>;
  /** Iterations, when not the run's --polls. */
  fixedN?: number;
  run(context: BenchContext, n: number): Promise<CpuSample>;
}

const WARMUP = 5_000;
/** The sub-10 µs scenarios: ten times the iterations, so the timed span is not lost in noise. */
const MANY = 100_000;

export function meterOf(probe: Probe): Meter {
  if (!probe.ok) throw new Error(`${probe.source} did not start: ${probe.reason}`);
  return probe.meter;
}

/** Starts the meters, warms them up, then times `n` polls of all of them at 1000 ms steps. */
export async function pollMeters(meters: Meter[], n: number): Promise<CpuSample> {
  let now = 0;
  for (const meter of meters) await meter.start(now);
  const step = () => {
    now += 1000;
    for (const meter of meters) meter.poll(now);
  };
  for (let i = 0; i < WARMUP; i += 1) step();
  const sample = timeLoop(n, step);
  for (const meter of meters) await meter.finish(now + 1000);
  return sample;
}

const nvmlEnv = (devices: number) => ({
  FAKE_NVML_DEVICES: String(devices),
  FAKE_NVML_POWER_MW: Array.from({ length: devices }, () => "250000").join(","),
});

export const nvmlMeter = async (context: BenchContext) =>
  meterOf(await probeNvml({ libPath: context.fakes.nvmlLib, intervalMs: 1000 }));

export const raplMeters = (context: BenchContext): Meter[] => {
  const probes = probeRapl({ powercapRoot: context.fakes.powercapRoot, intervalMs: 1000 });
  return [meterOf(probes.cpu), meterOf(probes.ram)];
};

/** Sixteen rows as `nvidia-smi --query-gpu=index,uuid,name,power.draw.instant,utilization.gpu` prints them. */
export const SMI_COLUMNS = queryColumns("power.draw.instant");
export const SMI_LINES = Array.from(
  { length: 16 },
  (_, i) =>
    `0, GPU-3f2a9c4e-8b1d-4e7a-9c55-1d2e3f4a5b6c, NVIDIA A100-SXM4-80GB, ${200 + i * 7}.${10 + i}, ${50 + i}`,
);

/** What NvidiaSmiSampler.onLine does with a row, without the pipe: parse, then fold into the tally. */
export function smiRowFolder(): (line: string, tMs: number) => void {
  const gpus = new Map<string, GpuTally>();
  return (line, tMs) => {
    const row = parseGpuLine(line, SMI_COLUMNS);
    if (row === undefined) throw new Error(`row not understood: ${line}`);
    const key = tallyKey(row);
    gpus.set(key, addGpuRow(gpus.get(key), row, tMs, 3000));
  };
}

/**
 * The utilisation model's meter. Between hot-loop polls /proc/stat rarely moves a tick, so most polls
 * stop after read + parse; at 1 Hz the few multiplications of a closed interval come on top.
 */
const cpuModelPolls = (procRoot: string, vcpus: number, n: number) =>
  pollMeters(
    [
      meterOf(
        probeCpuModel({ procRoot, intervalMs: 1000, cpu: undefined, vcpus, detectedModel: "bench CPU" }),
      ),
    ],
    n,
  );

export const POLL_SCENARIOS: Record<string, PollScenario> = {
  "nvml-1": {
    label: "NVML, 1 GPU: energy counter read through koffi (C fake)",
    unit: "poll",
    fixedN: MANY,
    env: nvmlEnv(1),
    run: async (context, n) => pollMeters([await nvmlMeter(context)], n),
  },
  "nvml-8": {
    label: "NVML, 8 GPUs: one poll reads all eight",
    unit: "poll",
    fixedN: MANY,
    env: nvmlEnv(8),
    run: async (context, n) => pollMeters([await nvmlMeter(context)], n),
  },
  "smi-parse": {
    label: "nvidia-smi row: parse + tally (pure, no pipe)",
    unit: "row",
    fixedN: MANY,
    run: async (_context, n) => {
      const fold = smiRowFolder();
      let now = 0;
      const step = (i: number) => {
        now += 1000;
        fold(SMI_LINES[i % SMI_LINES.length] as string, now);
      };
      for (let i = 0; i < WARMUP; i += 1) step(i);
      return timeLoop(n, step);
    },
  },
  "smi-pipe": {
    label: "nvidia-smi row through the real sampler: pipe + readline + parse + tally (C fake, 1 row/ms)",
    unit: "row",
    fixedN: 2_000,
    run: (context, n) => smiThroughPipe(context, n),
  },
  "rapl-2s": {
    label: "RAPL, 2 sockets: package + dram meters, 4 energy_uj reads",
    unit: "poll",
    run: (context, n) => pollMeters(raplMeters(context), n),
  },
  "procstat-2": {
    label: "CPU model: read + parse this VM's /proc/stat (2 vCPUs)",
    unit: "poll",
    run: (_context, n) => cpuModelPolls("/proc", 2, n),
  },
  "procstat-128": {
    label: "CPU model: read + parse a 128-CPU /proc/stat (2,000 irq counters)",
    unit: "poll",
    run: (context, n) => cpuModelPolls(context.fakes.proc128Root, 128, n),
  },
  "tick-noop": {
    label: "sampler tick alone (one no-op meter, progress check)",
    unit: "tick",
    fixedN: MANY,
    run: async (_context, n) => tickLoop([noopMeter()], n),
  },
  "tick-nvml-rapl": {
    label: "sampler tick with NVML (1 GPU) + RAPL (2 sockets): one whole sample",
    unit: "tick",
    env: nvmlEnv(1),
    run: async (context, n) => tickLoop([await nvmlMeter(context), ...raplMeters(context)], n),
  },
  "timer-1ms": {
    label: "sampler on a real 1 ms setInterval, no-op meter: event-loop wake-up + tick",
    unit: "tick",
    fixedN: 2_000,
    run: (_context, n) => realTimerTicks(n),
  },
};

async function tickLoop(meters: Meter[], n: number): Promise<CpuSample> {
  const { tick, sampling } = await captureTick(meters);
  for (let i = 0; i < WARMUP; i += 1) tick();
  const sample = timeLoop(n, tick);
  await sampling.finish();
  return sample;
}

/** The real sampler class, fed by bench/fixtures/fast-nvidia-smi.c through a pipe. */
async function smiThroughPipe(context: BenchContext, n: number): Promise<CpuSample> {
  const warm = 200;
  process.env.FAKE_SMI_ROWS = String(warm + n);
  process.env.FAKE_SMI_SPACING_US = "1000";
  let now = 0;
  const meter = meterOf(
    await probeNvidiaSmi({ path: context.fakes.fastSmiPath, intervalMs: 1000, clock: () => (now += 1000) }),
  ) as Meter & { tallies(): GpuTally[] };
  const rows = () => meter.tallies().reduce((total, tally) => total + tally.rows, 0);
  // Checked every 100 ms: a few dozen wake-ups of our own over the run, under 1% of what is measured.
  const until = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => (rows() >= count ? resolve() : setTimeout(check, 100));
      check();
    });
  meter.start(0);
  await until(warm);
  const sample = await timeAsync(n, () => until(warm + n));
  await meter.finish(now);
  if (rows() !== warm + n) throw new Error(`expected ${warm + n} rows, got ${rows()}`);
  return sample;
}

async function realTimerTicks(n: number): Promise<CpuSample> {
  let polls = 0;
  let reached: () => void = () => {};
  const target = new Promise<void>((resolve) => {
    reached = resolve;
  });
  // Half a second of ticks first, so the timed ones run compiled code.
  let goal = 500;
  const meter = noopMeter(() => {
    polls += 1;
    if (polls === goal) reached();
  });
  // The sampler's timer is unref'd; this one keeps the process alive while we wait.
  const keepAlive = setInterval(() => {}, 60_000);
  const sampling = await startSampling({ meters: [meter], intervalMs: 1 });
  await target;
  goal = polls + n;
  const done = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const sample = await timeAsync(n, () => done);
  await sampling.finish();
  clearInterval(keepAlive);
  return sample;
}
