/**
 * Chooses one source per component, best first (docs/methodology.md): GPU NVML > nvidia-smi >
 * declared; CPU RAPL > utilisation model > declared; RAM RAPL dram > declared size > installed size.
 * Why each better source was skipped is kept for the report, and a component no source can serve is
 * said out loud, never a silent zero.
 */
import { totalmem } from "node:os";
import type { Environment } from "../environment.js";
import { type CpuSpec, findCpu } from "../hardware/cpus.js";
import type { GpuSpec } from "../hardware/gpus.js";
import { probeCpuModel } from "./cpu-model.js";
import { declaredCpuMeter, declaredGpuMeter } from "./declared.js";
import { probeNvidiaSmi } from "./nvidia-smi.js";
import { probeNvml } from "./nvml.js";
import { type Platform, readPlatform } from "./platform.js";
import { readMemTotalGb } from "./proc-stat.js";
import { declaredRamMeter, probeRamModel } from "./ram-model.js";
import { probeRapl } from "./rapl.js";
import type { ComponentKind, Meter, Probe } from "./types.js";

export interface DeclaredHardware {
  gpu?: { spec: GpuSpec; count: number };
  cpu?: CpuSpec;
  memoryGb?: number;
  /** The vCPUs of the host this machine runs on (`--host-vcpus`), for its share of embodied emissions. */
  hostVcpus?: number;
}

/** What the machine says about itself, for the CPU model's table lookup and the report's hardware. */
export interface MachineFacts {
  cpuModel: string;
  cpuSpec?: CpuSpec;
  cpuSockets: number;
  vcpus: number;
  memoryGb: number;
  /** Bare metal or a VM, from DMI; absent when it was not read. */
  platform?: Platform;
}

export interface MeterSelection {
  meters: Meter[];
  /** Per component kind: the better sources that were tried and why they could not serve. */
  skipped: Partial<Record<ComponentKind, string[]>>;
  /** Components no source could serve at all. */
  missing: string[];
}

export async function detectMachine(env: Environment): Promise<MachineFacts> {
  // Loaded here, after the command has been spawned: it is a large module, and start-up is the user's.
  const cpu = await import("systeminformation").then((si) => si.default.cpu()).catch(() => undefined);
  const cpuModel = [cpu?.manufacturer, cpu?.brand].filter(Boolean).join(" ").trim() || "unknown CPU";
  let memoryGb: number;
  try {
    memoryGb = readMemTotalGb(env.procRoot);
  } catch {
    memoryGb = totalmem() / 1024 ** 3;
  }
  const cpuSpec = findCpu(cpuModel);
  return {
    cpuModel,
    ...(cpuSpec && { cpuSpec }),
    cpuSockets: cpu?.processors || 1,
    vcpus: cpu?.cores || 0,
    memoryGb,
    platform: readPlatform(env.dmiRoot),
  };
}

const because = (probe: Probe & { ok: false }) => `${probe.source} not used: ${probe.reason}`;

export async function selectMeters(options: {
  env: Environment;
  intervalMs: number;
  declared: DeclaredHardware;
  machine: MachineFacts;
}): Promise<MeterSelection> {
  const { env, intervalMs, declared, machine } = options;
  const meters: Meter[] = [];
  const skipped: MeterSelection["skipped"] = { gpu: [], cpu: [], ram: [] };
  const missing: string[] = [];
  const take = (kind: ComponentKind, probe: Probe): boolean => {
    if (probe.ok) meters.push(probe.meter);
    else skipped[kind]?.push(because(probe));
    return probe.ok;
  };

  const gpuFound =
    take("gpu", await probeNvml({ libPath: env.nvmlLib, intervalMs })) ||
    take("gpu", await probeNvidiaSmi({ path: env.path, intervalMs }));
  if (!gpuFound) {
    if (declared.gpu) meters.push(declaredGpuMeter(declared.gpu.spec, declared.gpu.count));
    else
      missing.push(
        `no GPU measured (${skipped.gpu?.join("; ")}); if this machine has one, declare it: the config's hardware.gpu, the action's gpu input or run's --gpu MODEL`,
      );
  }

  const rapl = probeRapl({ powercapRoot: env.powercapRoot, intervalMs });
  const cpuSpec = declared.cpu ?? machine.cpuSpec;
  const cpuFound =
    take("cpu", rapl.cpu) ||
    take(
      "cpu",
      probeCpuModel({
        procRoot: env.procRoot,
        intervalMs,
        cpu: cpuSpec,
        vcpus: machine.vcpus,
        detectedModel: machine.cpuModel,
      }),
    );
  if (!cpuFound) {
    if (cpuSpec) meters.push(declaredCpuMeter(cpuSpec, machine.vcpus > 0 ? { vcpus: machine.vcpus } : {}));
    else
      missing.push(
        `no CPU energy (${skipped.cpu?.join("; ")}); declare the CPU: the config's hardware.cpu or run's --cpu MODEL`,
      );
  }

  if (!take("ram", rapl.ram)) {
    if (declared.memoryGb !== undefined) meters.push(declaredRamMeter(declared.memoryGb, "--memory-gb"));
    else if (!take("ram", probeRamModel({ procRoot: env.procRoot }))) {
      missing.push(`no RAM energy (${skipped.ram?.join("; ")}); declare it with --memory-gb N`);
    }
  }
  return { meters, skipped, missing };
}
