import { afterEach, describe, expect, it } from "vitest";
import { type CpuSpec, requireCpu, VCPU_FALLBACK } from "../../src/hardware/cpus.js";
import { requireGpu } from "../../src/hardware/gpus.js";
import {
  CPU_IDLE_FRACTION,
  CPU_LOW_IDLE_FRACTION,
  CPU_MODEL_SOURCE,
  cpuPowerLine,
  probeCpuModel,
  teadsShare,
} from "../../src/measure/cpu-model.js";
import { declaredCpuMeter, declaredGpuMeter } from "../../src/measure/declared.js";
import { declaredRamMeter, probeRamModel, RAM_W_PER_GB } from "../../src/measure/ram-model.js";
import type { ComponentEnergy, Meter, Probe } from "../../src/measure/types.js";
import { createFakeProc, type FakeProc } from "../helpers/fake-proc.js";

const DIGITS = 9;

function meterOf(probe: Probe): Meter {
  if (!probe.ok) throw new Error(`probe failed: ${probe.reason}`);
  return probe.meter;
}

async function only(result: Promise<ComponentEnergy[]> | ComponentEnergy[]): Promise<ComponentEnergy> {
  const entries = await result;
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  if (!entry) throw new Error("no entry");
  return entry;
}

let proc: FakeProc | undefined;
afterEach(() => {
  proc?.cleanup();
  proc = undefined;
});

describe("constants", () => {
  it("takes the idle share from the per-vCPU table and interpolates the Teads curve", () => {
    // 0.74 W / 3.5 W per vCPU
    expect(CPU_IDLE_FRACTION).toBeCloseTo(0.74 / 3.5, 12);
    expect(VCPU_FALLBACK).toMatchObject({ min_w_per_vcpu: 0.74, max_w_per_vcpu: 3.5 });
    expect(teadsShare(0)).toBeCloseTo(0.12, 12);
    expect(teadsShare(0.5)).toBeCloseTo(0.75, 12);
    // between 10% (0.32) and 50% (0.75): 0.32 + (0.3 - 0.1) / 0.4 x 0.43 = 0.535
    expect(teadsShare(0.3)).toBeCloseTo(0.535, 12);
    expect(teadsShare(1)).toBeCloseTo(1.02, 12);
  });
});

