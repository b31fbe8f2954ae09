import { describe, expect, it } from "vitest";
import {
  addCounter,
  addPower,
  type CounterTotal,
  emptyCounterTotal,
  emptyPowerIntegral,
  holdToEnd,
  type PowerIntegral,
} from "../../src/measure/integrate.js";

const GAP_MS = 1500;

/** Feeds [ms, W] readings through addPower, as a meter does one poll at a time. */
const integrate = (readings: [number, number][], gapMs = GAP_MS): PowerIntegral =>
  readings.reduce((state, [t, w]) => addPower(state, t, w, gapMs), emptyPowerIntegral());

/** Feeds raw counter readings through addCounter. */
const accumulate = (values: number[], maxRange?: number): CounterTotal =>
  values.reduce((state, value) => addCounter(state, value, maxRange), emptyCounterTotal());

describe("addPower (trapezoid)", () => {
  it("integrates a constant power exactly", () => {
    const state = integrate([
      [0, 250],
      [1000, 250],
      [2000, 250],
    ]);
    // 250 W for 2 s = 500 J
    expect(state.energyJ).toBeCloseTo(250 * 2, 12);
    expect(state.samples).toBe(3);
    expect(state.gaps).toBe(0);
  });

  it("takes the mean of the two ends of each interval, with uneven intervals", () => {
    const state = integrate([
      [0, 100],
      [500, 200],
      [1500, 400],
    ]);
    // (100 + 200) / 2 W x 0.5 s = 75 J; (200 + 400) / 2 W x 1 s = 300 J; total 375 J
    expect(state.energyJ).toBeCloseTo(((100 + 200) / 2) * 0.5 + ((200 + 400) / 2) * 1, 12);
    expect(state).toMatchObject({ samples: 3, firstMs: 0, lastMs: 1500, lastW: 400 });
  });

  it("counts gaps longer than the threshold, bridges them, and keeps the longest", () => {
    const state = integrate([
      [0, 100],
      [1500, 100], // exactly the threshold: not a gap
      [4500, 100], // 3000 ms: gap
      [5000, 100],
      [7000, 100], // 2000 ms: gap
    ]);
    expect(state.gaps).toBe(2);
    expect(state.longestGapMs).toBe(3000);
    // bridged: 100 W over the whole 7 s = 700 J
    expect(state.energyJ).toBeCloseTo(100 * 7, 12);
  });

  it("gives no energy between readings from a single reading", () => {
    const state = integrate([[1000, 300]]);
    expect(state.energyJ).toBe(0);
    expect(state.samples).toBe(1);
  });

  it("ignores unreadable power (NaN, Infinity, negative) and bridges over it", () => {
    const state = integrate([
      [0, 200],
      [1000, Number.NaN],
      [1000, -5],
      [1000, Number.POSITIVE_INFINITY],
      [1000, 200],
    ]);
    // 200 W for 1 s = 200 J, from two accepted readings
    expect(state.energyJ).toBeCloseTo(200 * 1, 12);
    expect(state.samples).toBe(2);
  });

  it("ignores a reading at or before the last timestamp", () => {
    const state = integrate([
      [1000, 100],
      [1000, 900],
      [500, 900],
      [2000, 100],
    ]);
    // only 1000 ms -> 2000 ms at 100 W counts: 100 J
    expect(state.energyJ).toBeCloseTo(100 * 1, 12);
    expect(state.samples).toBe(2);
  });

  it("does not change the state it is given", () => {
    const before = integrate([[0, 100]]);
    const copy = { ...before };
    addPower(before, 1000, 300, GAP_MS);
    expect(before).toEqual(copy);
  });
});

