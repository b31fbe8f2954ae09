/** The machine a report describes, and the fingerprint that says two runs ran on the same one. */
import { createHash } from "node:crypto";

export interface HardwareFacts {
  gpus: { model: string; count: number }[];
  cpu: { model: string; count: number };
  memory_gb: number;
  /** Remote machines (cluster nodes) the step's work ran on; their GPUs are in `gpus`. */
  nodes?: number;
}

/**
 * Same hardware, same fingerprint: GPU models and counts, CPU model and count, and memory rounded to
 * whole GB (the kernel's MemTotal wobbles by a few MB between boots). Remote GPUs count with the local
 * ones, whether a source measured them or a Slurm job held them (`gres/gpu`): 16 GPUs then 8 is another
 * machine, not -50%. Remote nodes join only when there are some, so a run without a cluster keeps the
 * fingerprint it always had.
 */
export function hardwareFingerprint(hardware: HardwareFacts): string {
  const gpus = [...hardware.gpus]
    .sort((a, b) => a.model.localeCompare(b.model))
    .map((g) => `${g.count}x${g.model}`)
    .join("+");
  const nodes = hardware.nodes ? `;nodes=${hardware.nodes}` : "";
  const canonical = `gpus=${gpus};cpu=${hardware.cpu.count}x${hardware.cpu.model};mem=${Math.round(hardware.memory_gb)}${nodes}`;
  return `hw-${createHash("sha256").update(canonical).digest("hex").slice(0, 16)}`;
}
