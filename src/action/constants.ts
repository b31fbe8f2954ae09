/** The action's input, output and state names, in one place (action.yml must match). */

export const Inputs = {
  Run: "run",
  Step: "step",
  Mode: "mode",
  Config: "config",
  Location: "location",
  Pue: "pue",
  Gpu: "gpu",
  GpuCount: "gpu-count",
  Unit: "unit",
  GitHubToken: "github-token",
  Comment: "comment",
  FailOnBudget: "fail-on-budget",
  DataBranch: "data-branch",
  TrackedBranches: "tracked-branches",
  Interval: "interval",
  ArtifactName: "artifact-name",
  ElectricityMapsToken: "electricity-maps-token",
  PrometheusUrl: "prometheus-url",
  PrometheusSelector: "prometheus-selector",
  PrometheusMetrics: "prometheus-metrics",
  Slurm: "slurm",
  Dashboard: "dashboard",
} as const;

export const Outputs = {
  EnergyKwh: "energy-kwh",
  Co2eG: "co2e-g",
  DeltaPct: "delta-pct",
  Verdict: "verdict",
  ReportPath: "report-path",
} as const;

export const State = {
  /** Set by the job's first invocation: its post step reports for the whole job. */
  ReportsInPost: "reports-in-post",
  LedgerDir: "ledger-dir",
} as const;

export const Modes = ["measure", "report", "aggregate", "publish"] as const;
export type Mode = (typeof Modes)[number];

export const DEFAULT_DATA_BRANCH = "carbon-budget-data";
export const DEFAULT_ARTIFACT_NAME = "carbon-budget-report";
