/**
 * The energy a selector's series show over a window: look up which series exist (one request for every
 * metric set and selector form), fetch their raw samples in chunks, integrate them ourselves, wait a
 * bounded time for the scrape that covers the window's end, and turn them into components. Better
 * sources win per device kind so nothing is counted twice: GPUs from DCGM before Kepler's GPU joules,
 * CPU and RAM from Kepler before node_exporter's RAPL.
 */
import type { ComponentEnergy } from "../measure/types.js";
import { DCGM_ENERGY, DCGM_POWER, dcgm, UUID_LABELS } from "./dcgm.js";
import { fetchSamples } from "./fetch-samples.js";
import { kepler } from "./kepler.js";
import {
  type Candidate,
  candidateMatchers,
  type IntegratedSeries,
  type MetricSet,
  type MetricSetModule,
} from "./metric-set.js";
import { nodeRapl } from "./node-rapl.js";
import type { MatrixSeries, PrometheusClient } from "./prometheus-client.js";
import { alternation, type Matcher, matches, renderSelector } from "./selector.js";
import { signature } from "./selector-forms.js";
import { GAP_INTERVALS, LOOKBACK_MS, SeriesIntegrator } from "./series-integrator.js";
import { isoSeconds, type Window } from "./window.js";

export const MODULES: Record<MetricSet, MetricSetModule> = { dcgm, kepler, "node-rapl": nodeRapl };

const MIN_WAIT_MS = 5000;

/** About this many samples per request: a few MB of JSON, answered in well under a second. */
export const SAMPLES_PER_REQUEST = 50_000;

export interface PrometheusQuery {
  selector: readonly Matcher[];
  selectorText: string;
  metrics: readonly MetricSet[];
  window: Window;
}

export interface PrometheusMeasureOptions {
  client: PrometheusClient;
  /** The longest wait after the window's end for the scrape that covers it (0: none). */
  maxWaitMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  samplesPerRequest?: number;
}

export interface PrometheusMeasurement {
  components: ComponentEnergy[];
  notes: string[];
  /** Said out loud on the console as well: coverage under 90%, series still unscraped. */
  warnings: string[];
  /** Series used per node. */
  nodes: { node: string; series: number; coverage: number }[];
}

/** Nothing matched, or nothing inside the window: not measured, never 0 g. */
export class NothingMeasured extends Error {}

interface Fetch {
  module: MetricSetModule;
  selector: string;
  expectedSeries: number;
}

