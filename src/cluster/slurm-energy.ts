/**
 * Slurm's job energy as a report component (pure): kind `node`, the whole allocation on every node the
 * job held. What it counts depends on the cluster's AcctGatherEnergyType: RAPL reads the CPU packages
 * and DRAM (NVIDIA GPUs are not in it); IPMI, XCC and pm_counters read the node at its power supply or
 * board (GPUs included); `gpu` reads the GPUs alone.
 */
import { DRAM_FACTORS, PACKAGE_FACTORS } from "../measure/rapl-meter.js";
import type { ComponentEnergy } from "../measure/types.js";
import { allocatedGpus, type SacctJob } from "./sacct.js";

/** What a site's energy plugin covers, so nothing a Prometheus source also measured is counted twice. */
export interface EnergyPlugin {
  name?: string;
  covers: { cpu: boolean; ram: boolean; gpu: boolean };
  what: string;
}

export function energyPlugin(name: string | undefined): EnergyPlugin {
  const plugin = name?.replace(/^acct_gather_energy\//, "");
  switch (plugin) {
    case "ipmi":
    case "xcc":
    case "pm_counters":
      return {
        name,
        covers: { cpu: true, ram: true, gpu: true },
        what: `the whole node as its ${plugin === "pm_counters" ? "power counters" : "BMC"} reads it, GPUs included`,
      };
    case "gpu":
      return {
        name,
        covers: { cpu: false, ram: false, gpu: true },
        what: "the GPUs alone (through NVML or ROCm SMI)",
      };
    case "rapl":
      return {
        name,
        covers: { cpu: true, ram: true, gpu: false },
        what: "the CPU packages and DRAM (RAPL): no GPUs",
      };
    default:
      return {
        ...(name && { name }),
        covers: { cpu: true, ram: true, gpu: false },
        what: `what ${name ?? "the site's AcctGatherEnergyType"} reads on each node; taken as CPU and DRAM (RAPL, the usual plugin): no GPUs`,
      };
  }
}

/**
 * `gpusElsewhere`: the job's GPUs as another source measured them (DCGM), so the note says where they
 * are instead of how to add them.
 */
export function slurmComponent(
  job: SacctJob,
  plugin: EnergyPlugin,
  fromExtern: boolean,
  gpusElsewhere?: { source: string; count: number },
): ComponentEnergy {
  const line = job.job;
  const energyJ =
    (fromExtern ? job.steps.find((s) => s.jobId.endsWith(".extern"))?.energyJ : line.energyJ) ?? 0;
  const gpus = allocatedGpus(line.allocTres);
  const notes = [
    `Slurm's ConsumedEnergy for job ${line.jobId} (${line.name}) on ${line.nodeList}, ${line.nodes} node${line.nodes === 1 ? "" : "s"}, for its ${line.elapsedS} s: ${plugin.what}`,
    "exact only when the job had its nodes to itself (sbatch --exclusive): on shared nodes it includes the other jobs' energy",
    ...(fromExtern
      ? [
          `the job's own line has no energy; the ${line.jobId}.extern step's (every node, the whole allocation) is used`,
        ]
      : []),
    ...(gpus.count > 0 && !plugin.covers.gpu
      ? [
          `the job held ${gpus.count} GPU${gpus.count === 1 ? "" : "s"}${gpus.types.length ? ` (${gpus.types.join(", ")})` : ""}: ${
            gpusElsewhere
              ? `not in Slurm's figure; ${gpusElsewhere.count} of them counted from ${gpusElsewhere.source}`
              : `Slurm's figure leaves them out; add them from DCGM with --prometheus URL --selector '{hpc_job="${line.jobId}"}' (in the action, the prometheus-url and prometheus-selector inputs)`
          }`,
        ]
      : []),
  ];
  // RAPL's package bound where that is the plugin; BMCs publish no common bound, so the wider one.
  const factors = plugin.name?.endsWith("rapl") ? PACKAGE_FACTORS : DRAM_FACTORS;
  return {
    kind: "node",
    device: line.nodeList,
    method: "measured",
    source: "slurm",
    energy_j: energyJ,
    low_factor: factors.low,
    high_factor: factors.high,
    ...(line.elapsedS > 0 && { avg_power_w: energyJ / line.elapsedS }),
    node: line.nodeList,
    notes,
  };
}

/**
 * The GPUs a job held, for the report's hardware and fingerprint (a job on 8 GPUs and one on 4 are not
 * comparable): named as Slurm spells them, `gres/gpu:a100` where the site gives a type, else `gres/gpu`.
 */
export function heldGpus(job: SacctJob): { model: string; count: number }[] {
  return allocatedGpus(job.job.allocTres).byType.map((t) => ({
    model: t.type ? `gres/gpu:${t.type}` : "gres/gpu",
    count: t.count,
  }));
}
