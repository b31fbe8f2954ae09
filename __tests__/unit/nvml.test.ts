import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { probeNvml } from "../../src/measure/nvml.js";
import type { Meter, Probe } from "../../src/measure/types.js";
import { buildFakeNvml, type FakeNvml } from "../helpers/fake-nvml.js";

const root = join(fileURLToPath(import.meta.url), "..", "..", "..");
const W = 1000; // mW per W, and ms per s: the fake speaks mW, mJ and ms.

let fake: FakeNvml;
beforeAll(() => {
  fake = buildFakeNvml();
});
afterAll(() => fake.cleanup());

const probe = (intervalMs = 1000) => probeNvml({ libPath: fake.libPath, intervalMs });

function meterOf(result: Probe): Meter {
  if (!result.ok) throw new Error(`expected a meter, got: ${result.reason}`);
  return result.meter;
}

/** Starts at clock 0, polls at each time in `polls`, finishes at `end`; the fake's clock follows. */
async function run(meter: Meter, polls: number[], end: number) {
  fake.setClock(0);
  await meter.start(0);
  for (const t of polls) {
    fake.setClock(t);
    meter.poll(t);
  }
  fake.setClock(end);
  return meter.finish(end);
}

describe("probeNvml with a GPU energy counter", () => {
  it("measures two devices at known power exactly, from counter deltas", async () => {
    fake.configure({ devices: 2, powerMw: [250 * W, 100 * W], baseMj: [5_000_000, 0] });
    const meter = meterOf(await probe());
    expect(meter.kind).toBe("gpu");
    expect(meter.source).toBe("nvml");

    const [gpu0, gpu1] = await run(meter, [1000, 2000], 3000);

    // GPU 0: counter 5,000,000 mJ at 0 ms, 5,000,000 + 250,000 mW x 3 s = 5,750,000 mJ at 3000 ms;
    // the delta is 750,000 mJ = 750 J (the base since driver load never counts).
    expect(gpu0).toEqual({
      kind: "gpu",
      device: "0:GPU-fake-0000",
      model: "NVIDIA Fake GPU 0",
      method: "measured",
      source: "nvml",
      energy_j: 750,
      low_factor: 0.95,
      high_factor: 1.05,
      avg_power_w: 250, // 750 J / 3 s
      samples: 4, // start, two polls, finish
      covered_ms: 3000, // first reading at 0 ms to the end at 3000 ms
      notes: [],
    });
    // GPU 1: 100,000 mW x 3 s = 300,000 mJ = 300 J, 100 W on average.
    expect(gpu1).toMatchObject({ device: "1:GPU-fake-0001", energy_j: 300, avg_power_w: 100, samples: 4 });
    expect(fake.calls()).toEqual(["nvmlInit_v2", "nvmlShutdown"]);
  });

  it("notes a counter that went backwards and counts no negative energy", async () => {
    fake.configure({ devices: 1, powerMw: [250 * W], baseMj: [5_000_000], resetAtMs: [1500] });
    const [gpu] = await run(meterOf(await probe()), [1000, 2000], 3000);

    // Readings: 5,000,000 (0 ms), 5,250,000 (1000 ms), then the counter restarts at 1500 ms:
    // 250,000 x 0.5 s = 125,000 (2000 ms, below the last reading: skipped as a reset), 375,000 (3000 ms).
    // Counted: 250,000 + 0 + (375,000 - 125,000) = 500,000 mJ = 500 J; the 1000..2000 ms interval is lost.
    expect(gpu?.energy_j).toBe(500);
    expect(gpu?.notes).toEqual([
      "energy counter went backwards 1 time (driver reloaded?); the energy of those intervals is not counted",
    ]);
  });

  it("holds the last power of a device lost mid-run to the end, and says so", async () => {
    fake.configure({ devices: 2, powerMw: [250 * W, 100 * W], lostAtMs: [-1, 2000] });
    const [gpu0, gpu1] = await run(meterOf(await probe()), [1000, 2000], 3000);

    expect(gpu0?.energy_j).toBe(750);
    // GPU 1 read at 0 and 1000 ms only: 100,000 mJ over 1 s = 100 J at 100 W; that power held from
    // 1000 ms to the end at 3000 ms adds 100 W x 2 s = 200 J: 300 J over the 3 s it covers.
    expect(gpu1).toMatchObject({ energy_j: 300, avg_power_w: 100, samples: 2, covered_ms: 3000 });
    expect(gpu1?.notes).toEqual([
      "2 of 4 readings failed (last: GPU is lost (15))",
      "no reading in the last 2 s of the 3 s window: the last power, 100 W, is held to the end",
    ]);
  });

  it("leaves a device lost before the first reading out, with why, never as a silent zero", async () => {
    fake.configure({ devices: 2, powerMw: [250 * W, 100 * W], lostAtMs: [-1, 0] });
    const meter = meterOf(await probe());
    const components = await run(meter, [1000], 2000);

    expect(components).toHaveLength(1);
    expect(components[0]).toMatchObject({ device: "0:GPU-fake-0000", energy_j: 500 }); // 250 W x 2 s
    expect(meter.unmeasured?.()).toEqual([
      "GPU 1:GPU-fake-0001 not measured (nvml): energy counter failed: GPU is lost (15); power reading " +
        "failed: GPU is lost (15); its energy is missing from the total, not zero",
    ]);
  });

  it("leaves a counter with a single reading out: one reading of a counter is no energy", async () => {
    // GPU 1 is read at 0 ms, then lost at 500 ms: its first poll (1000 ms) and the finish fail.
    fake.configure({ devices: 2, powerMw: [250 * W, 100 * W], lostAtMs: [-1, 500] });
    const meter = meterOf(await probe());
    const components = await run(meter, [1000], 2000);
    expect(components.map((c) => c.device)).toEqual(["0:GPU-fake-0000"]);
    expect(meter.unmeasured?.()).toEqual([
      "GPU 1:GPU-fake-0001 not measured (nvml): 1 of 3 energy counter readings succeeded, 2 are needed: " +
        "GPU is lost (15); its energy is missing from the total, not zero",
    ]);
  });
});

