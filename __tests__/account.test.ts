import { describe, expect, it } from "vitest";
import { accountStep, type StepInput, toReportComponent } from "../src/carbon/account.js";
import { stepSchema } from "../src/report/schema.js";
import { componentEnergy } from "./helpers/reports.js";

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

  it("produces a step the report schema accepts", () => {
    const step = accountStep(
      input({ components: [componentEnergy({ energy_j: 1000, avg_power_w: 400, samples: 3 })], exitCode: 1 }),
    );
    expect(stepSchema.parse(step)).toEqual(step);
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
