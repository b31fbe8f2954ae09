/**
 * Runs the committed CLI bundle (`dist/cli/index.js`) as a user would, in a scratch git repository,
 * with the sensor seams pointed at fakes. Nothing reaches the real machine's sensors.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The benchmarks bundle these helpers elsewhere and say where the repository is.
export const repoRoot =
  process.env.BENCH_REPO_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const cliPath = join(repoRoot, "dist", "cli", "index.js");
/** The directory holding this node, so a test PATH can be minimal and still run `node`. */
export const nodeDir = dirname(process.execPath);

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A PATH, powercap root, NVML library and DMI that find nothing, unless a test says otherwise. */
export function quietSensors(scratch: string): Record<string, string> {
  return {
    PATH: `${nodeDir}:/usr/bin:/bin`,
    CARBON_BUDGET_POWERCAP_ROOT: join(scratch, "no-powercap"),
    CARBON_BUDGET_NVML_LIB: join(scratch, "no-libnvidia-ml.so.1"),
    CARBON_BUDGET_DMI_ROOT: join(scratch, "no-dmi"),
  };
}

export function runCli(
  args: string[],
  options: { cwd: string; env: Record<string, string>; onSpawn?: (pid: number) => void },
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd,
      // A clean environment: no CI variables, tokens or real seams leak in from the test runner.
      env: { HOME: options.cwd, LANG: "C", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function scratchRepo(): { dir: string; git: (...args: string[]) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "carbon-budget-cli-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      },
    }).trim();
  git("init", "-q", "-b", "main");
  git("commit", "-q", "--allow-empty", "-m", "first");
  return { dir, git, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
