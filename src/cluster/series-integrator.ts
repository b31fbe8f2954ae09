/**
 * One Prometheus series' raw samples -> energy inside a window, streaming (samples arrive in time order,
 * chunk after chunk, and are not kept). Between two samples the value is taken as linear, so the
 * window's edges are pro-rated by interpolating between the samples around each edge.
 *
 * - counter (J or mJ): the energy between two samples is the increase, or, when the value went down
 *   (a reset: driver reload, exporter restart), the value after it, as Prometheus's increase() does.
 *   A missed scrape loses nothing: the counter bridges gaps up to the lookback (5 min).
 * - gauge (W): the energy between two samples is the trapezoid; a gap of more than 2.5 scrape intervals
 *   (the shortest interval seen) is not counted, and lowers the coverage.
 */
import type { Window } from "./window.js";

export type SeriesMode = "counter" | "gauge";

/** Prometheus's default lookback: a series with no sample for this long is gone. */
export const LOOKBACK_MS = 5 * 60_000;
/** More than this many scrape intervals between two samples is a gap (missed scrapes). */
export const GAP_INTERVALS = 2.5;

/** A stretch of the window the series covers without a gap, and the energy in it. */
export interface Span {
  startMs: number;
  endMs: number;
  energyJ: number;
}

export interface SeriesResult {
  spans: Span[];
  energyJ: number;
  coveredMs: number;
  /** Samples inside the window. */
  samples: number;
  resets: number;
  /** Gaps the counter bridged (energy kept) and gaps left out (gauge, or longer than the lookback). */
  bridgedGaps: number;
  missedGaps: number;
  longestGapMs: number;
  /** The shortest interval between two samples: the scrape interval, as far as the samples tell. */
  intervalMs?: number;
  firstMs?: number;
  lastMs?: number;
}

export class SeriesIntegrator {
  private prevT?: number;
  private prevV = 0;
  private readonly spans: Span[] = [];
  private open?: Span;
  private samples = 0;
  private resets = 0;
  private bridged = 0;
  private missed = 0;
  private longestGap = 0;
  private interval?: number;
  private first?: number;

  constructor(
    private readonly mode: SeriesMode,
    private readonly window: Window,
    /** Joules per unit of the counter's value (1 for J, 0.001 for mJ); unused for a gauge in W. */
    private readonly joulesPerUnit = 1,
  ) {}

  add(tMs: number, value: number): void {
    if (!Number.isFinite(value) || !Number.isFinite(tMs)) return;
    if (this.prevT !== undefined && tMs <= this.prevT) return;
    const { fromMs, toMs } = this.window;
    if (tMs >= fromMs && tMs <= toMs) this.samples++;
    this.first ??= tMs;
    if (this.prevT !== undefined) this.interval_(this.prevT, this.prevV, tMs, value);
    this.prevT = tMs;
    this.prevV = value;
  }

  private interval_(t0: number, v0: number, t1: number, v1: number): void {
    const { fromMs, toMs } = this.window;
    const dt = t1 - t0;
    const start = Math.max(t0, fromMs);
    const end = Math.min(t1, toMs);
    const inside = end > start;
    const isGap = this.interval !== undefined && dt > GAP_INTERVALS * this.interval;
    this.interval = Math.min(this.interval ?? dt, dt);
    const counted = dt <= LOOKBACK_MS && (this.mode === "counter" || !isGap);
    if (inside && isGap) {
      if (counted) this.bridged++;
      else this.missed++;
      this.longestGap = Math.max(this.longestGap, dt);
    }
    if (!inside) return;
    if (!counted) {
      this.closeSpan();
      return;
    }
    let energyJ: number;
    if (this.mode === "counter") {
      const reset = v1 < v0;
      if (reset) this.resets++;
      energyJ = (reset ? v1 : v1 - v0) * this.joulesPerUnit * ((end - start) / dt);
    } else {
      const at = (t: number) => v0 + ((v1 - v0) * (t - t0)) / dt;
      energyJ = (((at(start) + at(end)) / 2) * (end - start)) / 1000;
    }
    if (this.open && this.open.endMs === start) {
      this.open.endMs = end;
      this.open.energyJ += energyJ;
    } else {
      this.closeSpan();
      this.open = { startMs: start, endMs: end, energyJ };
    }
  }

