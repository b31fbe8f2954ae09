/**
 * Noise-aware deltas (pure). Two runs of the same training step never use exactly the same energy, so
 * a change is "within noise" when it is under `min_change`, or when the new value sits inside the
 * spread of the base branch's recent runs: median ± 3 robust standard deviations (1.4826 × MAD), the
 * usual outlier fence for small samples, which one unusual run does not widen the way a plain
 * standard deviation would.
 */

/** MAD x 1.4826 estimates the standard deviation of normally distributed values. */
const MAD_TO_SIGMA = 1.4826;
/** How many robust standard deviations from the median still count as noise. */
export const SPREAD_SIGMAS = 3;
/** Fewer runs than this say nothing about spread. */
export const MIN_HISTORY = 3;

export interface Spread {
  median: number;
  /** Robust standard deviation: 1.4826 x the median absolute deviation. */
  sigma: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function spreadOf(values: readonly number[]): Spread | undefined {
  const finite = values.filter(Number.isFinite);
  if (finite.length < MIN_HISTORY) return undefined;
  const center = median(finite);
  const mad = median(finite.map((v) => Math.abs(v - center)));
  return { median: center, sigma: MAD_TO_SIGMA * mad, runs: finite.length };
}

export type NoiseVerdict =
  | { within: false }
  | { within: true; why: "min-change"; minChangePct: number }
  | { within: true; why: "spread"; spread: Spread };

/** Whether `head` differs from `base` by more than noise, given the base branch's recent values. */
export function judgeNoise(
  head: number,
  base: number,
  history: readonly number[],
  minChangePct: number,
): NoiseVerdict {
  if (base > 0 && Math.abs(((head - base) / base) * 100) < minChangePct) {
    return { within: true, why: "min-change", minChangePct };
  }
  const spread = spreadOf(history);
  if (spread && Math.abs(head - spread.median) <= SPREAD_SIGMAS * spread.sigma) {
    return { within: true, why: "spread", spread };
  }
  return { within: false };
}
