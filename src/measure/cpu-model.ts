/**
 * CPU energy from utilisation (rank 3 for CPU): power = idle + u x (busy - idle), u from /proc/stat
 * deltas, integrated interval by interval. Used where RAPL cannot be read (most VMs, CI runners).
 */
import { type CpuSpec, VCPU_FALLBACK } from "../hardware/cpus.js";
import { type CpuTimes, cpuUtilisation, type ProcStat, readProcStat } from "./proc-stat.js";
import {
  type ComponentEnergy,
  CUMULATIVE_READ_EVERY_MS,
  type Meter,
  type MeterOptions,
  type Probe,
} from "./types.js";

export const CPU_MODEL_SOURCE = "cpu-utilisation-model";

/**
 * Idle power as a share of full-load power: SPECpower_ssj2008's average idle/full ratio as carried
 * in Cloud Carbon Footprint's per-vCPU coefficients (0.74 / 3.5 W = 21%). Taken from the same table
 * as the per-vCPU fallback so a known and an unknown CPU follow one curve shape.
 */
export const CPU_IDLE_FRACTION = VCPU_FALLBACK.min_w_per_vcpu / VCPU_FALLBACK.max_w_per_vcpu;

/**
 * The bounds. Low: the same line from a lower idle point, 12% of TDP, which Teads measured with RAPL
 * on bare-metal EC2 hosts (B. Davy, "Estimating AWS EC2 Instances Power Consumption", Teads
 * Engineering, 2021). High: Teads' SPECpower-fitted curve (12/32/75/102% of TDP at 0/10/50/100% load),
 * which is concave: real CPUs climb fast at low load, so a straight line is the model's main bias
 * and it runs low at mid utilisation. The high bound never drops below the central line.
 */
export const CPU_LOW_IDLE_FRACTION = 0.12;
export const TEADS_CURVE: readonly (readonly [utilisation: number, shareOfMax: number])[] = [
  [0, 0.12],
  [0.1, 0.32],
  [0.5, 0.75],
  [1, 1.02],
];

/** Power at idle and at full load for the CPU time this machine can see. */
export interface CpuPowerLine {
  idleW: number;
  maxW: number;
}

/** Interpolates the Teads curve at `u` (0..1), as a share of full-load power. */
export function teadsShare(u: number): number {
  for (let i = 1; i < TEADS_CURVE.length; i += 1) {
    const [u1, s1] = TEADS_CURVE[i] ?? [1, 1];
    const [u0, s0] = TEADS_CURVE[i - 1] ?? [0, 0];
    if (u <= u1) return s0 + ((u - u0) / (u1 - u0)) * (s1 - s0);
  }
  return TEADS_CURVE.at(-1)?.[1] ?? 1;
}

/** Central, low and high power at utilisation `u`. */
export function cpuPower(line: CpuPowerLine, u: number): { central: number; low: number; high: number } {
  const central = line.idleW + u * (line.maxW - line.idleW);
  const lowIdle = Math.min(line.idleW, CPU_LOW_IDLE_FRACTION * line.maxW);
  return {
    central,
    low: lowIdle + u * (line.maxW - lowIdle),
    high: Math.max(central, teadsShare(u) * line.maxW),
  };
}

const watts = (w: number): string => `${Number(w.toPrecision(3))} W`;

/**
 * The line for a known CPU or the per-vCPU fallback. A known CPU's TDP is per socket; a VM sees only
 * some of its threads, so the TDP is scaled by vCPUs / threads (a 4-vCPU runner on a 128-thread
 * EPYC 7763 gets 4/128 of 280 W). More vCPUs than threads means more than one socket.
 */
export function cpuPowerLine(
  cpu: CpuSpec | undefined,
  vcpus: number,
  detectedModel?: string,
): { line: CpuPowerLine; notes: string[] } {
  if (!cpu) {
    const { min_w_per_vcpu: min, max_w_per_vcpu: max, source } = VCPU_FALLBACK;
    const named = detectedModel ? `CPU model "${detectedModel}" not in the table` : "CPU model unknown";
    return {
      line: { idleW: min * vcpus, maxW: max * vcpus },
      notes: [
        `${named}; per-vCPU fallback ${min}-${max} W x ${vcpus} vCPUs (${source.title}, ${source.url})`,
      ],
    };
  }
  const share = cpu.threads ? vcpus / cpu.threads : 1;
  const maxW = cpu.tdp_w * share;
  const line = { idleW: maxW * CPU_IDLE_FRACTION, maxW };
  let shareText = "thread count unknown, one whole socket assumed";
  if (cpu.threads) {
    shareText =
      vcpus <= cpu.threads
        ? `${vcpus} of ${cpu.threads} threads per socket`
        : `${vcpus} threads = ${Number(share.toPrecision(3))} sockets of ${cpu.threads}`;
  }
  const notes = [
    `${cpu.name}: TDP ${cpu.tdp_w} W (${cpu.source.title}); ${shareText} -> ${watts(maxW)} busy, ${watts(line.idleW)} idle`,
  ];
  if (cpu.note) notes.push(cpu.note);
  return { line, notes };
}

