import { describe, expect, it } from "vitest";
import {
  combineSeries,
  LOOKBACK_MS,
  SeriesIntegrator,
  type SeriesMode,
  type SeriesResult,
  sumSeries,
} from "../../src/cluster/series-integrator.js";

/** Feeds [s, value] samples; the window is in seconds too. */
function integrate(
  mode: SeriesMode,
  samples: [number, number][],
  window: [number, number],
  joulesPerUnit = 1,
): SeriesResult {
  const it = new SeriesIntegrator(mode, { fromMs: window[0] * 1000, toMs: window[1] * 1000 }, joulesPerUnit);
  for (const [t, v] of samples) it.add(t * 1000, v);
  return it.result();
}

describe("SeriesIntegrator, counter", () => {
  it("sums the increases inside the window and pro-rates the intervals around its edges", () => {
    // +150 J per 15 s; the window [5, 40] takes 10/15 of [0, 15], all of [15, 30], 10/15 of [30, 45].
    const r = integrate(
      "counter",
      [
        [0, 0],
        [15, 150],
        [30, 300],
        [45, 450],
      ],
      [5, 40],
    );
    expect(r.energyJ).toBeCloseTo((150 * 10) / 15 + 150 + (150 * 10) / 15, 9);
    expect(r.coveredMs).toBe(35_000);
    expect(r.samples).toBe(2);
    expect(r.intervalMs).toBe(15_000);
  });

  it("scales a mJ counter", () => {
    const r = integrate(
      "counter",
      [
        [0, 1_000_000],
        [15, 4_000_000],
      ],
      [0, 15],
      0.001,
    );
    // 3,000,000 mJ = 3000 J.
    expect(r.energyJ).toBeCloseTo(3000, 9);
  });

  it("counts the value after a reset, as Prometheus's increase() does", () => {
    const r = integrate(
      "counter",
      [
        [0, 900],
        [15, 1000],
        [30, 40],
        [45, 140],
      ],
      [0, 45],
    );
    // +100, reset (40 since the reset), +100 = 240 J.
    expect(r.energyJ).toBeCloseTo(240, 9);
    expect(r.resets).toBe(1);
  });

  it("bridges missed scrapes up to the lookback, and not beyond", () => {
    const bridged = integrate(
      "counter",
      [
        [0, 0],
        [15, 100],
        [75, 500],
        [90, 600],
      ],
      [0, 90],
    );
    // 60 s gap (4 scrape intervals) bridged: 100 + 400 + 100 = 600 J over the whole window.
    expect(bridged.energyJ).toBeCloseTo(600, 9);
    expect(bridged.coveredMs).toBe(90_000);
    expect([bridged.bridgedGaps, bridged.missedGaps, bridged.longestGapMs]).toEqual([1, 0, 60_000]);

    const gone = LOOKBACK_MS / 1000 + 15;
    const broken = integrate(
      "counter",
      [
        [0, 0],
        [15, 100],
        [15 + gone, 5000],
        [30 + gone, 5100],
      ],
      [0, 30 + gone],
    );
    // Longer than the lookback: the series was gone; only the two intervals on each side count.
    expect(broken.energyJ).toBeCloseTo(200, 9);
    expect(broken.coveredMs).toBe(30_000);
    expect(broken.spans).toHaveLength(2);
    expect(broken.missedGaps).toBe(1);
  });

  it("ignores repeated timestamps and non-finite values", () => {
    const r = integrate(
      "counter",
      [
        [0, 0],
        [0, 999],
        [15, Number.NaN],
        [15, 100],
      ],
      [0, 15],
    );
    expect(r.energyJ).toBeCloseTo(100, 9);
  });
});

describe("SeriesIntegrator, gauge", () => {
  it("integrates power as trapezoids, interpolating at the edges", () => {
    // 100 W -> 200 W over [0, 10]: the window [5, 10] runs from 150 W to 200 W: 175 W x 5 s.
    const r = integrate(
      "gauge",
      [
        [0, 100],
        [10, 200],
      ],
      [5, 10],
    );
    expect(r.energyJ).toBeCloseTo(175 * 5, 9);
  });

  it("leaves out a gap of more than 2.5 scrape intervals and breaks the span", () => {
    const r = integrate(
      "gauge",
      [
        [0, 100],
        [10, 100],
        [50, 100],
        [60, 100],
      ],
      [0, 60],
    );
    // [10, 50] (4 intervals) is a gap: 100 W x (10 + 10) s = 2000 J, covering 20 of 60 s.
    expect(r.energyJ).toBeCloseTo(2000, 9);
    expect(r.coveredMs).toBe(20_000);
    expect(r.missedGaps).toBe(1);
    expect(r.spans.map((s) => [s.startMs, s.endMs])).toEqual([
      [0, 10_000],
      [50_000, 60_000],
    ]);
  });
});

describe("combineSeries and sumSeries", () => {
  const counter = (samples: [number, number][]) => integrate("counter", samples, [0, 60]);

  it("counts overlapping series of one device once (MIG instances)", () => {
    const a = counter([
      [0, 0],
      [60, 600],
    ]);
    const b = counter([
      [0, 0],
      [60, 600],
    ]);
    expect(combineSeries([a, b]).energyJ).toBeCloseTo(600, 9);
  });

  it("adds series that follow one another (one pod, then the next, on the same GPU)", () => {
    const first = counter([
      [0, 0],
      [30, 300],
    ]);
    const second = counter([
      [30, 5000],
      [60, 5200],
    ]);
    const combined = combineSeries([first, second]);
    // 300 J then 200 J, covering the whole minute.
    expect(combined.energyJ).toBeCloseTo(500, 9);
    expect(combined.coveredMs).toBe(60_000);
  });

  it("adds only the uncovered part of a partly overlapping series, pro-rated", () => {
    const long = counter([
      [0, 0],
      [40, 400],
    ]);
    const late = counter([
      [20, 0],
      [60, 800],
    ]);
    // `long` covers [0, 40]; `late` adds [40, 60], half of its 40 s span: 800 x 20/40 = 400 J.
    expect(combineSeries([long, late]).energyJ).toBeCloseTo(400 + 400, 9);
  });

  it("sums devices side by side and covers the union of their spans", () => {
    const socket0 = counter([
      [0, 0],
      [30, 300],
    ]);
    const socket1 = counter([
      [15, 0],
      [45, 600],
    ]);
    const node = sumSeries([socket0, socket1]);
    expect(node.energyJ).toBeCloseTo(900, 9);
    // [0, 30] and [15, 45]: 45 s.
    expect(node.coveredMs).toBe(45_000);
  });
});
