/** Declared hardware from the command line, looked up in the data tables before anything runs. */
import { requireCpu } from "../hardware/cpus.js";
import { requireGpu } from "../hardware/gpus.js";
import type { DeclaredHardware } from "../measure/select.js";
import type { RunArgs } from "./args.js";

export function resolveDeclared(
  args: Pick<RunArgs, "gpu" | "gpuCount" | "cpu" | "memoryGb" | "hostVcpus">,
): DeclaredHardware {
  return {
    ...(args.gpu && { gpu: { spec: requireGpu(args.gpu, "--gpu"), count: args.gpuCount ?? 1 } }),
    ...(args.cpu && { cpu: requireCpu(args.cpu, "--cpu") }),
    ...(args.memoryGb !== undefined && { memoryGb: args.memoryGb }),
    ...(args.hostVcpus !== undefined && { hostVcpus: args.hostVcpus }),
  };
}
