/**
 * The work a step launched on other machines, measured over the step's window: Prometheus (DCGM,
 * Kepler, node_exporter) and Slurm's accounting. Shared by `run`, the imports and the action's measure
 * step. Our own trouble (unreachable, refused, nothing matched) never fails the user's command: the
 * remote part becomes "not measured", with why, in the report and on the console.
 */
import type { Environment } from "../environment.js";
import { type HardwareFacts, hardwareFingerprint } from "../hardware/fingerprint.js";
import type { ComponentEnergy } from "../measure/types.js";
import { measurePrometheus, NothingMeasured } from "./measure-prometheus.js";
import type { MetricSet } from "./metric-set.js";
import { isPrometheusError, PrometheusClient, type PrometheusTarget } from "./prometheus-client.js";
import type { ReportRemote } from "./remote-record.js";
import type { Matcher } from "./selector.js";
import { isoSeconds, type Window } from "./window.js";

export interface PrometheusSpec {
  target: PrometheusTarget;
  /** Empty: the Slurm job's GPUs, `{hpc_job="ID"}`, once the job is known. */
  selector: Matcher[];
  /** As the user wrote it, for messages and the report. */
  selectorText: string;
  metrics: MetricSet[];
}

export interface RemoteResult {
  components: ComponentEnergy[];
  notes: string[];
  /** For the console as well as the report: not measured, low coverage. */
  warnings: string[];
  records: ReportRemote[];
  /** Remote machines the work ran on, for the hardware fingerprint. */
  nodeCount: number;
  /**
   * GPUs the work held that no component counts (a Slurm job's gres/gpu, its energy in no source or
   * in Slurm's node figure), for the hardware and its fingerprint.
   */
  heldGpus?: { model: string; count: number }[];
  /** Why a source could not be measured: its selector found nothing, or the server failed us. */
  unmeasured?: { cause: "nothing-matched" | "server"; reason: string };
}

export interface RemoteDeps {
  env: Environment;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  samplesPerRequest?: number;
  /** Set to the client used, so a benchmark can count its requests. */
  onClient?: (client: PrometheusClient) => void;
}

export const EMPTY_REMOTE: RemoteResult = {
  components: [],
  notes: [],
  warnings: [],
  records: [],
  nodeCount: 0,
};

/** Throws nothing for Prometheus's trouble: an unmeasured remote part is a record that says why. */
export async function measurePrometheusRemote(
  spec: PrometheusSpec,
  window: Window,
  deps: RemoteDeps,
): Promise<RemoteResult> {
  const client = new PrometheusClient({
    target: spec.target,
    ...(deps.env.prometheusAuth && { auth: deps.env.prometheusAuth }),
    ...(deps.sleep && { sleep: deps.sleep }),
  });
  deps.onClient?.(client);
  const base: ReportRemote = {
    source: "prometheus",
    target: spec.target.host,
    selector: spec.selectorText,
    status: "measured",
    from: isoSeconds(window.fromMs),
    to: isoSeconds(window.toMs),
  };
  try {
    const measured = await measurePrometheus(
      { selector: spec.selector, selectorText: spec.selectorText, metrics: spec.metrics, window },
      {
        client,
        maxWaitMs: deps.env.remoteWaitMs,
        ...(deps.now && { now: deps.now }),
        ...(deps.sleep && { sleep: deps.sleep }),
        ...(deps.samplesPerRequest && { samplesPerRequest: deps.samplesPerRequest }),
      },
    );
    const coverage =
      measured.components.reduce((sum, c) => sum + (c.coverage ?? 0), 0) / measured.components.length;
    return {
      components: measured.components,
      notes: measured.notes,
      warnings: measured.warnings,
      records: [{ ...base, coverage, nodes: measured.nodes }],
      nodeCount: measured.nodes.length,
    };
  } catch (error) {
    if (!(error instanceof NothingMeasured) && !isPrometheusError(error)) throw error;
    const cause = error instanceof NothingMeasured ? "nothing-matched" : "server";
    return prometheusNotMeasured(spec, window, cause, error.message);
  }
}

