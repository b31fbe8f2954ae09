/**
 * Benchmark 1b: the whole CLI's own CPU for a wrapped run at --interval 1000, per sensor setup. The
 * CLI wraps `sleep`; the benchmark reads the CLI process's CPU time (all threads, from
 * /proc/<pid>/task/<tid>/schedstat, ns) once start-up is over and again `window` seconds later: the
 * difference over the window is the marginal cost of sampling, per second = per sample at 1 Hz. The
 * CPU at exit (a --require hook writes process.resourceUsage()) minus the marginal rate x the run's
 * duration is the fixed cost: start-up, probing, and the report at the end. Children (the wrapped
 * command, nvidia-smi) are separate processes and not in these figures; the nvidia-smi fake's own CPU
 * is read the same way and shown apart. A bare node process with a 1 s setInterval is measured the same
 * way, as the floor any node process waking once a second pays on this machine.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type BenchContext, cliEnv } from "./context.js";
import { childrenMatching, delay, processCpuNs, processRssBytes, processWakeups } from "./stats.js";

export interface CliConfig {
  name: string;
  label: string;
  /** Not the CLI: a bare node process with a 1 s setInterval, for the floor. */
  reference?: boolean;
  seams(context: BenchContext): Record<string, string>;
  /** The source each component must have used, or the run is not measuring what it says. */
  expect: Partial<Record<"gpu" | "cpu" | "ram", string>>;
}

export const NODE_FLOOR: CliConfig = {
  name: "node-floor",
  label: "reference: bare node, `setInterval(() => {}, 1000)`",
  reference: true,
  seams: () => ({}),
  expect: {},
};

export const CLI_CONFIGS: CliConfig[] = [
  {
    name: "nvml+rapl",
    label: "NVML (C fake, 1 GPU) + RAPL (2 sockets)",
    seams: (context) => ({
      CARBON_BUDGET_NVML_LIB: context.fakes.nvmlLib,
      FAKE_NVML_DEVICES: "1",
      FAKE_NVML_POWER_MW: "250000",
      CARBON_BUDGET_POWERCAP_ROOT: context.fakes.powercapRoot,
    }),
    expect: { gpu: "nvml", cpu: "rapl", ram: "rapl" },
  },
  {
    name: "nvidia-smi+rapl",
    label: "nvidia-smi (tests' node fake, 1 GPU; NVML absent) + RAPL (2 sockets)",
    seams: (context) => ({
      PATH: `${context.fakes.nodeSmiPath}:${cliEnv(context, {}).PATH}`,
      FAKE_NVIDIA_SMI_CONFIG: context.fakes.nodeSmiConfig,
      CARBON_BUDGET_POWERCAP_ROOT: context.fakes.powercapRoot,
    }),
    expect: { gpu: "nvidia-smi", cpu: "rapl", ram: "rapl" },
  },
  {
    name: "no-sensors",
    label: "no GPU, no RAPL (this VM): CPU model from /proc/stat, RAM from /proc/meminfo",
    seams: () => ({}),
    expect: { cpu: "cpu-utilisation-model", ram: "ram-model" },
  },
];

export interface CliOverheadResult {
  config: string;
  label: string;
  reference: boolean;
  windowS: number;
  /** CLI CPU per second of the window, µs: per sample at 1 Hz. */
  marginalUsPerS: number;
  /** CLI CPU at exit, µs, and the run's length. */
  totalUs: number;
  durationS: number;
  /** totalUs minus the marginal rate over the run: start-up, probes, the report. */
  fixedUs: number;
  /** What the report says it cost (process.cpuUsage() inside runMeasured). */
  reportedCpuS?: number;
  maxRssKb: number;
  /** Voluntary context switches per second of the window, all threads: how often it woke up. */
  wakeupsPerS: number;
  /** VmRSS at the start and end of the window, bytes. */
  rssWindow: [number, number];
  /** The nvidia-smi child's CPU per second of the window, µs (a node fake, not the real tool). */
  smiUsPerS?: number;
  samples: Record<string, number>;
}

