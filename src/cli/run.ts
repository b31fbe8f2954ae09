/**
 * `carbon-budget run`: measure a command, account for it, compare it with the history and report.
 * The command is spawned first, so start-up stays fast; the sensors are probed while it starts.
 */
import { randomUUID } from "node:crypto";
import { readStore, writeRun } from "../baseline/local-store.js";
import { selectBaseline } from "../baseline/select.js";
import { accountStep } from "../carbon/account.js";
import { type Intensity, resolveIntensity } from "../carbon/intensity.js";
import { type Comparison, compareReports } from "../compare/compare.js";
import type { Environment } from "../environment.js";
import { isInputError } from "../errors.js";
import { type GitPosition, readGitPosition } from "../git/local.js";
import { runCommand } from "../measure/command.js";
import { extendToWindow } from "../measure/extend.js";
import { monotonicMs, startSampling } from "../measure/sampler.js";
import { type DeclaredHardware, detectMachine, type MachineFacts, selectMeters } from "../measure/select.js";
import type { ComponentEnergy } from "../measure/types.js";
import { buildReport, type HardwareFacts } from "../report/build.js";
import { renderMarkdown } from "../report/markdown.js";
import type { Report } from "../report/schema.js";
import { renderTerminal } from "../report/terminal.js";
import { VERSION } from "../version.js";
import type { RunArgs } from "./args.js";
import { resolveDeclared } from "./declared.js";
import { checkOutputPath, writeOutput } from "./output.js";
import { describeProgress, progressSink } from "./progress.js";

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  env: Environment;
}

export async function runMeasured(args: RunArgs, io: CliIo): Promise<number> {
  // Everything the user could have got wrong is checked before the command starts.
  const intensity = resolveIntensity(args);
  const declared = resolveDeclared(args);
  if (args.json && args.json !== "-") checkOutputPath("--json", args.json, io.cwd);
  if (args.markdown && args.markdown !== "-") checkOutputPath("--markdown", args.markdown, io.cwd);
  const log = (line: string) => io.stderr.write(`carbon-budget: ${line}\n`);
  if (intensity.warning) log(`warning: ${intensity.warning}`);

  const cpuBefore = process.cpuUsage();
  const startedAt = new Date();
  const commandStartMs = monotonicMs();
  const machine = detectMachine(io.env);
  const selection = machine.then((facts) =>
    selectMeters({ env: io.env, intervalMs: args.intervalMs, declared, machine: facts }),
  );
  const commandDone = runCommand(args.command, args.commandArgs);

  const { meters, skipped, missing } = await selection;
  const sink = args.quiet
    ? undefined
    : progressSink(io.stderr, (p) => describeProgress(p, intensity.g_per_kwh, args.pue));
  const samplingStartMs = monotonicMs();
  const sampling = await startSampling({
    meters,
    intervalMs: args.intervalMs,
    ...(sink && { onProgress: sink.update, progressEveryMs: sink.everyMs }),
  });
  const result = await commandDone;
  const endMs = monotonicMs();
  const endedAt = new Date();
  const measured = await sampling.finish();
  sink?.done();
  if (result.error) log(result.error);

  try {
    const components = measured.components.map((component) =>
      withNotes(
        extendToWindow(component, endMs - samplingStartMs, samplingStartMs - commandStartMs),
        skipped[component.kind],
      ),
    );
    const cpuUsed = process.cpuUsage(cpuBefore);
    const step = accountStep({
      name: args.step,
      startedAt,
      endedAt,
      durationS: (endMs - commandStartMs) / 1000,
      exitCode: result.exitCode,
      components,
      pue: args.pue,
      intensityGPerKwh: intensity.g_per_kwh,
      overheadCpuS: (cpuUsed.user + cpuUsed.system) / 1e6,
      notes: [...missing, ...measured.notes, ...(result.error ? [result.error] : [])],
    });
    const git = readGitPosition(io.cwd);
    const report = buildReport({
      version: VERSION,
      run: {
        id: `${startedAt.toISOString().replace(/[-:]|\.\d+/g, "")}-${randomUUID().slice(0, 8)}`,
        ...(git.branch && { ref: git.branch }),
        ...(git.sha && { sha: git.sha }),
        startedAt,
        endedAt,
      },
      hardware: hardwareFacts(components, declared, await machine),
      pue: args.pue,
      intensity,
      steps: [step],
    });
    publish(args, io, report, git, intensity);
  } catch (error) {
    // The command has run: its exit code stays the user's, whatever goes wrong in our reporting.
    log(isInputError(error) ? error.message : `could not finish the report: ${(error as Error).message}`);
  }
  return result.exitCode;
}