describe("CPU utilisation model", () => {
  it("integrates idle + u x (TDP - idle) over each interval (EPYC 7763, all 128 threads)", async () => {
    const epyc = requireCpu("AMD EPYC 7763 64-Core Processor");
    expect(epyc).toMatchObject({ tdp_w: 280, threads: 128 });
    proc = createFakeProc({ cpus: 128, initial: { user: 1000, idle: 3000 } });
    const meter = meterOf(probeCpuModel({ procRoot: proc.root, intervalMs: 1000, cpu: epyc, vcpus: 128 }));
    meter.start(0);
    // busy 1000 -> 1500, total 4000 -> 5000: u = 500 / 1000 = 0.5
    proc.advance({ busy: 500, idle: 500 });
    meter.poll(2000);
    const entry = await only(meter.finish(2000));

    // idle = 280 x 0.74 / 3.5 = 59.2 W; P = 59.2 + 0.5 x (280 - 59.2) = 169.6 W; 2 s -> 339.2 J
    expect(entry.energy_j).toBeCloseTo(339.2, DIGITS);
    expect(entry.avg_power_w).toBeCloseTo(169.6, DIGITS);
    // low: idle 0.12 x 280 = 33.6 W; 33.6 + 0.5 x 246.4 = 156.8 W -> 313.6 J
    expect(entry.low_factor).toBeCloseTo(313.6 / 339.2, DIGITS);
    // high: Teads at 50% = 0.75 x 280 = 210 W -> 420 J
    expect(entry.high_factor).toBeCloseTo(420 / 339.2, DIGITS);
    expect(entry).toMatchObject({
      kind: "cpu",
      device: "system",
      model: "AMD EPYC 7763",
      method: "estimated",
      source: CPU_MODEL_SOURCE,
      samples: 1,
    });
    expect(entry.notes[0]).toBe(
      "AMD EPYC 7763: TDP 280 W (AMD EPYC 7763 product specifications); 128 of 128 threads per socket -> 280 W busy, 59.2 W idle",
    );
    expect(entry.notes).toContain("mean utilisation 50% (from /proc/stat); linear power model");
  });

  it("scales TDP to the VM's share of threads and uses each interval's own utilisation", async () => {
    // A GitHub runner: 4 vCPUs of a 128-thread EPYC 7763.
    proc = createFakeProc({ cpus: 4, initial: { user: 50, idle: 950 } });
    const cpu = requireCpu("AMD EPYC 7763");
    const meter = meterOf(probeCpuModel({ procRoot: proc.root, intervalMs: 1000, cpu, vcpus: 4 }));
    meter.start(0);
    proc.advance({ busy: 10, idle: 90 }); // 0..1 s: u = 10 / 100 = 0.1
    meter.poll(1000);
    proc.advance({ busy: 200 }); // 1..3 s: u = 200 / 200 = 1
    meter.poll(3000);
    const entry = await only(meter.finish(3000));

    // max = 280 x 4/128 = 8.75 W; idle = 8.75 x 0.74/3.5 = 1.85 W
    // 0..1 s: 1.85 + 0.1 x 6.9 = 2.54 W -> 2.54 J; 1..3 s: 8.75 W x 2 s = 17.5 J; total 20.04 J
    expect(entry.energy_j).toBeCloseTo(20.04, DIGITS);
    expect(entry.avg_power_w).toBeCloseTo(20.04 / 3, DIGITS);
    // low: idle min(1.85, 0.12 x 8.75 = 1.05) = 1.05; 1.05 + 0.1 x 7.7 = 1.82 J + 17.5 J = 19.32 J
    expect(entry.low_factor).toBeCloseTo(19.32 / 20.04, DIGITS);
    // high: Teads 0.32 x 8.75 = 2.8 J + 1.02 x 8.75 x 2 = 17.85 J -> 20.65 J
    expect(entry.high_factor).toBeCloseTo(20.65 / 20.04, DIGITS);
    expect(entry.samples).toBe(2);
    // (0.1 x 1 s + 1 x 2 s) / 3 s = 70%
    expect(entry.notes).toContain("mean utilisation 70% (from /proc/stat); linear power model");
    expect(entry.notes[0]).toContain("4 of 128 threads per socket -> 8.75 W busy, 1.85 W idle");
  });

  it("counts sockets when the machine has more threads than one CPU", () => {
    // Dual EPYC 7763: 256 threads = 2 sockets of 128 -> 560 W busy, 560 x 0.74/3.5 = 118.4 W idle
    const { line, notes } = cpuPowerLine(requireCpu("AMD EPYC 7763"), 256);
    expect(line.maxW).toBe(560);
    expect(line.idleW).toBeCloseTo(118.4, DIGITS);
    expect(notes[0]).toContain("256 threads = 2 sockets of 128 -> 560 W busy, 118 W idle");
  });

  it("falls back to watts per vCPU for a CPU not in the table, and says so", async () => {
    proc = createFakeProc({ cpus: 4, initial: { user: 100, idle: 100 } });
    const detectedModel = "Intel(R) Xeon(R) CPU @ 2.20GHz";
    const meter = meterOf(
      probeCpuModel({ procRoot: proc.root, intervalMs: 1000, cpu: undefined, vcpus: 4, detectedModel }),
    );
    meter.start(10_000);
    proc.advance({ busy: 100, idle: 300 }); // u = 100 / 400 = 0.25
    const entry = await only(meter.finish(14_000));

    // idle 0.74 x 4 = 2.96 W, max 3.5 x 4 = 14 W; P = 2.96 + 0.25 x 11.04 = 5.72 W; 4 s -> 22.88 J
    expect(entry.energy_j).toBeCloseTo(22.88, DIGITS);
    expect(entry.model).toBe(detectedModel);
    expect(entry.notes[0]).toMatch(
      /^CPU model "Intel\(R\) Xeon\(R\) CPU @ 2\.20GHz" not in the table; per-vCPU fallback 0\.74-3\.5 W x 4 vCPUs \(Cloud Carbon Footprint/,
    );
  });

  it("keeps an interval open while no tick has elapsed, so no time is lost", async () => {
    proc = createFakeProc({ cpus: 1, initial: { user: 0, idle: 0 } });
    const meter = meterOf(probeCpuModel({ procRoot: proc.root, intervalMs: 100, cpu: undefined, vcpus: 1 }));
    meter.start(0);
    meter.poll(500); // same counters: nothing to integrate yet
    proc.advance({ busy: 300, idle: 100 }); // u = 300 / 400 = 0.75
    meter.poll(1000);
    const entry = await only(meter.finish(1000));
    // one interval, 0..1 s: 0.74 + 0.75 x (3.5 - 0.74) = 2.81 W -> 2.81 J
    expect(entry.energy_j).toBeCloseTo(2.81, DIGITS);
    expect(entry.samples).toBe(1);
  });

  it("folds a failed reading into the next interval and notes it", async () => {
    proc = createFakeProc({ cpus: 1 });
    const meter = meterOf(probeCpuModel({ procRoot: proc.root, intervalMs: 1000, cpu: undefined, vcpus: 1 }));
    meter.start(0);
    proc.removeStat();
    meter.poll(1000);
    proc.advance({ busy: 100, idle: 100 }); // rewrites stat: u over 0..2 s = 100 / 200 = 0.5
    meter.poll(2000);
    const entry = await only(meter.finish(2000));
    // 0.74 + 0.5 x 2.76 = 2.12 W over 2 s -> 4.24 J
    expect(entry.energy_j).toBeCloseTo(4.24, DIGITS);
    expect(entry.notes.some((note) => note.startsWith("1 reading(s) of") && note.includes("ENOENT"))).toBe(
      true,
    );
  });

  it("carries the last utilisation over a tail with no new tick, and restarts after a counter reset", async () => {
    proc = createFakeProc({ cpus: 1, initial: { user: 1000, idle: 1000 } });
    const meter = meterOf(probeCpuModel({ procRoot: proc.root, intervalMs: 1000, cpu: undefined, vcpus: 1 }));
    meter.start(0);
    proc.advance({ busy: 100 }); // 0..1 s: u = 1 -> 3.5 W
    meter.poll(1000);
    proc.set({ user: 10, idle: 10 }); // counters went back: re-base, interval stays open
    meter.poll(2000);
    proc.advance({ idle: 100 }); // 1..3 s: u = 0 from the new base -> 0.74 W
    meter.poll(3000);
    const entry = await only(meter.finish(3500)); // 3..3.5 s: no tick, last u (0) -> 0.74 W
    // 3.5 x 1 + 0.74 x 2 + 0.74 x 0.5 = 3.5 + 1.48 + 0.37 = 5.35 J
    expect(entry.energy_j).toBeCloseTo(5.35, DIGITS);
    expect(entry.samples).toBe(2);
  });

  it("says why when /proc/stat cannot be read", () => {
    const probe = probeCpuModel({
      procRoot: "/nonexistent/proc",
      intervalMs: 1000,
      cpu: undefined,
      vcpus: 2,
    });
    expect(probe).toMatchObject({ ok: false, source: CPU_MODEL_SOURCE });
    if (probe.ok) throw new Error("unreachable");
    expect(probe.reason).toMatch(/^cannot read CPU time from \/nonexistent\/proc\/stat: ENOENT/);
  });

  it("takes the vCPU count from /proc/stat when none is given", async () => {
    proc = createFakeProc({ cpus: 2 });
    const meter = meterOf(probeCpuModel({ procRoot: proc.root, intervalMs: 1000, cpu: undefined, vcpus: 0 }));
    meter.start(0);
    proc.advance({ idle: 200 });
    const entry = await only(meter.finish(1000));
    // u = 0 on 2 vCPUs: 0.74 x 2 = 1.48 W x 1 s
    expect(entry.energy_j).toBeCloseTo(1.48, DIGITS);
  });
});

describe("RAM model", () => {
  it("charges W per GB of MemTotal for the wall time", async () => {
    proc = createFakeProc({ memTotalKb: 16 * 1024 * 1024 }); // 16 GB
    const meter = meterOf(probeRamModel({ procRoot: proc.root }));
    meter.start(1000);
    meter.poll(5000);
    const entry = await only(meter.finish(11_000));
    // 0.392 W/GB x 16 GB = 6.272 W; 10 s -> 62.72 J
    expect(RAM_W_PER_GB).toBe(0.392);
    expect(entry.energy_j).toBeCloseTo(62.72, DIGITS);
    expect(entry).toMatchObject({
      kind: "ram",
      method: "estimated",
      source: "ram-model",
      avg_power_w: 6.272,
    });
    // low 0.196 / 0.392 = 0.5; high (5 W / 8 GB = 0.625) / 0.392
    expect(entry.low_factor).toBeCloseTo(0.5, DIGITS);
    expect(entry.high_factor).toBeCloseTo(0.625 / 0.392, DIGITS);
    expect(entry.notes[0]).toContain("16 GB (MemTotal in /proc/meminfo) = 6.27 W");
  });

  it("takes a declared size as method declared", async () => {
    const meter = declaredRamMeter(512, "--memory-gb");
    meter.start(0);
    const entry = await only(meter.finish(3_600_000));
    // 0.392 x 512 = 200.704 W x 3600 s = 722534.4 J
    expect(entry.energy_j).toBeCloseTo(722_534.4, 6);
    expect(entry).toMatchObject({ method: "declared", source: "declared" });
  });

  it("says why when /proc/meminfo cannot be read", () => {
    proc = createFakeProc(); // no meminfo
    const probe = probeRamModel({ procRoot: proc.root });
    if (probe.ok) throw new Error("expected a failed probe");
    expect(probe.reason).toMatch(/^cannot read MemTotal from .*\/meminfo: ENOENT/);
  });
});

describe("declared hardware", () => {
  it("runs GPUs at full TDP by default, from idle to TDP as the range", async () => {
    const meter = declaredGpuMeter(requireGpu("NVIDIA A100-SXM4-80GB"), 8);
    meter.start(0);
    for (let t = 1000; t < 3_600_000; t += 1000) meter.poll(t);
    const entry = await only(meter.finish(3_600_000));
    // 400 W x 8 x 3600 s = 11,520,000 J; low = 40 W idle (10% default) / 400 W; high = 1
    expect(entry.energy_j).toBe(11_520_000);
    expect(entry.low_factor).toBeCloseTo(0.1, DIGITS);
    expect(entry.high_factor).toBe(1);
    expect(entry).toMatchObject({
      kind: "gpu",
      device: "0-7",
      model: "NVIDIA A100 SXM4 80GB",
      method: "declared",
    });
    expect(entry.notes[0]).toBe(
      "declared 8 x NVIDIA A100 SXM4 80GB: TDP 400 W (NVIDIA A100 Tensor Core GPU datasheet) x utilisation 1 (assumed) = 400 W per device; no sensor read",
    );
  });

  it("uses a given utilisation and a published idle figure", async () => {
    const meter = declaredGpuMeter(requireGpu("TPU v3"), 4, { utilisation: 0.5 });
    meter.start(0);
    const entry = await only(meter.finish(10_000));
    // 450 W x 0.5 = 225 W per chip x 4 x 10 s = 9000 J; low 84 / 225; high 1 / 0.5 = 2
    expect(entry.energy_j).toBe(9000);
    expect(entry.low_factor).toBeCloseTo(84 / 225, DIGITS);
    expect(entry.high_factor).toBe(2);
    expect(entry.device).toBe("0-3");
  });

  it("rejects a utilisation outside (0, 1] and a count that is not a positive integer", () => {
    const spec = requireGpu("T4");
    expect(() => declaredGpuMeter(spec, 1, { utilisation: 0 })).toThrow(RangeError);
    expect(() => declaredGpuMeter(spec, 1, { utilisation: 1.5 })).toThrow(RangeError);
    expect(() => declaredGpuMeter(spec, 0)).toThrow(RangeError);
    expect(() => declaredGpuMeter(spec, 1.5)).toThrow(RangeError);
  });

  it("takes a declared CPU at half TDP, per socket or per share of threads", async () => {
    const epyc = requireCpu("AMD EPYC 7763");
    const sockets = declaredCpuMeter(epyc, { count: 2 });
    sockets.start(0);
    const two = await only(sockets.finish(10_000));
    // 280 W x 2 sockets x 0.5 = 280 W x 10 s = 2800 J; low 0.12 / 0.5 = 0.24; high 1 / 0.5 = 2
    expect(two.energy_j).toBe(2800);
    expect(two.low_factor).toBeCloseTo(CPU_LOW_IDLE_FRACTION / 0.5, DIGITS);
    expect(two.high_factor).toBe(2);
    expect(two).toMatchObject({
      kind: "cpu",
      method: "declared",
      source: "declared",
      model: "AMD EPYC 7763",
    });

    const runner = declaredCpuMeter(epyc, { vcpus: 4 });
    runner.start(0);
    // 280 W x 4/128 x 0.5 = 4.375 W x 10 s = 43.75 J
    expect((await only(runner.finish(10_000))).energy_j).toBeCloseTo(43.75, DIGITS);
  });

  it("treats a CPU without a thread count as whole sockets", async () => {
    const bare: CpuSpec = {
      name: "Test CPU",
      tdp_w: 100,
      source: { title: "test", url: "https://example.com" },
    };
    const meter = declaredCpuMeter(bare, { vcpus: 8, utilisation: 1 });
    meter.start(0);
    // 100 W x 1 socket x 1 = 100 W x 2 s = 200 J
    expect((await only(meter.finish(2000))).energy_j).toBe(200);
  });
});
