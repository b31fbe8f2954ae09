/**
 * CPU time from /proc/stat and installed memory from /proc/meminfo: pure parsers, and the two small
 * reads that feed them (the only I/O here).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Cumulative CPU time of the whole machine, in clock ticks (USER_HZ). */
export interface CpuTimes {
  /** Time spent doing anything but idling or waiting for I/O. */
  busy: number;
  total: number;
}

export interface ProcStat {
  cpu: CpuTimes;
  /** Number of `cpuN` lines: the online logical CPUs. */
  cpuCount: number;
}

/**
 * Parses /proc/stat (proc(5)). The aggregate line is
 * `cpu user nice system idle iowait irq softirq steal guest guest_nice`; kernels before 2.6.33 stop
 * earlier, so missing fields count as 0. guest and guest_nice are already inside user and nice
 * (the kernel adds them to both), so they are left out of the total. iowait is idle time with I/O
 * outstanding: the core is not computing, so it is not busy.
 */
export function parseProcStat(text: string): ProcStat {
  let cpu: CpuTimes | undefined;
  let cpuCount = 0;
  for (const line of text.split("\n")) {
    // The cpu lines come first; `intr` alone can hold thousands of counters on a large machine.
    if (!line.startsWith("cpu")) {
      if (cpu) break;
      continue;
    }
    const fields = line.trim().split(/\s+/);
    const label = fields[0] ?? "";
    if (label === "cpu") {
      const values = fields.slice(1, 9).map(Number);
      if (values.length < 4 || values.some((value) => !Number.isFinite(value) || value < 0)) {
        throw new Error(`/proc/stat: malformed aggregate cpu line: "${line.trim()}"`);
      }
      const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = values;
      const total = user + nice + system + idle + iowait + irq + softirq + steal;
      cpu = { busy: total - idle - iowait, total };
    } else if (/^cpu\d+$/.test(label)) {
      cpuCount += 1;
    }
  }
  if (!cpu) throw new Error("/proc/stat: no aggregate cpu line");
  return { cpu, cpuCount };
}

/**
 * Share of CPU time spent busy between two readings, 0..1; undefined when no tick has elapsed (two
 * polls inside one 10 ms tick) or the counters went backwards (a reset), when there is nothing to say.
 */
export function cpuUtilisation(previous: CpuTimes, next: CpuTimes): number | undefined {
  const total = next.total - previous.total;
  if (!(total > 0)) return undefined;
  const busy = next.busy - previous.busy;
  return Math.min(1, Math.max(0, busy / total));
}

const KIB_PER_GIB = 1024 * 1024;

/**
 * MemTotal from /proc/meminfo, in GB. The file says "kB" but means KiB, and DIMMs are sold in binary
 * sizes, so KiB / 1024² gives the "16 GB" a buyer would name. MemTotal is a little below what is
 * installed (the kernel reserves some at boot); for a per-GB power figure that is well inside its range.
 */
export function parseMemTotalGb(text: string): number {
  const match = /^MemTotal:\s+(\d+)\s*kB\s*$/m.exec(text);
  const kib = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (!(kib > 0)) throw new Error("/proc/meminfo: no MemTotal line in kB");
  return kib / KIB_PER_GIB;
}

/** Reads and parses `<procRoot>/stat`; synchronous because the sampler polls it every interval. */
export const readProcStat = (procRoot: string): ProcStat =>
  parseProcStat(readFileSync(join(procRoot, "stat"), "utf8"));

/** Reads `<procRoot>/meminfo` and returns MemTotal in GB. */
export const readMemTotalGb = (procRoot: string): number =>
  parseMemTotalGb(readFileSync(join(procRoot, "meminfo"), "utf8"));
