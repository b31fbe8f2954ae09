/**
 * `carbon-budget run`: measure a command, account for it, compare it with the history and report.
 * The command is spawned first, so start-up stays fast; the sensors are probed while it starts.
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { accountStep } from "../carbon/account.js";
import { resolveIntensity } from "../carbon/intensity.js";
import { readStore, writeRun } from "../baseline/local-store.js";
import { selectBaseline } from "../baseline/select.js";
import { compareReports } from "../compare/compare.js";
import type { Environment } from "../environment.js";
import { readGitPosition } from "../git/local.js";
import { runCommand } from "../measure/command.js";
import { extendToWindow } from "../measure/extend.js";
import { detectMachine, selectMeters } from "../measure/select.js";
import { monotonicMs, startSampling } from "../measure/sampler.js";
import { buildReport, type HardwareFacts } from "../report/build.js";
import { renderMarkdown } from "../report/markdown.js";
import type { ComponentEnergy } from "../measure/types.js";
import { renderTerminal } from "../report/terminal.js";
import type { RunArgs } from "./args.js";
import { describeProgress, progressSink } from "./progress.js";
import { resolveDeclared } from "./declared.js";
import { VERSION } from "../version.js";

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
  const log = (line: string) => io.stderr.write(`${line}\n`);
  if (intensity.warning) log(`carbon-budget: warning: ${intensity.warning}`);

  const cpuBefore = process.cpuUsage();
  const startedAt = new Date();
  const commandStartMs = monotonicMs();
  const machine = detectMachine(io.env);
  const meters = machine.then((facts) => selectMeters({ env: io.env, intervalMs: args.intervalMs, declared, machine: facts }));
  const commandDone = runCommand(args.command, args.commandArgs);

  const selection = await meters;
  const sink = args.quiet
    ? undefined
    : progressSink(io.stderr, (p) => describeProgress(p, intensity.g_per_kwh, args.pue));
  const samplingStartMs = monotonicMs();
  const sampling = await startSampling({
    meters: selection.meters,
    intervalMs: args.intervalMs,
    ...(sink && { onProgress: sink.update, progressEveryMs: sink.everyMs }),
  });

  const result = await commandDone;
  const endMs = monotonicMs();
  const endedAt = new Date();
  const measured = await sampling.finish();
  sink?.done();
  if (result.error) log(`carbon-budget: ${result.error}`);

  const components = measured.components.map((component) =>
    withSkipNotes(
      extendToWindow(component, endMs - samplingStartMs, samplingStartMs - commandStartMs),
      selection.skipped[component.kind],
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
    notes: [...selection.missing, ...measured.notes, ...(result.error ? [result.error] : [])],
  });

  const git = readGitPosition(io.cwd);
  const facts = await machine;
  const hardware: HardwareFacts = {
    gpus: gpuInventory(components, declared.gpu && { name: declared.gpu.spec.name, count: declared.gpu.count }),
    cpu: { model: declared.cpu?.name ?? facts.cpuModel, count: facts.cpuSockets },
    memory_gb: declared.memoryGb ?? facts.memoryGb,
  };
  const report = buildReport({
    version: VERSION,
    run: {
      id: `${startedAt.toISOString().replace(/[-:]|\.\d+/g, "")}-${randomUUID().slice(0, 8)}`,
      ...(git.branch && { ref: git.branch }),
      ...(git.sha && { sha: git.sha }),
      startedAt,
      endedAt,
    },
    hardware,
    pue: args.pue,
    intensity,
    steps: [step],
  });

  const history = args.store ? readStore(git.root) : { runs: [], skipped: [] };
  for (const line of history.skipped) log(`carbon-budget: history: ${line}`);
  const branch = git.branch ?? "(detached)";
  const choice = selectBaseline(history.runs, {
    step: args.step,
    branch,
    ...(git.mergeBase && git.mergeBase !== git.sha && { mergeBase: git.mergeBase }),
  });
  const comparison = compareReports(
    report,
    choice?.run.report,
    choice && {
      label:
        choice.why === "merge-base"
          ? `merge-base with ${git.defaultBranch}`
          : `previous run on ${choice.run.branch}`,
      runId: choice.run.report.run.id,
      ...(choice.run.report.run.sha && { sha: choice.run.report.run.sha }),
      ...(choice.run.report.run.ref && { ref: choice.run.report.run.ref }),
      endedAt: choice.run.report.run.ended_at,
    },
  );

  if (!args.quiet) io.stderr.write(renderTerminal(report, comparison));
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (args.json === "-") io.stdout.write(json);
  else if (args.json) writeFileSync(resolve(io.cwd, args.json), json);
  if (args.markdown) writeFileSync(resolve(io.cwd, args.markdown), `${renderMarkdown(report, comparison)}\n`);
  if (args.store) {
    const path = writeRun(git.root, { ...(git.branch && { branch: git.branch }), ...(git.sha && { sha: git.sha }) }, report);
    if (!args.quiet) log(`carbon-budget: saved to ${path}${git.dirty ? " (uncommitted changes present)" : ""}`);
  }
  return result.exitCode;
}

function withSkipNotes(component: ComponentEnergy, skipped: string[] | undefined): ComponentEnergy {
  return skipped?.length ? { ...component, notes: [...skipped, ...component.notes] } : component;
}

function gpuInventory(components: ComponentEnergy[], declared: { name: string; count: number } | undefined) {
  const counts = new Map<string, number>();
  for (const c of components) {
    if (c.kind === "gpu" && c.method !== "declared") counts.set(c.model ?? "unknown GPU", (counts.get(c.model ?? "unknown GPU") ?? 0) + 1);
  }
  if (counts.size === 0 && declared) return [{ model: declared.name, count: declared.count }];
  return [...counts].map(([model, count]) => ({ model, count }));
}
