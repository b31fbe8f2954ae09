/**
 * A step's remote part from every source asked, over the step's window, with nothing counted twice:
 * when Slurm's figure covers a kind of device (RAPL: CPU and DRAM; IPMI: the whole node), the same
 * kind from Prometheus is left out and said so. The entry point `run` and the action's measure step
 * share; it throws nothing for the cluster's trouble.
 */

import type { ComponentEnergy } from "../measure/types.js";
import { joulesToKwh } from "../units.js";
import { measureSlurmJob, type SlurmMeasurement, SlurmProblem } from "./measure-slurm.js";
import {
  EMPTY_REMOTE,
  joinRemote,
  measurePrometheusRemote,
  type PrometheusSpec,
  prometheusNotMeasured,
  type RemoteDeps,
  type RemoteResult,
} from "./remote.js";
import { type Matcher, renderSelector } from "./selector.js";
import { type EnergyPlugin, heldGpus, slurmComponent } from "./slurm-energy.js";
import type { SlurmJobRef } from "./slurm-job-id.js";
import type { Window } from "./window.js";

export interface RemoteSpec {
  prometheus?: PrometheusSpec;
  /**
   * `jobId` given outright (--slurm-job), or `scanned` from sbatch's output (--slurm); `measured` when
   * the caller has read the job already (import slurm).
   */
  slurm?: { jobId?: string; scanned?: SlurmJobRef; measured?: SlurmMeasurement };
}

interface SlurmOutcome {
  result: RemoteResult;
  measured?: SlurmMeasurement;
}

const NO_SLURM: SlurmOutcome = { result: EMPTY_REMOTE };

/** Slurm's accounting lags the job's end by a moment; past this, the job was not waited for. */
const SLURM_WAIT_MS = 15_000;

/**
 * Slurm first when asked: its job's own window (the queue left out) is then Prometheus's too, and a
 * Prometheus part without a selector reads the job's GPUs by DCGM's `hpc_job` label.
 */
export async function measureRemote(
  spec: RemoteSpec,
  window: Window,
  deps: RemoteDeps,
): Promise<RemoteResult> {
  const slurm = spec.slurm
    ? spec.slurm.measured
      ? slurmOutcome(spec.slurm.measured)
      : await measureSlurmRemote(spec.slurm, deps)
    : NO_SLURM;
  const prometheus = spec.prometheus
    ? await prometheusFor(spec.prometheus, slurm, window, deps)
    : EMPTY_REMOTE;
  if (!slurm.measured) return joinRemote(prometheus, slurm.result);
  const kept = leaveOut(prometheus, slurm.measured.plugin);
  const gpus = kept.components.filter((c) => c.kind === "gpu");
  // Unless DCGM's components count the job's GPUs, Slurm's allocation names them for the hardware.
  if (gpus.length === 0) return joinRemote(kept, { ...slurm.result, heldGpus: heldGpus(slurm.measured.job) });
  // The note on Slurm's figure says where the job's GPUs were counted, rather than how to add them.
  const { job, plugin, fromExtern } = slurm.measured;
  const rewritten = slurmComponent(job, plugin, fromExtern, { source: gpus[0].source, count: gpus.length });
  return joinRemote(kept, { ...slurm.result, components: [rewritten] });
}

function prometheusFor(
  spec: PrometheusSpec,
  slurm: SlurmOutcome,
  window: Window,
  deps: RemoteDeps,
): Promise<RemoteResult> {
  const job = slurm.measured?.job.job;
  const jobWindow =
    job?.start && job.end ? { fromMs: job.start.getTime(), toMs: job.end.getTime() } : undefined;
  if (spec.selector.length > 0) return measurePrometheusRemote(spec, jobWindow ?? window, deps);
  if (!job || !jobWindow) {
    const reason =
      "no Slurm job was measured, so there is no hpc_job to select its GPUs by; give a selector (--selector, or the action's prometheus-selector input)";
    return Promise.resolve(prometheusNotMeasured(spec, window, "nothing-matched", reason));
  }
  const selector: Matcher[] = [{ name: "hpc_job", op: "=", value: job.jobId }];
  return measurePrometheusRemote(
    { ...spec, selector, selectorText: renderSelector(selector) },
    jobWindow,
    deps,
  );
}

function slurmOutcome(measured: SlurmMeasurement): SlurmOutcome {
  return {
    measured,
    result: {
      components: [measured.component],
      notes: [],
      warnings: [],
      records: [measured.record],
      nodeCount: measured.job.job.nodes,
    },
  };
}

async function measureSlurmRemote(
  spec: NonNullable<RemoteSpec["slurm"]>,
  deps: RemoteDeps,
): Promise<SlurmOutcome> {
  const ref = spec.jobId ? { id: spec.jobId } : spec.scanned;
  const notMeasured = (target: string, reason: string) => ({
    result: {
      ...EMPTY_REMOTE,
      notes: [`remote energy (Slurm) not measured: ${reason}`],
      warnings: [`remote energy (Slurm) not measured: ${reason}`],
      records: [{ source: "slurm" as const, target, status: "not-measured" as const, reason }],
    },
  });
  if (!ref) {
    return notMeasured(
      "",
      "no job id in the command's output (sbatch prints `Submitted batch job N`, or `N` with --parsable); name the job with --slurm-job ID (in the action, slurm: ID)",
    );
  }
  try {
    const measured = await measureSlurmJob(ref, {
      path: deps.env.path,
      waitMs: Math.min(SLURM_WAIT_MS, deps.env.remoteWaitMs),
      ...(deps.sleep && { sleep: deps.sleep }),
      ...(deps.now && { now: deps.now }),
    });
    return slurmOutcome(measured);
  } catch (error) {
    if (!(error instanceof SlurmProblem)) throw error;
    return notMeasured(ref.id, error.message);
  }
}

/** The Prometheus components of the kinds Slurm's figure already holds, moved to a note. */
function leaveOut(prometheus: RemoteResult, plugin: EnergyPlugin): RemoteResult {
  const covered = (c: ComponentEnergy) =>
    (c.kind === "gpu" && plugin.covers.gpu) ||
    (c.kind === "cpu" && plugin.covers.cpu) ||
    (c.kind === "ram" && plugin.covers.ram);
  const out = prometheus.components.filter(covered);
  if (out.length === 0) return prometheus;
  const kinds = [...new Set(out.map((c) => c.kind.toUpperCase()))].join(", ");
  const kwh = joulesToKwh(out.reduce((sum, c) => sum + c.energy_j, 0));
  return {
    ...prometheus,
    components: prometheus.components.filter((c) => !covered(c)),
    notes: [
      ...prometheus.notes,
      `${kinds} from Prometheus (${kwh.toFixed(3)} kWh over ${out.length} devices) not added: Slurm's figure already holds them (${plugin.what})`,
    ],
  };
}
