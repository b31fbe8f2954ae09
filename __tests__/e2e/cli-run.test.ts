/**
 * `carbon-budget run` end to end: the committed bundle, spawned as a user would, with every sensor
 * faked at the OS boundary (a C fake of libnvidia-ml, a fake nvidia-smi on PATH, a fake powercap tree,
 * a fake /proc), so the real probing, sampling, accounting and reporting code runs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { quietSensors, runCli, scratchRepo } from "../helpers/cli.js";
import { latestBody, startFakeElectricityMaps } from "../helpers/fake-electricity-maps.js";
import { installFakeNvidiaSmi } from "../helpers/fake-nvidia-smi.js";
import { buildFakeNvml, type FakeNvml } from "../helpers/fake-nvml.js";
import { createFakePowercap, type FakePowercap, LAYOUTS } from "../helpers/fake-powercap.js";
import { createFakeProc } from "../helpers/fake-proc.js";

const J_PER_KWH = 3.6e6;
const DE_2025 = electricityMaps.yearly2025.data.DE.carbonIntensity.value;

/** A wrapped command: node running `code`, so the test controls exactly what it does and how long. */
const nodeScript = (code: string) => ["--", process.execPath, "-e", code];
const readReport = (path: string) => reportSchema.parse(JSON.parse(readFileSync(path, "utf8")));
const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(relative);

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.cleanup());

