import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type NvidiaSmiMeter, type NvidiaSmiOptions, probeNvidiaSmi } from "../../src/measure/nvidia-smi.js";
import {
  accuracyFactors,
  addGpuRow,
  classifyFailure,
  type GpuRow,
  type GpuTally,
  parseGpuLine,
  parseHelpFields,
  parsePowerFields,
  queryColumns,
  seedTally,
  tallyToComponent,
} from "../../src/measure/nvidia-smi-csv.js";
import { type FakeConfig, type FakeNvidiaSmi, installFakeNvidiaSmi } from "../helpers/fake-nvidia-smi.js";

// Shaped like the real `nvidia-smi --help-query-gpu` (driver 5xx): a header, then blocks that open
// with the quoted name and its aliases, descriptions that quote values mid-line.
const HELP = `List of valid properties to query for the switch "--query-gpu":

"timestamp"
The timestamp of when the query was made in format "YYYY/MM/DD HH:MM:SS.msec".

"name" or "gpu_name"
The official product name of the GPU. This is an alphanumeric string. For all products.

"uuid" or "gpu_uuid"
This value is the globally unique immutable alphanumeric identifier of the GPU.

"power.management"
A flag that indicates whether power management is enabled. Either "Supported" or "[Not Supported]".

"power.draw"
The last measured power draw for the entire board, in watts. This reading is accurate to within +/- 5 watts.

"power.draw.average"
The last measured average power draw for the entire board, in watts.

"power.draw.instant"
The last measured instant power draw for the entire board, in watts.
`;

const OLD_HELP = HELP.split('\n"power.draw.average"')[0] as string;
const COLUMNS = queryColumns("power.draw.instant");
const A100 = "NVIDIA A100-SXM4-80GB";

describe("parsing nvidia-smi output", () => {
  it("lists the fields and aliases of --help-query-gpu, not quoted words in descriptions", () => {
    expect([...parseHelpFields(HELP)]).toEqual([
      "timestamp",
      "name",
      "gpu_name",
      "uuid",
      "gpu_uuid",
      "power.management",
      "power.draw",
      "power.draw.average",
      "power.draw.instant",
    ]);
  });

  it("orders the power fields instant, average, plain, and keeps only those listed", () => {
    expect(parsePowerFields(HELP)).toEqual(["power.draw.instant", "power.draw.average", "power.draw"]);
    expect(parsePowerFields(OLD_HELP)).toEqual(["power.draw"]);
    expect(parsePowerFields('List of valid properties:\n\n"index"\nZero based index.\n')).toEqual([]);
  });

  it("reads a noheader,nounits row", () => {
    expect(parseGpuLine(`0, GPU-5f1e0c2a-77aa-4a1b-9c1d-0e1f2a3b4c5d, ${A100}, 71.23, 0`, COLUMNS)).toEqual({
      index: "0",
      uuid: "GPU-5f1e0c2a-77aa-4a1b-9c1d-0e1f2a3b4c5d",
      name: A100,
      power: { value: 71.23 },
      utilization: { value: 0 },
    });
  });

  it("keeps what nvidia-smi printed instead of a number", () => {
    const power = (cell: string) => parseGpuLine(`1, GPU-b, ${A100}, ${cell}, 7`, COLUMNS)?.power;
    expect(power("[N/A]")).toEqual({ missing: "[N/A]" });
    expect(power("[Not Supported]")).toEqual({ missing: "[Not Supported]" });
    expect(power("N/A")).toEqual({ missing: "N/A" });
    expect(power("")).toEqual({ missing: "empty" });
    expect(power("-3.5")).toEqual({ missing: "-3.5" });
    expect(power("71.23 W")).toEqual({ value: 71.23 });
  });

  it("rejects lines that are not rows of this query", () => {
    expect(
      parseGpuLine('Field "power.draw.instant" is not a valid field to query.', COLUMNS),
    ).toBeUndefined();
    expect(parseGpuLine(`0, GPU-a, ${A100}, 71.23`, COLUMNS)).toBeUndefined();
    expect(parseGpuLine(`x, GPU-a, ${A100}, 71.23, 0`, COLUMNS)).toBeUndefined();
  });

  it("recognises the invalid-field, driver and no-device messages", () => {
    expect(classifyFailure('Field "power.draw.instant" is not a valid field to query.\n\n')).toEqual({
      kind: "invalid-field",
      field: "power.draw.instant",
      message: 'Field "power.draw.instant" is not a valid field to query.',
    });
    const driver =
      "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. " +
      "Make sure that the latest NVIDIA driver is installed and running.";
    expect(classifyFailure(`${driver}\n\n`)).toEqual({ kind: "driver", message: driver });
    expect(classifyFailure("No devices were found\n")).toEqual({
      kind: "no-devices",
      message: "No devices were found",
    });
    expect(classifyFailure(`0, GPU-a, ${A100}, 71.23, 0\n`)).toBeUndefined();
  });
});

