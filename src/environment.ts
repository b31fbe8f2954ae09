/** Every environment variable the engine reads, read here and nowhere else. */
export interface Environment {
  /** The RAPL tree (test seam `CARBON_BUDGET_POWERCAP_ROOT`). */
  powercapRoot: string;
  /** Where `stat` and `meminfo` live (test seam `CARBON_BUDGET_PROC_ROOT`). */
  procRoot: string;
  /** The NVML library to load (test seam `CARBON_BUDGET_NVML_LIB`). */
  nvmlLib: string;
  /** The PATH searched for `nvidia-smi`. */
  path: string;
  isCi: boolean;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  return {
    powercapRoot: env.CARBON_BUDGET_POWERCAP_ROOT || "/sys/class/powercap",
    procRoot: env.CARBON_BUDGET_PROC_ROOT || "/proc",
    nvmlLib: env.CARBON_BUDGET_NVML_LIB || "libnvidia-ml.so.1",
    path: env.PATH ?? "",
    isCi: env.CI === "true" || env.CI === "1" || env.GITHUB_ACTIONS === "true",
  };
}
