/**
 * Benchmark 2: time from launching the CLI to the wrapped command running. The benchmark reads
 * CLOCK_MONOTONIC (process.hrtime) just before spawn(); the wrapped command is bench/fixtures/stamp.c,
 * which writes the same clock as its first act, so neither node's start-up in the child nor a shell
 * is counted on the command's side. Variants alternate within each round, after two discarded rounds
 * (page cache, first-run effects), so drift on the shared machine hits them alike.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CLI_CONFIGS } from "./cli-overhead.js";
import { type BenchContext, cliEnv } from "./context.js";

export interface StartupVariant {
  name: string;
  label: string;
  /** Has a launch-to-command time, or only launch-to-exit. */
  stamps: boolean;
}

export const STARTUP_VARIANTS: StartupVariant[] = [
  { name: "node-e0", label: "`node -e 0`, for reference", stamps: false },
  {
    name: "node-first-js",
    label: "node, launch to its first line of user code, for reference",
    stamps: true,
  },
  { name: "cli-no-sensors", label: "CLI, no sensors (this VM)", stamps: true },
  { name: "cli-nvml-rapl", label: "CLI, NVML + RAPL fakes", stamps: true },
];

export interface StartupRun {
  /** Launch to the command's first instruction, ms (undefined for variants that run no command). */
  toCommandMs?: number;
  /** Launch to the CLI's exit, ms. */
  toExitMs: number;
}

const FIRST_JS = "require('node:fs').writeFileSync(process.env.STAMP_FILE, String(process.hrtime.bigint()))";

function command(context: BenchContext, variant: string, stampFile: string) {
  const cli = [context.cli, "run", "--no-store", "--quiet", "--", context.fakes.stamp, stampFile];
  const nvmlRapl = CLI_CONFIGS.find((config) => config.name === "nvml+rapl");
  switch (variant) {
    case "node-e0":
      return { args: ["-e", "0"], env: cliEnv(context, {}) };
    case "node-first-js":
      return { args: ["-e", FIRST_JS], env: { ...cliEnv(context, {}), STAMP_FILE: stampFile } };
    case "cli-no-sensors":
      return { args: cli, env: cliEnv(context, {}) };
    case "cli-nvml-rapl":
      return { args: cli, env: cliEnv(context, nvmlRapl?.seams(context) ?? {}) };
    default:
      throw new Error(`unknown start-up variant ${variant}`);
  }
}

export async function startupOnce(context: BenchContext, variant: StartupVariant): Promise<StartupRun> {
  const stampFile = join(context.work, `stamp-${variant.name}`);
  rmSync(stampFile, { force: true });
  const { args, env } = command(context, variant.name, stampFile);
  const launched = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: context.fakes.gitRepo, env, stdio: "ignore" });
  const [code] = await once(child, "exit");
  const toExitMs = Number(process.hrtime.bigint() - launched) / 1e6;
  if (code !== 0) throw new Error(`${variant.name} exited ${code}`);
  if (!variant.stamps) return { toExitMs };
  const stamped = BigInt(readFileSync(stampFile, "utf8").trim());
  return { toCommandMs: Number(stamped - launched) / 1e6, toExitMs };
}

export async function runStartup(
  context: BenchContext,
  rounds: number,
): Promise<Record<string, StartupRun[]>> {
  const runs: Record<string, StartupRun[]> = Object.fromEntries(STARTUP_VARIANTS.map((v) => [v.name, []]));
  for (let round = -2; round < rounds; round += 1) {
    for (const variant of STARTUP_VARIANTS) {
      const run = await startupOnce(context, variant);
      if (round >= 0) runs[variant.name]?.push(run);
    }
  }
  return runs;
}