  private closeSpan(): void {
    if (this.open) this.spans.push(this.open);
    this.open = undefined;
  }

  result(): SeriesResult {
    const spans = this.open ? [...this.spans, { ...this.open }] : [...this.spans];
    return {
      spans,
      energyJ: spans.reduce((sum, s) => sum + s.energyJ, 0),
      coveredMs: spans.reduce((sum, s) => sum + (s.endMs - s.startMs), 0),
      samples: this.samples,
      resets: this.resets,
      bridgedGaps: this.bridged,
      missedGaps: this.missed,
      longestGapMs: this.longestGap,
      ...(this.interval !== undefined && { intervalMs: this.interval }),
      ...(this.first !== undefined && { firstMs: this.first }),
      ...(this.prevT !== undefined && { lastMs: this.prevT }),
    };
  }
}

/**
 * Several series for one device (MIG instances repeating the whole GPU's counter, a running and a
 * terminated series of one pod, a target scraped twice): the best-covered series counts; another adds
 * only the time the ones before it do not cover, pro-rated. Disjoint series (one pod after another on
 * the same GPU) therefore add up, and overlapping ones count once.
 */
export function combineSeries(results: readonly SeriesResult[]): SeriesResult {
  const ordered = [...results].sort((a, b) => b.coveredMs - a.coveredMs || b.samples - a.samples);
  const [best, ...rest] = ordered;
  if (!best) return new SeriesIntegrator("counter", { fromMs: 0, toMs: 0 }).result();
  const taken: Span[] = best.spans.map((s) => ({ ...s }));
  const merged: SeriesResult = { ...best, spans: taken };
  for (const other of rest) {
    let added = false;
    for (const span of other.spans) {
      for (const piece of uncovered(span, taken)) {
        const share = (piece.endMs - piece.startMs) / (span.endMs - span.startMs);
        taken.push({ ...piece, energyJ: span.energyJ * share });
        added = true;
      }
    }
    if (!added) continue;
    merged.samples += other.samples;
    merged.resets += other.resets;
    merged.bridgedGaps += other.bridgedGaps;
    merged.missedGaps += other.missedGaps;
    merged.longestGapMs = Math.max(merged.longestGapMs, other.longestGapMs);
  }
  taken.sort((a, b) => a.startMs - b.startMs);
  merged.energyJ = taken.reduce((sum, s) => sum + s.energyJ, 0);
  merged.coveredMs = taken.reduce((sum, s) => sum + (s.endMs - s.startMs), 0);
  return merged;
}

function uncovered(span: Span, taken: readonly Span[]): { startMs: number; endMs: number }[] {
  let pieces = [{ startMs: span.startMs, endMs: span.endMs }];
  for (const t of taken) {
    pieces = pieces.flatMap((p) => {
      if (t.endMs <= p.startMs || t.startMs >= p.endMs) return [p];
      const out: { startMs: number; endMs: number }[] = [];
      if (t.startMs > p.startMs) out.push({ startMs: p.startMs, endMs: t.startMs });
      if (t.endMs < p.endMs) out.push({ startMs: t.endMs, endMs: p.endMs });
      return out;
    });
  }
  return pieces.filter((p) => p.endMs > p.startMs);
}

/** Several devices' results summed (the pods of one node, the sockets of one machine). */
export function sumSeries(results: readonly SeriesResult[]): SeriesResult {
  const sum = (pick: (r: SeriesResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    spans: results.flatMap((r) => r.spans),
    energyJ: sum((r) => r.energyJ),
    // Devices run side by side: a moment is covered when any of them covers it.
    coveredMs: unionMs(results.flatMap((r) => r.spans)),
    samples: sum((r) => r.samples),
    resets: sum((r) => r.resets),
    bridgedGaps: sum((r) => r.bridgedGaps),
    missedGaps: sum((r) => r.missedGaps),
    longestGapMs: Math.max(0, ...results.map((r) => r.longestGapMs)),
  };
}

function unionMs(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const s of sorted) {
    if (s.endMs <= end) continue;
    total += s.endMs - Math.max(s.startMs, end);
    end = s.endMs;
  }
  return total;
}
