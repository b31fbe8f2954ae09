/**
 * Raw samples for one selector over a long window, in chunks a Prometheus answers comfortably: each
 * request is a range selector (`sel[Nms]` evaluated at the chunk's end, so chunks never overlap),
 * sized to about `samplesPerRequest` samples from the density the previous chunk showed. Prometheus's
 * own limit (query.max-samples) shrinks the chunk and the request is sent again. Samples go to `feed`
 * as they arrive and are not kept.
 */
import { isPrometheusError, type MatrixSeries, type PrometheusClient } from "./prometheus-client.js";

/** query_range's limit per series; kept for raw fetches too, so a proxy enforcing it never refuses. */
const MAX_POINTS_PER_SERIES = 11_000;
const MIN_CHUNK_MS = 1000;

export interface FetchPlan {
  selector: string;
  /** Series the selector matched when the window was looked up: the first chunk's size comes from it. */
  expectedSeries: number;
}

export async function fetchSamples(
  client: PrometheusClient,
  plan: FetchPlan,
  range: { fromMs: number; toMs: number },
  samplesPerRequest: number,
  feed: (series: MatrixSeries) => void,
): Promise<void> {
  // Until a chunk shows the real density, assume one sample per second per series (a fast scrape).
  let chunkMs = Math.max(MIN_CHUNK_MS, (samplesPerRequest / Math.max(1, plan.expectedSeries)) * 1000);
  let at = range.fromMs;
  while (at < range.toMs) {
    const end = Math.min(range.toMs, at + chunkMs);
    let result: MatrixSeries[];
    try {
      result = await client.rawSamples(plan.selector, end - at, end);
    } catch (error) {
      if (isPrometheusError(error) && error.kind === "too-many-samples" && chunkMs / 4 >= MIN_CHUNK_MS) {
        chunkMs /= 4;
        continue;
      }
      throw error;
    }
    let samples = 0;
    for (const series of result) {
      samples += series.values.length;
      feed(series);
    }
    const spanMs = end - at;
    at = end;
    if (samples > 0) {
      const perSeriesPerMs = samples / Math.max(plan.expectedSeries, result.length) / spanMs;
      chunkMs = Math.max(
        MIN_CHUNK_MS,
        Math.min(
          chunkMs * 4,
          samplesPerRequest / Math.max(plan.expectedSeries, result.length) / perSeriesPerMs,
          (MAX_POINTS_PER_SERIES * result.length) / (samples / spanMs),
        ),
      );
    } else {
      chunkMs *= 4;
    }
  }
}