export async function measurePrometheus(
  query: PrometheusQuery,
  options: PrometheusMeasureOptions,
): Promise<PrometheusMeasurement> {
  const { client, maxWaitMs } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const budget = options.samplesPerRequest ?? SAMPLES_PER_REQUEST;
  const { window } = query;
  const notes: string[] = [];

  const plans = query.metrics.map((set) => ({
    module: MODULES[set],
    ...MODULES[set].candidates(query.selector),
  }));
  const candidates = plans.flatMap((p) => p.candidates);
  const range = { fromMs: window.fromMs - LOOKBACK_MS, toMs: window.toMs + LOOKBACK_MS };
  const found = await discover(client, candidates, range);
  for (const plan of plans) {
    if (plan.dropped.length > 0 && plan.candidates.some((c) => found.get(c)?.length)) {
      notes.push(
        `${plan.module.set}: its series carry no ${plan.dropped.join(", ")} label; that matcher is not applied to them`,
      );
    }
  }

  const fetches = planFetches(found, notes);
  const integrators = new Map<
    string,
    { module: MetricSetModule; labels: Record<string, string>; it: SeriesIntegrator }
  >();
  const feed = (module: MetricSetModule) => (series: MatrixSeries) => {
    const key = signature(series.metric);
    let entry = integrators.get(key);
    if (!entry) {
      const value = module.value(series.metric);
      entry = {
        module,
        labels: series.metric,
        it: new SeriesIntegrator(value.mode, window, value.joulesPerUnit),
      };
      integrators.set(key, entry);
    }
    for (const [t, v] of series.values) entry.it.add(Math.round(t * 1000), Number(v));
  };
  let fetchedTo = Math.min(range.toMs, now());
  for (const f of fetches) {
    await fetchSamples(client, f, { fromMs: range.fromMs, toMs: fetchedTo }, budget, feed(f.module));
  }

  // The last scrape before the command ended rarely covers its end: wait, briefly, for the next one.
  const waiting = () =>
    [...integrators.values()].filter(({ it }) => {
      const r = it.result();
      return (
        r.lastMs !== undefined &&
        r.intervalMs !== undefined &&
        r.lastMs < window.toMs &&
        r.lastMs >= window.toMs - GAP_INTERVALS * r.intervalMs
      );
    });
  let pending = maxWaitMs > 0 ? waiting() : [];
  if (pending.length > 0) {
    const interval = Math.max(...pending.map(({ it }) => it.result().intervalMs ?? 0));
    // Two scrape intervals; a fast scrape still gets a few seconds for Prometheus to ingest it.
    const deadline = window.toMs + Math.min(maxWaitMs, Math.max(2 * interval + 1000, MIN_WAIT_MS));
    while (pending.length > 0 && now() < deadline) {
      await sleep(Math.max(100, Math.min(interval / 2, deadline - now(), 5000)));
      const until = now();
      for (const f of fetches) {
        await fetchSamples(client, f, { fromMs: fetchedTo, toMs: until }, budget, feed(f.module));
      }
      fetchedTo = until;
      pending = waiting();
    }
  }
  const warnings: string[] = [];
  if (pending.length > 0) {
    warnings.push(
      `${pending.length} series had no sample after the window's end (${isoSeconds(window.toMs)}) within ${Math.round(Math.min(maxWaitMs, Math.max(0, now() - window.toMs)) / 1000)} s: their time since the last sample is not counted`,
    );
  }

  const components: ComponentEnergy[] = [];
  const seriesPerNode = new Map<string, number>();
  for (const module of new Set(fetches.map((f) => f.module))) {
    const series: IntegratedSeries[] = [...integrators.values()]
      .filter((e) => e.module === module)
      .map((e) => ({ labels: e.labels, result: e.it.result() }));
    for (const s of series) {
      const node = module.node(s.labels);
      seriesPerNode.set(node, (seriesPerNode.get(node) ?? 0) + 1);
    }
    const outcome = module.components(series, window);
    components.push(...outcome.components);
    notes.push(...outcome.notes);
  }
  if (components.length === 0 || components.every((c) => (c.coverage ?? 0) === 0)) {
    const names = [...new Set(candidates.flatMap((c) => c.names))].join(", ");
    throw new NothingMeasured(
      components.length === 0
        ? `no series matched ${query.selectorText} between ${isoSeconds(window.fromMs)} and ${isoSeconds(window.toMs)} (looked for ${names})`
        : `${components.length} devices matched ${query.selectorText}, but none has samples inside ${isoSeconds(window.fromMs)}..${isoSeconds(window.toMs)}`,
    );
  }
  const nodes = [...seriesPerNode].map(([node, count]) => {
    const own = components.filter((c) => c.node === node);
    const coverage = own.length ? own.reduce((sum, c) => sum + (c.coverage ?? 0), 0) / own.length : 0;
    return { node, series: count, coverage };
  });
  nodes.sort((a, b) => a.node.localeCompare(b.node, "en", { numeric: true }));
  const low = nodes.filter((n) => n.coverage < 0.9);
  if (low.length > 0) {
    const list = low
      .slice(0, 5)
      .map((n) => `${n.node} ${Math.round(n.coverage * 100)}%`)
      .join(", ");
    warnings.push(
      `remote samples cover less than 90% of the window on ${low.length} of ${nodes.length} nodes (${list}${low.length > 5 ? ", ..." : ""}): pods that started late or ended early, or missed scrapes; the energy outside the samples is not counted`,
    );
  }
  return { components, notes: [...notes, ...warnings], warnings, nodes };
}

