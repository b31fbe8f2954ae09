/**
 * What every benchmark runs against, set up once per `npm run bench` in its scratch dir: a copy of the
 * CLI bundle (so a concurrent `npm run build` cannot pull it away mid-run), the C fake of libnvidia-ml
 * (the tests' fixture), the C programs in bench/fixtures, a two-socket powercap tree, nvidia-smi fakes
 * on PATH directories of their own, a 128-CPU /proc/stat and a scratch git repository.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { createFakePowercap, LAYOUTS } from "../__tests__/helpers/fake-powercap.js";

export interface Fakes {
  /** The tests' C fake of libnvidia-ml, for CARBON_BUDGET_NVML_LIB. */
  nvmlLib: string;
  /** bench/fixtures/stamp.c: writes CLOCK_MONOTONIC ns to argv[1]. */
  stamp: string;
  /** A directory holding `nvidia-smi` = bench/fixtures/fast-nvidia-smi.c. */
  fastSmiPath: string;
  /** A directory holding `nvidia-smi` = the tests' node fixture, configured by `nodeSmiConfig`. */
  nodeSmiPath: string;
  nodeSmiConfig: string;
  /** Two-socket Xeon layout: package-0/1, each with a dram subzone. */
  powercapRoot: string;
  /** A /proc with a 128-CPU `stat` (and a long `intr` line, as big servers have). */
  proc128Root: string;
  /** A git repository with one commit: the wrapped runs' working directory. */
  gitRepo: string;
}

export interface BenchContext {
  repo: string;
  work: string;
  /** The copied dist/cli/index.js (its mtime kept). */
  cli: string;
  /** bench/preload-exit-usage.cjs. */
  preload: string;
  fakes: Fakes;
}

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the benchmarks with \`npm run bench\``);
  return value;
};

/** The context the parent set up, as its children see it (paths only, nothing rebuilt). */
export function childContext(): BenchContext {
  return JSON.parse(required("BENCH_CONTEXT")) as BenchContext;
}

/** The environment a child benchmark process gets: ours plus the context. */
export const contextEnv = (context: BenchContext): Record<string, string> => ({
  BENCH_CONTEXT: JSON.stringify(context),
});

export const nodeDir = dirname(process.execPath);

/** A clean environment for the CLI, as the tests use: no CI variables or tokens, sensors found only where given. */
export function cliEnv(context: BenchContext, seams: Record<string, string>): Record<string, string> {
  return {
    HOME: context.work,
    LANG: "C",
    PATH: `${nodeDir}:/usr/bin:/bin`,
    CARBON_BUDGET_NO_NETWORK: "1",
    CARBON_BUDGET_POWERCAP_ROOT: join(context.work, "no-powercap"),
    CARBON_BUDGET_NVML_LIB: join(context.work, "no-libnvidia-ml.so.1"),
    CARBON_BUDGET_PROC_ROOT: "/proc",
    ...seams,
  };
}

function gcc(args: string[]): void {
  try {
    execFileSync("gcc", args, { stdio: "pipe" });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`gcc ${args.join(" ")} failed (is gcc installed?): ${stderr || String(error)}`);
  }
}

/** The aggregate and per-CPU lines of a busy machine, and an `intr` line with `irqs` counters. */
function procStatText(cpus: number, irqs: number): string {
  const cpuLine = (label: string, scale: number) =>
    `${label} ${[4_000_000, 2_000, 900_000, 30_000_000, 20_000, 0, 8_000, 0, 0, 0].map((v) => Math.round(v * scale)).join(" ")}`;
  const intr = Array.from({ length: irqs }, (_, i) => (i % 7 === 0 ? 1_000 + i * 37 : 0)).join(" ");
  return [
    cpuLine("cpu ", 1),
    ...Array.from({ length: cpus }, (_, i) => cpuLine(`cpu${i}`, 1 / cpus)),
    `intr 987654321 ${intr}`,
    "ctxt 1990473123",
    "btime 1700000000",
    "processes 291500",
    "procs_running 3",
    "procs_blocked 0",
    "softirq 183433 0 21755 12 39 1137 231 21459 2263 0 12345",
    "",
  ].join("\n");
}

