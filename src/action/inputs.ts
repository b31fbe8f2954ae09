/**
 * The action's inputs through one zod schema: '' is "not given", booleans are strictly true/false
 * (a typo like `ture` is an error, not false), and every error names the input, the value and what
 * is allowed.
 */
import { z } from "zod";
import { parseFunctionalUnit } from "../carbon/sci.js";
import type { PrometheusSpec } from "../cluster/remote.js";
import { parseJobId, prometheusSpec } from "../cluster/spec.js";
import { InputError } from "../errors.js";
import { STEP_NAME_ALLOWED, stepNameProblem } from "../report/step-name-rule.js";
import { Inputs, type Mode, Modes } from "./constants.js";

export interface ActionInputs {
  run?: string;
  step?: string;
  mode: Mode;
  config: string;
  location?: string;
  pue?: number;
  gpu?: string;
  gpuCount?: number;
  unit?: { name: string; count: number };
  githubToken?: string;
  /** Unset: the config file's comment.mode. */
  comment?: "update" | "new" | "off";
  failOnBudget: boolean;
  dataBranch: string;
  trackedBranches?: string[];
  intervalMs: number;
  artifactName: string;
  /** For live grid intensity; without one nothing is sent to Electricity Maps. */
  electricityMapsToken?: string;
  /** The work `run` launches elsewhere, measured over the step's window. */
  prometheus?: PrometheusSpec;
  /** `slurm: true`: the job id from sbatch's output; `slurm: 123`: that job. */
  slurm?: { jobId?: string };
  /** Unset: the config file's `dashboard`. */
  dashboard?: boolean;
}

type GetInput = (name: string) => string;

/** A budget can name any step the input can: the rule is one (src/pipeline/step-name.ts). */
function checkedStep(name: string): string {
  const problem = stepNameProblem(name);
  if (problem) throw new InputError(`input ${Inputs.Step}`, name, `it ${problem}; ${STEP_NAME_ALLOWED}`);
  return name;
}

function strictBoolean(name: string, text: string | undefined, fallback: boolean): boolean {
  if (text === undefined) return fallback;
  if (text === "true") return true;
  if (text === "false") return false;
  throw new InputError(`input ${name}`, text, "use true or false");
}

function number(
  name: string,
  text: string | undefined,
  rule: { min: number; max: number; integer?: boolean },
) {
  if (text === undefined) return undefined;
  const schema = rule.integer ? z.coerce.number().int() : z.coerce.number();
  const result = schema.min(rule.min).max(rule.max).safeParse(text);
  if (!result.success || text.trim() === "") {
    throw new InputError(
      `input ${name}`,
      text,
      `use ${rule.integer ? "a whole number" : "a number"} from ${rule.min} to ${rule.max}`,
    );
  }
  return result.data;
}

function oneOf<T extends string>(
  name: string,
  text: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new InputError(`input ${name}`, text, `use one of ${allowed.join(", ")}`);
}

