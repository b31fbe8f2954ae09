/**
 * The run report, `carbon-budget/report@1` (docs/architecture.md). Every read goes through this schema: a report
 * from a PR run, an artifact or the on-disk history is untrusted input.
 */
import { z } from "zod";
import { remoteSchema } from "../cluster/remote-record.js";

export const REPORT_SCHEMA_ID = "carbon-budget/report@1";

/**
 * A report is untrusted input, so its lists are bounded; steps by what we write ourselves. `import
 * codecarbon` writes a step per run (and refuses a file of more runs): a large sweep logged to one
 * emissions.csv has thousands. 10,000 imported steps are about 20 MB of JSON, which `compare` reads,
 * judges and renders in seconds; twice as many is past what the renderers were built for.
 */
export const MAX_STEPS = 10_000;

const nonNegative = z.number().finite().nonnegative();

export const componentSchema = z.object({
  /** `node`: a whole machine's energy (Slurm, IPMI), not split into devices. */
  kind: z.enum(["gpu", "cpu", "ram", "node"]),
  device: z.string().max(200).optional(),
  model: z.string().max(200).optional(),
  method: z.enum(["measured", "estimated", "declared"]),
  source: z.string().max(100),
  energy_kwh: nonNegative,
  avg_power_w: nonNegative.optional(),
  samples: z.number().int().nonnegative().optional(),
  /** Remote devices (a cluster's, through Prometheus or Slurm): the machine, the GPU's UUID, the share of the window covered. */
  node: z.string().max(500).optional(),
  uuid: z.string().max(100).optional(),
  coverage: z.number().finite().min(0).max(1).optional(),
  notes: z.array(z.string().max(2000)).max(50).optional(),
});

export const stepSchema = z.object({
  name: z.string().min(1).max(200),
  started_at: z.string(),
  ended_at: z.string(),
  duration_s: nonNegative,
  exit_code: z.number().int().optional(),
  energy_kwh: nonNegative,
  it_energy_kwh: nonNegative,
  operational_g: nonNegative,
  embodied_g: nonNegative,
  co2e_g: nonNegative,
  co2e_low_g: nonNegative,
  co2e_high_g: nonNegative,
  /** The operational part of the range, so a report can be re-accounted at another intensity or PUE. */
  operational_low_g: nonNegative.optional(),
  operational_high_g: nonNegative.optional(),
  functional_unit: z.object({ name: z.string().max(100), count: z.number().positive() }).optional(),
  sci_g_per_unit: nonNegative.optional(),
  // A cluster job is one component per remote device: 64 nodes of 8 GPUs, plus their CPUs and RAM.
  components: z.array(componentSchema).max(8192),
  /** What the tool itself cost: its CPU seconds over the step. */
  overhead: z.object({ cpu_s: nonNegative }).optional(),
  /** Sources that could not serve a component at all (e.g. no GPU found), so nothing is a silent zero. */
  notes: z.array(z.string().max(2000)).max(50).optional(),
  remote: z.array(remoteSchema).max(10).optional(),
  /**
   * Set when the command ran but its energy could not be measured (a sensor probe failed, the action
   * could not prepare): the energy and CO2e fields are then 0 and mean nothing; readers show "not measured".
   */
  not_measured: z.object({ reason: z.string().max(2000) }).optional(),
});

/** The same job where the grid is cleaner (carbon/what-if.ts): up to three places, lowest CO2e first. */
export const whatIfSchema = z.object({
  location: z.string().max(100),
  intensity_g_per_kwh: nonNegative,
  intensity_source: z.string().max(1000),
  co2e_g: nonNegative,
  change_pct: z.number().finite(),
});

/**
 * What the run was compared with and what came of it, as the terminal says it (compare/record.ts).
 * Absent in reports that were not compared (imports, the action's job reports).
 */
