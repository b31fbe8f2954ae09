/** Every environment variable the engine reads, read here and nowhere else. */

/** Electricity Maps' API; only reached when the user configured a token. */
export const DEFAULT_ELECTRICITY_MAPS_URL = "https://api.electricitymap.org";

/** Prometheus credentials from the environment: a bearer token, or a user and password. */
export type PrometheusAuth = { bearer: string } | { user: string; password: string };

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
  /** Prometheus credentials: `PROMETHEUS_TOKEN` (bearer), else `PROMETHEUS_USER` + `PROMETHEUS_PASSWORD`. */
  prometheusAuth?: PrometheusAuth;
  /**
   * How long, at most, to wait after a command ends for the cluster's figures to catch up: the scrape
   * that covers its end (2 scrape intervals, at most this), Slurm's accounting of the job's end (at
   * most 15 s). `CARBON_BUDGET_REMOTE_WAIT_S`, default 60, 0 for no wait.
   */
  remoteWaitMs: number;
}

/** Whole seconds 0..600, else the default: a typo must not hang a build. */
function waitSeconds(text: string | undefined, fallback: number): number {
  const value = Number(text?.trim());
  return text?.trim() && Number.isFinite(value) && value >= 0 && value <= 600 ? value : fallback;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  // An empty or blank secret (an unset Actions secret expands to "") means no token, not a token of "".
  const token = env.ELECTRICITY_MAPS_TOKEN?.trim();
  const bearer = env.PROMETHEUS_TOKEN?.trim();
  const user = env.PROMETHEUS_USER?.trim();
  return {
    powercapRoot: env.CARBON_BUDGET_POWERCAP_ROOT || "/sys/class/powercap",
    procRoot: env.CARBON_BUDGET_PROC_ROOT || "/proc",
    dmiRoot: env.CARBON_BUDGET_DMI_ROOT || "/sys/class/dmi/id",
    nvmlLib: env.CARBON_BUDGET_NVML_LIB || "libnvidia-ml.so.1",
    path: env.PATH ?? "",
    isCi: env.CI === "true" || env.CI === "1" || env.GITHUB_ACTIONS === "true",
    ...(token ? { electricityMapsToken: token } : {}),
    electricityMapsUrl: env.CARBON_BUDGET_ELECTRICITY_MAPS_URL || DEFAULT_ELECTRICITY_MAPS_URL,
    ...(bearer
      ? { prometheusAuth: { bearer } }
      : user
        ? { prometheusAuth: { user, password: env.PROMETHEUS_PASSWORD ?? "" } }
        : {}),
    remoteWaitMs: waitSeconds(env.CARBON_BUDGET_REMOTE_WAIT_S, 60) * 1000,
  };
}
