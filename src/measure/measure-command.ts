/**
 * Measures one command as one step: spawn it first (start-up stays fast), probe the sensors while it
 * starts, sample until it exits, and return the step's components with every note. Shared by the CLI
 * and the action, so both measure exactly alike. Once the command runs, nothing of ours may stop it or
 * lose its exit code: a measurement that cannot start or finish says why, and the command is waited
 * for all the same.
 */
import type { Environment } from "../environment.js";
import { type CommandResult, runCommand } from "./command.js";
import { extendToWindow } from "./extend.js";
import { monotonicMs, type Progress, startSampling } from "./sampler.js";
import type { DeclaredHardware, MachineFacts } from "./select.js";
import type { ComponentEnergy } from "./types.js";

export interface MeasuredCommand {
  result: CommandResult;
  components: ComponentEnergy[];
  /** Components no source could serve, sampler stalls, a command that could not start. */
  notes: string[];
  /** Set when the command ran but measuring it failed: why. `components` is then empty. */
  notMeasured?: string;
  startedAt: Date;
  endedAt: Date;
  durationS: number;
  /** CPU seconds this process used while measuring. */
  overheadCpuS: number;
  machine: MachineFacts;
}

export interface MeasureOptions {
  command: string;
  args: string[];
  env: Environment;
  intervalMs: number;
  declared: DeclaredHardware;
  progress?: { everyMs: number; update: (progress: Progress) => void };
  spawnEnv?: NodeJS.ProcessEnv;
  /** Sees the command's stdout as it passes through (a Slurm job id in sbatch's output). */
  onStdout?: (chunk: Buffer) => void;
}

/** What is known of a machine whose detection failed: nothing, said as such. */
const UNKNOWN_MACHINE: MachineFacts = { cpuModel: "unknown CPU", cpuSockets: 1, vcpus: 0, memoryGb: 0 };

interface Measuring {
  machine: MachineFacts;
  /** Stops sampling; the window is the command's, on the monotonic clock. */
  finish(commandStartMs: number, endMs: number): Promise<{ components: ComponentEnergy[]; notes: string[] }>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function measureCommand(options: MeasureOptions): Promise<MeasuredCommand> {
  const startedAt = new Date();
  const commandStartMs = monotonicMs();
  const commandDone = runCommand(options.command, options.args, {
    ...(options.spawnEnv && { env: options.spawnEnv }),
    ...(options.onStdout && { onStdout: options.onStdout }),
  });
  let notMeasured: string | undefined;
  const measuring = await startMeasuring(options).catch((error: unknown) => {
    notMeasured = `measuring could not start: ${message(error)}`;
    return undefined;
  });
  const result = await commandDone;
  const endMs = monotonicMs();
  const endedAt = new Date();
  const measured = await measuring?.finish(commandStartMs, endMs).catch((error: unknown) => {
    notMeasured = `measuring failed at the end: ${message(error)}`;
    return undefined;
  });
  // Since the process started: node's own start and loading the bundle are part of what measuring costs.
  const cpuUsed = process.cpuUsage();
  return {
    result,
    components: notMeasured === undefined ? (measured?.components ?? []) : [],
    notes: [...(measured?.notes ?? []), ...(result.error ? [result.error] : [])],
    ...(notMeasured !== undefined && { notMeasured }),
    startedAt,
    endedAt,
    durationS: (endMs - commandStartMs) / 1000,
    overheadCpuS: (cpuUsed.user + cpuUsed.system) / 1e6,
    machine: measuring?.machine ?? UNKNOWN_MACHINE,
  };
}

async function startMeasuring(options: MeasureOptions): Promise<Measuring> {
  // The sources' code loads after the spawn: what the command waits for is only what validation needs.
  const { detectMachine, selectMeters } = await import("./select.js");
  const machine = await detectMachine(options.env);
  const { meters, skipped, missing } = await selectMeters({
    env: options.env,
    intervalMs: options.intervalMs,
    declared: options.declared,
    machine,
  });
  const samplingStartMs = monotonicMs();
  const sampling = await startSampling({
    meters,
    intervalMs: options.intervalMs,
    ...(options.progress && {
      onProgress: options.progress.update,
      progressEveryMs: options.progress.everyMs,
    }),
  });
  return {
    machine,
    async finish(commandStartMs, endMs) {
      const measured = await sampling.finish();
      const components = measured.components.map((component) => {
        const extended = extendToWindow(component, endMs - samplingStartMs, samplingStartMs - commandStartMs);
        const why = skipped[component.kind] ?? [];
        return why.length ? { ...extended, notes: [...why, ...extended.notes] } : extended;
      });
      return { components, notes: [...missing, ...measured.notes] };
    },
  };
}
