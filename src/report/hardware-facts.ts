/** What the report says about the machine, from what was measured and what was declared. */
import { randomUUID } from "node:crypto";
import type { EmbodiedInput } from "../carbon/embodied.js";
import { hostShare } from "../carbon/host-share.js";
import type { HardwareFacts } from "../hardware/fingerprint.js";
import { describePlatform } from "../measure/platform.js";
import type { DeclaredHardware, MachineFacts } from "../measure/select.js";
import type { ComponentEnergy } from "../measure/types.js";

/** Sortable and unique: the start time to the second, and a random suffix for runs in the same second. */
export const newRunId = (startedAt: Date): string =>
  `${startedAt.toISOString().replace(/[-:]|\.\d+/g, "")}-${randomUUID().slice(0, 8)}`;

export function hardwareFacts(
  components: ComponentEnergy[],
  declared: DeclaredHardware,
  machine: MachineFacts,
): HardwareFacts {
  const counts = new Map<string, number>();
  for (const c of components) {
    if (c.kind !== "gpu" || c.method === "declared") continue;
    const model = c.model ?? "unknown GPU";
    counts.set(model, (counts.get(model) ?? 0) + 1);
  }
  const gpus =
    counts.size === 0 && declared.gpu
      ? [{ model: declared.gpu.spec.name, count: declared.gpu.count }]
      : [...counts].map(([model, count]) => ({ model, count }));
  return {
    gpus,
    cpu: { model: declared.cpu?.name ?? machine.cpuModel, count: machine.cpuSockets },
    memory_gb: declared.memoryGb ?? machine.memoryGb,
  };
}

/**
 * What SCI's M needs from this run: the GPUs it held, and its share of the server, this machine's vCPUs
 * over its host's (carbon/host-share.ts says how the host is found, and never takes a VM for the whole
 * server).
 */
export function embodiedInput(
  hardware: HardwareFacts,
  machine: MachineFacts,
  declared: DeclaredHardware,
  durationS: number,
): EmbodiedInput {
  const cpu = declared.cpu ?? machine.cpuSpec;
  const platform = machine.platform ?? { kind: "unknown" };
  const share = hostShare({
    vcpus: machine.vcpus,
    platform,
    platformText: describePlatform(platform),
    ...(cpu && { cpu: { name: cpu.name, ...(cpu.threads !== undefined && { threads: cpu.threads }) } }),
    sockets: machine.cpuSockets,
    ...(declared.hostVcpus !== undefined && { declaredHostVcpus: declared.hostVcpus }),
  });
  const gpus = hardware.gpus.map((gpu) => ({
    model: gpu.model,
    count: gpu.count,
    ...(declared.gpu && gpu.model === declared.gpu.spec.name && { spec: declared.gpu.spec }),
  }));
  return {
    durationS,
    gpus,
    server: {
      ...(share && {
        vcpusUsed: share.vcpusUsed,
        vcpusTotal: share.vcpusTotal,
        ...(share.vcpusTotalLow !== undefined && { vcpusTotalLow: share.vcpusTotalLow }),
        ...(share.vcpusTotalHigh !== undefined && { vcpusTotalHigh: share.vcpusTotalHigh }),
        hostBasis: share.basis,
        ...(share.note && { hostNote: share.note }),
      }),
      memoryGb: hardware.memory_gb,
    },
  };
}
