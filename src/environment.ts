/** Every environment variable the engine reads, read here and nowhere else. */
/** Electricity Maps' API; only reached when the user configured a token. */
export const DEFAULT_ELECTRICITY_MAPS_URL = "https://api.electricitymap.org";

export interface Environment {
  /** The RAPL tree (test seam `CARBON_BUDGET_POWERCAP_ROOT`). */
  powercapRoot: string;
  /** Where `stat` and `meminfo` live (test seam `CARBON_BUDGET_PROC_ROOT`). */
  procRoot: string;
  /** DMI's `sys_vendor` and `product_name`: bare metal or a VM, and its instance type (test seam `CARBON_BUDGET_DMI_ROOT`). */
  dmiRoot: string;
  /** The NVML library to load (test seam `CARBON_BUDGET_NVML_LIB`). */
  nvmlLib: string;
  /** The PATH searched for `nvidia-smi`. */
  path: string;
  isCi: boolean;
  /** Electricity Maps API token (`ELECTRICITY_MAPS_TOKEN`); without one nothing is sent to Electricity Maps. */
  electricityMapsToken?: string;
  /** Electricity Maps API base URL (test seam `CARBON_BUDGET_ELECTRICITY_MAPS_URL`). */
  electricityMapsUrl: string;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  // An empty or blank secret (an unset Actions secret expands to "") means no token, not a token of "".
  const token = env.ELECTRICITY_MAPS_TOKEN?.trim();
  return {
    powercapRoot: env.CARBON_BUDGET_POWERCAP_ROOT || "/sys/class/powercap",
    procRoot: env.CARBON_BUDGET_PROC_ROOT || "/proc",
    dmiRoot: env.CARBON_BUDGET_DMI_ROOT || "/sys/class/dmi/id",
    nvmlLib: env.CARBON_BUDGET_NVML_LIB || "libnvidia-ml.so.1",
    path: env.PATH ?? "",
    isCi: env.CI === "true" || env.CI === "1" || env.GITHUB_ACTIONS === "true",
    ...(token ? { electricityMapsToken: token } : {}),
    electricityMapsUrl: env.CARBON_BUDGET_ELECTRICITY_MAPS_URL || DEFAULT_ELECTRICITY_MAPS_URL,
  };
}
