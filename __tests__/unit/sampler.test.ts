import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { progressSink } from "../../src/cli/progress.js";
import { extendToWindow } from "../../src/measure/extend.js";
import { startSampling } from "../../src/measure/sampler.js";
import type { ComponentEnergy, Meter } from "../../src/measure/types.js";
import { describeProgress, describeStepKept } from "../../src/render/progress-line.js";
import type { ReportStep } from "../../src/report/schema.js";

/** A meter at constant power that records what the sampler asked of it. */
function constantMeter(watts: number, overrides: Partial<Meter> = {}): Meter & { polls: number[] } {
  let startMs = 0;
  let lastMs = 0;
  const polls: number[] = [];
  return {
    kind: "gpu",
    source: "test",
    polls,
    start(now) {
      startMs = now;
      lastMs = now;
    },
    poll(now) {
      polls.push(now);
      lastMs = now;
    },
    finish(now): ComponentEnergy[] {
      return [
        {
          kind: "gpu",
          method: "measured",
          source: "test",
          energy_j: (watts * (now - startMs)) / 1000,
          low_factor: 1,
          high_factor: 1,
          notes: [],
        },
      ];
    },
    snapshot: () => ({ energy_j: (watts * (lastMs - startMs)) / 1000, power_w: watts }),
    ...overrides,
  };
}

describe("startSampling", () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
  });
  afterEach(() => vi.useRealTimers());

  const advance = async (ms: number) => {
    now += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };

  it("polls every interval, reports progress from snapshots and finishes every meter", async () => {
    const a = constantMeter(100);
    const b = constantMeter(50);
    const progress: { elapsedS: number; energyJ: number; powerW?: number }[] = [];
    const sampling = await startSampling({
      meters: [a, b],
      intervalMs: 100,
      clock,
      onProgress: (p) => progress.push(p),
      progressEveryMs: 200,
    });
    await advance(100);
    await advance(100);
    await advance(100);
    await advance(100);
    expect(a.polls).toEqual([100, 200, 300, 400]);
    // Progress every 200 ms: at 200 ms, 100 W x 0.2 s + 50 W x 0.2 s = 30 J; at 400 ms, 60 J; power 150 W.
    expect(progress).toEqual([
      { elapsedS: 0.2, energyJ: 30, powerW: 150 },
      { elapsedS: 0.4, energyJ: 60, powerW: 150 },
    ]);
    now = 450;
    const { components, notes } = await sampling.finish();
    // 100 W x 0.45 s = 45 J; 50 W x 0.45 s = 22.5 J.
    expect(components.map((c) => c.energy_j)).toEqual([45, 22.5]);
    expect(notes).toEqual([]);
    await advance(1000);
    expect(a.polls).toHaveLength(4);
  });

  it("turns a meter that fails to start, poll or finish into notes, and keeps the others", async () => {
    const good = constantMeter(10);
    const noStart = constantMeter(1, {
      source: "broken-start",
      start: () => Promise.reject(new Error("EACCES")),
    });
    const noPoll = constantMeter(1, {
      source: "broken-poll",
      poll: () => {
        throw new Error("read failed");
      },
    });
    const noFinish = constantMeter(1, {
      source: "broken-finish",
      finish: () => {
        throw new Error("lost");
      },
    });
    const sampling = await startSampling({
      meters: [good, noStart, noPoll, noFinish],
      intervalMs: 100,
      clock,
    });
    await advance(300);
    now = 300;
    const { components, notes } = await sampling.finish();
    // 10 W x 0.3 s = 3 J from the good meter; broken-poll still finishes (1 W x 0.3 s = 0.3 J).
    expect(components.map((c) => c.energy_j)).toEqual([3, 0.3]);
    expect(notes).toEqual([
      "broken-start (gpu) failed to start: EACCES",
      "broken-poll (gpu) poll failed: read failed",
      "broken-finish (gpu) failed at the end: lost",
    ]);
  });

  it("keeps sampling when the progress report throws: a timer's throw would end the process", async () => {
    const meter = constantMeter(10, {
      snapshot: () => {
        throw new Error("snapshot broke");
      },
    });
    const sampling = await startSampling({
      meters: [meter],
      intervalMs: 100,
      clock,
      onProgress: () => {},
      progressEveryMs: 100,
    });
    await advance(100);
    await advance(100);
    expect(meter.polls).toEqual([100, 200]);
    now = 200;
    const { components, notes } = await sampling.finish();
    // 10 W x 0.2 s = 2 J; the failure is said once, not once per tick.
    expect(components.map((c) => c.energy_j)).toEqual([2]);
    expect(notes).toEqual(["progress report failed: snapshot broke"]);
  });
});