/** Keeps the run first (a measurement is never lost), then compares and writes what was asked for. */
function publish(args: RunArgs, io: CliIo, report: Report, git: GitPosition, intensity: Intensity): void {
  const log = (line: string) => io.stderr.write(`carbon-budget: ${line}\n`);
  const history = args.store ? readStore(git.root) : { runs: [], skipped: [] };
  for (const line of history.skipped) log(`history: ${line}`);
  const saved = args.store ? keep(git, report, log) : undefined;
  const comparison = compareWithHistory(report, history.runs, args.step, git);
  if (!args.quiet) io.stderr.write(renderTerminal(report, comparison, { verbose: args.verbose }));
  if (args.json) writeOutput("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
  if (args.markdown) writeOutput("--markdown", args.markdown, `${renderMarkdown(report, comparison)}\n`, io);
  if (saved && !args.quiet)
    log(`saved to ${saved}${git.dirty ? " (the work tree has uncommitted changes)" : ""}`);
  if (intensity.warning && !args.quiet) log(`warning: ${intensity.warning}`);
}

/** A history that cannot be written costs the comparison next time, not this run's outputs. */
function keep(git: GitPosition, report: Report, log: (line: string) => void): string | undefined {
  try {
    return writeRun(
      git.root,
      { ...(git.branch && { branch: git.branch }), ...(git.sha && { sha: git.sha }) },
      report,
    );
  } catch (error) {
    log(`warning: could not save the run to the history: ${(error as Error).message}`);
    return undefined;
  }
}

function compareWithHistory(
  report: Report,
  runs: Parameters<typeof selectBaseline>[0],
  step: string,
  git: GitPosition,
): Comparison {
  const choice = selectBaseline(runs, {
    step,
    branch: git.branch ?? "",
    excludeRunId: report.run.id,
    ...(git.mergeBase && git.mergeBase !== git.sha && { mergeBase: git.mergeBase }),
  });
  if (!choice) return compareReports(report, undefined);
  const base = choice.run.report;
  return compareReports(report, base, {
    label:
      choice.why === "merge-base"
        ? `merge-base with ${git.defaultBranch}`
        : `previous run on ${choice.run.branch}`,
    runId: base.run.id,
    ...(base.run.sha && { sha: base.run.sha }),
    ...(base.run.ref && { ref: base.run.ref }),
    endedAt: base.run.ended_at,
  });
}

function withNotes(component: ComponentEnergy, notes: string[] | undefined): ComponentEnergy {
  return notes?.length ? { ...component, notes: [...notes, ...component.notes] } : component;
}

function hardwareFacts(
  components: ComponentEnergy[],
  declared: DeclaredHardware,
  machine: MachineFacts,
): HardwareFacts {
  const counts = new Map<string, number>();
  for (const c of components) {
    if (c.kind !== "gpu" || c.method === "declared") continue;
    const model = c.model ?? "unknown GPU";
    counts.set(model, (counts.get(model) ?? 0) + 1);
  }
  const gpus =
    counts.size === 0 && declared.gpu
      ? [{ model: declared.gpu.spec.name, count: declared.gpu.count }]
      : [...counts].map(([model, count]) => ({ model, count }));
  return {
    gpus,
    cpu: { model: declared.cpu?.name ?? machine.cpuModel, count: machine.cpuSockets },
    memory_gb: declared.memoryGb ?? machine.memoryGb,
  };
}
