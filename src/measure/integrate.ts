/**
 * Streaming integrators: constant-size state, one call per sample, so memory stays flat however long
 * the run. Pure functions over plain data; the sources own the I/O.
 */

/** Trapezoid integration of power readings (W) over monotonic time (ms). */
export interface PowerIntegral {
  energyJ: number;
  samples: number;
  firstMs?: number;
  lastMs?: number;
  lastW?: number;
  /** Gaps between consecutive samples longer than the gap threshold. */
  gaps: number;
  longestGapMs: number;
}

export const emptyPowerIntegral = (): PowerIntegral => ({ energyJ: 0, samples: 0, gaps: 0, longestGapMs: 0 });

/**
 * Adds one power reading. A gap over `gapMs` is still bridged by the trapezoid (the best estimate we
 * have) but counted, so the report can say the data has holes.
 */
export function addPower(state: PowerIntegral, tMs: number, watts: number, gapMs: number): PowerIntegral {
  if (!Number.isFinite(watts) || watts < 0) return state;
  if (state.lastMs === undefined || state.lastW === undefined) {
    return { ...state, samples: 1, firstMs: tMs, lastMs: tMs, lastW: watts };
  }
  const dtMs = tMs - state.lastMs;
  if (dtMs <= 0) return state;
  const isGap = dtMs > gapMs;
  return {
    energyJ: state.energyJ + ((state.lastW + watts) / 2) * (dtMs / 1000),
    samples: state.samples + 1,
    firstMs: state.firstMs,
    lastMs: tMs,
    lastW: watts,
    gaps: state.gaps + (isGap ? 1 : 0),
    longestGapMs: Math.max(state.longestGapMs, isGap ? dtMs : 0),
  };
}

/** Energy from the first reading to the end of the window, and the span it covers. */
export interface HeldPower {
  energyJ: number;
  /** From the first reading to the window's end (ms). */
  coveredMs: number;
  /** After the last reading, counted at its power (ms). */
  heldMs: number;
  /** Over the covered span; a lone reading's own power when it came at the very end. */
  averageW: number;
}

/**
 * The integral with its last reading held to `endMs`: a sampled source reads every interval, so without
 * this the time between its last reading and the command's end (up to an interval) would go uncounted.
 * One reading is enough: its power over the rest of the window. Undefined without any reading.
 */
export function holdToEnd(state: PowerIntegral, endMs: number): HeldPower | undefined {
  if (state.firstMs === undefined || state.lastMs === undefined || state.lastW === undefined)
    return undefined;
  const heldMs = Math.max(0, endMs - state.lastMs);
  const energyJ = state.energyJ + state.lastW * (heldMs / 1000);
  const coveredMs = state.lastMs + heldMs - state.firstMs;
  return { energyJ, coveredMs, heldMs, averageW: coveredMs > 0 ? energyJ / (coveredMs / 1000) : state.lastW };
}

/** Accumulates a monotonically increasing energy counter that may wrap at `maxRange`. */
export interface CounterTotal {
  energy: number;
  readings: number;
  last?: number;
  /** Drops below the last reading counted as a wrap at the known range. */
  wraps: number;
  /** Drops below the last reading skipped as a reset (no range known, or one the reading contradicts). */
  resets: number;
}

export const emptyCounterTotal = (): CounterTotal => ({ energy: 0, readings: 0, wraps: 0, resets: 0 });

/**
 * Adds one raw counter reading. A reading below the last one is a wrap when `maxRange` is known
 * (RAPL's `max_energy_range_uj`), else a reset, which we skip rather than count as negative energy.
 */
export function addCounter(state: CounterTotal, value: number, maxRange?: number): CounterTotal {
  if (!Number.isFinite(value) || value < 0) return state;
  if (state.last === undefined) return { ...state, readings: 1, last: value };
  let delta = value - state.last;
  let { wraps, resets } = state;
  if (delta < 0) {
    // A last reading above the stated range makes the wrap arithmetic negative: the range is wrong, so
    // this drop is treated as a reset too.
    const wrapped = maxRange !== undefined && maxRange > 0 ? maxRange - state.last + value : -1;
    delta = Math.max(wrapped, 0);
    if (wrapped >= 0) wraps += 1;
    else resets += 1;
  }
  return { energy: state.energy + delta, readings: state.readings + 1, last: value, wraps, resets };
}

/**
 * What a RAPL domain may draw before any power has been seen, when its zone states no limit: above the
 * largest server packages' TDP (500 W: AMD EPYC 9965, Intel Xeon 6980P), so it errs towards reading
 * a small-range counter too often rather than too rarely.
 */
export const ASSUMED_MAX_POWER_W = 500;

/**
 * How often a counter that wraps every `rangeJ` must be read at up to `maxPowerW` so that it never
 * wraps twice between two readings (a double wrap is invisible): half the time one wrap takes, the
 * other half a margin for power above `maxPowerW`; never less often than `capMs`.
 */
export function counterReadEveryMs(rangeJ: number, maxPowerW: number, capMs: number): number {
  if (!(rangeJ > 0) || !(maxPowerW > 0)) return capMs;
  return Math.min(capMs, (rangeJ / maxPowerW / 2) * 1000);
}