describe("a streaming source drives the ticks", () => {
  it("ticks on each batch of readings instead of a timer, with a watchdog when the stream falls silent", async () => {
    vi.useFakeTimers();
    let now = 0;
    let emit: () => void = () => {};
    const streaming = constantMeter(5, {
      onReadings: (listener) => {
        emit = listener;
      },
    });
    const other = constantMeter(1);
    const sampling = await startSampling({ meters: [streaming, other], intervalMs: 100, clock: () => now });
    // No timer of its own: 250 ms pass without a reading, and nothing is polled.
    now = 250;
    await vi.advanceTimersByTimeAsync(250);
    expect(other.polls).toEqual([]);
    // Two batches arrive: one tick each, and the other meters are polled with them.
    now = 260;
    emit();
    now = 360;
    emit();
    expect(other.polls).toEqual([260, 360]);
    // Silence: the watchdog, armed once every max(10 x 100 ms, 1 s) = 1 s, ticks when over 3 intervals
    // (300 ms) have passed without a batch: at 1 s (640 ms of silence) and at 2 s.
    now = 1000;
    await vi.advanceTimersByTimeAsync(750);
    now = 2000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(other.polls).toEqual([260, 360, 1000, 2000]);
    // A batch right before the watchdog's turn: no extra tick at 3 s (100 ms since the batch).
    now = 2900;
    emit();
    now = 3000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(other.polls).toEqual([260, 360, 1000, 2000, 2900]);
    const { notes } = await sampling.finish();
    vi.useRealTimers();
    // The silences (360 -> 1000, 1000 -> 2000 and 2000 -> 2900 ms) were over 3 x 100 ms: gaps, said.
    expect(notes).toEqual([
      "3 sampling gaps over 3x the 100 ms interval (longest 1.0 s): the machine or the sampler stalled",
    ]);
  });
});

describe("cumulative sources are read at their own cadence", () => {
  it("reads a counter every readEveryMs and a power meter every interval, waking only as often as needed", async () => {
    vi.useFakeTimers();
    let now = 0;
    const counter = constantMeter(10, { readEveryMs: 1000 });
    const sampled = constantMeter(1);
    const sampling = await startSampling({ meters: [counter, sampled], intervalMs: 250, clock: () => now });
    for (let t = 250; t <= 2000; t += 250) {
      now = t;
      await vi.advanceTimersByTimeAsync(250);
    }
    // The power meter every 250 ms; the counter once its 1000 ms are (within half an interval) due.
    expect(sampled.polls).toEqual([250, 500, 750, 1000, 1250, 1500, 1750, 2000]);
    expect(counter.polls).toEqual([1000, 2000]);
    await sampling.finish();

    // Counters alone: the timer itself runs at their cadence, so the process wakes once a second.
    const onlyCounters = constantMeter(10, { readEveryMs: 1000 });
    now = 0;
    const quiet = await startSampling({ meters: [onlyCounters], intervalMs: 250, clock: () => now });
    for (let t = 250; t <= 2000; t += 250) {
      now = t;
      await vi.advanceTimersByTimeAsync(250);
    }
    expect(onlyCounters.polls).toEqual([1000, 2000]);
    const { notes } = await quiet.finish();
    vi.useRealTimers();
    expect(notes).toEqual([]);
  });
});

