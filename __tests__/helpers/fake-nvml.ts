/**
 * Builds the C fake of libnvidia-ml (fixtures/fake-nvml.c) into a temp dir and drives it: the fake
 * reads its configuration from FAKE_NVML_* at nvmlInit_v2 and its clock and power from files, so a
 * test can step time and know the exact counter values.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";

const source = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "fake-nvml.c");

export interface FakeNvmlConfig {
  devices?: number;
  /** Constant power per device; the energy counter advances at exactly this rate. */
  powerMw?: number[];
  /** Counter value at clock 0, per device. */
  baseMj?: number[];
  counterUnsupported?: number[];
  powerUnsupported?: number[];
  /** Clock (ms) from which a device's readings fail with NVML_ERROR_GPU_IS_LOST; -1 for never. */
  lostAtMs?: number[];
  /** Clock (ms) at which a device's counter restarts from 0; -1 for never. */
  resetAtMs?: number[];
  initError?: number;
}

export interface FakeNvml {
  libPath: string;
  /** Replaces the FAKE_NVML_* environment (read at the next nvmlInit_v2) and sets the clock to 0. */
  configure(config: FakeNvmlConfig): void;
  setClock(ms: number): void;
  /** Power readings from now on, mW per device (the counter keeps following `powerMw`). */
  setPower(mw: number[]): void;
  /** The init/shutdown calls made since `configure`. */
  calls(): string[];
  cleanup(): void;
}

export function buildFakeNvml(): FakeNvml {
  // The fake reads the process environment with getenv; a worker thread's process.env is a JS copy.
  if (!isMainThread) throw new Error("the fake NVML needs a process per test file (vitest pool: forks)");
  const dir = mkdtempSync(join(tmpdir(), "carbon-budget-fake-nvml-"));
  const libPath = join(dir, "libfake-nvml.so");
  try {
    execFileSync("gcc", ["-shared", "-fPIC", "-O1", "-o", libPath, source], { stdio: "pipe" });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`could not build the fake NVML with gcc (is gcc installed?): ${stderr || error}`);
  }
  const clockFile = join(dir, "clock");
  const powerFile = join(dir, "power");
  const logFile = join(dir, "calls.log");

  const clearEnvironment = () => {
    for (const key of Object.keys(process.env)) {
      if (key.startsWith("FAKE_NVML_")) delete process.env[key];
    }
  };
  const list = (values: number[] | undefined) => values?.join(",");

  return {
    libPath,
    configure(config) {
      clearEnvironment();
      rmSync(powerFile, { force: true });
      writeFileSync(logFile, "");
      writeFileSync(clockFile, "0");
      const env: Record<string, string | undefined> = {
        FAKE_NVML_CLOCK_FILE: clockFile,
        FAKE_NVML_POWER_FILE: powerFile,
        FAKE_NVML_LOG: logFile,
        FAKE_NVML_DEVICES: config.devices?.toString(),
        FAKE_NVML_POWER_MW: list(config.powerMw),
        FAKE_NVML_BASE_MJ: list(config.baseMj),
        FAKE_NVML_COUNTER_UNSUPPORTED: list(config.counterUnsupported),
        FAKE_NVML_POWER_UNSUPPORTED: list(config.powerUnsupported),
        FAKE_NVML_LOST_AT_MS: list(config.lostAtMs),
        FAKE_NVML_RESET_AT_MS: list(config.resetAtMs),
        FAKE_NVML_INIT_ERROR: config.initError?.toString(),
      };
      for (const [key, value] of Object.entries(env)) {
        if (value !== undefined) process.env[key] = value;
      }
    },
    setClock(ms) {
      writeFileSync(clockFile, String(ms));
    },
    setPower(mw) {
      writeFileSync(powerFile, mw.join(","));
    },
    calls() {
      return readFileSync(logFile, "utf8").split("\n").filter(Boolean);
    },
    cleanup() {
      clearEnvironment();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
