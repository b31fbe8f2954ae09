/**
 * Drives the chosen meters: one poll per interval on the monotonic clock, a progress callback, and a
 * clean finish. It keeps no samples itself (the meters integrate as they go), so memory stays flat
 * however long the run.
 */
import type { ComponentEnergy, Meter } from "./types.js";

export interface Progress {
  elapsedS: number;
  energyJ: number;
  powerW?: number;
}

export interface Sampling {
  /** Polls once more, stops every meter and returns their energies (a failing meter becomes notes). */
  finish(): Promise<{ components: ComponentEnergy[]; notes: string[] }>;
}

export type Clock = () => number;

export const monotonicMs: Clock = () => performance.now();

export async function startSampling(options: {
  meters: Meter[];
  intervalMs: number;
  clock?: Clock;
  onProgress?: (progress: Progress) => void;
  progressEveryMs?: number;
}): Promise<Sampling> {
  const clock = options.clock ?? monotonicMs;
  const startMs = clock();
  const notes: string[] = [];
  const live: Meter[] = [];
  for (const meter of options.meters) {
    try {
      await meter.start(startMs);
      live.push(meter);
    } catch (error) {
      notes.push(`${meter.source} (${meter.kind}) failed to start: ${(error as Error).message}`);
    }
  }

  let lastProgressMs = startMs;
  let lastTickMs = startMs;
  const gaps = { count: 0, longestMs: 0 };
  // Each meter is read at its own cadence (never faster than the interval); the timer ticks at the
  // fastest cadence any meter or the progress line needs.
  const cadence = (meter: Meter) => Math.max(options.intervalMs, meter.readEveryMs ?? options.intervalMs);
  const lastRead = new Map<Meter, number>(live.map((meter) => [meter, startMs]));
  const progressMs = options.onProgress
    ? (options.progressEveryMs ?? options.intervalMs)
    : Number.POSITIVE_INFINITY;
  // A loop, not a spread: it runs every tick, for days.
  const fastestTick = () => {
    let fastest = live.length ? progressMs : Math.min(progressMs, options.intervalMs);
    for (const meter of live) fastest = Math.min(fastest, cadence(meter));
    return fastest;
  };
  let tickMs = fastestTick();
  const tick = () => {
    const now = clock();
    // A late tick means the machine or our event loop stalled; counters still cover it, but sampled
    // sources bridged it with a straight line, so the report says so.
    if (now - lastTickMs > 3 * tickMs) {
      gaps.count += 1;
      gaps.longestMs = Math.max(gaps.longestMs, now - lastTickMs);
    }
    lastTickMs = now;
    for (const meter of live) {
      // Half an interval of slack, so timer jitter never skips a due reading by a whole tick.
      if (now - (lastRead.get(meter) ?? startMs) < cadence(meter) - options.intervalMs / 2) continue;
      lastRead.set(meter, now);
      try {
        meter.poll(now);
      } catch (error) {
        // A bad read must not stop the others or the run; the meter reports its own gaps.
        const message = `${meter.source} (${meter.kind}) poll failed: ${(error as Error).message}`;
        if (!notes.includes(message)) notes.push(message);
      }
    }
    // A counter that has seen more power asks to be read sooner (it must not wrap twice unseen).
    if (!driver && fastestTick() < tickMs) {
      tickMs = fastestTick();
      clearInterval(timer);
      timer = setInterval(tick, tickMs).unref();
    }
    if (options.onProgress && now - lastProgressMs >= (options.progressEveryMs ?? options.intervalMs)) {
      lastProgressMs = now;
      try {
        options.onProgress(currentProgress(live, now - startMs));
      } catch (error) {
        // Ticks run on a timer: a throw here would end the process, and the command's wait with it.
        const message = `progress report failed: ${(error as Error).message}`;
        if (!notes.includes(message)) notes.push(message);
      }
    }
  };
  // Ticks come from a streaming source's batches when there is one (one wake-up per interval, not
  // two), with a watchdog that ticks on its own if the stream falls silent; else from a timer.
  const driver = live.find((meter) => meter.onReadings);
  let timer: NodeJS.Timeout;
  if (driver?.onReadings) {
    driver.onReadings(tick);
    // A slow watchdog, armed once: re-creating a timer per batch would still wake the process at the
    // old deadline. It ticks only when the stream has been silent for over 3 intervals.
    timer = setInterval(
      () => {
        if (clock() - lastTickMs > 3 * options.intervalMs) tick();
      },
      Math.max(10 * options.intervalMs, 1000),
    );
  } else {
    timer = setInterval(tick, tickMs);
  }
  timer.unref();

  return {
    async finish() {
      clearInterval(timer);
      driver?.onReadings?.(() => {});
      const now = clock();
      if (gaps.count > 0) {
        notes.push(
          `${gaps.count} sampling gap${gaps.count === 1 ? "" : "s"} over 3x the ${tickMs} ms interval ` +
            `(longest ${(gaps.longestMs / 1000).toFixed(1)} s): the machine or the sampler stalled`,
        );
      }
      const components: ComponentEnergy[] = [];
      for (const meter of live) {
        try {
          components.push(...(await meter.finish(now)));
          notes.push(...(meter.unmeasured?.() ?? []));
        } catch (error) {
          notes.push(`${meter.source} (${meter.kind}) failed at the end: ${(error as Error).message}`);
        }
      }
      return { components, notes };
    },
  };
}

function currentProgress(meters: Meter[], elapsedMs: number): Progress {
  let energyJ = 0;
  let powerW: number | undefined;
  for (const meter of meters) {
    const snapshot = meter.snapshot?.();
    if (!snapshot) continue;
    energyJ += snapshot.energy_j;
    if (snapshot.power_w !== undefined) powerW = (powerW ?? 0) + snapshot.power_w;
  }
  return { elapsedS: elapsedMs / 1000, energyJ, ...(powerW !== undefined && { powerW }) };
}
