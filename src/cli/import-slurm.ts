/**
 * `carbon-budget import slurm JOBID`: a finished Slurm job's energy from its accounting (sacct), as a
 * report. With `--prometheus URL --selector SEL` the job's GPUs are added from DCGM over the job's own
 * window (Slurm records none), with nothing counted twice. An unknown job, or one without energy,
 * exits 2 naming the job or AcctGatherEnergyType.
 */
import { measureRemote } from "../cluster/measure-remote.js";
import { measureSlurmJob, SlurmProblem } from "../cluster/measure-slurm.js";
import { parseJobId, prometheusSpec } from "../cluster/spec.js";
import { readEnvironment } from "../environment.js";
import { InputError } from "../errors.js";
import { parseOptions } from "./args.js";
import {
  ACCOUNTING_OPTIONS,
  ACCOUNTING_VALUES,
  accountingArgs,
  type ClusterIo,
  writeClusterReport,
} from "./import-cluster.js";
import { IMPORT_SLURM_USAGE } from "./usage.js";

const OPTIONS = {
  ...ACCOUNTING_OPTIONS,
  prometheus: { type: "string" },
  selector: { type: "string" },
  metrics: { type: "string" },
} as const;

export function parseImportSlurmArgs(argv: string[]) {
  const { values, positionals } = parseOptions(argv, OPTIONS, {
    command: "carbon-budget import slurm",
    usage: IMPORT_SLURM_USAGE,
    values: ACCOUNTING_VALUES,
  });
  const [id, ...extra] = positionals;
  if (id === undefined) throw new InputError("JOBID", "", `give the Slurm job id\n${IMPORT_SLURM_USAGE}`);
  if (extra.length > 0)
    throw new InputError("carbon-budget import slurm", extra.join(" "), "unexpected arguments");
  if ((values.selector !== undefined || values.metrics !== undefined) && values.prometheus === undefined) {
    throw new InputError(
      values.selector !== undefined ? "--selector" : "--metrics",
      values.selector ?? values.metrics ?? "",
      "it goes with --prometheus URL",
    );
  }
  return {
    jobId: parseJobId("JOBID", id),
    ...(values.prometheus !== undefined && {
      prometheus: prometheusSpec(
        {
          url: values.prometheus,
          // Without one, the job's GPUs: DCGM's HPC mapping labels a GPU with the job holding it.
          ...(values.selector !== undefined && { selector: values.selector }),
          metrics: values.metrics ?? "dcgm",
        },
        { url: "--prometheus", selector: "--selector", metrics: "--metrics" },
      ),
    }),
    accounting: accountingArgs(values),
  };
}

export async function runImportSlurm(argv: string[], io: ClusterIo): Promise<number> {
  const args = parseImportSlurmArgs(argv);
  const env = readEnvironment();
  // The job first, alone: its window is what Prometheus is asked about.
  let measured: Awaited<ReturnType<typeof measureSlurmJob>>;
  try {
    measured = await measureSlurmJob({ id: args.jobId }, { path: env.path });
  } catch (error) {
    if (error instanceof SlurmProblem) throw new InputError("JOBID", args.jobId, error.message);
    throw error;
  }
  const { start, end } = measured.job.job;
  if (!start || !end) throw new InputError("JOBID", args.jobId, "sacct gives no start and end for it");
  const window = { fromMs: start.getTime(), toMs: end.getTime() };
  const remote = await measureRemote(
    { slurm: { jobId: args.jobId, measured }, ...(args.prometheus && { prometheus: args.prometheus }) },
    window,
    { env: { ...env, remoteWaitMs: 0 } },
  );
  const step =
    args.accounting.step ?? (measured.job.job.name.replace(/[^\w.\- ]+/g, "-").slice(0, 100) || "slurm");
  await writeClusterReport(remote, window, step, args.accounting, io);
  return 0;
}
