import { describe, expect, it } from "vitest";
import {
  DEFAULT_LIFETIME_YEARS,
  EMBODIED,
  type EmbodiedInput,
  embodiedForStep,
  SECONDS_PER_YEAR,
} from "../../src/carbon/embodied.js";
import { findGpu, GPUS } from "../../src/hardware/gpus.js";

// EL = 4 y x 365.25 d x 86400 s = 126,230,400 s; an hour is 3600 / 126,230,400 = 2.8519279e-5 of it.
const HOUR_OF_4_YEARS = 3600 / (4 * 365.25 * 86_400);

const estimate = (overrides: Partial<EmbodiedInput> = {}) =>
  embodiedForStep({ durationS: 3600, gpus: [], ...overrides });

describe("the embodied table", () => {
  it("defaults to a 4-year life and gives every figure a source, a range around it and sources for the range", () => {
    expect(DEFAULT_LIFETIME_YEARS).toBe(4);
    expect(SECONDS_PER_YEAR).toBe(31_557_600);
    for (const figure of [EMBODIED.gpu_default, EMBODIED.server, EMBODIED.memory_per_gb]) {
      expect(figure.low_kg).toBeLessThan(figure.kg);
      expect(figure.high_kg).toBeGreaterThan(figure.kg);
      for (const source of [figure.source, ...figure.range_sources])
        expect(source.url).toMatch(/^https:\/\//);
    }
    expect(EMBODIED.gpu_range.low_factor).toBeLessThan(1);
    expect(EMBODIED.gpu_range.high_factor).toBeGreaterThan(1);
  });

  it("has per-GPU figures only where a source publishes one", () => {
    const withFigures = GPUS.filter((spec) => spec.embodied_kg !== undefined).map((spec) => [
      spec.name,
      spec.embodied_kg,
    ]);
    expect(withFigures).toEqual([
      ["NVIDIA A100 SXM4 40GB", 150],
      ["NVIDIA A100 SXM4 80GB", 150],
      // NVIDIA HGX H100 PCF: 1312 kg / 8 GPUs = 164 kg
      ["NVIDIA H100 SXM5 80GB", 164],
      // NVIDIA HGX B200 PCF: 2274 kg / 8 GPUs = 284.25 kg
      ["NVIDIA B200", 284.25],
    ]);
  });
});

describe("embodiedForStep", () => {
  it("counts one H100 for an hour at NVIDIA's figure over a 4-year life, with the GPU spread as range", () => {
    const m = estimate({ gpus: [{ model: "NVIDIA H100 80GB HBM3", count: 1 }] });
    // 164 kg = 164000 g x 2.8519279e-5 = 4.67716 g
    expect(m.grams).toBeCloseTo(164_000 * HOUR_OF_4_YEARS, 12);
    expect(m.grams).toBeCloseTo(4.67716, 5);
    // low 164000 g x 0.75 = 123000 g -> 3.50787 g; high x 1.75 = 287000 g -> 8.18503 g
    expect(m.low_g).toBeCloseTo(3.50787, 5);
    expect(m.high_g).toBeCloseTo(8.18503, 5);
    expect(m.parts).toEqual({ gpus_g: m.grams, server_g: 0, memory_g: 0 });
    expect(m.notes).toEqual([
      "embodied (SCI M) over a 4-year life: 1 x NVIDIA H100 SXM5 80GB at 164 kg",
      "the server (CPU, memory, chassis) is not counted in embodied emissions: none was given",
    ]);
  });

  it("adds a whole 8-GPU server: each GPU in full, the platform and every GB of memory", () => {
    const m = estimate({
      gpus: [{ model: "NVIDIA A100-SXM4-80GB", count: 8 }],
      server: { vcpusUsed: 256, vcpusTotal: 256, memoryGb: 512 },
    });
    // GPUs: 8 x 150000 g x 2.8519279e-5 = 34.22313 g
    expect(m.parts.gpus_g).toBeCloseTo(8 * 150_000 * HOUR_OF_4_YEARS, 12);
    expect(m.parts.gpus_g).toBeCloseTo(34.22313, 5);
    // platform: 1000000 g x 256/256 x 2.8519279e-5 = 28.51928 g
    expect(m.parts.server_g).toBeCloseTo(28.51928, 5);
    // memory: 512 GB x 1388 g/GB = 710656 g x 2.8519279e-5 = 20.26740 g
    expect(m.parts.memory_g).toBeCloseTo(20.2674, 4);
    // 34.22313 + 28.51928 + 20.26740 = 83.00981 g
    expect(m.grams).toBeCloseTo(83.00981, 5);
    // low: 8 x 112.5 kg + 850 kg + 512 x 0.4 kg = 900 + 850 + 204.8 = 1954.8 kg -> 55.74949 g
    expect(m.low_g).toBeCloseTo(1_954_800 * HOUR_OF_4_YEARS, 9);
    expect(m.low_g).toBeCloseTo(55.74949, 5);
    // high: 8 x 262.5 kg + 2500 kg + 512 x 2 kg = 2100 + 2500 + 1024 = 5624 kg -> 160.39243 g
    expect(m.high_g).toBeCloseTo(160.39243, 5);
    expect(m.notes).toEqual([
      "embodied (SCI M) over a 4-year life: 8 x NVIDIA A100 SXM4 80GB at 150 kg; server platform 1000 kg x 256/256 vCPUs; memory 512 GB x 1.39 kg/GB",
    ]);
  });

  it("charges a VM its share of the host's vCPUs and the memory it sees (a 4-vCPU GitHub runner)", () => {
    const m = estimate({ server: { vcpusUsed: 4, vcpusTotal: 128, memoryGb: 16 } });
    // platform: 1000000 g x 4/128 = 31250 g x 2.8519279e-5 = 0.89123 g
    expect(m.parts.server_g).toBeCloseTo(0.89123, 5);
    // memory: 16 GB x 1388 g = 22208 g x 2.8519279e-5 = 0.63336 g
    expect(m.parts.memory_g).toBeCloseTo(0.63336, 5);
    // 0.89123 + 0.63336 = 1.52458 g
    expect(m.grams).toBeCloseTo(1.52458, 5);
    // low: 850000 x 4/128 + 16 x 400 = 26562.5 + 6400 = 32962.5 g -> 0.94007 g
    expect(m.low_g).toBeCloseTo(0.94007, 5);
    // high: 2500000 x 4/128 + 16 x 2000 = 78125 + 32000 = 110125 g -> 3.14069 g
    expect(m.high_g).toBeCloseTo(3.14069, 5);
    expect(m.notes).toEqual([
      "embodied (SCI M) over a 4-year life: server platform 1000 kg x 4/128 vCPUs; memory 16 GB x 1.39 kg/GB",
    ]);
  });

  it("writes the memory /proc/meminfo reports to three figures, as a person would (23.5855 GB: 23.6 GB)", () => {
    const m = estimate({ server: { vcpusUsed: 2, vcpusTotal: 96, memoryGb: 23.5855 } });
    expect(m.notes[0]).toBe(
      "embodied (SCI M) over a 4-year life: server platform 1000 kg x 2/96 vCPUs; memory 23.6 GB x 1.39 kg/GB",
    );
  });

  it("uses the default per-GPU figure, and says so, for a GPU without one or an unknown model", () => {
    const t4 = estimate({ gpus: [{ model: "Tesla T4", count: 1 }] });
    // 150000 g x 2.8519279e-5 = 4.27789 g; range 60 kg -> 1.71116 g, 300 kg -> 8.55578 g
    expect(t4.grams).toBeCloseTo(4.27789, 5);
    expect(t4.low_g).toBeCloseTo(1.71116, 5);
    expect(t4.high_g).toBeCloseTo(8.55578, 5);
    expect(t4.notes).toContain("no embodied figure for NVIDIA T4: assumed 150 kg CO2e per GPU (60-300 kg)");

    const unknown = estimate({ gpus: [{ model: "Acme X1", count: 2 }] });
    // 2 x 4.27789 g = 8.55578 g
    expect(unknown.grams).toBeCloseTo(8.55578, 5);
    expect(unknown.notes[0]).toBe("embodied (SCI M) over a 4-year life: 2 x Acme X1 at 150 kg");
    expect(unknown.notes).toContain(
      'GPU model "Acme X1" not found in data/gpus.json: assumed 150 kg CO2e per GPU (60-300 kg)',
    );
  });

  it("takes the spec the caller resolved over a lookup of the model name", () => {
    const b200 = findGpu("NVIDIA B200");
    const m = estimate({ gpus: [{ spec: b200, model: "whatever the driver printed", count: 1 }] });
    // 284.25 kg = 284250 g x 2.8519279e-5 = 8.10661 g; the note rounds 284.25 to three figures, 284
    expect(m.grams).toBeCloseTo(8.10661, 5);
    expect(m.notes[0]).toBe("embodied (SCI M) over a 4-year life: 1 x NVIDIA B200 at 284 kg");
  });

  it("scales with the time reserved over the lifetime, so a 6-year life gives two thirds", () => {
    const m = estimate({ gpus: [{ model: "H100 SXM", count: 1 }], lifetimeYears: 6 });
    // 164000 g x 3600 s / (6 x 31557600 s) = 164000 x 1.9012853e-5 = 3.11811 g = 4.67716 x 4/6
    expect(m.grams).toBeCloseTo(3.11811, 5);
    expect(m.notes[0]).toBe("embodied (SCI M) over a 6-year life: 1 x NVIDIA H100 SXM5 80GB at 164 kg");
    const day = estimate({ gpus: [{ model: "H100 SXM", count: 1 }], durationS: 86_400 });
    // 24 h x 4.67716 g = 112.25188 g
    expect(day.grams).toBeCloseTo(112.25188, 4);
  });

  it("counts the whole server when the job's share is unknown, and says what it could not count", () => {
    const m = estimate({ server: { vcpusUsed: 4 } });
    // 1000000 g x 1 x 2.8519279e-5 = 28.51928 g; no memory
    expect(m.grams).toBeCloseTo(28.51928, 5);
    expect(m.parts.memory_g).toBe(0);
    expect(m.notes).toEqual([
      "embodied (SCI M) over a 4-year life: server platform 1000 kg x whole machine",
      "the job's share of the server is unknown (vCPUs used and total not both given): the whole server is counted",
      "memory is not counted in embodied emissions: its size is unknown",
    ]);
  });

  it("is zero for no time or no hardware", () => {
    expect(estimate({ durationS: 0, gpus: [{ model: "H100 SXM", count: 8 }] })).toMatchObject({
      grams: 0,
      low_g: 0,
      high_g: 0,
    });
    const none = estimate({ gpus: [{ model: "H100 SXM", count: 0 }] });
    expect(none.grams).toBe(0);
    expect(none.notes[0]).toBe("embodied (SCI M) over a 4-year life: no hardware");
  });

  it.each([
    [{ durationS: -1 }, /durationS must be a finite number >= 0, got -1/],
    [{ lifetimeYears: 0 }, /lifetimeYears must be a finite number > 0, got 0/],
    [{ gpus: [{ model: "H100 SXM", count: -2 }] }, /count of H100 SXM must be a finite number >= 0, got -2/],
    [{ server: { vcpusUsed: 8, vcpusTotal: 4 } }, /vCPUs used must be > 0 and at most the total, got 8 of 4/],
    [{ server: { memoryGb: Number.NaN } }, /memoryGb must be a finite number >= 0, got NaN/],
  ] as [Partial<EmbodiedInput>, RegExp][])("rejects impossible input %#", (overrides, message) => {
    expect(() => estimate(overrides)).toThrow(message);
  });
});
