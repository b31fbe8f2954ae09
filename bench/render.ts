/** The markdown tables the harness prints, with each target and whether this run met it. */
import type { CliOverheadResult } from "./cli-overhead.js";
import { MEMORY_SCENARIOS, type MemoryResult } from "./memory.js";
import { POLL_SCENARIOS } from "./poll-cost.js";
import { STARTUP_VARIANTS, type StartupRun } from "./startup.js";
import { type CpuSample, cpuUs, fixed, mb, median, percentile, sig, table } from "./stats.js";

export const TARGETS = {
  cpuSecondsPerHour: 2,
  startupMs: 100,
  memoryGrowthBytes: 5 * 2 ** 20,
} as const;

const verdict = (ok: boolean) => (ok ? "met" : "**missed**");

export function renderPolls(results: Record<string, CpuSample>): string {
  const rows = Object.entries(results).map(([name, sample]) => {
    const scenario = POLL_SCENARIOS[name];
    const per = cpuUs(sample) / sample.n;
    return [
      scenario?.label ?? name,
      `${sample.n.toLocaleString("en")} ${scenario?.unit ?? ""}s`,
      sig(per),
      sig(sample.systemUs / sample.n),
      sig(sample.wallUs / sample.n),
      sig((per * 3600) / 1000),
    ];
  });
  return table(
    ["what", "iterations", "CPU µs each", "of which system", "wall µs each", "CPU ms per hour at 1 Hz"],
    rows,
  );
}

export function renderCli(results: CliOverheadResult[]): string {
  const floor = results.find((r) => r.reference)?.marginalUsPerS;
  const rows = results.map((r) => {
    const perHourS = (r.marginalUsPerS * 3600) / 1e6;
    return [
      r.label,
      `${fixed(r.windowS, 1)} s`,
      sig(r.wakeupsPerS),
      sig(r.marginalUsPerS),
      r.reference || floor === undefined ? "-" : sig(r.marginalUsPerS - floor),
      `${fixed(perHourS, 2)} s`,
      `${fixed(r.fixedUs / 1000, 0)} ms`,
      `${fixed(perHourS + r.fixedUs / 1e6, 2)} s`,
      r.reportedCpuS === undefined ? "-" : `${fixed(r.reportedCpuS * 1000, 0)} ms`,
      `${fixed(r.rssWindow[0] / 2 ** 20, 1)} -> ${fixed(r.rssWindow[1] / 2 ** 20, 1)} MB`,
      `${fixed(r.maxRssKb / 1024, 0)} MB`,
      r.reference ? "" : verdict(perHourS < TARGETS.cpuSecondsPerHour),
    ];
  });
  const samples = results
    .filter((r) => !r.reference)
    .map(
      (r) =>
        `- ${r.config}: ${Object.entries(r.samples)
          .map(([k, v]) => `${k} ${v} samples`)
          .join(", ")} over ${fixed(r.durationS, 1)} s`,
    );
  const smi = results
    .filter((r) => r.smiUsPerS !== undefined)
    .map(
      (r) =>
        `- the fake nvidia-smi (a node script) itself used ${sig(r.smiUsPerS ?? 0)} µs of CPU per second; ` +
        "not counted above, and not what the real nvidia-smi costs.",
    );
  return [
    table(
      [
        "sensors",
        "window",
        "wake-ups per second",
        "CPU µs per second = per sample (marginal)",
        "above the node floor",
        "per hour (x3600)",
        "fixed: start-up + report",
        "a 1-hour run, all in",
        "report's overhead.cpu_s",
        "RSS over the window",
        "peak RSS",
        `< ${TARGETS.cpuSecondsPerHour} s/h`,
      ],
      rows,
    ),
    "",
    ...samples,
    ...smi,
  ].join("\n");
}

export function renderStartup(runs: Record<string, StartupRun[]>): string {
  const rows = STARTUP_VARIANTS.map((variant) => {
    const list = runs[variant.name] ?? [];
    const toCommand = list.flatMap((run) => (run.toCommandMs === undefined ? [] : [run.toCommandMs]));
    const toExit = list.map((run) => run.toExitMs);
    const isCli = variant.name.startsWith("cli-");
    return [
      variant.label,
      String(list.length),
      toCommand.length ? fixed(median(toCommand)) : "-",
      toCommand.length ? fixed(percentile(toCommand, 90)) : "-",
      toCommand.length ? fixed(Math.min(...toCommand)) : "-",
      fixed(median(toExit)),
      isCli ? verdict(median(toCommand) < TARGETS.startupMs) : "",
    ];
  });
  return table(
    [
      "what",
      "runs",
      "launch to command, median ms",
      "p90 ms",
      "min ms",
      "launch to exit, median ms",
      `< ${TARGETS.startupMs} ms`,
    ],
    rows,
  );
}

const signedMb = (bytes: number) => `${bytes >= 0 ? "+" : ""}${mb(bytes)}`;
const signedKb = (bytes: number) => `${bytes >= 0 ? "+" : ""}${sig(bytes / 1024)} KB`;

export function renderMemory(results: Record<string, MemoryResult>): string {
  const rows = Object.entries(results).map(([name, r]) => {
    const rssDelta = r.after.rss - r.before.rss;
    return [
      MEMORY_SCENARIOS[name]?.label ?? name,
      `${r.n.toLocaleString("en")} (+${r.warmup.toLocaleString("en")})`,
      `${fixed(r.start.rss / 2 ** 20, 1)} / ${fixed(r.before.rss / 2 ** 20, 1)} / ${fixed(r.after.rss / 2 ** 20, 1)}`,
      r.quarters.map((q) => fixed(q.rss / 2 ** 20, 1)).join(" / "),
      signedMb(rssDelta),
      signedKb(r.after.heapUsed - r.before.heapUsed),
      `${fixed(r.start.heapTotal / 2 ** 20, 1)} -> ${fixed(r.after.heapTotal / 2 ** 20, 1)}`,
      `${sig(r.seconds)} s`,
      verdict(rssDelta < TARGETS.memoryGrowthBytes),
    ];
  });
  return table(
    [
      "path",
      "samples (+ warm-up)",
      "RSS MB: start / after warm-up / end",
      "RSS MB at each quarter",
      "RSS change over the samples",
      "heapUsed change (retained)",
      "heapTotal MB, start -> end",
      "time",
      "RSS < +5 MB",
    ],
    rows,
  );
}
