/** Timing, CPU accounting and the small statistics the benchmarks share. */
import { readdirSync, readFileSync } from "node:fs";

export interface CpuSample {
  /** Iterations measured. */
  n: number;
  userUs: number;
  systemUs: number;
  wallUs: number;
}

export const cpuUs = (sample: CpuSample): number => sample.userUs + sample.systemUs;

/** CPU time of this process (every thread) and wall time around `body`, run `n` times. */
export function timeLoop(n: number, body: (i: number) => void): CpuSample {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) body(i);
  const wallUs = Number(process.hrtime.bigint() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { n, userUs: used.user, systemUs: used.system, wallUs };
}

/** The same for asynchronous work that ends when `done` resolves. */
export async function timeAsync(n: number, done: () => Promise<void>): Promise<CpuSample> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await done();
  const wallUs = Number(process.hrtime.bigint() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { n, userUs: used.user, systemUs: used.system, wallUs };
}

/**
 * CPU time of another process so far, in ns: the sum over its threads of /proc/<pid>/task/<tid>/schedstat's
 * first field (time on CPU). /proc/<pid>/stat counts in 10 ms ticks, too coarse for a few seconds of
 * an idle sampler.
 */
export function processCpuNs(pid: number): number {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // The thread exited between the listing and the read; its time is gone with it.
    }
  }
  return total;
}

/** Times another process's threads went to sleep so far (voluntary context switches): its wake-ups. */
export function processWakeups(pid: number): number {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const match = /^voluntary_ctxt_switches:\s+(\d+)/m.exec(
        readFileSync(`/proc/${pid}/task/${tid}/status`, "utf8"),
      );
      total += match ? Number(match[1]) : 0;
    } catch {
      // The thread exited between the listing and the read.
    }
  }
  return total;
}

/** Resident memory of another process, in bytes (VmRSS). */
export function processRssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** Direct children of `pid` whose command line contains `needle`. */
export function childrenMatching(pid: number, needle: string): number[] {
  let children: number[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
  return children.filter((child) => {
    try {
      return readFileSync(`/proc/${child}/cmdline`, "utf8").includes(needle);
    } catch {
      return false;
    }
  });
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
  const ordered = sorted(values);
  if (ordered.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * ordered.length);
  return ordered[Math.min(ordered.length - 1, Math.max(0, rank - 1))] as number;
}

export function median(values: number[]): number {
  const ordered = sorted(values);
  if (ordered.length === 0) return Number.NaN;
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2
    ? (ordered[middle] as number)
    : ((ordered[middle - 1] as number) + (ordered[middle] as number)) / 2;
}

/** A number with `digits` significant figures, without exponent notation for the sizes we print. */
export const sig = (value: number, digits = 3): string =>
  Number.isFinite(value) ? String(Number(value.toPrecision(digits))) : "n/a";

export const fixed = (value: number, digits = 1): string =>
  Number.isFinite(value) ? value.toFixed(digits) : "n/a";

export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** A markdown table. */
export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
