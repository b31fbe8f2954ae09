import { afterEach, describe, expect, it } from "vitest";
import {
  cpuUtilisation,
  parseMemTotalGb,
  parseProcStat,
  readMemTotalGb,
  readProcStat,
} from "../../src/measure/proc-stat.js";
import { createFakeProc, type FakeProc } from "../helpers/fake-proc.js";

// The example from proc(5), trimmed to two CPUs.
const PROC5_SAMPLE = [
  "cpu  10132153 290696 3084719 46828483 16683 0 25195 0 175628 0",
  "cpu0 1393280 32966 572056 13343292 6130 0 17875 0 23933 0",
  "cpu1 1335040 32966 572056 13343292 6130 0 17875 0 23933 0",
  "page 5741 1808",
  "intr 1462898",
  "ctxt 115315",
  "btime 769041601",
  "processes 86031",
  "",
].join("\n");

describe("parseProcStat", () => {
  it("takes busy as total minus idle and iowait, leaving guest out of the total", () => {
    // total = user + nice + system + idle + iowait + irq + softirq + steal
    //       = 10132153 + 290696 + 3084719 + 46828483 + 16683 + 0 + 25195 + 0 = 60377929
    // guest (175628) is already inside user, so adding it would count it twice.
    // busy  = 60377929 - 46828483 - 16683 = 13532763
    const stat = parseProcStat(PROC5_SAMPLE);
    expect(stat.cpu).toEqual({ total: 60_377_929, busy: 13_532_763 });
    expect(stat.cpuCount).toBe(2);
  });

  it("counts steal as part of the total and of busy time", () => {
    // total = 100 + 0 + 50 + 800 + 30 + 5 + 5 + 10 = 1000; busy = 1000 - 800 - 30 = 170
    const stat = parseProcStat("cpu  100 0 50 800 30 5 5 10 40 0\ncpu0 100 0 50 800 30 5 5 10 40 0\n");
    expect(stat.cpu).toEqual({ total: 1000, busy: 170 });
  });

  it("reads the short line of kernels before 2.6.33 (no steal, guest)", () => {
    // total = 10 + 2 + 8 + 70 + 5 + 1 + 4 = 100; busy = 100 - 70 - 5 = 25
    expect(parseProcStat("cpu 10 2 8 70 5 1 4\ncpu0 10 2 8 70 5 1 4\n").cpu).toEqual({
      total: 100,
      busy: 25,
    });
    // Four fields: no iowait at all. total = 1 + 2 + 3 + 4 = 10; busy = 10 - 4 = 6
    expect(parseProcStat("cpu 1 2 3 4\n").cpu).toEqual({ total: 10, busy: 6 });
  });

  it("counts only cpuN lines, not the aggregate or other cpu-prefixed keys", () => {
    const text = "cpu  1 1 1 1\ncpu0 1 1 1 1\ncpu1 1 1 1 1\ncpu17 1 1 1 1\ncpufreq 3\n";
    expect(parseProcStat(text).cpuCount).toBe(3);
  });

  it("rejects a file without the aggregate line or with garbage in it", () => {
    expect(() => parseProcStat("cpu0 1 2 3 4\nintr 5\n")).toThrow("no aggregate cpu line");
    expect(() => parseProcStat("cpu  1 2 x 4\n")).toThrow("malformed aggregate cpu line");
    expect(() => parseProcStat("cpu  1 2\n")).toThrow("malformed aggregate cpu line");
    expect(() => parseProcStat("")).toThrow("no aggregate cpu line");
  });
});

describe("cpuUtilisation", () => {
  it("is the busy share of the ticks between two readings", () => {
    // busy 1000 -> 1500 (+500), total 4000 -> 5000 (+1000): u = 500 / 1000 = 0.5
    expect(cpuUtilisation({ busy: 1000, total: 4000 }, { busy: 1500, total: 5000 })).toBe(0.5);
    // all idle: +0 busy of +200 ticks
    expect(cpuUtilisation({ busy: 10, total: 100 }, { busy: 10, total: 300 })).toBe(0);
  });

  it("has nothing to say when no tick elapsed or the counters went back", () => {
    expect(cpuUtilisation({ busy: 10, total: 100 }, { busy: 10, total: 100 })).toBeUndefined();
    expect(cpuUtilisation({ busy: 10, total: 100 }, { busy: 5, total: 50 })).toBeUndefined();
  });

  it("stays within 0..1 when busy and total move inconsistently", () => {
    // busy +30 of total +20 (a partial reset of one field): clamped to 1
    expect(cpuUtilisation({ busy: 10, total: 100 }, { busy: 40, total: 120 })).toBe(1);
    // busy went back while total moved on: clamped to 0
    expect(cpuUtilisation({ busy: 50, total: 100 }, { busy: 40, total: 120 })).toBe(0);
  });
});

describe("parseMemTotalGb", () => {
  it("reads MemTotal in KiB as binary GB", () => {
    // 16 GiB = 16 x 1024 x 1024 KiB = 16777216 kB
    expect(parseMemTotalGb("MemTotal:       16777216 kB\nMemFree:  1 kB\n")).toBe(16);
    // A GitHub runner's 16 GB VM: 16373772 kB / 1048576 = 15.6152... GB
    expect(parseMemTotalGb("MemTotal:       16373772 kB\n")).toBeCloseTo(16_373_772 / 1_048_576, 12);
  });

  it("rejects a file without a usable MemTotal", () => {
    expect(() => parseMemTotalGb("MemFree: 5 kB\n")).toThrow("no MemTotal");
    expect(() => parseMemTotalGb("MemTotal: 0 kB\n")).toThrow("no MemTotal");
    expect(() => parseMemTotalGb("MemTotal: 12 MB\n")).toThrow("no MemTotal");
  });
});

describe("reading a proc root", () => {
  let proc: FakeProc | undefined;
  afterEach(() => proc?.cleanup());

  it("reads stat and meminfo from the given root", () => {
    proc = createFakeProc({
      cpus: 8,
      memTotalKb: 32 * 1024 * 1024,
      initial: { user: 600, system: 400, idle: 3000 },
    });
    // total = 600 + 400 + 3000 = 4000; busy = 4000 - 3000 = 1000
    expect(readProcStat(proc.root)).toEqual({ cpu: { busy: 1000, total: 4000 }, cpuCount: 8 });
    expect(readMemTotalGb(proc.root)).toBe(32);
  });

  it("throws the file system's error when a file is missing", () => {
    proc = createFakeProc();
    expect(() => readMemTotalGb(proc?.root ?? "")).toThrow(/ENOENT/);
    proc.removeStat();
    expect(() => readProcStat(proc?.root ?? "")).toThrow(/ENOENT/);
  });
});