export function prometheusNotMeasured(
  spec: PrometheusSpec,
  window: Window,
  cause: NonNullable<RemoteResult["unmeasured"]>["cause"],
  reason: string,
): RemoteResult {
  return {
    ...EMPTY_REMOTE,
    unmeasured: { cause, reason },
    notes: [`remote energy (Prometheus) not measured: ${reason}`],
    warnings: [`remote energy (Prometheus) not measured: ${reason}`],
    records: [
      {
        source: "prometheus",
        target: spec.target.host,
        ...(spec.selectorText && { selector: spec.selectorText }),
        status: "not-measured",
        reason,
        from: isoSeconds(window.fromMs),
        to: isoSeconds(window.toMs),
      },
    ],
  };
}

const UUID_IN_DEVICE = /^\d+:(GPU-[0-9a-fA-F-]+|MIG-[0-9a-fA-F-]+)$/;

/**
 * This machine's components and the remote ones: a GPU seen by both (same UUID: the runner is itself
 * a cluster node) is counted once, from the local sensor, which read it over exactly the step's window.
 */
export function withRemote(
  local: readonly ComponentEnergy[],
  remote: RemoteResult,
): {
  components: ComponentEnergy[];
  notes: string[];
} {
  const localUuids = new Set<string>();
  const components: ComponentEnergy[] = local.map((c) => {
    const uuid = c.kind === "gpu" ? (c.uuid ?? UUID_IN_DEVICE.exec(c.device ?? "")?.[1]) : undefined;
    if (!uuid) return c;
    localUuids.add(uuid);
    return { ...c, uuid };
  });
  const twice = remote.components.filter((c) => c.uuid && localUuids.has(c.uuid));
  components.push(...remote.components.filter((c) => !twice.includes(c)));
  const notes = [...remote.notes];
  if (twice.length > 0) {
    notes.push(
      `${twice.length} GPU${twice.length === 1 ? "" : "s"} seen by this machine's sensors and through ${twice[0].source} (${twice.map((c) => c.uuid).join(", ")}): counted once, from this machine`,
    );
  }
  return { components, notes };
}

/** What attachRemote touches of a report: its machine and its steps' remote records. */
interface WithRemote {
  hardware: HardwareFacts & { fingerprint: string };
  steps: { remote?: ReportRemote[] }[];
}

/**
 * The report's one step gets the remote records; the hardware and its fingerprint get the remote
 * machines and the GPUs the work held that no component counts.
 */
export function attachRemote<R extends WithRemote>(report: R, remote: RemoteResult): R {
  if (remote.records.length === 0) return report;
  const gpus = new Map(report.hardware.gpus.map((g) => [g.model, g.count]));
  for (const held of remote.heldGpus ?? []) gpus.set(held.model, (gpus.get(held.model) ?? 0) + held.count);
  const hardware = {
    ...report.hardware,
    gpus: [...gpus].map(([model, count]) => ({ model, count })),
    ...(remote.nodeCount > 0 && { nodes: remote.nodeCount }),
  };
  return {
    ...report,
    hardware: { ...hardware, fingerprint: hardwareFingerprint(hardware) },
    steps: report.steps.map((step) => ({ ...step, remote: [...(step.remote ?? []), ...remote.records] })),
  };
}

/** Two sources' results as one (Prometheus and Slurm for the same step). */
export function joinRemote(a: RemoteResult, b: RemoteResult): RemoteResult {
  return {
    components: [...a.components, ...b.components],
    notes: [...a.notes, ...b.notes],
    warnings: [...a.warnings, ...b.warnings],
    records: [...a.records, ...b.records],
    nodeCount: Math.max(a.nodeCount, b.nodeCount),
    ...((a.heldGpus || b.heldGpus) && { heldGpus: [...(a.heldGpus ?? []), ...(b.heldGpus ?? [])] }),
  };
}