describe("integrating rows", () => {
  const row = (power: GpuRow["power"], utilization = 50): GpuRow => ({
    index: "1",
    uuid: "GPU-b",
    name: A100,
    power,
    utilization: { value: utilization },
  });
  const tally = (rows: [number, GpuRow][], gapMs = 3000) =>
    rows.reduce<GpuTally | undefined>((t, [tMs, r]) => addGpuRow(t, r, tMs, gapMs), undefined) as GpuTally;

  /** The component for a tally that must have one. */
  const component = (t: GpuTally, gapMs: number, endMs: number) => {
    const result = tallyToComponent(t, gapMs, endMs);
    if (!result.ok) throw new Error(`expected a component, got: ${result.reason}`);
    return result.component;
  };

  it("integrates by trapezoids", () => {
    const t = tally([
      [0, row({ value: 100 })],
      [1000, row({ value: 200 })],
      [2000, row({ value: 100 })],
    ]);
    const entry = component(t, 3000, 2000);
    // (100 + 200) / 2 W x 1 s + (200 + 100) / 2 W x 1 s = 150 J + 150 J
    expect(entry.energy_j).toBe(300);
    // 300 J over the 2 s between the first and last sample
    expect(entry.avg_power_w).toBe(150);
    expect(entry).toMatchObject({
      device: "1:GPU-b",
      model: A100,
      method: "measured",
      samples: 3,
      covered_ms: 2000,
    });
  });

  it("skips missing values and says how often, and counts the gap they leave", () => {
    const t = tally(
      [
        [0, row({ value: 100 }, 40)],
        [1000, row({ missing: "[N/A]" }, 60)],
        [2000, row({ missing: "[N/A]" }, 80)],
        [3000, row({ missing: "[Not Supported]" }, 20)],
        [4000, row({ value: 300 }, 50)],
      ],
      1500,
    );
    const entry = component(t, 1500, 4000);
    // one trapezoid over the 4 s hole: (100 + 300) / 2 W x 4 s
    expect(entry.energy_j).toBe(800);
    expect(entry.notes).toEqual([
      "power not available on GPU 1: [N/A] in 2 and [Not Supported] in 1 of 5 samples",
      "1 gap(s) over 1500 ms between power samples on GPU 1 (longest 4 s), bridged linearly",
      // (40 + 60 + 80 + 20 + 50) / 5 = 50
      "average utilization.gpu 50% over 5 samples",
    ]);
  });

  it("holds the last reading to the end of the window and covers first reading .. end", () => {
    // Two GPUs at a constant 350 W, read every 1 s from 0.3 s; the command ends at 4.0 s.
    const t = tally([
      [300, row({ value: 350 })],
      [1300, row({ value: 350 })],
      [2300, row({ value: 350 })],
      [3300, row({ value: 350 })],
    ]);
    const entry = component(t, 3000, 4000);
    // 350 W x 3 s between readings + 350 W held 0.7 s = 1295 J over the 3.7 s from the first reading;
    // the 0.3 s before it is extendToWindow's, at this average (350 W): 350 W x 4 s in all.
    expect(entry.energy_j).toBeCloseTo(350 * 3 + 350 * 0.7, 9);
    expect(entry.covered_ms).toBe(3700);
    expect(entry.avg_power_w).toBeCloseTo(350, 9);
    expect(entry.notes).toEqual(["average utilization.gpu 50% over 4 samples"]);

    // A hold longer than the gap threshold is said: 1 s after the last reading, over 0.3 s.
    expect(component(t, 300, 4300).notes[0]).toBe(
      "no power reading from GPU 1 in the last 1 s: the last one, 350 W, is held to the end",
    );
  });

  it("counts a GPU with one reading at that power over the whole window, with a note", () => {
    // 90 W read at 0.4 s, the command ends at 1.0 s: 90 W x 0.6 s = 54 J covering 0.6 s.
    const entry = component(tally([[400, row({ value: 90 })]]), 3000, 1000);
    expect(entry).toMatchObject({ energy_j: 90 * 0.6, covered_ms: 600, avg_power_w: 90, samples: 1 });
    expect(entry.notes[0]).toBe(
      "one power reading from GPU 1 (90 W): counted at that power over the whole window",
    );
  });

  it("falls back to the power read when probing when no row came while the command ran", () => {
    const probed = seedTally(row({ value: 210 }));
    const entry = component(probed, 3000, 1000);
    // Nothing covered: extendToWindow counts the whole window at 210 W.
    expect(entry).toMatchObject({ energy_j: 0, covered_ms: 0, avg_power_w: 210, samples: 0 });
    expect(entry.notes).toEqual([
      "nvidia-smi sent no row for GPU 1 while sampling",
      "no power reading from GPU 1 while the command ran (it ended before nvidia-smi's first row): " +
        "counted at the 210 W read when probing, over the whole window",
    ]);
  });

  it("does not pass a GPU without any power reading off as a measured zero", () => {
    const never = tally([
      [0, row({ missing: "[N/A]" })],
      [1000, row({ missing: "[N/A]" })],
    ]);
    expect(tallyToComponent(never, 3000, 2000)).toEqual({
      ok: false,
      reason:
        "GPU 1 (GPU-b) not measured: nvidia-smi gave no power reading for it (power not available on GPU 1: " +
        "[N/A] in 2 of 2 samples); its energy is missing from the total, not zero",
    });
  });

  it("carries the wider of nvidia-smi's ±5 W and NVML's ±5%", () => {
    // 5 W / 250 W = 2% < 5%
    expect(accuracyFactors(250)).toEqual({ low_factor: 0.95, high_factor: 1.05 });
    // 5 W / 40 W = 12.5% > 5%
    expect(accuracyFactors(40)).toEqual({ low_factor: 0.875, high_factor: 1.125 });
  });
});