describe("probeNvml without an energy counter", () => {
  it("samples power and integrates it with the trapezoid rule", async () => {
    fake.configure({ devices: 2, powerMw: [250 * W, 100 * W], counterUnsupported: [1] });
    const meter = meterOf(await probe(500));

    fake.setPower([250 * W, 100 * W]);
    fake.setClock(0);
    await meter.start(0);
    fake.setPower([250 * W, 200 * W]);
    fake.setClock(1000);
    meter.poll(1000);
    // Progress at 1000 ms: GPU 0 250 J at 250 W (counter delta / 1 s), GPU 1 (100 + 200) / 2 W x 1 s
    // = 150 J at its latest 200 W.
    expect(meter.snapshot?.()).toEqual({ energy_j: 400, power_w: 450 });
    fake.setPower([250 * W, 150 * W]);
    fake.setClock(3000);
    const [gpu0, gpu1] = await meter.finish(3000);

    // GPU 0 still has its counter: 250 W x 3 s.
    expect(gpu0).toMatchObject({ energy_j: 750, samples: 3, notes: [] });
    // GPU 1: (100 + 200) / 2 W x 1 s = 150 J, then (200 + 150) / 2 W x 2 s = 350 J; 500 J over 3 s.
    // The 2000 ms step is over 3 x the 500 ms interval, so it is reported as a gap.
    expect(gpu1).toEqual({
      kind: "gpu",
      device: "1:GPU-fake-0001",
      model: "NVIDIA Fake GPU 1",
      method: "measured",
      source: "nvml",
      energy_j: 500,
      low_factor: 0.95,
      high_factor: 1.05,
      avg_power_w: 500 / 3,
      samples: 3,
      covered_ms: 3000,
      notes: [
        "power sampled: energy counter not supported",
        "1 gap over 1500 ms between power samples (longest 2 s), bridged linearly",
      ],
    });
  });

  it("counts a single power reading at that power over the rest of the window", async () => {
    // Read at 0 ms (start), lost at 500 ms: the poll at 1000 ms and the finish at 2000 ms fail.
    fake.configure({ devices: 1, powerMw: [120 * W], counterUnsupported: [0], lostAtMs: [500] });
    const [gpu] = await run(meterOf(await probe()), [1000], 2000);
    // 120 W held from 0 to 2000 ms: 120 W x 2 s = 240 J.
    expect(gpu).toMatchObject({ energy_j: 240, avg_power_w: 120, samples: 1, covered_ms: 2000 });
    expect(gpu?.notes).toEqual([
      "power sampled: energy counter not supported",
      "2 of 3 readings failed (last: GPU is lost (15))",
      "one power reading (120 W): counted at that power over the whole window",
    ]);
  });
});

