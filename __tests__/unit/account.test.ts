import { describe, expect, it } from "vitest";
import { embodiedForStep } from "../../src/carbon/embodied.js";
import {
  accountStep,
  EMBODIED_LEFT_OUT_NOTE,
  type StepInput,
  toReportComponent,
} from "../../src/report/account.js";
import { stepSchema } from "../../src/report/schema.js";
import { componentEnergy } from "../helpers/reports.js";

const STARTED = new Date("2025-03-01T10:00:00.000Z");
const ENDED = new Date("2025-03-01T10:00:02.500Z");

const input = (overrides: Partial<StepInput> = {}): StepInput => ({
  name: "train",
  startedAt: STARTED,
  endedAt: ENDED,
  durationS: 2.5,
  components: [],
  pue: 1.2,
  intensityGPerKwh: 400,
  ...overrides,
});

describe("accountStep", () => {
  it("turns one component's joules into IT kWh, facility kWh and grams", () => {
    // 250 W for 2 s = 500 J
    const step = accountStep(input({ components: [componentEnergy({ energy_j: 250 * 2 })] }));
    // 500 J / 3.6e6 = 1.3889e-4 kWh
    expect(step.it_energy_kwh).toBeCloseTo(500 / 3.6e6, 15);
    // x PUE 1.2 = 1.6667e-4 kWh
    expect(step.energy_kwh).toBeCloseTo((500 / 3.6e6) * 1.2, 15);
    // x 400 g/kWh = 0.066667 g
    expect(step.operational_g).toBeCloseTo((500 / 3.6e6) * 1.2 * 400, 12);
    expect(step.operational_g).toBeCloseTo(0.0666667, 6);
    expect(step.embodied_g).toBe(0);
    expect(step.co2e_g).toBeCloseTo((500 / 3.6e6) * 1.2 * 400, 12);
  });

  it("sums components, and carries each one's own low/high bounds into the range", () => {
    const gpu = componentEnergy({ energy_j: 720_000, low_factor: 0.95, high_factor: 1.05 });
    const cpu = componentEnergy({
      kind: "cpu",
      device: "package-0",
      method: "estimated",
      source: "cpu-utilisation-model",
      energy_j: 180_000,
      low_factor: 0.5,
      high_factor: 1.5,
    });
    const step = accountStep(input({ components: [gpu, cpu], pue: 1.5, intensityGPerKwh: 300 }));
    // 720000 J + 180000 J = 900000 J; / 3.6e6 = 0.25 kWh IT
    expect(step.it_energy_kwh).toBeCloseTo(0.25, 12);
    // 0.25 kWh x PUE 1.5 = 0.375 kWh facility
    expect(step.energy_kwh).toBeCloseTo(0.375, 12);
    // 0.375 kWh x 300 g/kWh = 112.5 g
    expect(step.co2e_g).toBeCloseTo(112.5, 9);
    // low: (720000 x 0.95 + 180000 x 0.5) J = 774000 J; / 3.6e6 = 0.215 kWh; x 1.5 x 300 = 96.75 g
    expect(step.co2e_low_g).toBeCloseTo(((720_000 * 0.95 + 180_000 * 0.5) / 3.6e6) * 1.5 * 300, 9);
    expect(step.co2e_low_g).toBeCloseTo(96.75, 9);
    // high: (720000 x 1.05 + 180000 x 1.5) J = 1026000 J; / 3.6e6 = 0.285 kWh; x 1.5 x 300 = 128.25 g
    expect(step.co2e_high_g).toBeCloseTo(((720_000 * 1.05 + 180_000 * 1.5) / 3.6e6) * 1.5 * 300, 9);
    expect(step.co2e_high_g).toBeCloseTo(128.25, 9);
  });

  it("keeps the step's times, duration and exit code (0 included)", () => {
    const step = accountStep(input({ exitCode: 0 }));
    expect(step).toMatchObject({
      name: "train",
      started_at: "2025-03-01T10:00:00.000Z",
      ended_at: "2025-03-01T10:00:02.500Z",
      duration_s: 2.5,
      exit_code: 0,
    });
    expect(accountStep(input({ exitCode: 137 })).exit_code).toBe(137);
    expect(accountStep(input())).not.toHaveProperty("exit_code");
  });

  it("gives zero emissions and an empty component list when nothing was measured", () => {
    const step = accountStep(input());
    expect(step).toMatchObject({ it_energy_kwh: 0, energy_kwh: 0, co2e_g: 0, co2e_low_g: 0, co2e_high_g: 0 });
    expect(step.components).toEqual([]);
  });

  it("records notes and the tool's own CPU time only when there are some", () => {
    const step = accountStep(input({ overheadCpuS: 0.25, notes: ["no GPU found"] }));
    expect(step.overhead).toEqual({ cpu_s: 0.25 });
    expect(step.notes).toEqual(["no GPU found"]);
    const bare = accountStep(input({ notes: [] }));
    expect(bare).not.toHaveProperty("notes");
    expect(bare).not.toHaveProperty("overhead");
  });

  it("adds embodied grams to CO2e and their own bounds to the range, and keeps their notes", () => {
    const gpu = componentEnergy({ energy_j: 720_000, low_factor: 0.95, high_factor: 1.05 });
    const step = accountStep(
      input({
        components: [gpu],
        pue: 1.5,
        intensityGPerKwh: 300,
        notes: ["no CPU found"],
        embodied: { grams: 10, low_g: 6, high_g: 18, notes: ["embodied (SCI M) over a 4-year life: ..."] },
      }),
    );
    // operational: 720000 J / 3.6e6 = 0.2 kWh x 1.5 x 300 g/kWh = 90 g
    expect(step.operational_g).toBeCloseTo(90, 9);
    expect(step.embodied_g).toBe(10);
    // 90 g + 10 g = 100 g
    expect(step.co2e_g).toBeCloseTo(100, 9);
    // low: 90 x 0.95 = 85.5 g + 6 g = 91.5 g; high: 90 x 1.05 = 94.5 g + 18 g = 112.5 g
    expect(step.co2e_low_g).toBeCloseTo(91.5, 9);
    expect(step.co2e_high_g).toBeCloseTo(112.5, 9);
    expect(step.notes).toEqual(["no CPU found", "embodied (SCI M) over a 4-year life: ..."]);
  });

  it("takes embodiedForStep's result as it is", () => {
    const embodied = embodiedForStep({ durationS: 3600, gpus: [{ model: "H100 SXM", count: 1 }] });
    const step = accountStep(input({ durationS: 3600, embodied }));
    // 164000 g x 3600 s / 126230400 s = 4.67716 g, the whole CO2e of a step with no energy
    expect(step.embodied_g).toBeCloseTo(4.67716, 5);
    expect(step.co2e_g).toBeCloseTo(4.67716, 5);
    // 164 kg x 0.75 -> 3.50787 g; x 1.75 -> 8.18503 g
    expect(step.co2e_low_g).toBeCloseTo(3.50787, 5);
    expect(step.co2e_high_g).toBeCloseTo(8.18503, 5);
    expect(step.notes).toEqual(embodied.notes);
  });

  it("leaves embodied at 0 when none is given; the caller's note says it was left out", () => {
    const step = accountStep(input({ notes: [EMBODIED_LEFT_OUT_NOTE] }));
    expect(step.embodied_g).toBe(0);
    expect(step.notes).toEqual([
      "embodied emissions (SCI's M: making the hardware) left out on request (--no-embodied): embodied_g is 0",
    ]);
  });

  it("rejects embodied figures that are not an ordered, finite range", () => {
    expect(() => accountStep(input({ embodied: { grams: 5, low_g: 6, high_g: 8 } }))).toThrow(
      "embodied: need finite 0 <= low <= grams <= high, got 6 <= 5 <= 8",
    );
    expect(() => accountStep(input({ embodied: { grams: Number.NaN, low_g: 0, high_g: 1 } }))).toThrow(
      /need finite/,
    );
  });

  it("gives SCI = (O + M) / R for a declared functional unit", () => {
    const step = accountStep(
      input({
        components: [componentEnergy({ energy_j: 720_000 })],
        pue: 1.5,
        intensityGPerKwh: 300,
        embodied: { grams: 10, low_g: 6, high_g: 18 },
        functionalUnit: { name: "epoch", count: 4 },
      }),
    );
    expect(step.functional_unit).toEqual({ name: "epoch", count: 4 });
    // (90 g operational + 10 g embodied) / 4 epochs = 25 g per epoch
    expect(step.sci_g_per_unit).toBeCloseTo(25, 9);
    expect(accountStep(input())).not.toHaveProperty("functional_unit");
    expect(accountStep(input())).not.toHaveProperty("sci_g_per_unit");
  });

  it("rejects a functional unit the report could not carry", () => {
    expect(() => accountStep(input({ functionalUnit: { name: "token", count: 0 } }))).toThrow(
      "functional unit: count of token must be a finite number > 0, got 0",
    );
    expect(() => accountStep(input({ functionalUnit: { name: " ", count: 3 } }))).toThrow(
      'functional unit: name must be 1 to 100 characters, got " "',
    );
  });

  it("produces a step the report schema accepts", () => {
    const step = accountStep(
      input({ components: [componentEnergy({ energy_j: 1000, avg_power_w: 400, samples: 3 })], exitCode: 1 }),
    );
    expect(stepSchema.parse(step)).toEqual(step);
    const full = accountStep(
      input({
        embodied: embodiedForStep({
          durationS: 2.5,
          gpus: [{ model: "A100-SXM4-80GB", count: 1 }],
          server: {},
        }),
        functionalUnit: { name: "sample", count: 512 },
      }),
    );
    expect(stepSchema.parse(full)).toEqual(full);
  });
});

describe("toReportComponent", () => {
  it("converts joules to kWh and keeps what was measured", () => {
    const component = toReportComponent(
      componentEnergy({
        energy_j: 36_000,
        avg_power_w: 300,
        samples: 120,
        notes: ["2 gaps, bridged linearly"],
      }),
    );
    expect(component).toEqual({
      kind: "gpu",
      device: "0",
      model: "NVIDIA A100-SXM4-80GB",
      method: "measured",
      source: "nvml",
      // 36000 J / 3.6e6 = 0.01 kWh
      energy_kwh: 36_000 / 3.6e6,
      avg_power_w: 300,
      samples: 120,
      notes: ["2 gaps, bridged linearly"],
    });
  });

  it("leaves out what is unknown instead of writing undefined or empty lists", () => {
    const component = toReportComponent({
      kind: "ram",
      method: "declared",
      source: "declared",
      energy_j: 0,
      low_factor: 1,
      high_factor: 1,
      notes: [],
    });
    expect(Object.keys(component).sort()).toEqual(["energy_kwh", "kind", "method", "source"]);
  });
});