interface Components {
  kind: string;
  source: string;
  samples?: number;
}

export async function runCliOverhead(
  context: BenchContext,
  config: CliConfig,
  options: { warmS: number; windowS: number },
): Promise<CliOverheadResult> {
  const report = join(context.work, `report-${config.name}.json`);
  const usageFile = join(context.work, `usage-${config.name}.json`);
  const sleepS = options.warmS + options.windowS + 1;
  const env = { ...cliEnv(context, config.seams(context)), BENCH_EXIT_USAGE_FILE: usageFile };
  const args = config.reference
    ? ["-e", `setInterval(() => {}, 1000); setTimeout(() => process.exit(0), ${sleepS * 1000})`]
    : [
        context.cli,
        "run",
        "--no-store",
        "--interval",
        "1000",
        "--json",
        report,
        "--",
        "sleep",
        String(sleepS),
      ];
  const launched = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--require", context.preload, ...args], {
    cwd: context.fakes.gitRepo,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, "exit");
  const pid = child.pid;
  if (pid === undefined) throw new Error("the CLI did not start");

  const smiCpuNs = () =>
    childrenMatching(pid, "nvidia-smi").reduce((total, smi) => total + processCpuNs(smi), 0);
  await delay(options.warmS * 1000);
  const startNs = process.hrtime.bigint();
  const cliStart = processCpuNs(pid);
  const smiStart = smiCpuNs();
  const rssStart = processRssBytes(pid);
  const wakeupsStart = processWakeups(pid);
  await delay(options.windowS * 1000);
  const cliEnd = processCpuNs(pid);
  const smiEnd = smiCpuNs();
  const rssEnd = processRssBytes(pid);
  const wakeupsEnd = processWakeups(pid);
  const windowS = Number(process.hrtime.bigint() - startNs) / 1e9;
  const [code] = await exited;
  const ranS = Number(process.hrtime.bigint() - launched) / 1e9;
  if (code !== 0) throw new Error(`${config.name}: the CLI exited ${code}: ${stderr}`);

  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as {
    userUs: number;
    systemUs: number;
    maxRssKb: number;
  };
  const marginalUsPerS = (cliEnd - cliStart) / 1000 / windowS;
  const totalUs = usage.userUs + usage.systemUs;
  const common = {
    config: config.name,
    label: config.label,
    reference: config.reference === true,
    windowS,
    marginalUsPerS,
    totalUs,
    maxRssKb: usage.maxRssKb,
    rssWindow: [rssStart, rssEnd] as [number, number],
    wakeupsPerS: (wakeupsEnd - wakeupsStart) / windowS,
  };
  if (config.reference)
    return { ...common, durationS: ranS, fixedUs: totalUs - marginalUsPerS * ranS, samples: {} };

  const parsed = JSON.parse(readFileSync(report, "utf8")) as {
    steps: { duration_s: number; overhead?: { cpu_s: number }; components: Components[] }[];
  };
  const step = parsed.steps[0];
  if (!step) throw new Error(`${config.name}: the report has no step`);
  for (const [kind, source] of Object.entries(config.expect)) {
    if (!step.components.some((c) => c.kind === kind && c.source === source)) {
      const got = step.components.map((c) => `${c.kind}:${c.source}`).join(", ");
      throw new Error(`${config.name}: expected ${kind} from ${source}, the report has ${got}\n${stderr}`);
    }
  }
  const smiUsPerS = config.expect.gpu === "nvidia-smi" ? (smiEnd - smiStart) / 1000 / windowS : undefined;
  return {
    ...common,
    durationS: step.duration_s,
    fixedUs: totalUs - marginalUsPerS * step.duration_s,
    ...(step.overhead && { reportedCpuS: step.overhead.cpu_s }),
    ...(smiUsPerS !== undefined && { smiUsPerS }),
    samples: Object.fromEntries(step.components.map((c) => [`${c.kind}:${c.source}`, c.samples ?? 0])),
  };
}