describe("probeNvml failures name the cause", () => {
  it("a missing library: the path and the likely reason", async () => {
    const libPath = join(root, "no-such-dir", "libnvidia-ml.so.1");
    const result = await probeNvml({ libPath, intervalMs: 1000 });
    expect(result).toMatchObject({ ok: false, source: "nvml" });
    expect(!result.ok && result.reason).toContain(
      `NVML library "${libPath}" not found (no NVIDIA driver on this machine?)`,
    );
  });

  it("nvmlInit_v2 failing: NVML's own error string and code", async () => {
    fake.configure({ initError: 9 });
    expect(await probe()).toEqual({
      ok: false,
      source: "nvml",
      reason: "nvmlInit_v2 failed: Driver Not Loaded (9)",
    });
  });

  it("zero devices, with NVML shut down again", async () => {
    fake.configure({ devices: 0 });
    expect(await probe()).toEqual({
      ok: false,
      source: "nvml",
      reason: "NVML is loaded but reports no GPU (nvmlDeviceGetCount_v2 returned 0)",
    });
    expect(fake.calls()).toEqual(["nvmlInit_v2", "nvmlShutdown"]);
  });

  it("no readable device, so the next source gets its turn", async () => {
    fake.configure({ devices: 1, counterUnsupported: [0], powerUnsupported: [0] });
    expect(await probe()).toEqual({
      ok: false,
      source: "nvml",
      reason:
        "NVML found 1 GPU but could read none: 0:GPU-fake-0000: not measured: energy counter not " +
        "supported; power reading failed: Not Supported (3)",
    });
    expect(fake.calls()).toEqual(["nvmlInit_v2", "nvmlShutdown"]);
  });

  it("koffi failing to load: the platform and koffi's message", async () => {
    vi.resetModules();
    // What koffi's loader throws when its native package is missing for this platform.
    vi.doMock("koffi", () => ({
      get default(): never {
        throw new Error("Cannot find the native Koffi module; did you bundle it correctly?");
      },
    }));
    try {
      const { probeNvml: probeWithoutKoffi } = await import("../../src/measure/nvml.js");
      const result = await probeWithoutKoffi({ libPath: fake.libPath, intervalMs: 1000 });
      expect(result).toEqual({
        ok: false,
        source: "nvml",
        reason:
          `koffi (the FFI module NVML is read through) failed to load on ${process.platform}-${process.arch}: ` +
          "Cannot find the native Koffi module; did you bundle it correctly?",
      });
    } finally {
      vi.doUnmock("koffi");
      vi.resetModules();
    }
  });
});

describe("the committed bundle layout", () => {
  it("loads koffi from dist/node_modules and reads the fake NVML through it", () => {
    fake.configure({ devices: 2, powerMw: [250 * W, 100 * W], baseMj: [5_000_000, 0] });
    fake.setClock(2000);
    const koffiEntry = pathToFileURL(join(root, "dist", "node_modules", "koffi", "index.js")).href;
    const script = `
      const koffi = (await import(${JSON.stringify(koffiEntry)})).default;
      const lib = koffi.load(process.argv[1]);
      const init = lib.func("int nvmlInit_v2(void)")();
      const count = new Uint32Array(1);
      lib.func("int nvmlDeviceGetCount_v2(unsigned int *count)")(count);
      const handle = [null];
      lib.func("int nvmlDeviceGetHandleByIndex_v2(unsigned int index, _Out_ void **device)")(0, handle);
      const energy = new BigUint64Array(1);
      lib.func("int nvmlDeviceGetTotalEnergyConsumption(void *device, uint64_t *energy)")(handle[0], energy);
      lib.func("int nvmlShutdown(void)")();
      console.log(JSON.stringify({ init, count: count[0], energy: Number(energy[0]) }));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, fake.libPath], {
      encoding: "utf8",
    });
    // 5,000,000 mJ + 250,000 mW x 2 s = 5,500,000 mJ.
    expect(JSON.parse(out)).toEqual({ init: 0, count: 2, energy: 5_500_000 });
  });
});