/**
 * Copies dist/cli and dist/node_modules and checks the copy runs. `npm run build` empties dist/ first,
 * so a build in progress (someone else's) is waited for rather than taken for a missing bundle.
 */
function copyBundle(repo: string, work: string): string {
  const dist = join(work, "dist");
  const cli = join(dist, "cli", "index.js");
  const deadline = Date.now() + 90_000;
  for (;;) {
    let problem: string;
    if (
      existsSync(join(repo, "dist", "cli", "index.js")) &&
      existsSync(join(repo, "dist", "node_modules", "koffi"))
    ) {
      rmSync(dist, { recursive: true, force: true });
      for (const part of ["cli", "node_modules"]) {
        cpSync(join(repo, "dist", part), join(dist, part), { recursive: true, preserveTimestamps: true });
      }
      const check = spawnSync(process.execPath, [cli, "--version"], { encoding: "utf8" });
      if (check.status === 0) return cli;
      problem = `the copied bundle does not run: ${check.stderr.trim().split("\n").slice(-3).join(" ")}`;
    } else {
      problem = "dist/cli/index.js is missing";
    }
    if (Date.now() > deadline) throw new Error(`${problem}: run \`npm run build\` first`);
    sleepSync(2000);
  }
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function createContext(repo: string, work: string): BenchContext {
  const cli = copyBundle(repo, work);

  const bin = (name: string) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const nvmlLib = join(bin("nvml"), "libfake-nvml.so");
  gcc(["-shared", "-fPIC", "-O1", "-o", nvmlLib, join(repo, "__tests__", "fixtures", "fake-nvml.c")]);
  const stamp = join(bin("stamp"), "stamp");
  gcc(["-O2", "-o", stamp, join(repo, "bench", "fixtures", "stamp.c")]);
  const fastSmiPath = bin("fast-smi");
  gcc(["-O2", "-o", join(fastSmiPath, "nvidia-smi"), join(repo, "bench", "fixtures", "fast-nvidia-smi.c")]);

  // The same wrapper the tests install: absolute paths, so the fake runs from a PATH of its own.
  const nodeSmiPath = bin("node-smi");
  const nodeSmiConfig = join(nodeSmiPath, "..", "node-smi-config.json");
  writeFileSync(
    nodeSmiConfig,
    JSON.stringify({
      gpus: [
        {
          uuid: "GPU-8d7a2f1c-0000-4000-8000-000000000001",
          name: "NVIDIA A100-SXM4-80GB",
          power: 251.5,
          utilization: 87,
        },
      ],
    }),
  );
  const wrapper = join(nodeSmiPath, "nvidia-smi");
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec "${process.execPath}" "${join(repo, "__tests__", "fixtures", "fake-nvidia-smi")}" "$@"\n`,
  );
  chmodSync(wrapper, 0o755);

  const proc128Root = bin("proc128");
  writeFileSync(join(proc128Root, "stat"), procStatText(128, 2_000));
  writeFileSync(join(proc128Root, "meminfo"), "MemTotal:       1056714176 kB\n");

  const gitRepo = bin("repo");
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", ...args], {
      cwd: gitRepo,
      stdio: "pipe",
    });
  git("init", "-q", "-b", "main");
  git("commit", "-q", "--allow-empty", "-m", "bench");

  return {
    repo,
    work,
    cli,
    preload: join(repo, "bench", "preload-exit-usage.cjs"),
    fakes: {
      nvmlLib,
      stamp,
      fastSmiPath,
      nodeSmiPath,
      nodeSmiConfig,
      // Under the scratch dir: run.mjs points TMPDIR there, so the helper's mkdtemp lands in it.
      powercapRoot: createFakePowercap(LAYOUTS.server2s).root,
      proc128Root,
      gitRepo,
    },
  };
}

/** The newest file under `dir` (for telling whether the bundle predates the sources). */
export function newestFile(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}