export interface CpuModelOptions extends MeterOptions {
  /** `Environment.procRoot`: /proc, or a fake tree in tests. */
  procRoot: string;
  /** The table row for this machine's CPU, when it has one. */
  cpu: CpuSpec | undefined;
  /** Logical CPUs this machine (or VM) sees. */
  vcpus: number;
  /** The model name the system reported, for the note when it is not in the table. */
  detectedModel?: string;
}

/** Looks for /proc/stat; the meter it returns reads it once per poll. */
export function probeCpuModel(options: CpuModelOptions): Probe {
  let stat: ProcStat;
  try {
    stat = readProcStat(options.procRoot);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      source: CPU_MODEL_SOURCE,
      reason: `cannot read CPU time from ${options.procRoot}/stat: ${message}`,
    };
  }
  const vcpus =
    Number.isInteger(options.vcpus) && options.vcpus > 0 ? options.vcpus : Math.max(1, stat.cpuCount);
  const { line, notes } = cpuPowerLine(options.cpu, vcpus, options.detectedModel);
  const model = options.cpu?.name ?? options.detectedModel;
  return { ok: true, meter: new CpuModelMeter(options.procRoot, line, notes, model) };
}

class CpuModelMeter implements Meter {
  readonly kind = "cpu" as const;
  // /proc/stat's times are cumulative: utilisation over any window is exact from two readings, and the
  // power line is linear, so fewer readings give the same energy (the concave high bound errs high).
  readonly readEveryMs = CUMULATIVE_READ_EVERY_MS;
  readonly source = CPU_MODEL_SOURCE;
  private startMs?: number;
  private lastMs?: number;
  private lastTimes?: CpuTimes;
  private lastU?: number;
  private energy = { central: 0, low: 0, high: 0 };
  private busySeconds = 0;
  private measuredSeconds = 0;
  private intervals = 0;
  private failures = 0;
  private lastError?: string;

  constructor(
    private readonly procRoot: string,
    private readonly line: CpuPowerLine,
    private readonly baseNotes: string[],
    private readonly model: string | undefined,
  ) {}

  start(nowMs: number): void {
    this.startMs = nowMs;
    this.lastMs = nowMs;
    this.lastTimes = this.read();
  }

  poll(nowMs: number): void {
    const times = this.read();
    if (times) this.advance(nowMs, times);
  }

  /** Energy integrated so far and the power at the latest utilisation, for the progress line. */
  snapshot(): { energy_j: number; power_w?: number } {
    return {
      energy_j: this.energy.central,
      ...(this.lastU !== undefined && { power_w: cpuPower(this.line, this.lastU).central }),
    };
  }

  finish(nowMs: number): ComponentEnergy[] {
    this.poll(nowMs);
    const startMs = this.startMs ?? nowMs;
    const lastMs = this.lastMs ?? nowMs;
    const notes = [...this.baseNotes];
    if (nowMs > lastMs) {
      // No tick elapsed or the last reads failed: the tail gets the last known utilisation.
      const u = this.lastU ?? 0.5;
      this.integrate(u, (nowMs - lastMs) / 1000, false);
      if (this.lastU === undefined) {
        notes.push("no CPU time elapsed between readings; 50% utilisation assumed");
      }
    }
    if (this.measuredSeconds > 0) {
      const mean = this.busySeconds / this.measuredSeconds;
      notes.push(`mean utilisation ${Math.round(mean * 100)}% (from /proc/stat); linear power model`);
    }
    if (this.failures > 0) {
      notes.push(
        `${this.failures} reading(s) of ${this.procRoot}/stat failed (${this.lastError}); ` +
          "their time was folded into the next interval",
      );
    }
    const { central, low, high } = this.energy;
    const seconds = (nowMs - startMs) / 1000;
    return [
      {
        kind: "cpu",
        device: "system",
        ...(this.model ? { model: this.model } : {}),
        method: "estimated",
        source: CPU_MODEL_SOURCE,
        energy_j: central,
        low_factor: central > 0 ? low / central : 1,
        high_factor: central > 0 ? high / central : 1,
        ...(seconds > 0 ? { avg_power_w: central / seconds } : {}),
        samples: this.intervals,
        notes,
      },
    ];
  }

  private read(): CpuTimes | undefined {
    try {
      return readProcStat(this.procRoot).cpu;
    } catch (error) {
      this.failures += 1;
      this.lastError = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  }

  /**
   * Integrates the interval since the last reading at that interval's own utilisation. An interval
   * with no tick in it is not closed yet: it merges with the next, so no time is lost.
   */
  private advance(nowMs: number, times: CpuTimes): void {
    if (this.lastMs === undefined || nowMs <= this.lastMs) return;
    if (!this.lastTimes || times.total < this.lastTimes.total) {
      // No baseline yet, or the counters were reset: start over from here, keeping the open interval.
      this.lastTimes = times;
      return;
    }
    const u = cpuUtilisation(this.lastTimes, times);
    if (u === undefined) return;
    this.integrate(u, (nowMs - this.lastMs) / 1000, true);
    this.lastMs = nowMs;
    this.lastTimes = times;
    this.lastU = u;
    this.intervals += 1;
  }

  private integrate(u: number, seconds: number, measured: boolean): void {
    const power = cpuPower(this.line, u);
    this.energy.central += power.central * seconds;
    this.energy.low += power.low * seconds;
    this.energy.high += power.high * seconds;
    if (measured) {
      this.busySeconds += u * seconds;
      this.measuredSeconds += seconds;
    }
  }
}
