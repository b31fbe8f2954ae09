/**
 * Measures one command as one step: spawn it first (start-up stays fast), probe the sensors while it
 * starts, sample until it exits, and return the step's components with every note. Shared by the CLI
 * and the action, so both measure exactly alike.
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
  startedAt: Date;
  endedAt: Date;
  durationS: number;
  /** CPU seconds this process used while measuring. */
  overheadCpuS: number;
  machine: MachineFacts;
}

export async function measureCommand(options: {
  command: string;
  args: string[];
  env: Environment;
  intervalMs: number;
  declared: DeclaredHardware;
  progress?: { everyMs: number; update: (progress: Progress) => void };
  spawnEnv?: NodeJS.ProcessEnv;
  /** Sees the command's stdout as it passes through (a Slurm job id in sbatch's output). */
  onStdout?: (chunk: Buffer) => void;
}): Promise<MeasuredCommand> {
  const startedAt = new Date();
  const commandStartMs = monotonicMs();
  const commandDone = runCommand(options.command, options.args, {
    ...(options.spawnEnv && { env: options.spawnEnv }),
    ...(options.onStdout && { onStdout: options.onStdout }),
  });
  // The sources' code loads after the spawn: what the command waits for is only what validation needs.
  const { detectMachine, selectMeters } = await import("./select.js");
  const machine = detectMachine(options.env);
  const selection = machine.then((facts) =>
    selectMeters({
      env: options.env,
      intervalMs: options.intervalMs,
      declared: options.declared,
      machine: facts,
    }),
  );

  const { meters, skipped, missing } = await selection;
  const samplingStartMs = monotonicMs();
  const sampling = await startSampling({
    meters,
    intervalMs: options.intervalMs,
    ...(options.progress && {
      onProgress: options.progress.update,
      progressEveryMs: options.progress.everyMs,
    }),
  });
  const result = await commandDone;
  const endMs = monotonicMs();
  const endedAt = new Date();
  const measured = await sampling.finish();

  const components = measured.components.map((component) => {
    const extended = extendToWindow(component, endMs - samplingStartMs, samplingStartMs - commandStartMs);
    const why = skipped[component.kind] ?? [];
    return why.length ? { ...extended, notes: [...why, ...extended.notes] } : extended;
  });
  // Since the process started: node's own start and loading the bundle are part of what measuring costs.
  const cpuUsed = process.cpuUsage();
  return {
    result,
    components,
    notes: [...missing, ...measured.notes, ...(result.error ? [result.error] : [])],
    startedAt,
    endedAt,
    durationS: (endMs - commandStartMs) / 1000,
    overheadCpuS: (cpuUsed.user + cpuUsed.system) / 1e6,
    machine: await machine,
  };
}