/** prometheus-url with prometheus-selector (and prometheus-metrics); slurm: true, false or a job id. */
function remoteInputs(get: (name: string) => string | undefined): Pick<ActionInputs, "prometheus" | "slurm"> {
  const url = get(Inputs.PrometheusUrl);
  const selector = get(Inputs.PrometheusSelector);
  const metrics = get(Inputs.PrometheusMetrics);
  if (url === undefined && (selector !== undefined || metrics !== undefined)) {
    const name = selector !== undefined ? Inputs.PrometheusSelector : Inputs.PrometheusMetrics;
    throw new InputError(`input ${name}`, selector ?? metrics ?? "", `it goes with ${Inputs.PrometheusUrl}`);
  }
  const slurm = get(Inputs.Slurm);
  // With Slurm, no selector means the job's own GPUs: DCGM labels them hpc_job.
  if (url !== undefined && selector === undefined && (slurm === undefined || slurm === "false")) {
    throw new InputError(
      `input ${Inputs.PrometheusUrl}`,
      url,
      `give the series to measure with ${Inputs.PrometheusSelector}, e.g. '{namespace="ml",pod=~"train-.*"}' (with slurm, the job's GPUs by hpc_job)`,
    );
  }
  let slurmSpec: ActionInputs["slurm"];
  if (slurm === "true") slurmSpec = {};
  else if (slurm !== undefined && slurm !== "false") {
    if (!/^\d/.test(slurm))
      throw new InputError(
        `input ${Inputs.Slurm}`,
        slurm,
        "use true (the job id from sbatch's output), false, or a job id",
      );
    slurmSpec = { jobId: parseJobId(`input ${Inputs.Slurm}`, slurm) };
  }
  return {
    ...(url !== undefined && {
      prometheus: prometheusSpec(
        { url, ...(selector !== undefined && { selector }), ...(metrics !== undefined && { metrics }) },
        {
          url: `input ${Inputs.PrometheusUrl}`,
          selector: `input ${Inputs.PrometheusSelector}`,
          metrics: `input ${Inputs.PrometheusMetrics}`,
        },
      ),
    }),
    ...(slurmSpec && { slurm: slurmSpec }),
  };
}

export function readInputs(getInput: GetInput, options: { botEvent?: boolean } = {}): ActionInputs {
  const get = (name: string) => {
    const value = getInput(name).trim();
    return value === "" ? undefined : value;
  };
  const mode = oneOf(Inputs.Mode, get(Inputs.Mode), Modes, "measure");
  const run = get(Inputs.Run);
  if (mode === "measure" && run === undefined && !options.botEvent) {
    throw new InputError(
      `input ${Inputs.Run}`,
      "",
      "give the command to measure, or set mode: report, aggregate or publish",
    );
  }
  const step = get(Inputs.Step);
  const unit = get(Inputs.Unit);
  const branches = get(Inputs.TrackedBranches);
  return {
    ...(run !== undefined && { run }),
    ...(step !== undefined && { step: checkedStep(step) }),
    mode,
    config: get(Inputs.Config) ?? ".github/carbon-budget.yml",
    ...(get(Inputs.Location) !== undefined && { location: get(Inputs.Location) }),
    ...(get(Inputs.Pue) !== undefined && { pue: number(Inputs.Pue, get(Inputs.Pue), { min: 1, max: 3 }) }),
    ...(get(Inputs.Gpu) !== undefined && { gpu: get(Inputs.Gpu) }),
    ...(get(Inputs.GpuCount) !== undefined && {
      gpuCount: number(Inputs.GpuCount, get(Inputs.GpuCount), { min: 1, max: 4096, integer: true }),
    }),
    ...(unit !== undefined && { unit: parseFunctionalUnit(`input ${Inputs.Unit}`, unit) }),
    ...(get(Inputs.GitHubToken) !== undefined && { githubToken: get(Inputs.GitHubToken) }),
    ...(get(Inputs.Comment) !== undefined && {
      comment: oneOf(Inputs.Comment, get(Inputs.Comment), ["update", "new", "off"] as const, "update"),
    }),
    failOnBudget: strictBoolean(Inputs.FailOnBudget, get(Inputs.FailOnBudget), true),
    dataBranch: get(Inputs.DataBranch) ?? "carbon-budget-data",
    ...(branches !== undefined && {
      trackedBranches: branches
        .split(/[\s,]+/)
        .map((b) => b.trim())
        .filter(Boolean),
    }),
    intervalMs:
      number(Inputs.Interval, get(Inputs.Interval), { min: 50, max: 60_000, integer: true }) ?? 1000,
    artifactName: get(Inputs.ArtifactName) ?? "carbon-budget-report",
    ...(get(Inputs.ElectricityMapsToken) !== undefined && {
      electricityMapsToken: get(Inputs.ElectricityMapsToken),
    }),
    ...remoteInputs(get),
    ...(get(Inputs.Dashboard) !== undefined && {
      dashboard: strictBoolean(Inputs.Dashboard, get(Inputs.Dashboard), false),
    }),
  };
}