describe("sampling gaps", () => {
  it("notes ticks that come over 3x the interval late", async () => {
    vi.useFakeTimers();
    let now = 0;
    const sampling = await startSampling({ meters: [constantMeter(1)], intervalMs: 100, clock: () => now });
    // Ticks at 100 and 200 ms on time; the clock then jumps 500 ms (over 3 x 100 ms) before the next.
    now = 100;
    await vi.advanceTimersByTimeAsync(100);
    now = 200;
    await vi.advanceTimersByTimeAsync(100);
    now = 700;
    await vi.advanceTimersByTimeAsync(100);
    const { notes } = await sampling.finish();
    vi.useRealTimers();
    expect(notes).toEqual([
      "1 sampling gap over 3x the 100 ms interval (longest 0.5 s): the machine or the sampler stalled",
    ]);
  });
});

describe("extendToWindow", () => {
  const component = (energy_j: number): ComponentEnergy => ({
    kind: "cpu",
    method: "measured",
    source: "rapl",
    energy_j,
    low_factor: 0.95,
    high_factor: 1.05,
    notes: [],
  });

  it("counts the time before the first reading at the measured average", () => {
    // 30 J over 3 s measured = 10 W; 0.25 s before the first reading adds 2.5 J.
    const extended = extendToWindow(component(30), 3000, 250);
    expect(extended.energy_j).toBe(32.5);
    expect(extended.notes).toEqual([
      "first 0.25 s, before the sensor was ready, counted at the average 10.0 W",
    ]);
  });

  it("changes nothing when the sensor was ready at once, and says so when it never read", () => {
    expect(extendToWindow(component(30), 3000, 0)).toEqual(component(30));
    expect(extendToWindow(component(0), 0, 40).notes).toEqual([
      "the command ended before this sensor's first reading: its energy is not counted",
    ]);
  });
});

describe("progress", () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return {
      written,
      stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream,
    };
  };

  it("describes elapsed time, facility energy, CO2e and power", () => {
    // 7,200 J = 0.002 kWh x PUE 1.5 = 0.003 kWh = 3 Wh; x 400 g/kWh = 1.2 g.
    expect(describeProgress({ elapsedS: 125, energyJ: 7200, powerW: 250 }, 400, 1.5)).toBe(
      "carbon-budget: 2m 05s, 3.00 Wh, 1.20 g CO2e, 250 W",
    );
    // The action's job log names the step: several steps share it.
    expect(describeProgress({ elapsedS: 60, energyJ: 3600 }, 400, 1)).toBe(
      "carbon-budget: 1m 00s, 1.00 Wh, 400 mg CO2e",
    );
    expect(describeProgress({ elapsedS: 60, energyJ: 3600 }, 400, 1, "train")).toBe(
      "carbon-budget: train: 1m 00s, 1.00 Wh, 400 mg CO2e",
    );
  });

  it("says what a step came to, or that it was not measured, and where its report is", () => {
    // 0.5 kWh at 400 g/kWh = 200 g.
    const step = { name: "train", energy_kwh: 0.5, co2e_g: 200 } as ReportStep;
    expect(describeStepKept(step, "/tmp/r.json")).toBe(
      "carbon-budget: train: 500 Wh, 200 g CO2e (/tmp/r.json)",
    );
    expect(describeStepKept({ ...step, not_measured: { reason: "no sensor" } }, "/tmp/r.json")).toBe(
      "carbon-budget: train: not measured (/tmp/r.json)",
    );
  });

  it("redraws one line on a terminal and clears it at the end", () => {
    const tty = stream(true);
    const sink = progressSink(tty.stream, () => "status");
    expect(sink.everyMs).toBe(1000);
    sink.update({ elapsedS: 1, energyJ: 1 });
    sink.update({ elapsedS: 2, energyJ: 2 });
    sink.done();
    expect(tty.written).toEqual(["\r\x1b[2Kstatus", "\r\x1b[2Kstatus", "\r\x1b[2K"]);
  });

  it("writes a plain line every 60 s in a log", () => {
    const log = stream(false);
    const sink = progressSink(log.stream, () => "status");
    expect(sink.everyMs).toBe(60_000);
    sink.update({ elapsedS: 60, energyJ: 1 });
    sink.done();
    expect(log.written).toEqual(["status\n"]);
  });
});