describe("probing and sampling through a fake nvidia-smi on PATH", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const gpu = (index: number, power: FakeConfig["gpus"][number]["power"]) => ({
    uuid: `GPU-${index}0000000-0000-0000-0000-000000000000`,
    name: A100,
    power,
    utilization: 90,
  });
  const install = async (config: FakeConfig) => {
    const fake = await installFakeNvidiaSmi(config);
    cleanups.push(() => fake.cleanup());
    return fake;
  };
  const probe = (fake: FakeNvidiaSmi, extra: Partial<NvidiaSmiOptions> = {}) =>
    probeNvidiaSmi({ path: fake.path, env: fake.env, intervalMs: 50, restartDelayMs: 20, ...extra });
  const meterFor = async (fake: FakeNvidiaSmi, extra: Partial<NvidiaSmiOptions> = {}) => {
    const probed = await probe(fake, extra);
    if (!probed.ok) throw new Error(probed.reason);
    // Pushed after the fake's cleanup, so it runs first: no process outlives its test.
    cleanups.push(() => probed.meter.finish(performance.now()));
    return probed.meter;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (what: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
    const deadline = performance.now() + timeoutMs;
    while (!(await what())) {
      if (performance.now() > deadline) throw new Error("timed out waiting");
      await sleep(10);
    }
  };
  const tallyOf = (meter: NvidiaSmiMeter, index: string) =>
    meter.tallies().find((t) => t.index === index) as GpuTally;

  it("stamps rows with the injected clock as they arrive", async () => {
    const fake = await install({ gpus: [gpu(0, [100, 200, 100])], silentAfterRows: 3 });
    const arrivals = [0, 1000, 2000];
    let calls = 0;
    const meter = await meterFor(fake, { clock: () => arrivals[calls++] ?? Number.NaN });
    meter.start(0);
    await until(() => tallyOf(meter, "0").rows === 3);
    const [entry] = await meter.finish(2000);
    // (100 + 200) / 2 W x 1 s + (200 + 100) / 2 W x 1 s = 300 J
    expect(entry?.energy_j).toBe(300);
    expect(entry?.samples).toBe(3);
  });

  it("measures two GPUs at constant power over about a second", async () => {
    const fake = await install({ gpus: [gpu(0, 250), gpu(1, 100)] });
    const meter = await meterFor(fake);
    expect(meter.powerField).toBe("power.draw.instant");
    meter.start(performance.now());
    await sleep(1000);
    const endMs = performance.now();
    const [a, b] = await meter.finish(endMs);
    const spanS = (index: string) => (endMs - (tallyOf(meter, index).power.firstMs ?? 0)) / 1000;
    // constant power: energy = watts x the span from the first sample to the end (the last one held)
    expect(a?.energy_j).toBeCloseTo(250 * spanS("0"), 9);
    expect(b?.energy_j).toBeCloseTo(100 * spanS("1"), 9);
    expect(a?.covered_ms).toBeCloseTo(spanS("0") * 1000, 9);
    // rows every 50 ms for 1 s is 20; half of that must have made it even on a busy machine
    expect(spanS("0")).toBeGreaterThan(0.5);
    expect(a?.samples).toBeGreaterThanOrEqual(10);
    expect(a).toMatchObject({
      kind: "gpu",
      device: "0:GPU-00000000-0000-0000-0000-000000000000",
      model: A100,
      method: "measured",
      source: "nvidia-smi",
      low_factor: 0.95,
      high_factor: 1.05,
    });
    expect(a?.avg_power_w).toBeCloseTo(250, 9);
    expect(b?.device).toBe("1:GPU-10000000-0000-0000-0000-000000000000");
    expect(a?.notes).toContain(`average utilization.gpu 90% over ${a?.samples} samples`);
  });

  it("reports [N/A] readings per GPU and a GPU that never gives power as not measured", async () => {
    const fake = await install({
      gpus: [gpu(0, 100), gpu(1, ["[N/A]", "[N/A]", 80]), gpu(2, "[Not Supported]")],
    });
    const meter = await meterFor(fake);
    meter.start(performance.now());
    await until(() => tallyOf(meter, "1").power.samples >= 3);
    const components = await meter.finish(performance.now());
    // GPU 2 is no component at all: a zero would read as "0 kWh" in every table.
    expect(components.map((c) => c.device?.split(":")[0])).toEqual(["0", "1"]);
    const partial = components[1];
    const rows1 = tallyOf(meter, "1").rows;
    // the first two rows were [N/A]; every other row was a reading
    expect(partial?.samples).toBe(rows1 - 2);
    expect(partial?.notes).toContain(`power not available on GPU 1: [N/A] in 2 of ${rows1} samples`);
    const rows2 = tallyOf(meter, "2").rows;
    expect(meter.unmeasured?.()).toEqual([
      "GPU 2 (GPU-20000000-0000-0000-0000-000000000000) not measured: nvidia-smi gave no power reading " +
        `for it (power not available on GPU 2: [Not Supported] in ${rows2} of ${rows2} samples); ` +
        "its energy is missing from the total, not zero",
    ]);
  });

  it("falls back to the next power field when one is rejected or has no value", async () => {
    const rejected = await meterFor(
      await install({ gpus: [gpu(0, 120)], rejectFields: ["power.draw.instant"] }),
    );
    expect(rejected.powerField).toBe("power.draw.average");
    rejected.start(performance.now());
    const [entry] = await rejected.finish(performance.now());
    expect(entry?.notes).toContain(
      'power field power.draw.instant: rejected (Field "power.draw.instant" is not a valid field to query.); using power.draw.average',
    );

    const empty = await meterFor(await install({ gpus: [gpu(0, { "power.draw": 120 })] }));
    expect(empty.powerField).toBe("power.draw");

    const old = await meterFor(await install({ gpus: [gpu(0, 120)], powerFields: ["power.draw"] }));
    expect(old.powerField).toBe("power.draw");
  });

  it("says why it cannot be used", async () => {
    const reason = async (config: FakeConfig) => {
      const probed = await probe(await install(config));
      return probed.ok ? "ok" : probed.reason;
    };
    expect(await reason({ gpus: [gpu(0, 100)], driverFailure: true })).toBe(
      "nvidia-smi cannot reach the driver: NVIDIA-SMI has failed because it couldn't communicate with the " +
        "NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
    );
    expect(await reason({ gpus: [] })).toBe("nvidia-smi found no GPU (No devices were found)");
    expect(await reason({ gpus: [gpu(0, 100)], powerFields: [] })).toBe(
      "nvidia-smi --help-query-gpu lists no power field (looked for power.draw.instant, power.draw.average, power.draw)",
    );
    expect(
      await reason({ gpus: [gpu(0, "[Not Supported]")], powerFields: ["power.draw.instant", "power.draw"] }),
    ).toBe(
      "nvidia-smi gives no power reading: power.draw.instant: no value (GPU 0: [Not Supported]); " +
        "power.draw: no value (GPU 0: [Not Supported])",
    );
  });

  it("is not found when no PATH entry holds an executable nvidia-smi", async () => {
    const dir = await mkdtemp(join(tmpdir(), "no-nvidia-smi-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, "nvidia-smi"), "not executable", { mode: 0o644 });
    for (const path of [dir, "", `${join(dir, "missing")}:${dir}`]) {
      expect(await probeNvidiaSmi({ path, intervalMs: 50 })).toEqual({
        ok: false,
        source: "nvidia-smi",
        reason: "nvidia-smi is not on PATH",
      });
    }
  });

  it("restarts a sampling process that dies, with backoff, and counts the hole", async () => {
    // 2 GPUs x 2 ticks = 4 rows per crashing run; 200 ms then 400 ms of backoff, both over 3 x 50 ms
    const fake = await install({ gpus: [gpu(0, 200), gpu(1, 200)], exitAfterRows: 4, crashRuns: 2 });
    const meter = await meterFor(fake, { restartDelayMs: 200 });
    meter.start(performance.now());
    await until(async () => (await fake.loopRuns()) === 3 && tallyOf(meter, "0").rows >= 6);
    const [entry] = await meter.finish(performance.now());
    const died =
      "nvidia-smi sampling stopped (exit code 15: Unable to determine the device handle for GPU0000:3B:00.0: " +
      "GPU is lost.) after 4 rows";
    expect(entry?.notes).toContain(`${died}; restarted after 200 ms (restart 1 of 5)`);
    expect(entry?.notes).toContain(`${died}; restarted after 400 ms (restart 2 of 5)`);
    expect(tallyOf(meter, "0").power.gaps).toBeGreaterThanOrEqual(2);
    expect(
      entry?.notes.some((note) => /^\d+ gap\(s\) over 150 ms between power samples on GPU 0/.test(note)),
    ).toBe(true);
  });

  it("gives up after the last allowed restart and says so", async () => {
    const fake = await install({ gpus: [gpu(0, 200)], exitAfterRows: 2 });
    const meter = await meterFor(fake, { maxRestarts: 2 });
    meter.start(performance.now());
    // the first run and 2 restarts
    await until(async () => (await fake.loopRuns()) === 3 && tallyOf(meter, "0").rows === 6);
    await sleep(200);
    const [entry] = await meter.finish(performance.now());
    expect(await fake.loopRuns()).toBe(3);
    expect(entry?.notes.at(-1)).toMatch(
      /after 2 rows; gave up after 2 restarts, no GPU power sampled after that$/,
    );
  });

  it("restarts a process that hangs without exiting", async () => {
    const fake = await install({ gpus: [gpu(0, 200)], silentAfterRows: 2 });
    const meter = await meterFor(fake, { stallMs: 200 });
    meter.start(performance.now());
    await until(async () => {
      meter.poll(performance.now());
      return (await fake.loopRuns()) >= 2;
    });
    const [entry] = await meter.finish(performance.now());
    expect(entry?.notes.some((note) => /^nvidia-smi sent nothing for \d+ ms; stopped it$/.test(note))).toBe(
      true,
    );
    expect(entry?.notes).toContain(
      "nvidia-smi sampling stopped (killed by SIGKILL) after 2 rows; restarted after 20 ms (restart 1 of 5)",
    );
  });

  it("kills a process that ignores SIGTERM", async () => {
    const fake = await install({ gpus: [gpu(0, 200)], ignoreSigterm: true });
    const meter = await meterFor(fake, { killGraceMs: 200 });
    meter.start(performance.now());
    await until(() => tallyOf(meter, "0").rows >= 2);
    const [entry] = await meter.finish(performance.now());
    expect(entry?.notes).toContain("nvidia-smi ignored SIGTERM for 200 ms; killed it");
  });
});