describe("holdToEnd (the last reading holds to the window's end)", () => {
  it("adds the last reading's power from its time to the end, and covers first reading .. end", () => {
    const state = integrate([
      [300, 350],
      [1300, 350],
      [2300, 350],
      [3300, 350],
    ]);
    // Readings every 1 s from 0.3 s, the window ends at 4.0 s: 350 W x 3 s between readings = 1050 J,
    // then the last reading held 0.7 s: 350 W x 0.7 s = 245 J; 1295 J over 4.0 - 0.3 = 3.7 s = 350 W.
    expect(holdToEnd(state, 4000)).toEqual({
      energyJ: 350 * 3 + 350 * 0.7,
      coveredMs: 3700,
      heldMs: 700,
      averageW: (350 * 3 + 350 * 0.7) / 3.7,
    });
    expect(holdToEnd(state, 4000)?.averageW).toBeCloseTo(350, 12);
  });

  it("makes one reading worth its power over the rest of the window", () => {
    // 120 W read at 0.25 s, window ends at 1.0 s: 120 W x 0.75 s = 90 J.
    expect(holdToEnd(integrate([[250, 120]]), 1000)).toEqual({
      energyJ: 120 * 0.75,
      coveredMs: 750,
      heldMs: 750,
      averageW: 120,
    });
    // A lone reading at the very end covers nothing yet still says its power.
    expect(holdToEnd(integrate([[1000, 120]]), 1000)).toEqual({
      energyJ: 0,
      coveredMs: 0,
      heldMs: 0,
      averageW: 120,
    });
  });

  it("holds nothing when the last reading is at or after the end, and gives nothing without readings", () => {
    const state = integrate([
      [0, 100],
      [1000, 300],
    ]);
    // (100 + 300) / 2 W x 1 s = 200 J; a reading stamped after the end is not held backwards.
    expect(holdToEnd(state, 900)).toEqual({ energyJ: 200, coveredMs: 1000, heldMs: 0, averageW: 200 });
    expect(holdToEnd(emptyPowerIntegral(), 1000)).toBeUndefined();
  });
});

describe("addCounter", () => {
  it("sums the increments after the first reading", () => {
    const state = accumulate([1_000, 1_500, 2_500]);
    // (1500 - 1000) + (2500 - 1500) = 1500
    expect(state.energy).toBe(1_500 - 1_000 + (2_500 - 1_500));
    expect(state.readings).toBe(3);
    expect(state.wraps).toBe(0);
    expect(state.resets).toBe(0);
  });

  it("counts a wrap at maxRange as the distance to the top plus the new value", () => {
    const state = accumulate([9_000, 9_500, 300, 1_300], 10_000);
    // 9000 -> 9500: 500; 9500 -> wrap -> 300: (10000 - 9500) + 300 = 800; 300 -> 1300: 1000; total 2300
    expect(state.energy).toBe(500 + (10_000 - 9_500 + 300) + 1_000);
    expect(state.wraps).toBe(1);
    expect(state.resets).toBe(0);
    expect(state.readings).toBe(4);
  });

  it("skips a reset when the range is unknown, and continues from the new value", () => {
    const state = accumulate([5_000, 6_000, 100, 400]);
    // 5000 -> 6000: 1000; reset to 100: skipped (0); 100 -> 400: 300
    expect(state.energy).toBe(1_000 + 0 + 300);
    expect(state.wraps).toBe(0);
    expect(state.resets).toBe(1);
  });

  it("never counts negative energy when a reading exceeds the stated range", () => {
    // The counter read 1500 although it claims to wrap at 1000: (1000 - 1500) + 100 would be -400 J.
    const state = accumulate([1_200, 1_500, 100, 200], 1_000);
    // 1200 -> 1500: 300; inconsistent drop: skipped like a reset (0); 100 -> 200: 100
    expect(state.energy).toBe(300 + 0 + 100);
    expect(state.wraps).toBe(0);
    expect(state.resets).toBe(1);
  });

  it("ignores readings that are not finite non-negative numbers", () => {
    const state = accumulate([100, Number.NaN, -1, Number.POSITIVE_INFINITY, 350]);
    // 100 -> 350: 250
    expect(state.energy).toBe(350 - 100);
    expect(state.readings).toBe(2);
  });
});
