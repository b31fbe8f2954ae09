import { describe, expect, it } from "vitest";
import { extendToWindow } from "../../src/measure/extend.js";
import type { ComponentEnergy } from "../../src/measure/types.js";

const component = (fields: Partial<ComponentEnergy> & { energy_j: number }): ComponentEnergy => ({
  kind: "gpu",
  method: "measured",
  source: "nvidia-smi",
  low_factor: 0.95,
  high_factor: 1.05,
  notes: [],
  ...fields,
});

describe("extendToWindow counts the time before the first reading at the sampled average", () => {
  it("uses the span the readings cover, not the wall window", () => {
    // The command starts at 0; sampling starts at 0.2 s; nvidia-smi's first row comes at 0.5 s and the
    // command ends at 4.0 s. The meter held its last reading to the end: 350 W x 3.5 s = 1225 J
    // covering 3.5 s. The 0.5 s before is counted at 1225 J / 3.5 s = 350 W: 175 J, 1400 J in all,
    // which is 350 W x 4 s. (Dividing by the 3.8 s since sampling started would give 322 W.)
    const extended = extendToWindow(component({ energy_j: 1225, covered_ms: 3500 }), 3800, 200);
    expect(extended.energy_j).toBeCloseTo(350 * 4, 9);
    expect(extended.notes).toEqual([
      "first 0.50 s, before the sensor was ready, counted at the average 350.0 W",
    ]);
  });

  it("counts a source that covered nothing yet at its stated power over the whole window", () => {
    // One reading (or the probe's) and nothing covered: 210 W x (0.3 s + 0.7 s) = 210 J.
    const extended = extendToWindow(component({ energy_j: 0, covered_ms: 0, avg_power_w: 210 }), 700, 300);
    expect(extended.energy_j).toBeCloseTo(210 * 1, 9);
  });

  it("takes a component without covered_ms to cover everything since sampling started", () => {
    // 30 J over 3 s measured = 10 W; 0.25 s before the first reading adds 2.5 J.
    const extended = extendToWindow(component({ energy_j: 30 }), 3000, 250);
    expect(extended.energy_j).toBe(32.5);
  });

  it("changes nothing when the readings cover the whole window or more", () => {
    // A meter stopped a few ms after the command's end covers slightly more than the window.
    const covering = component({ energy_j: 100, covered_ms: 1010 });
    expect(extendToWindow(covering, 1000, 0)).toEqual(covering);
    expect(extendToWindow(covering, 900, 100)).toEqual(covering);
  });

  it("says so when there is no power to count the time at", () => {
    expect(extendToWindow(component({ energy_j: 0, covered_ms: 0 }), 500, 40).notes).toEqual([
      "the command ended before this sensor's first reading: its energy is not counted",
    ]);
  });
});
