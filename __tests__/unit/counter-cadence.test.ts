/**
 * An energy counter is read often enough never to wrap twice between two readings: every
 * range / (highest power seen or stated) / 2, at most every 10 s, never faster than the interval.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ASSUMED_MAX_POWER_W, counterReadEveryMs } from "../../src/measure/integrate.js";
import { probeRapl } from "../../src/measure/rapl.js";
import { startSampling } from "../../src/measure/sampler.js";
import { CUMULATIVE_READ_EVERY_MS, type Meter, type Probe } from "../../src/measure/types.js";
import { createFakePowercap, type FakePowercap, type FakeZone } from "../helpers/fake-powercap.js";

const trees: FakePowercap[] = [];
afterEach(() => {
  for (const tree of trees.splice(0)) tree.remove();
  vi.useRealTimers();
});
const packageMeter = (zone: Omit<FakeZone, "id" | "name">) => {
  const tree = createFakePowercap([{ id: "intel-rapl:0", name: "package-0", energyUj: 1_000_000, ...zone }]);
  trees.push(tree);
  const probe: Probe = probeRapl({ powercapRoot: tree.root, intervalMs: 100 }).cpu;
  if (!probe.ok) throw new Error(probe.reason);
  return { tree, meter: probe.meter };
};

describe("counterReadEveryMs", () => {
  it("is half the time one wrap takes, capped", () => {
    // 150 J at 50 W wraps every 3 s: read every 1.5 s.
    expect(counterReadEveryMs(150, 50, 10_000)).toBe(1500);
    // A real package range, 262,143 J, at 300 W wraps every 873.8 s: the 10 s cap holds.
    expect(counterReadEveryMs(262_143.32885, 300, 10_000)).toBe(10_000);
    // No range or no power known: nothing to go by but the cap.
    expect(counterReadEveryMs(0, 50, 10_000)).toBe(10_000);
    expect(counterReadEveryMs(150, 0, 10_000)).toBe(10_000);
  });
});

describe("a RAPL counter's cadence", () => {
  it("keeps 10 s for a real range, whatever power it is assumed to draw", () => {
    // 262,143 J / 500 W / 2 = 262 s: over the cap.
    const { meter } = packageMeter({});
    expect(meter.readEveryMs).toBe(CUMULATIVE_READ_EVERY_MS);
  });

  it("reads a small range often from the start: at the zone's stated limit, or the assumed maximum", () => {
    // No limit stated: 150 J / 500 W / 2 = 0.15 s.
    expect(ASSUMED_MAX_POWER_W).toBe(500);
    expect(packageMeter({ maxEnergyRangeUj: 150_000_000 }).meter.readEveryMs).toBe(150);
    // PL1 45 W, PL2 60 W: the higher bounds the power, 150 J / 60 W / 2 = 1.25 s.
    const limited = packageMeter({ maxEnergyRangeUj: 150_000_000, powerLimitsUw: [45_000_000, 60_000_000] });
    expect(limited.meter.readEveryMs).toBe(1250);
  });

  it("reads sooner once it has seen more power than the zone states", async () => {
    const { tree, meter } = packageMeter({ maxEnergyRangeUj: 150_000_000, powerLimitsUw: [60_000_000] });
    await meter.start(0);
    // 100 J in 1 s is 100 W, over the stated 60 W: 150 J / 100 W / 2 = 0.75 s.
    tree.advance("intel-rapl:0", 100_000_000);
    meter.poll(1000);
    expect(meter.readEveryMs).toBe(750);
    // Less power later does not slow it down again: the highest seen stands.
    tree.advance("intel-rapl:0", 10_000_000);
    meter.poll(2000);
    expect(meter.readEveryMs).toBe(750);
  });
});

describe("the sampler follows a cadence that shortens", () => {
  it("re-arms its timer when a counter asks to be read sooner", async () => {
    vi.useFakeTimers();
    let now = 0;
    let every = 1000;
    const polls: number[] = [];
    const meter: Meter = {
      kind: "cpu",
      source: "test",
      get readEveryMs() {
        return every;
      },
      start() {},
      poll(t) {
        polls.push(t);
      },
      finish: () => [],
    };
    const sampling = await startSampling({ meters: [meter], intervalMs: 100, clock: () => now });
    const step = async (ms: number) => {
      now += ms;
      await vi.advanceTimersByTimeAsync(ms);
    };
    await step(1000);
    expect(polls).toEqual([1000]);
    // The counter has seen more power: every 250 ms from now on, on a timer re-armed at 1000 ms.
    every = 250;
    await step(1000);
    expect(polls).toEqual([1000, 2000]);
    for (let i = 0; i < 4; i++) await step(250);
    expect(polls).toEqual([1000, 2000, 2250, 2500, 2750, 3000]);
    await sampling.finish();
  });
});