export const comparisonSchema = z.object({
  /** The run compared with; absent when there was none. */
  baseline: z
    .object({
      run_id: z.string().max(200),
      ref: z.string().max(500).optional(),
      sha: z.string().max(64).optional(),
      /** Absent only for a baseline stored before its start was kept. */
      started_at: z.string().max(64).optional(),
      ended_at: z.string().max(64).optional(),
      /** How it was found, in words: "merge-base with main", "previous run on feature-x". */
      chosen_as: z.string().max(500).optional(),
      /** Later runs in the same place whose command failed, passed over to reach this one. */
      failed_runs_passed_over: z.number().int().nonnegative().optional(),
    })
    .optional(),
  /** False for a baseline on different hardware: then there are no deltas. */
  comparable: z.boolean(),
  /** CO2e change over the steps both runs have; absent when nothing was compared or the base was 0 g. */
  delta_pct: z.number().finite().optional(),
  delta_g: z.number().finite().optional(),
  delta_kwh: z.number().finite().optional(),
  verdict: z.enum(["pass", "warn", "fail", "no-baseline", "not-measured"]),
  steps: z
    .array(
      z.object({
        name: z.string().max(200),
        status: z.enum(["compared", "new", "not-comparable", "not-measured"]),
        delta_pct: z.number().finite().optional(),
        delta_g: z.number().finite().optional(),
        delta_kwh: z.number().finite().optional(),
      }),
    )
    .max(MAX_STEPS),
  /** Each budget limit judged, with the config file's budgets: kWh for energy, g for co2e, % for increase. */
  budgets: z
    .array(
      z.object({
        scope: z.string().max(200),
        limit: z.enum(["energy", "co2e", "increase"]),
        status: z.enum(["pass", "warn", "fail", "skipped", "not-measured"]),
        limit_value: z.number().finite(),
        actual: z.number().finite().optional(),
        per_unit: z.string().max(100).optional(),
        reason: z.string().max(2000),
      }),
    )
    .max(3 * (MAX_STEPS + 1))
    .optional(),
});

export const reportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  tool: z.object({ name: z.string(), version: z.string() }),
  run: z.object({
    id: z.string().max(200),
    repo: z.string().max(200).optional(),
    ref: z.string().max(500).optional(),
    sha: z.string().max(64).optional(),
    started_at: z.string(),
    ended_at: z.string(),
  }),
  hardware: z.object({
    fingerprint: z.string().max(200),
    gpus: z.array(z.object({ model: z.string().max(200), count: z.number().int().positive() })),
    cpu: z.object({ model: z.string().max(200), count: z.number().int().nonnegative() }),
    memory_gb: nonNegative,
    /** Remote machines the step's work ran on (cluster nodes), part of the fingerprint when present. */
    nodes: z.number().int().nonnegative().optional(),
  }),
  assumptions: z.object({
    pue: z.number().finite().min(1).max(3),
    intensity_g_per_kwh: nonNegative,
    intensity_source: z.string().max(500),
    intensity_year: z.number().int().optional(),
    location: z.string().max(100).optional(),
  }),
  steps: z.array(stepSchema).max(MAX_STEPS),
  totals: z.object({
    duration_s: nonNegative,
    energy_kwh: nonNegative,
    co2e_g: nonNegative,
    co2e_low_g: nonNegative,
    co2e_high_g: nonNegative,
  }),
  comparison: comparisonSchema.optional(),
  what_if: z.array(whatIfSchema).max(3).optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportStep = z.infer<typeof stepSchema>;
export type ReportComponent = z.infer<typeof componentSchema>;
export type ReportComparison = z.infer<typeof comparisonSchema>;

/** Parses untrusted JSON text into a report, with a message that says what is wrong and where. */
export function parseReport(text: string, origin: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${origin}: not JSON (${(error as Error).message})`);
  }
  const result = reportSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? issue.path.join(".") : "(top level)";
    throw new Error(`${origin}: not a ${REPORT_SCHEMA_ID} report: ${where}: ${issue.message}`);
  }
  return result.data;
}
