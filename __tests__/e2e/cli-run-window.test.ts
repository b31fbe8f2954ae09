/**
 * `carbon-budget run` with sampled GPU power (a fake nvidia-smi on PATH): the readings cover the whole
 * command, whatever the sampling interval and however late nvidia-smi's first row comes. At constant
 * power the arithmetic is exact: the last reading holds to the command's end and the time before the
 * first reading is counted at the sampled average, which is that power, so each GPU's energy is its
 * power x the step's duration.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { quietSensors, runCli, scratchRepo } from "../helpers/cli.js";
import { type FakeConfig, installFakeNvidiaSmi } from "../helpers/fake-nvidia-smi.js";

const J_PER_KWH = 3.6e6;
const nodeScript = (code: string) => ["--", process.execPath, "-e", code];
/** Floating point only: the sums below are exact arithmetic, not approximations. */
const exactly = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-9);

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.cleanup());

async function runWithFakeSmi(config: FakeConfig, extra: string[], script: string) {
  const smi = await installFakeNvidiaSmi(config);
  try {
    const env = quietSensors(repo.dir);
    const result = await runCli(
      ["run", "--intensity", "100", "--json", "-", "--quiet", "--no-store", ...extra, ...nodeScript(script)],
      { cwd: repo.dir, env: { ...env, ...smi.env, PATH: `${smi.path}:${env.PATH}` } },
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    return reportSchema.parse(JSON.parse(result.stdout)).steps[0];
  } finally {
    await smi.cleanup();
  }
}

const gpu = (index: number, power: number | string) => ({
  uuid: `GPU-${index}${index}${index}${index}`,
  name: "NVIDIA A100-SXM4-80GB",
  power,
});

describe("sampled GPU power covers the whole command", () => {
  it("two GPUs at a constant 350 W for 4 s, read every second, count 350 W x the duration each", async () => {
    // Rows every 1000 ms (the default interval): up to a second between the last row and the end.
    const step = await runWithFakeSmi({ gpus: [gpu(0, 350), gpu(1, 350)] }, [], "setTimeout(() => {}, 4000)");
    const gpus = step?.components.filter((c) => c.kind === "gpu") ?? [];
    expect(gpus.map((g) => [g.source, g.device])).toEqual([
      ["nvidia-smi", "0:GPU-0000"],
      ["nvidia-smi", "1:GPU-1111"],
    ]);
    for (const g of gpus) exactly(g.energy_kwh * J_PER_KWH, 350 * (step?.duration_s ?? 0));
    expect(step?.duration_s).toBeGreaterThanOrEqual(4);
  });

  it("a short leg with one reading per GPU still counts each GPU, and leaves out one that gave none", async () => {
    // One row per GPU and then silence: the first row of GPU 2 is [N/A], as it was when probing.
    const step = await runWithFakeSmi(
      { gpus: [gpu(0, 200), gpu(1, 300), gpu(2, "[N/A]")], silentAfterRows: 3 },
      ["--interval", "1000"],
      "setTimeout(() => {}, 1000)",
    );
    const gpus = step?.components.filter((c) => c.kind === "gpu") ?? [];
    expect(gpus.map((g) => [g.device, g.samples ?? 0])).toEqual([
      ["0:GPU-0000", expect.any(Number)],
      ["1:GPU-1111", expect.any(Number)],
    ]);
    // At most one row each (none at all when the command ended before nvidia-smi's first row, and
    // then the power read when probing counts): 200 W and 300 W x the duration.
    for (const g of gpus) expect(g.samples ?? 0).toBeLessThanOrEqual(1);
    const duration = step?.duration_s ?? 0;
    exactly((gpus[0]?.energy_kwh ?? 0) * J_PER_KWH, 200 * duration);
    exactly((gpus[1]?.energy_kwh ?? 0) * J_PER_KWH, 300 * duration);
    expect(gpus[0]?.notes?.join("\n")).toMatch(
      /one power reading from GPU 0 \(200 W\): counted at that power over the whole window|counted at the 200 W read when probing/,
    );
    // GPU 2 gave no number: no "0 kWh" row for it, and the step says why (its one row was [N/A], or
    // none came before the command ended).
    expect(step?.notes?.[0]).toMatch(
      /^GPU 2 \(GPU-2222\) not measured: nvidia-smi gave no power reading for it \((power not available on GPU 2: \[N\/A\] in 1 of 1 samples|nvidia-smi sent no row for GPU 2 while sampling)\); its energy is missing from the total, not zero$/,
    );
    expect(step?.components.filter((c) => c.energy_kwh === 0)).toEqual([]);
  });
});
