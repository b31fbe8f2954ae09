/**
 * What the user asks to be measured remotely, checked the same way wherever it is given (CLI flags,
 * action inputs, the config file): a Prometheus URL with a selector and metric sets, a Slurm job.
 */
import { InputError } from "../errors.js";
import { METRIC_SETS, type MetricSet } from "./metric-set.js";
import { parsePrometheusUrl } from "./prometheus-client.js";
import type { PrometheusSpec } from "./remote.js";
import { parseSelector } from "./selector.js";

export function parseMetrics(input: string, text: string): MetricSet[] {
  const names = text
    .split(/[\s,]+/)
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(METRIC_SETS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new InputError(
      input,
      text,
      `use one or more of ${METRIC_SETS.join(", ")}, comma separated${unknown.length ? ` (not ${unknown.join(", ")})` : ""}`,
    );
  }
  return [...new Set(names)] as MetricSet[];
}

/** Without a selector, the Slurm job's GPUs (`{hpc_job="ID"}`): the caller allows that only with Slurm. */
export function prometheusSpec(
  given: { url: string; selector?: string; metrics?: string | readonly MetricSet[] },
  names: { url: string; selector: string; metrics: string },
): PrometheusSpec {
  const metrics =
    given.metrics === undefined
      ? [...METRIC_SETS]
      : typeof given.metrics === "string"
        ? parseMetrics(names.metrics, given.metrics)
        : [...given.metrics];
  return {
    target: parsePrometheusUrl(names.url, given.url),
    selector: given.selector === undefined ? [] : parseSelector(names.selector, given.selector),
    selectorText: given.selector?.trim() ?? "",
    metrics,
  };
}

/** A Slurm job id as sacct takes it: `123`, an array task `123_4`, a heterogeneous component `123+0`. */
export function parseJobId(input: string, text: string): string {
  const id = text.trim();
  if (!/^\d+([_+]\d+)?$/.test(id)) {
    throw new InputError(
      input,
      text,
      "use a Slurm job id: digits, e.g. 123456 (or 123456_7 for an array task)",
    );
  }
  return id;
}
