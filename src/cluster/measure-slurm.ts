/**
 * A Slurm job's energy from its accounting: `sacct` for the job, `scontrol show config` for what the
 * site's energy plugin measures. Both are the cluster's own client tools, found on PATH.
 */
import { execFile } from "node:child_process";
import type { ComponentEnergy } from "../measure/types.js";
import type { ReportRemote } from "./remote-record.js";
import { isFinished, parseSacct, SACCT_FIELDS, type SacctJob } from "./sacct.js";
import { type EnergyPlugin, energyPlugin, slurmComponent } from "./slurm-energy.js";
import type { SlurmJobRef } from "./slurm-job-id.js";
import { isoSeconds } from "./window.js";

/** Why a job's energy cannot be had: the CLI's import exits 2 with it, `run` reports it. */
export class SlurmProblem extends Error {}

export interface SlurmDeps {
  /** The PATH sacct and scontrol are looked up on. */
  path: string;
  /** While the job's accounting is not final, ask again for up to this long. */
  waitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface SlurmMeasurement {
  component: ComponentEnergy;
  plugin: EnergyPlugin;
  job: SacctJob;
  /** The job's own line had no energy: its extern step's was used. */
  fromExtern: boolean;
  record: ReportRemote;
}

function run(command: string, args: string[], path: string): Promise<{ stdout: string; error?: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...process.env, PATH: path }, timeout: 60_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout });
        const code = (error as NodeJS.ErrnoException).code;
        resolve({
          stdout,
          error:
            code === "ENOENT"
              ? `${command} not found on PATH: run this where Slurm's client tools are installed`
              : `${command} failed: ${(stderr || error.message).trim().split("\n")[0]}`,
        });
      },
    );
  });
}

async function readJob(ref: SlurmJobRef, path: string): Promise<SacctJob> {
  const args = [
    "-j",
    ref.id,
    "-P",
    "-n",
    "-o",
    SACCT_FIELDS.join(","),
    ...(ref.cluster ? ["-M", ref.cluster] : []),
  ];
  const { stdout, error } = await run("sacct", args, path);
  if (error) throw new SlurmProblem(error);
  const job = parseSacct(stdout, ref.id);
  if (!job)
    throw new SlurmProblem(`sacct knows no job ${ref.id}${ref.cluster ? ` on cluster ${ref.cluster}` : ""}`);
  return job;
}

export async function measureSlurmJob(ref: SlurmJobRef, deps: SlurmDeps): Promise<SlurmMeasurement> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const deadline = now() + (deps.waitMs ?? 0);
  let job = await readJob(ref, deps.path);
  // The accounting database learns of the end a moment after the job ends.
  while (!isFinished(job.job.state) && now() < deadline) {
    await sleep(Math.min(2000, Math.max(0, deadline - now())));
    job = await readJob(ref, deps.path);
  }
  const line = job.job;
  if (!isFinished(line.state)) {
    throw new SlurmProblem(
      `job ${line.jobId} is ${line.state}: its energy is known once it ends (wrap \`sbatch --wait\`, or run \`carbon-budget import slurm ${line.jobId}\` afterwards)`,
    );
  }
  const config = await run("scontrol", ["show", "config"], deps.path);
  const pluginName = /^AcctGatherEnergyType\s*=\s*(\S+)/m.exec(config.stdout)?.[1];
  const plugin = energyPlugin(pluginName);
  const extern = job.steps.find((s) => s.jobId.endsWith(".extern"))?.energyJ;
  if (line.energyJ === undefined && extern === undefined) {
    throw new SlurmProblem(
      `job ${line.jobId} has no energy in Slurm's accounting (ConsumedEnergyRaw is empty or 0): the cluster needs AcctGatherEnergyType set (e.g. acct_gather_energy/rapl or /ipmi)${
        pluginName ? `; it is ${pluginName}` : ""
      } and AccountingStorageTRES including energy`,
    );
  }
  const fromExtern = line.energyJ === undefined;
  return {
    component: slurmComponent(job, plugin, fromExtern),
    plugin,
    job,
    fromExtern,
    record: {
      source: "slurm",
      target: line.jobId,
      selector: line.name,
      status: "measured",
      ...(line.start && { from: isoSeconds(line.start.getTime()) }),
      ...(line.end && { to: isoSeconds(line.end.getTime()) }),
      nodes: [{ node: line.nodeList }],
    },
  };
}