async function discover(
  client: PrometheusClient,
  candidates: Candidate[],
  range: Window,
): Promise<Map<Candidate, Record<string, string>[]>> {
  const selectors = candidates.map((c) => renderSelector(candidateMatchers(c)));
  const series = await client.series([...new Set(selectors)], range.fromMs, range.toMs);
  const found = new Map<Candidate, Record<string, string>[]>();
  for (const labels of series) {
    const named = candidates.filter((c) => c.names.includes(labels.__name__));
    // Local matching tells the forms apart; where it cannot (a regex JS reads differently), the series
    // still belongs to its metric's first form: Prometheus matched it.
    const owners = named.filter((c) => matches(c.matchers, labels));
    for (const c of owners.length > 0 ? owners : named.slice(0, 1))
      found.set(c, [...(found.get(c) ?? []), labels]);
  }
  return found;
}

/** What to fetch: every form that found series, for the metric names it found, best sources first. */
function planFetches(found: Map<Candidate, Record<string, string>[]>, notes: string[]): Fetch[] {
  const has = (test: (c: Candidate) => boolean) => [...found].some(([c, s]) => test(c) && s.length > 0);
  const gpuFromDcgm = has((c) => c.set === "dcgm");
  const cpuFromKepler = has((c) => c.set === "kepler" && c.role === "cpu");
  const withCounter = new Set<string>();
  for (const [c, series] of found) {
    if (c.set !== "dcgm") continue;
    for (const labels of series) {
      const uuid = UUID_LABELS.map((l) => labels[l]).find(Boolean);
      if (labels.__name__ === DCGM_ENERGY && uuid) withCounter.add(uuid);
    }
  }
  const fetches: Fetch[] = [];
  let skippedGpu = false;
  let skippedRapl = false;
  for (const [c, series] of found) {
    if (series.length === 0) continue;
    if (c.set !== "dcgm" && c.role === "gpu" && gpuFromDcgm) {
      skippedGpu = true;
      continue;
    }
    if (c.set === "node-rapl" && cpuFromKepler) {
      skippedRapl = true;
      continue;
    }
    const module = MODULES[c.set];
    const names = [...new Set(series.map((s) => s.__name__))];
    if (c.set === "dcgm") {
      fetches.push(...dcgmFetches(c, series, withCounter));
      continue;
    }
    fetches.push({
      module,
      selector: renderSelector(candidateMatchers(c, names)),
      expectedSeries: series.length,
    });
  }
  if (skippedGpu) notes.push("GPUs from DCGM; Kepler's GPU joules for the same GPUs are not counted again");
  if (skippedRapl) {
    notes.push(
      "CPU and RAM from Kepler; node_exporter's RAPL series (the same CPUs, whole node) are not counted again",
    );
  }
  return fetches;
}

/** The energy counter wherever a GPU has one; the power gauge only for the GPUs without. */
function dcgmFetches(c: Candidate, series: Record<string, string>[], withCounter: Set<string>): Fetch[] {
  const fetches: Fetch[] = [];
  const counters = series.filter((s) => s.__name__ === DCGM_ENERGY);
  if (counters.length > 0) {
    fetches.push({
      module: dcgm,
      selector: renderSelector(candidateMatchers(c, [DCGM_ENERGY])),
      expectedSeries: counters.length,
    });
  }
  const gauges = series.filter((s) => s.__name__ === DCGM_POWER);
  const lacking = gauges.filter((s) => !UUID_LABELS.some((l) => s[l] && withCounter.has(s[l])));
  if (lacking.length === 0) return fetches;
  const base = candidateMatchers(c, [DCGM_POWER]);
  if (lacking.length === gauges.length) {
    fetches.push({ module: dcgm, selector: renderSelector(base), expectedSeries: lacking.length });
    return fetches;
  }
  for (const label of UUID_LABELS) {
    const uuids = [...new Set(lacking.map((s) => s[label]).filter(Boolean))];
    if (uuids.length === 0) continue;
    const only: Matcher = { name: label, op: "=~", value: alternation(uuids) };
    fetches.push({ module: dcgm, selector: renderSelector([...base, only]), expectedSeries: uuids.length });
  }
  return fetches;
}