describe("measured sources", () => {
  let nvml: FakeNvml;
  let powercap: FakePowercap;
  beforeAll(() => {
    nvml = buildFakeNvml();
  });
  afterAll(() => nvml.cleanup());
  beforeEach(() => {
    powercap = createFakePowercap(LAYOUTS.laptop);
  });
  afterEach(() => powercap.remove());

  it("measures GPUs through NVML and CPU/RAM through RAPL, and keeps the command's exit code", async () => {
    const pkg = join(powercap.root, "intel-rapl:0", "energy_uj");
    const dram = join(powercap.root, "intel-rapl:0", "intel-rapl:0:2", "energy_uj");
    const pkg0 = powercap.value("intel-rapl:0");
    const dram0 = powercap.value("intel-rapl:0:2");
    // The command moves the RAPL counters once, well after the sensors' first reading (2.5 s leaves
    // room for a loaded machine's slow start), then exits 3.
    const script = `
      const fs = require("fs");
      setTimeout(() => {
        fs.writeFileSync(${JSON.stringify(pkg)}, String(${pkg0} + 3000000));
        fs.writeFileSync(${JSON.stringify(dram)}, String(${dram0} + 1000000));
        setTimeout(() => process.exit(3), 500);
      }, 2500);`;
    const result = await runCli(
      ["run", "--step", "train", "--location", "DE", "--json", "out.json", ...nodeScript(script)],
      {
        cwd: repo.dir,
        env: {
          ...quietSensors(repo.dir),
          CARBON_BUDGET_POWERCAP_ROOT: powercap.root,
          CARBON_BUDGET_NVML_LIB: nvml.libPath,
          FAKE_NVML_DEVICES: "2",
          FAKE_NVML_POWER_MW: "250000,100000",
        },
      },
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(3);

    const report = readReport(join(repo.dir, "out.json"));
    const [step] = report.steps;
    expect(step.name).toBe("train");
    expect(step.exit_code).toBe(3);
    const gpus = step.components.filter((c) => c.kind === "gpu");
    expect(gpus.map((g) => [g.source, g.method, g.device, g.model])).toEqual([
      ["nvml", "measured", "0:GPU-fake-0000", "NVIDIA Fake GPU 0"],
      ["nvml", "measured", "1:GPU-fake-0001", "NVIDIA Fake GPU 1"],
    ]);
    // The fake's counters advance at exactly 250 W and 100 W, and the time before the first reading is
    // counted at that same average, so each GPU's energy is power x the step's duration (within 5%: the
    // last reading lands a few ms after the command's exit, ~0.1 s on a loaded machine, of ~3 s).
    within(gpus[0].energy_kwh * J_PER_KWH, 250 * step.duration_s, 0.05);
    within(gpus[1].energy_kwh * J_PER_KWH, 100 * step.duration_s, 0.05);

    // RAPL: 3,000,000 µJ = 3 J on package-0 and 1 J on dram between readings, plus the time before the
    // first reading counted at the measured average, as the component's note states it (head s x W).
    const cpu = step.components.filter((c) => c.kind === "cpu");
    const ram = step.components.filter((c) => c.kind === "ram");
    expect(cpu.map((c) => [c.source, c.device])).toEqual([["rapl", "package-0"]]);
    expect(ram.map((c) => c.source)).toEqual(["rapl"]);
    const expectRapl = (component: { energy_kwh: number; notes?: string[] }, movedJ: number) => {
      const said = (component.notes ?? [])
        .map((n) => /^first ([\d.]+) s, .* counted at the average ([\d.]+) W$/.exec(n))
        .find(Boolean);
      if (!said) return expect(component.energy_kwh * J_PER_KWH).toBeCloseTo(movedJ, 9);
      const [headS, averageW] = [Number(said[1]), Number(said[2])];
      // The average is the moved energy over the span the readings cover, the step less the head (the
      // note rounds it to 0.1 W; 2% more for the ms between the command's end and the last reading).
      const coveredAverageW = movedJ / (step.duration_s - headS);
      expect(Math.abs(averageW - coveredAverageW)).toBeLessThanOrEqual(0.05 + 0.02 * coveredAverageW);
      // The note rounds the head to 0.01 s and the power to 0.1 W: 2% covers both at these magnitudes.
      within(component.energy_kwh * J_PER_KWH, movedJ + headS * averageW, 0.02);
    };
    expectRapl(cpu[0], 3);
    expectRapl(ram[0], 1);

    // PUE 1 and Germany's yearly intensity: CO2e = facility kWh x intensity.
    const itKwh = step.components.reduce((sum, c) => sum + c.energy_kwh, 0);
    expect(step.it_energy_kwh).toBeCloseTo(itKwh, 12);
    expect(step.energy_kwh).toBeCloseTo(itKwh * 1, 12);
    expect(report.assumptions).toMatchObject({
      pue: 1,
      intensity_g_per_kwh: DE_2025,
      intensity_year: 2025,
      location: "DE",
    });
    expect(step.operational_g).toBeCloseTo(step.energy_kwh * DE_2025, 9);
    // Embodied (SCI M) is on by default and adds to the operational figure.
    expect(step.embodied_g).toBeGreaterThan(0);
    expect(step.co2e_g).toBeCloseTo(step.operational_g + step.embodied_g, 9);
    // ±5% sensor accuracy on every measured component here (GPUs above 100 W, RAPL package; dram ±15%).
    expect(step.co2e_low_g).toBeLessThan(step.co2e_g);
    expect(step.co2e_high_g).toBeGreaterThan(step.co2e_g);
    expect(report.hardware.gpus).toEqual([
      { model: "NVIDIA Fake GPU 0", count: 1 },
      { model: "NVIDIA Fake GPU 1", count: 1 },
    ]);
    expect(step.overhead?.cpu_s).toBeGreaterThan(0);
  });

  it("falls back to nvidia-smi when NVML cannot be loaded, and says why", async () => {
    const smi = await installFakeNvidiaSmi({
      gpus: [{ uuid: "GPU-1111", name: "NVIDIA A100-SXM4-80GB", power: 300, utilization: 90 }],
    });
    try {
      const result = await runCli(
        [
          "run",
          "--step",
          "eval",
          "--intensity",
          "100",
          "--pue",
          "1.5",
          "--interval",
          "100",
          "--json",
          "-",
          "--quiet",
          ...nodeScript("setTimeout(() => {}, 1500)"),
        ],
        {
          cwd: repo.dir,
          env: { ...quietSensors(repo.dir), ...smi.env, PATH: `${smi.path}:${quietSensors(repo.dir).PATH}` },
        },
      );
      expect(result.code).toBe(0);
      const report = reportSchema.parse(JSON.parse(result.stdout));
      const [step] = report.steps;
      const [gpu] = step.components.filter((c) => c.kind === "gpu");
      expect([gpu.source, gpu.method, gpu.model]).toEqual([
        "nvidia-smi",
        "measured",
        "NVIDIA A100-SXM4-80GB",
      ]);
      expect(gpu.notes?.join("\n")).toMatch(/nvml not used: NVML library .* not found/);
      // 300 W over the step: the last sample holds to the command's end, and the time before the first
      // (nvidia-smi starting up) is counted at the sampled average, 300 W; exact up to rounding.
      within(gpu.energy_kwh * J_PER_KWH, 300 * step.duration_s, 1e-9);
      // PUE 1.5 and 100 g/kWh given: facility = IT x 1.5; CO2e = facility x 100.
      expect(step.energy_kwh).toBeCloseTo(step.it_energy_kwh * 1.5, 12);
      expect(step.operational_g).toBeCloseTo(step.it_energy_kwh * 1.5 * 100, 9);
      expect(report.assumptions.intensity_source).toBe("given");
    } finally {
      await smi.cleanup();
    }
  });
});

describe("estimated and declared", () => {
  it("estimates CPU from /proc/stat and RAM from MemTotal when nothing can be read, and names the missing GPU", async () => {
    // 16 GiB = 16,777,216 kB in meminfo.
    const proc = createFakeProc({ cpus: 4, memTotalKb: 16 * 1024 * 1024 });
    try {
      const result = await runCli(
        [
          "run",
          "--cpu",
          "AMD EPYC 7763",
          "--intensity",
          "200",
          "--json",
          "out.json",
          ...nodeScript("setTimeout(() => {}, 1000)"),
        ],
        { cwd: repo.dir, env: { ...quietSensors(repo.dir), CARBON_BUDGET_PROC_ROOT: proc.root } },
      );
      expect(result.code).toBe(0);
      const [step] = readReport(join(repo.dir, "out.json")).steps;
      expect(step.name).toBe("node");
      expect(step.components.map((c) => [c.kind, c.method, c.source])).toEqual([
        ["cpu", "estimated", "cpu-utilisation-model"],
        ["ram", "estimated", "ram-model"],
      ]);
      // RAM: 0.392 W/GB x 16 GiB (16,777,216 kB / 1024 / 1024 = 16 GB) = 6.272 W over the step.
      const [, ram] = step.components;
      within(ram.energy_kwh * J_PER_KWH, 0.392 * 16 * step.duration_s, 0.03);
      expect(step.notes?.join("\n")).toMatch(
        /no GPU measured \(nvml not used: .*; nvidia-smi not used: .*not on PATH/,
      );
      expect(step.components[0].notes?.join("\n")).toMatch(/rapl not used: no RAPL/);
    } finally {
      proc.cleanup();
    }
  });

  it("uses declared GPUs at TDP when no GPU sensor can be read", async () => {
    const result = await runCli(
      [
        "run",
        "--gpu",
        "A100-SXM4-80GB",
        "--gpu-count",
        "8",
        "--memory-gb",
        "512",
        "--intensity",
        "300",
        "--json",
        "out.json",
        ...nodeScript("setTimeout(() => {}, 800)"),
      ],
      { cwd: repo.dir, env: quietSensors(repo.dir) },
    );
    expect(result.code).toBe(0);
    const report = readReport(join(repo.dir, "out.json"));
    const [step] = report.steps;
    const gpu = step.components.find((c) => c.kind === "gpu");
    expect([gpu?.method, gpu?.source, gpu?.model]).toEqual(["declared", "declared", "NVIDIA A100 SXM4 80GB"]);
    // 8 x 400 W (A100 SXM4 TDP) = 3200 W for the step's duration.
    within((gpu?.energy_kwh ?? 0) * J_PER_KWH, 8 * 400 * step.duration_s, 0.03);
    const ram = step.components.find((c) => c.kind === "ram");
    // 0.392 W/GB x 512 GB = 200.704 W.
    expect(ram?.method).toBe("declared");
    within((ram?.energy_kwh ?? 0) * J_PER_KWH, 0.392 * 512 * step.duration_s, 0.03);
    expect(report.hardware.gpus).toEqual([{ model: "NVIDIA A100 SXM4 80GB", count: 8 }]);
    // 8 A100 SXM4 at 150 kg each over the step, amortised over 4 years (365.25 d):
    // 8 x 150,000 g x duration / (4 x 365.25 x 86,400 s), plus the server's and memory's share.
    const gpusOnly = (8 * 150_000 * step.duration_s) / (4 * 365.25 * 86_400);
    expect(step.embodied_g).toBeGreaterThan(gpusOnly);
    expect(report.hardware.memory_gb).toBe(512);
  });
});

describe("accounting options", () => {
  it("leaves embodied out with --no-embodied, and gives grams per unit with --unit", async () => {
    const result = await runCli(
      [
        "run",
        "--no-embodied",
        "--unit",
        "samples=50000",
        "--intensity",
        "400",
        "--memory-gb",
        "16",
        "--json",
        "out.json",
        ...nodeScript("setTimeout(() => {}, 300)"),
      ],
      { cwd: repo.dir, env: quietSensors(repo.dir) },
    );
    expect(result.code).toBe(0);
    const [step] = readReport(join(repo.dir, "out.json")).steps;
    expect(step.embodied_g).toBe(0);
    expect(step.notes?.join("\n")).toContain("embodied");
    expect(step.functional_unit).toEqual({ name: "samples", count: 50000 });
    // SCI = (O + M) / R = co2e / 50,000 samples.
    expect(step.sci_g_per_unit).toBeCloseTo(step.co2e_g / 50000, 15);
  });

  it("takes PUE from the cloud provider for a cloud region, and 1.0 with a note otherwise", async () => {
    const args = ["--memory-gb", "16", "--json", "out.json", ...nodeScript("0")];
    await runCli(["run", "--location", "aws:us-east-1", ...args], {
      cwd: repo.dir,
      env: quietSensors(repo.dir),
    });
    const aws = readReport(join(repo.dir, "out.json"));
    // aws:us-east-1 maps to PJM; AWS publishes one PUE for its fleet, 1.15.
    expect(aws.assumptions).toMatchObject({ pue: 1.15, location: "aws:us-east-1" });
    expect(aws.assumptions.intensity_g_per_kwh).toBe(
      electricityMaps.yearly2025.data["US-MIDA-PJM"].carbonIntensity.value,
    );
    expect(aws.steps[0].notes?.join("\n")).toMatch(/PUE 1\.15 for aws:us-east-1/);
    await runCli(["run", "--intensity", "300", ...args], { cwd: repo.dir, env: quietSensors(repo.dir) });
    const plain = readReport(join(repo.dir, "out.json"));
    expect(plain.assumptions.pue).toBe(1);
    expect(plain.steps[0].notes).toContain(
      "PUE 1.0 assumed (IT energy only); give the data centre's PUE with --pue",
    );
  });

  it("uses the live Electricity Maps value when a token is set, without leaking the token", async () => {
    const fake = await startFakeElectricityMaps({
      kind: "json",
      body: latestBody("DE", 123, "2026-11-23T15:00:00.000Z"),
    });
    try {
      const result = await runCli(
        ["run", "--location", "DE", "--memory-gb", "16", "--json", "-", "--verbose", ...nodeScript("0")],
        {
          cwd: repo.dir,
          env: {
            ...quietSensors(repo.dir),
            ELECTRICITY_MAPS_TOKEN: "secret-token-123",
            CARBON_BUDGET_ELECTRICITY_MAPS_URL: fake.url,
          },
        },
      );
      expect(result.code).toBe(0);
      const report = reportSchema.parse(JSON.parse(result.stdout));
      expect(report.assumptions.intensity_g_per_kwh).toBe(123);
      expect(fake.requests.map((r) => [r.path, r.query.get("zone"), r.headers["auth-token"]])).toEqual([
        ["/v3/carbon-intensity/latest", "DE", "secret-token-123"],
      ]);
      expect(result.stdout + result.stderr).not.toContain("secret-token-123");
    } finally {
      await fake.close();
    }
  });

  it("rejects a malformed --unit", async () => {
    const result = await runCli(["run", "--unit", "samples", "--", "true"], {
      cwd: repo.dir,
      env: quietSensors(repo.dir),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--unit: "samples" is not valid; use NAME=COUNT with a positive count');
  });
});

describe("the wrapped command", () => {
  it("exits 127 with a clear message when the command does not exist, and still reports", async () => {
    const result = await runCli(
      ["run", "--intensity", "100", "--json", "out.json", "--", "no-such-command-xyz", "--flag"],
      {
        cwd: repo.dir,
        env: quietSensors(repo.dir),
      },
    );
    expect(result.code).toBe(127);
    expect(result.stderr).toContain("command not found: no-such-command-xyz");
    const [step] = readReport(join(repo.dir, "out.json")).steps;
    expect(step.exit_code).toBe(127);
  });

  it("forwards SIGTERM to the command, returns its exit code and keeps the partial report", async () => {
    const script = `
      process.on("SIGTERM", () => { console.log("got SIGTERM"); process.exit(42); });
      console.log("ready");
      setTimeout(() => {}, 20000);`;
    let cliPid = 0;
    const running = runCli(["run", "--step", "long", "--intensity", "100", ...nodeScript(script)], {
      cwd: repo.dir,
      env: quietSensors(repo.dir),
      onSpawn: (pid) => {
        cliPid = pid;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    process.kill(cliPid, "SIGTERM");
    const result = await running;
    expect(result.stdout).toContain("got SIGTERM");
    expect(result.code).toBe(42);
    const stored = storedReports(repo.dir);
    expect(stored.map((r) => [r.steps[0].name, r.steps[0].exit_code])).toEqual([["long", 42]]);
  });

  it("reports death by signal as 128 + N, as a shell does", async () => {
    const result = await runCli(
      ["run", "--intensity", "100", "--no-store", ...nodeScript('process.kill(process.pid, "SIGKILL")')],
      {
        cwd: repo.dir,
        env: quietSensors(repo.dir),
      },
    );
    // SIGKILL is 9: 128 + 9 = 137.
    expect(result.code).toBe(137);
  });
});

describe("bad input", () => {
  const cases: [string, string[], RegExp][] = [
    ["an unknown flag", ["run", "--bogus", "--", "true"], /run: unknown option --bogus\n/],
    ["no command", ["run", "--step", "x"], /COMMAND: .*give the command to measure after `--`/],
    ["a command without --", ["run", "python", "train.py"], /put `--` before `python train.py`/],
    [
      "a PUE below 1",
      ["run", "--pue", "0.5", "--", "true"],
      /--pue: "0.5" is not valid; expected power usage effectiveness: a number from 1 to 3/,
    ],
    [
      "a bad interval",
      ["run", "--interval", "fast", "--", "true"],
      /--interval: "fast" is not valid; expected the sampling interval in ms/,
    ],
    ["an unknown GPU", ["run", "--gpu", "A1000", "--", "true"], /--gpu: "A1000" is not valid; .*A100/],
    ["an unknown CPU", ["run", "--cpu", "Pentium 4", "--", "true"], /--cpu: "Pentium 4" is not valid/],
    [
      "an unknown location",
      ["run", "--location", "Atlantis", "--", "true"],
      /--location: "Atlantis" is not valid; expected an Electricity Maps zone or ISO country code/,
    ],
    [
      "a missing output folder",
      ["run", "--json", "no/such/dir/out.json", "--", "true"],
      /--json: "no\/such\/dir\/out.json" is not valid; its folder/,
    ],
    [
      "an unknown subcommand",
      ["frobnicate"],
      /unknown command "frobnicate"\nexpected one of: run, estimate, import, compare, dashboard, help/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`exits 2 on ${what}, naming the input, without a stack trace`, async () => {
      const result = await runCli(args, { cwd: repo.dir, env: quietSensors(repo.dir) });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(repo.dir, ".carbon-budget"))).toBe(false);
    });
  }
});

describe("embedded history", () => {
  const run = (step: string, ms: number, extra: string[] = []) =>
    runCli(
      [
        "run",
        "--step",
        step,
        "--intensity",
        "100",
        "--memory-gb",
        "8",
        ...extra,
        ...nodeScript(`setTimeout(() => {}, ${ms})`),
      ],
      {
        cwd: repo.dir,
        env: quietSensors(repo.dir),
      },
    );

  it("compares with the previous run on the branch, then a feature branch with its merge-base", async () => {
    const first = await run("train", 300);
    expect(first.stderr).toContain("no earlier run of this step to compare with");
    const second = await run("train", 300);
    const mainSha = repo.git("rev-parse", "HEAD");
    expect(second.stderr).toMatch(
      new RegExp(`vs previous run on main @${mainSha.slice(0, 7)} .*: CO2e [+-±]`),
    );

    repo.git("checkout", "-q", "-b", "feature");
    repo.git("commit", "-q", "--allow-empty", "-m", "change");
    const feature = await run("train", 300, ["--markdown", "comment.md"]);
    expect(feature.stderr).toMatch(new RegExp(`vs merge-base with main @${mainSha.slice(0, 7)}`));
    const markdown = readFileSync(join(repo.dir, "comment.md"), "utf8");
    expect(markdown).toContain(`vs merge-base with main @${mainSha.slice(0, 7)}`);
    expect(markdown).toContain("<details><summary>Methods and assumptions</summary>");

    const shas = readdirSync(join(repo.dir, ".carbon-budget", "v1"));
    expect(shas.sort()).toEqual(["feature", "main"]);
    expect(storedReports(repo.dir)).toHaveLength(3);
  });

  it("reports and skips a corrupt file in the history without deleting it", async () => {
    await run("train", 100);
    const dir = join(repo.dir, ".carbon-budget", "v1", "main", repo.git("rev-parse", "HEAD"));
    const corrupt = join(dir, "broken.json");
    writeFileSync(corrupt, "{ not json");
    const foreign = join(dir, "foreign.json");
    writeFileSync(foreign, JSON.stringify({ schema: "something-else" }));
    const again = await run("train", 100);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/history: .*broken\.json: not JSON .*\(skipped, left in place\)/);
    expect(again.stderr).toMatch(/history: .*foreign\.json: not a carbon-budget\/report@1 report/);
    expect(again.stderr).toContain("vs previous run on main");
    expect(existsSync(corrupt) && existsSync(foreign)).toBe(true);
  });

  it("keeps nothing with --no-store", async () => {
    const result = await run("train", 100, ["--no-store"]);
    expect(result.code).toBe(0);
    expect(existsSync(join(repo.dir, ".carbon-budget"))).toBe(false);
  });

  it("works outside git, keyed to the working directory", async () => {
    const plain = join(repo.dir, "not-a-repo");
    mkdirSync(plain);
    repo.git("init", "-q", "--bare", join(repo.dir, "elsewhere.git"));
    const result = await runCli(["run", "--intensity", "100", "--memory-gb", "8", ...nodeScript("0")], {
      cwd: plain,
      env: { ...quietSensors(repo.dir), GIT_CEILING_DIRECTORIES: repo.dir },
    });
    expect(result.code).toBe(0);
    expect(existsSync(join(plain, ".carbon-budget", "v1", "_detached", "_no-commit"))).toBe(true);
  });
});

function storedReports(root: string) {
  const base = join(root, ".carbon-budget", "v1");
  return readdirSync(base).flatMap((branch) =>
    readdirSync(join(base, branch)).flatMap((sha) =>
      readdirSync(join(base, branch, sha)).map((file) => readReport(join(base, branch, sha, file))),
    ),
  );
}

describe("the config file", () => {
  it("takes location, PUE and hardware from .github/carbon-budget.yml, flags winning, and shows its budgets", async () => {
    mkdirSync(join(repo.dir, ".github"));
    writeFileSync(
      join(repo.dir, ".github", "carbon-budget.yml"),
      "version: 1\nlocation: { intensity: 250 }\npue: 1.3\nhardware:\n  memory_gb: 64\nbudgets:\n  steps:\n    node: { co2e: 1 t }\n",
    );
    const result = await runCli(
      ["run", "--pue", "1.1", "--json", "out.json", "--markdown", "out.md", ...nodeScript("0")],
      {
        cwd: repo.dir,
        env: quietSensors(repo.dir),
      },
    );
    expect(result.code).toBe(0);
    const report = readReport(join(repo.dir, "out.json"));
    // The file's intensity and memory, the flag's PUE.
    expect(report.assumptions).toMatchObject({ intensity_g_per_kwh: 250, pue: 1.1 });
    expect(report.hardware.memory_gb).toBe(64);
    // First run: nothing to compare with, and the absolute budget (1 t) passes.
    expect(result.stderr).toContain("budgets: ℹ️ no baseline");
    expect(readFileSync(join(repo.dir, "out.md"), "utf8")).toContain("| Budget | Status |");
  });

  it("exits 2 on a bad --config, with file:line", async () => {
    writeFileSync(join(repo.dir, "cb.yml"), "version: 1\npue: 7\n");
    const result = await runCli(["run", "--config", "cb.yml", "--", "true"], {
      cwd: repo.dir,
      env: quietSensors(repo.dir),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cb\.yml:2:6: pue: /);
    const missing = await runCli(["run", "--config", "nope.yml", "--", "true"], {
      cwd: repo.dir,
      env: quietSensors(repo.dir),
    });
    expect([missing.code, missing.stderr.trim()]).toEqual([
      2,
      'carbon-budget: --config: "nope.yml" is not valid; no such file',
    ]);
  });
});
