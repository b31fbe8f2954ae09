/**
 * Drives the real sampler without its timer: startSampling's setInterval is intercepted for the one
 * call, and its tick is handed back to be called as often as a benchmark wants, with a clock that
 * advances 1000 ms per tick. The tick body, meters and progress check are the product's own.
 */

import { type Progress, type Sampling, startSampling } from "../src/measure/sampler.js";
import type { Meter } from "../src/measure/types.js";
import { describeProgress } from "../src/render/progress-line.js";

export function noopMeter(onPoll: () => void = () => {}): Meter {
  return {
    kind: "cpu",
    source: "bench-noop",
    start: () => {},
    poll: onPoll,
    finish: () => [],
    snapshot: () => ({ energy_j: 0 }),
  };
}

/** A progress sink as the CLI's in CI (a line every 60 s), writing nowhere. */
export function progressRecorder(): { onProgress: (progress: Progress) => void; lines: () => number } {
  let lines = 0;
  let last = "";
  return {
    onProgress: (progress) => {
      last = describeProgress(progress, 400, 1.2);
      lines += last.length > 0 ? 1 : 0;
    },
    lines: () => lines,
  };
}

export async function captureTick(
  meters: Meter[],
): Promise<{ tick: () => void; sampling: Sampling; lines: () => number }> {
  let now = 0;
  let tick: (() => void) | undefined;
  const real = globalThis.setInterval;
  const fakeTimer = { unref: () => fakeTimer, ref: () => fakeTimer, hasRef: () => false };
  globalThis.setInterval = ((callback: () => void) => {
    tick = callback;
    return fakeTimer;
  }) as unknown as typeof setInterval;
  const progress = progressRecorder();
  let sampling: Sampling;
  try {
    sampling = await startSampling({
      meters,
      intervalMs: 1000,
      clock: () => now,
      onProgress: progress.onProgress,
      progressEveryMs: 60_000,
    });
  } finally {
    globalThis.setInterval = real;
  }
  const captured = tick;
  if (captured === undefined) throw new Error("startSampling set no interval: the sampler changed shape");
  return {
    tick: () => {
      now += 1000;
      captured();
    },
    sampling,
    lines: progress.lines,
  };
}
