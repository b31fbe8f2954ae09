/**
 * A /proc in a temp dir with `stat` and `meminfo` in the kernel's own format, so the real parsers
 * and the real file reads run. A test moves the CPU counters forward between meter polls.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The ten fields of the aggregate `cpu` line, in clock ticks. */
export interface CpuFields {
  user: number;
  nice: number;
  system: number;
  idle: number;
  iowait: number;
  irq: number;
  softirq: number;
  steal: number;
  guest: number;
  guest_nice: number;
}

export interface FakeProcOptions {
  /** Logical CPUs: one `cpuN` line each. */
  cpus?: number;
  /** MemTotal in kB (KiB), as the kernel prints it; omit to leave meminfo out. */
  memTotalKb?: number;
  initial?: Partial<CpuFields>;
}

export interface FakeProc {
  root: string;
  fields: CpuFields;
  /** Adds ticks: `busy` goes to user, `idle` to idle; other fields through `extra`. */
  advance(ticks: { busy?: number; idle?: number; extra?: Partial<CpuFields> }): void;
  /** Replaces the counters outright (e.g. to make them go backwards). */
  set(fields: Partial<CpuFields>): void;
  /** Writes arbitrary text as `stat`, for malformed-input cases. */
  writeStat(text: string): void;
  removeStat(): void;
  cleanup(): void;
}

const ORDER: (keyof CpuFields)[] = [
  "user",
  "nice",
  "system",
  "idle",
  "iowait",
  "irq",
  "softirq",
  "steal",
  "guest",
  "guest_nice",
];

const line = (label: string, fields: CpuFields): string =>
  `${label} ${ORDER.map((key) => fields[key]).join(" ")}`;

/** Per-CPU lines share the aggregate evenly; the parser only counts them, but they look real. */
function statText(fields: CpuFields, cpus: number): string {
  const share = (key: keyof CpuFields): number => Math.floor(fields[key] / cpus);
  const perCpu = Object.fromEntries(ORDER.map((key) => [key, share(key)])) as unknown as CpuFields;
  return [
    // The aggregate label is followed by two spaces in the real file.
    line("cpu ", fields),
    ...Array.from({ length: cpus }, (_, index) => line(`cpu${index}`, perCpu)),
    "intr 114930548 113199788 3 0 5 263 0 4 [...]",
    "ctxt 1990473",
    "btime 1062191376",
    "processes 2915",
    "procs_running 1",
    "procs_blocked 0",
    "softirq 183433 0 21755 12 39 1137 231 21459 2263",
    "",
  ].join("\n");
}

const meminfoText = (memTotalKb: number): string =>
  [
    `MemTotal:       ${memTotalKb} kB`,
    `MemFree:        ${Math.floor(memTotalKb / 4)} kB`,
    `MemAvailable:   ${Math.floor(memTotalKb / 2)} kB`,
    "Buffers:          123456 kB",
    "Cached:          2345678 kB",
    "SwapTotal:             0 kB",
    "HugePages_Total:       0",
    "Hugepagesize:       2048 kB",
    "",
  ].join("\n");

export function createFakeProc(options: FakeProcOptions = {}): FakeProc {
  const root = mkdtempSync(join(tmpdir(), "carbon-budget-proc-"));
  const cpus = options.cpus ?? 4;
  const fields: CpuFields = {
    user: 0,
    nice: 0,
    system: 0,
    idle: 0,
    iowait: 0,
    irq: 0,
    softirq: 0,
    steal: 0,
    guest: 0,
    guest_nice: 0,
    ...options.initial,
  };
  const write = (): void => writeFileSync(join(root, "stat"), statText(fields, cpus));
  write();
  if (options.memTotalKb !== undefined) writeFileSync(join(root, "meminfo"), meminfoText(options.memTotalKb));
  return {
    root,
    fields,
    advance({ busy = 0, idle = 0, extra = {} }) {
      fields.user += busy;
      fields.idle += idle;
      for (const key of ORDER) fields[key] += extra[key] ?? 0;
      write();
    },
    set(next) {
      Object.assign(fields, next);
      write();
    },
    writeStat(text) {
      writeFileSync(join(root, "stat"), text);
    },
    removeStat() {
      rmSync(join(root, "stat"), { force: true });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
