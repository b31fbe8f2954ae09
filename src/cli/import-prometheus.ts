/**
 * `carbon-budget import prometheus --url URL --selector SEL --from T --to T [--metrics ...]`: the energy
 * a past window's series show (a training run that has ended), as a report. Prometheus's trouble and
 * an empty selector exit 2, naming the URL or the selector and what Prometheus answered.
 */
import { measurePrometheusRemote } from "../cluster/remote.js";
import { prometheusSpec } from "../cluster/spec.js";
import { parseInstant, type Window } from "../cluster/window.js";
import { readEnvironment } from "../environment.js";
import { InputError } from "../errors.js";
import { parseOptions } from "./args.js";
import {
  ACCOUNTING_OPTIONS,
  ACCOUNTING_VALUES,
  accountingArgs,
  type ClusterIo,
  writeClusterReport,
} from "./import-cluster.js";
import { IMPORT_PROMETHEUS_USAGE } from "./usage.js";

const OPTIONS = {
  ...ACCOUNTING_OPTIONS,
  url: { type: "string" },
  selector: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  metrics: { type: "string" },
} as const;

export function parseImportPrometheusArgs(argv: string[], nowMs: number) {
  const { values, positionals } = parseOptions(argv, OPTIONS, {
    command: "carbon-budget import prometheus",
    usage: IMPORT_PROMETHEUS_USAGE,
    values: ACCOUNTING_VALUES,
  });
  if (positionals.length > 0) {
    throw new InputError(
      "carbon-budget import prometheus",
      positionals.join(" "),
      `unexpected arguments; it takes options only\n${IMPORT_PROMETHEUS_USAGE}`,
    );
  }
  const required = (flag: "url" | "selector" | "from" | "to", what: string): string => {
    const value = values[flag];
    if (value === undefined)
      throw new InputError(`--${flag}`, "", `give ${what}\n${IMPORT_PROMETHEUS_USAGE}`);
    return value;
  };
  const spec = prometheusSpec(
    {
      url: required("url", "the Prometheus server's URL"),
      selector: required("selector", 'the series to measure, e.g. \'{namespace="ml",pod=~"train-.*"}\''),
      ...(values.metrics !== undefined && { metrics: values.metrics }),
    },
    { url: "--url", selector: "--selector", metrics: "--metrics" },
  );
  const window: Window = {
    fromMs: parseInstant("--from", required("from", "the window's start (RFC 3339 or Unix seconds)")),
    toMs: parseInstant("--to", required("to", "the window's end (RFC 3339 or Unix seconds)")),
  };
  if (window.toMs <= window.fromMs) {
    throw new InputError("--to", values.to ?? "", `it must be after --from (${values.from})`);
  }
  if (window.toMs > nowMs + 60_000) {
    throw new InputError("--to", values.to ?? "", "it is in the future: import a window that has ended");
  }
  return { spec, window, accounting: accountingArgs(values) };
}

export async function runImportPrometheus(argv: string[], io: ClusterIo): Promise<number> {
  const { spec, window, accounting } = parseImportPrometheusArgs(argv, Date.now());
  const remote = await measurePrometheusRemote(spec, window, { env: readEnvironment() });
  const { unmeasured } = remote;
  if (unmeasured) {
    // Nothing matched is the selector's doing; anything else (unreachable, refused, timed out) the URL's.
    if (unmeasured.cause === "nothing-matched") {
      throw new InputError("--selector", spec.selectorText, unmeasured.reason);
    }
    throw new InputError("--url", spec.target.host, unmeasured.reason);
  }
  await writeClusterReport(remote, window, accounting.step ?? "cluster", accounting, io);
  return 0;
}
