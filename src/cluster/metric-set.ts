/** What every exporter's module gives the Prometheus measurement: the shared vocabulary. */
import type { ComponentEnergy } from "../measure/types.js";
import type { Matcher } from "./selector.js";
import type { SeriesMode, SeriesResult } from "./series-integrator.js";
import type { Window } from "./window.js";

export const METRIC_SETS = ["dcgm", "kepler", "node-rapl"] as const;
export type MetricSet = (typeof METRIC_SETS)[number];

export const SOURCE_OF: Record<MetricSet, string> = {
  dcgm: "prometheus:dcgm",
  kepler: "prometheus:kepler",
  "node-rapl": "prometheus:node-rapl",
};

/** One way to ask for a metric set's series: metric names and one spelling of the user's matchers. */
export interface Candidate {
  set: MetricSet;
  /** What its series measure: GPUs, or CPU and RAM (a set's GPU joules yield to DCGM's). */
  role: "gpu" | "cpu";
  names: string[];
  matchers: Matcher[];
}

export interface SeriesValue {
  mode: SeriesMode;
  joulesPerUnit: number;
}

export interface IntegratedSeries {
  labels: Record<string, string>;
  result: SeriesResult;
}

export interface SetOutcome {
  components: ComponentEnergy[];
  /** What the source counts and misses, once for the step. */
  notes: string[];
}

export interface MetricSetModule {
  set: MetricSet;
  /** The ways to ask for this set's series; `dropped` names user labels this exporter cannot filter on. */
  candidates(user: readonly Matcher[]): { candidates: Candidate[]; dropped: string[] };
  /** How a series' value reads, from its metric name (and labels). */
  value(labels: Readonly<Record<string, string>>): SeriesValue;
  /** The node a series belongs to. */
  node(labels: Readonly<Record<string, string>>): string;
  components(series: readonly IntegratedSeries[], window: Window): SetOutcome;
}

/** The selector Prometheus is sent: the metric names as one regular expression, then the matchers. */
export function candidateMatchers(candidate: Candidate, names = candidate.names): Matcher[] {
  const name: Matcher =
    names.length === 1
      ? { name: "__name__", op: "=", value: names[0] }
      : { name: "__name__", op: "=~", value: names.join("|") };
  return [name, ...candidate.matchers];
}

/** A component's coverage, its average power over the covered time, and its anomalies as notes. */
export function measuredFacts(
  result: SeriesResult,
  window: Window,
): Pick<ComponentEnergy, "coverage" | "avg_power_w" | "samples"> & { anomalies: string[] } {
  const windowMs = window.toMs - window.fromMs;
  const coverage = windowMs > 0 ? Math.min(1, result.coveredMs / windowMs) : 0;
  const anomalies: string[] = [];
  if (result.resets > 0) {
    anomalies.push(
      `the counter went back ${result.resets} time${result.resets === 1 ? "" : "s"} (a reset: driver reload, exporter restart, RAPL wrap): the energy between the last sample before it and the reset is not counted`,
    );
  }
  if (result.bridgedGaps > 0) {
    anomalies.push(
      `${result.bridgedGaps} gap${result.bridgedGaps === 1 ? "" : "s"} in the samples (longest ${Math.round(result.longestGapMs / 1000)} s) bridged by the energy counter`,
    );
  }
  if (result.missedGaps > 0) {
    anomalies.push(
      `${result.missedGaps} gap${result.missedGaps === 1 ? "" : "s"} in the samples (longest ${Math.round(result.longestGapMs / 1000)} s) not counted`,
    );
  }
  if (coverage < 0.9) {
    anomalies.push(`samples cover ${Math.round(coverage * 100)}% of the window; the rest is not counted`);
  }
  return {
    coverage,
    ...(result.coveredMs > 0 && { avg_power_w: result.energyJ / (result.coveredMs / 1000) }),
    samples: result.samples,
    anomalies,
  };
}
