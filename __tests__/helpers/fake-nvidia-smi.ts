/**
 * Puts the fake nvidia-smi (__tests__/fixtures/fake-nvidia-smi) on a temp PATH directory as `nvidia-smi`,
 * so probeNvidiaSmi finds and runs it exactly as it would the real one.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURE = fileURLToPath(new URL("../fixtures/fake-nvidia-smi", import.meta.url));

/** A power value as nvidia-smi prints it: watts, or the text it prints instead (`[N/A]`, `[Not Supported]`). */
export type FakeValue = number | string;
/** Constant, or one value per loop tick (the last one holds), or per power field. */
export type FakePower = FakeValue | FakeValue[] | Partial<Record<string, FakeValue | FakeValue[]>>;

export interface FakeGpu {
  index?: number;
  uuid: string;
  name: string;
  power: FakePower;
  utilization?: FakeValue | FakeValue[];
}

export interface FakeConfig {
  gpus: FakeGpu[];
  /** Power fields `--help-query-gpu` lists (default: power.draw, power.draw.average, power.draw.instant). */
  powerFields?: string[];
  /** Listed by the help but refused by a query with `Field "x" is not a valid field to query.`, exit 2. */
  rejectFields?: string[];
  /** Every query prints the "couldn't communicate with the NVIDIA driver" message and exits 9. */
  driverFailure?: boolean;
  /** In -lms mode, exit (code `exitCode`, default 15) after this many rows... */
  exitAfterRows?: number;
  /** ...in the first `crashRuns` loop runs only (default: every run). */
  crashRuns?: number;
  exitCode?: number;
  /** In -lms mode, stop printing after this many rows but stay alive (a hung driver). */
  silentAfterRows?: number;
  /** Ignore SIGTERM, so only SIGKILL stops it. */
  ignoreSigterm?: boolean;
}

export interface FakeNvidiaSmi {
  /** The PATH to hand to probeNvidiaSmi: the temp dir alone. */
  path: string;
  /** The environment the child needs to find its config. */
  env: Record<string, string>;
  /** How many -lms loop processes have been started so far. */
  loopRuns(): Promise<number>;
  cleanup(): Promise<void>;
}

export async function installFakeNvidiaSmi(config: FakeConfig): Promise<FakeNvidiaSmi> {
  const dir = await mkdtemp(join(tmpdir(), "fake-nvidia-smi-"));
  const bin = join(dir, "bin");
  const configPath = join(dir, "config.json");
  const stateFile = join(dir, "state.json");
  await writeFile(configPath, JSON.stringify({ ...config, stateFile }));
  // A wrapper with absolute paths, so the fake runs on a PATH that holds nothing but itself.
  await mkdir(bin);
  const wrapper = join(bin, "nvidia-smi");
  await writeFile(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${FIXTURE}" "$@"\n`);
  await chmod(wrapper, 0o755);
  return {
    path: bin,
    env: { FAKE_NVIDIA_SMI_CONFIG: configPath },
    async loopRuns() {
      try {
        return (JSON.parse(await readFile(stateFile, "utf8")) as { loopRuns: number }).loopRuns;
      } catch {
        return 0;
      }
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
