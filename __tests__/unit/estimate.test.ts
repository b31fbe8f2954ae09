/**
 * `carbon-budget estimate`: the arithmetic (reproducing published figures from their own inputs), the
 * intensity units papers use, and the CLI function in-process with fake streams.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import electricityMaps from "@tgwf/co2/data/electricity-maps";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type EstimateInput, estimateEmissions, parseIntensityQuantity } from "../../src/carbon/estimate.js";
import { type Intensity, resolveIntensity } from "../../src/carbon/intensity.js";
import { runEstimate } from "../../src/cli/estimate.js";
import { InputError } from "../../src/errors.js";
import { requireGpu, requireGpuOrFamily } from "../../src/hardware/gpus.js";
import { GRAMS_PER_LB } from "../../src/units.js";

const DE_2025 = electricityMaps.yearly2025.data.DE.carbonIntensity.value;
const given = (g: number): Intensity => ({ g_per_kwh: g, source: "given" });
const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(relative);

function input(overrides: Partial<EstimateInput>): EstimateInput {
  return {
    hours: 1,
    device: { kind: "power", watts: 100 },
    count: 1,
    utilization: 1,
    utilizationFrom: "default",
    pue: 1,
    pueFrom: "default",
    intensity: given(100),
    ...overrides,
  };
}

describe("estimateEmissions reproduces published calculations from their inputs", () => {
  it("Strubell et al. 2019, Table 3, Transformer-base: 27 kWh, 26 lbs CO2e", () => {
    const lbPerKwh = parseIntensityQuantity("0.954lb/kWh");
    const report = estimateEmissions(
      input({
        hours: 12,
        device: { kind: "power", watts: 1415.78 },
        pue: 1.58,
        pueFrom: "given",
        intensity: given(lbPerKwh.g_per_kwh),
        ...(lbPerKwh.given && { intensityGiven: lbPerKwh.given }),
      }),
    );
    // 1415.78 W x 12 h x 1.58 / 1000 = 26.8431888 kWh, the paper's 27 kWh.
    expect(report.energy_kwh).toBeCloseTo((1415.78 * 12 * 1.58) / 1000, 10);
    expect(Math.round(report.energy_kwh)).toBe(27);
    // 1415.78 W x 12 h / 1000 = 16.98936 kWh before PUE.
    expect(report.it_energy_kwh).toBeCloseTo((1415.78 * 12) / 1000, 10);
    // 26.8431888 kWh x 0.954 lb/kWh = 25.608 lbs, the paper's 26 lbs.
    const lbs = report.co2e_g / GRAMS_PER_LB;
    expect(lbs).toBeCloseTo(report.energy_kwh * 0.954, 10);
    expect(Math.round(lbs)).toBe(26);
    // 0.954 lb x 453.59237 g/lb = 432.72712098 g/kWh; x 26.8431888 kWh = 11615.76 g.
    expect(report.intensity).toEqual({
      g_per_kwh: 0.954 * 453.59237,
      source: "given as 0.954 lb/kWh",
      as_given: { value: 0.954, unit: "lb/kWh" },
    });
    expect(report.co2e_g).toBeCloseTo(((1415.78 * 12 * 1.58) / 1000) * 0.954 * 453.59237, 6);
    expect(report.formula).toEqual({
      energy: "1415.78 W × 1 × 12 h × 1.00 × PUE 1.58 = 26.84 kWh",
      co2e: "26.84 kWh × 0.954 lb/kWh = 25.61 lb = 11.62 kg CO2e",
    });
    // A --power figure is the user's own: no range.
    expect(report.co2e_low_g).toBeUndefined();
    expect(report.co2e_high_g).toBeUndefined();
  });

  it("Patterson et al. 2021, GPT-3: about 1,287 MWh and 552 tCO2e", () => {
    const report = estimateEmissions(
      input({
        hours: 355.2, // 14.8 days x 24 h
        device: { kind: "power", watts: 330 },
        count: 10_000,
        pue: 1.1,
        pueFrom: "given",
        intensity: given(parseIntensityQuantity("0.429kg/kWh").g_per_kwh),
      }),
    );
    // 10000 x 330 W x 355.2 h x 1.1 / 1000 = 1,289,376 kWh; the paper's 1,287 MWh rounds the days (0.18% apart).
    expect(report.energy_kwh).toBeCloseTo(1_289_376, 6);
    within(report.energy_kwh, 1_287_000, 0.002);
    // 1,289,376 kWh x 429 g/kWh = 553,142,304 g = 553.1 t; the paper's 552 t (0.21% apart).
    expect(report.co2e_g).toBeCloseTo(553_142_304, 3);
    within(report.co2e_g, 552e6, 0.003);
    expect(report.formula.energy).toBe("330 W × 10000 × 355.2 h × 1.00 × PUE 1.1 = 1289 MWh");
  });

  it("GPT-3 with --gpu takes the table's V100 SXM2 TDP (300 W), ranging down to idle (10% of TDP)", () => {
    const spec = requireGpu("Tesla V100-SXM2-32GB");
    expect(spec.tdp_w).toBe(300);
    expect(spec.idle_w).toBeUndefined();
    const report = estimateEmissions(
      input({ hours: 355.2, device: { kind: "gpu", spec }, count: 10_000, pue: 1.1, intensity: given(429) }),
    );
    // 10000 x 300 W x 355.2 h x 1.1 / 1000 = 1,172,160 kWh; x 429 g/kWh = 502,856,640 g.
    expect(report.energy_kwh).toBeCloseTo(1_172_160, 6);
    expect(report.co2e_g).toBeCloseTo(502_856_640, 3);
    // Low: 10000 x 30 W x 355.2 h x 1.1 / 1000 = 117,216 kWh; x 429 = 50,285,664 g. High: TDP, as utilisation is 1.
    expect(report.co2e_low_g).toBeCloseTo(50_285_664, 3);
    expect(report.co2e_high_g).toBeCloseTo(502_856_640, 3);
    expect(report.inputs).toMatchObject({
      power_w: 300,
      power_from: "gpu-tdp",
      gpu: { model: "NVIDIA Tesla V100 SXM2 32GB", tdp_w: 300, idle_w: 30, idle_published: false },
    });
    expect(report.assumptions).toContain(
      "range: 30 W (idle: 10% of TDP, none published) to 300 W (TDP) per device",
    );
  });

  it("applies utilisation to TDP and keeps the range from published idle to TDP", () => {
    const spec = requireGpu("TPU v3"); // TDP 450 W, idle 84 W (published)
    const report = estimateEmissions(
      input({
        hours: 2,
        device: { kind: "gpu", spec },
        utilization: 0.8,
        utilizationFrom: "given",
        intensity: given(342),
      }),
    );
    // 450 W x 0.8 x 2 h / 1000 = 0.72 kWh; x 342 = 246.24 g. Low 84 W x 2 h -> 57.456 g; high 450 W x 2 h -> 307.8 g.
    expect(report.energy_kwh).toBeCloseTo(0.72, 12);
    expect(report.co2e_g).toBeCloseTo(246.24, 9);
    expect(report.co2e_low_g).toBeCloseTo(57.456, 9);
    expect(report.co2e_high_g).toBeCloseTo(307.8, 9);
    expect(report.formula.energy).toBe("450 W × 1 × 2 h × 0.80 × PUE 1 = 720 Wh");
  });

  it("a utilisation below idle is its own low end; a given utilisation is never rounded in the formula", () => {
    const spec = requireGpu("TPU v3");
    const report = estimateEmissions(
      input({
        device: { kind: "gpu", spec },
        utilization: 0.125,
        utilizationFrom: "given",
        intensity: given(1000),
      }),
    );
    // 450 W x 0.125 = 56.25 W < idle 84 W: low = 56.25 W x 1 h = 56.25 g at 1000 g/kWh.
    expect(report.co2e_low_g).toBeCloseTo(56.25, 9);
    expect(report.formula.energy).toBe("450 W × 1 × 1 h × 0.125 × PUE 1 = 56.25 Wh");
  });

  it("says which PUE it used and where it came from", () => {
    const withPue = (pue: number, pueFrom: EstimateInput["pueFrom"], pueSource?: string) =>
      estimateEmissions(input({ pue, pueFrom, location: "aws:us-east-1", ...(pueSource && { pueSource }) }));
    expect(withPue(1, "default").assumptions).toContain(
      "PUE: 1 (default): no data-centre overhead counted; give --pue X",
    );
    expect(withPue(1.2, "given").inputs).toMatchObject({ pue: 1.2, pue_from: "given" });
    expect(withPue(1.2, "given").inputs.pue_source).toBeUndefined();
    expect(withPue(1.15, "location", "AWS sustainability page").inputs).toMatchObject({
      pue: 1.15,
      pue_from: "location",
      pue_source: "AWS sustainability page",
    });
    expect(withPue(1.15, "location").assumptions).toContain("PUE: 1.15 (published for aws:us-east-1)");
  });
});

describe("device-hours and GPU families", () => {
  it("Touvron et al. 2023, LLaMA 2: 3,311,616 A100-80GB GPU-hours at 400 W, 539 tCO2e", () => {
    const spec = requireGpu("A100 SXM4 80GB");
    const report = estimateEmissions(
      input({ hours: 3_311_616, deviceHours: true, device: { kind: "gpu", spec }, intensity: given(407) }),
    );
    // 400 W x 3,311,616 h / 1000 = 1,324,646.4 kWh; x 407 g/kWh = 539,131,084.8 g = 539.1 t, the paper's 539 t.
    expect(report.energy_kwh).toBeCloseTo(1_324_646.4, 6);
    expect(report.co2e_g).toBeCloseTo(539_131_084.8, 3);
    within(report.co2e_g, 539e6, 0.001);
    expect(report.inputs.device_hours).toBe(3_311_616);
    // Device-hours are one figure: no wall-clock hours or device count are made up for them.
    expect(report.inputs.hours).toBeUndefined();
    expect(report.inputs.count).toBeUndefined();
    expect(report.formula.energy).toBe("400 W × 3311616 device-h × 1.00 × PUE 1 = 1325 MWh");
  });

  it("a family name ranges over its variants: the highest TDP at the centre, the lowest idle below", () => {
    const family = requireGpuOrFamily("a100-80gb");
    expect(family.kind).toBe("family");
    if (family.kind !== "family") return;
    expect(family.specs.map((spec) => [spec.name, spec.tdp_w])).toEqual([
      ["NVIDIA A100 PCIe 80GB", 300],
      ["NVIDIA A100 SXM4 80GB", 400],
    ]);
    const report = estimateEmissions(
      input({
        hours: 3_311_616,
        deviceHours: true,
        device: { ...family, kind: "gpu-family" },
        intensity: given(407),
      }),
    );
    // Centre and high: 400 W (SXM4) as above, 539,131,084.8 g.
    expect(report.co2e_g).toBeCloseTo(539_131_084.8, 3);
    expect(report.co2e_high_g).toBeCloseTo(539_131_084.8, 3);
    // Low: the PCIe variant's idle, 10% of 300 W = 30 W: 30 x 3,311,616 / 1000 = 99,348.48 kWh x 407 = 40,434,831.36 g.
    expect(report.co2e_low_g).toBeCloseTo(40_434_831.36, 3);
    expect(report.inputs.gpu_family).toEqual({
      name: "a100-80gb",
      variants: [
        { model: "NVIDIA A100 PCIe 80GB", tdp_w: 300 },
        { model: "NVIDIA A100 SXM4 80GB", tdp_w: 400 },
      ],
    });
    expect(report.assumptions).toContain(
      '"a100-80gb" names 2 variants: NVIDIA A100 PCIe 80GB (300 W), NVIDIA A100 SXM4 80GB (400 W); the range spans them all (give the full name for one)',
    );
    expect(report.assumptions).toContain(
      "range: 30 W (NVIDIA A100 PCIe 80GB: idle: 10% of TDP, none published) to 400 W (TDP of NVIDIA A100 SXM4 80GB) per device",
    );
  });

  it("finds the families users type: A100, H100, V100", () => {
    const variants = (name: string) => {
      const choice = requireGpuOrFamily(name);
      return choice.kind === "family" ? choice.specs.map((spec) => spec.tdp_w) : [];
    };
    expect(variants("A100")).toEqual([250, 300, 400, 400]);
    expect(variants("H100")).toEqual([350, 400, 700]);
    expect(variants("V100")).toEqual([250, 250, 300, 300]);
    expect(requireGpuOrFamily("T4").kind).toBe("one");
  });

  it("keeps measuring strict: run --gpu A100 lists the variants and asks for one", () => {
    expect(() => requireGpu("A100", "--gpu")).toThrow(
      '--gpu: "A100" is not valid; it matches several GPU models: "NVIDIA A100 PCIe 40GB", "NVIDIA A100 PCIe 80GB", "NVIDIA A100 SXM4 40GB" or "NVIDIA A100 SXM4 80GB"; give the full name',
    );
  });
});

describe("parseIntensityQuantity: gCO2e/kWh, or the units papers give", () => {
  it.each([
    ["432.7", 432.7, undefined],
    ["432.7g/kWh", 432.7, { value: 432.7, unit: "g/kWh" }],
    ["0.954lb/kWh", 0.954 * 453.59237, { value: 0.954, unit: "lb/kWh" }],
    ["0.954 lbs/kWh", 0.954 * 453.59237, { value: 0.954, unit: "lb/kWh" }],
    ["0.429kg/kWh", 0.429 * 1000, { value: 0.429, unit: "kg/kWh" }],
    ["0.429 kgCO2e/kWh", 0.429 * 1000, { value: 0.429, unit: "kg/kWh" }],
    ["0.429 t/MWh", (0.429 * 1e6) / 1000, { value: 0.429, unit: "t/MWh" }],
    ["429 KG/MWH", (429 * 1000) / 1000, { value: 429, unit: "kg/MWh" }],
    ["0", 0, undefined],
  ])("%s is %d g/kWh", (text, gPerKwh, quantity) => {
    const parsed = parseIntensityQuantity(text);
    expect(parsed.g_per_kwh).toBeCloseTo(gPerKwh, 9);
    expect(parsed.given).toEqual(quantity);
    expect(parsed.warning).toBeUndefined();
  });

  it.each([
    ["abc", /expected grid intensity: a number in gCO2e\/kWh from 0 to 2000, or with a unit/],
    ["5 furlongs", /or with a unit, as papers give it: 432.7g\/kWh, 0.429kg\/kWh, 0.954lb\/kWh/],
    ["5kg/kWh", /out of range \(5000 gCO2e\/kWh\)/],
    ["-1", /out of range; expected grid intensity/],
    ["", /expected grid intensity/],
  ])("rejects %j", (text, message) => {
    expect(() => parseIntensityQuantity(text)).toThrow(InputError);
    expect(() => parseIntensityQuantity(text)).toThrow(message);
  });

  it("warns when a bare number looks like kg or lb per kWh without its unit", () => {
    expect(parseIntensityQuantity("0.954").warning).toBe(
      "--intensity 0.954 is read as 0.954 gCO2e/kWh, far below any grid; if the figure is per kg or lb, write 0.954kg/kWh or 0.954lb/kWh",
    );
  });
});

/** Runs the command in-process, capturing what it writes. */
async function estimate(argv: string[], cwd = tmpdir()) {
  let stdout = "";
  let stderr = "";
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await runEstimate(argv, {
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink((text) => {
      stderr += text;
    }),
    cwd,
  });
  return { code, stdout, stderr };
}

const STRUBELL = ["--hours", "12", "--power", "1415.78", "--count", "1", "--pue", "1.58"];

describe("runEstimate", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "carbon-budget-estimate-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the table with the arithmetic on stdout", async () => {
    const result = await estimate([...STRUBELL, "--intensity", "0.954lb/kWh"]);
    expect(result).toEqual({ code: 0, stderr: "", stdout: expect.any(String) });
    expect(result.stdout).toBe(`carbon-budget estimate
  power        1415.78 W per device
  devices      1
  duration     12 h
  utilization  1 (default)
  PUE          1.58 (given)
  intensity    432.7 gCO2e/kWh (given as 0.954 lb/kWh)
  energy       26.84 kWh (IT 16.99 kWh)
  CO2e         11.62 kg (25.61 lb)
  range        none (power as given)
  formula      1415.78 W × 1 × 12 h × 1.00 × PUE 1.58 = 26.84 kWh
               26.84 kWh × 0.954 lb/kWh = 25.61 lb = 11.62 kg CO2e
  assumptions
    - power: 1415.78 W per device, as given
    - utilization: 1 (default): the devices draw that power for the whole time
    - PUE: 1.58 (given)
    - intensity: 432.7 gCO2e/kWh, given as 0.954 lb/kWh
    - range: none; the given power is taken as exact
    - not counted: embodied emissions of the hardware, networking and storage outside the devices
`);
  });

  it("--json - writes the JSON to stdout and the table to stderr", async () => {
    const result = await estimate([...STRUBELL, "--location", "DE", "--json", "-"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    // 26.8431888 kWh x DE's 2025 yearly average.
    expect(report).toMatchObject({
      schema: "carbon-budget/estimate@1",
      inputs: { hours: 12, power_w: 1415.78, count: 1, pue: 1.58, location: "DE" },
      intensity: { g_per_kwh: DE_2025, year: 2025, location: "DE" },
    });
    expect(report.co2e_g).toBeCloseTo(((1415.78 * 12 * 1.58) / 1000) * DE_2025, 6);
    expect(result.stderr).toContain(`  intensity    ${DE_2025} gCO2e/kWh (DE, 2025)\n`);
    expect(result.stderr).toContain(`26.84 kWh × ${DE_2025} gCO2e/kWh = `);
  });

  it("--json FILE writes the file and keeps the table on stdout", async () => {
    const result = await estimate(
      [
        "--hours",
        "355.2",
        "--gpu",
        "V100 SXM2 32GB",
        "--count",
        "10000",
        "--intensity",
        "429",
        "--json",
        "out.json",
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  formula      300 W × 10000 × 355.2 h × 1.00 × PUE 1 = 1066 MWh\n");
    // Low..high: 10000 x 30..300 W x 355.2 h / 1000 x 429 g = 45.71..457.1 t.
    expect(result.stdout).toContain("  range        45.71 t – 457.1 t CO2e\n");
    const report = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
    expect(report.energy_kwh).toBeCloseTo((10_000 * 300 * 355.2) / 1000, 6);
  });

  it("takes a cloud region's published PUE as the default, and says so; --pue wins over it", async () => {
    const region = resolveIntensity({ location: "aws:us-east-1" });
    const pue = region.pue?.value;
    expect(pue).toBeGreaterThan(1);
    const byDefault = JSON.parse(
      (await estimate([...STRUBELL.slice(0, 6), "--location", "aws:us-east-1", "--json", "-"])).stdout,
    );
    expect(byDefault.inputs).toMatchObject({ pue, pue_from: "location", pue_source: region.pue?.source });
    // 1415.78 W x 12 h x the provider's PUE / 1000, at the region's grid intensity.
    expect(byDefault.energy_kwh).toBeCloseTo((1415.78 * 12 * (pue ?? Number.NaN)) / 1000, 10);
    expect(byDefault.intensity.g_per_kwh).toBe(region.g_per_kwh);
    const given = await estimate([...STRUBELL, "--location", "aws:us-east-1", "--json", "-"]);
    expect(JSON.parse(given.stdout).inputs).toMatchObject({ pue: 1.58, pue_from: "given" });
    expect(given.stderr).toContain(
      `carbon-budget: warning: --pue 1.58 used; the provider's published PUE for aws:us-east-1 is ${pue}\n`,
    );
  });

  it("--gpu-hours with a family name prints device-hours and the variants' range", async () => {
    const result = await estimate(["--gpu-hours", "3311616", "--gpu", "A100-80GB", "--intensity", "407"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "  power         400 W per device (TDP of NVIDIA A100 SXM4 80GB, the highest of 2 A100-80GB variants)\n  device-hours  3311616 h\n",
    );
    // 539,131,084.8 g is 539.1 t; low 40,434,831.36 g is 40.43 t (see the family test above).
    expect(result.stdout).toContain("  CO2e          539.1 t\n");
    expect(result.stdout).toContain("  range         40.43 t – 539.1 t CO2e\n");
    expect(result.stdout).not.toMatch(/^ {2}(devices|duration) /m);
  });

  it("--help prints the usage and exits 0", async () => {
    const result = await estimate(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: carbon-budget estimate --hours H \(--power W \| --gpu MODEL\)/);
  });

  // Each case: the arguments (split at spaces) and the start of the message: input, value, what is allowed.
  const P = "--power 300";
  const DE = "--location DE";
  const unknown = 'carbon-budget estimate: "--';
  it.each([
    [`--hours 1 --gpu H101 ${DE}`, /^--gpu: "H101" is not valid; not a GPU model we know; nearest: "/],
    [`--hours 1 --gpu V101 ${DE}`, /^--gpu: "V101" is not valid; not a GPU model we know; nearest: "/],
    [
      `--gpu-hours 10 --hours 1 ${P} ${DE}`,
      /^--gpu-hours: "10" is not valid; it already counts the devices: .*\(--hours was given too\)$/m,
    ],
    [`--gpu-hours 10 --count 8 ${P} ${DE}`, /^--gpu-hours: "10" is not valid; .*\(--count was given too\)$/m],
    [
      `--gpu-hours 0 ${P} ${DE}`,
      /^--gpu-hours: "0" is not valid; .*: a number greater than 0, at most 1000000000$/m,
    ],
    [`--gpu-hours 2e9 ${P} ${DE}`, /^--gpu-hours: "2e9" is not valid; expected devices x hours/],
    [`--gpu-hours ${P} ${DE}`, /^--gpu-hours: "" is not valid; it needs a value: devices x hours/],
    [`--hours -5 ${P} ${DE}`, /^--hours: "-5" is not valid; expected the job's wall-clock hours: /],
    [`--hours=-5 ${P} ${DE}`, /^--hours: "-5" is not valid; expected the job's wall-clock hours: /],
    [`--hours 0 ${P} ${DE}`, /^--hours: "0" is not valid; .*: a number greater than 0, at most 1000000$/m],
    [`--hours 12h ${P} ${DE}`, /^--hours: "12h" is not valid; expected the job's wall-clock hours: /],
    [
      `${P} ${DE}`,
      /^--hours: "" is not valid; give the job's wall-clock hours, e.g. --hours 12 .* --gpu-hours 3311616\n/,
    ],
    [`${P} ${DE} --hours`, /^--hours: "" is not valid; it needs a value: the job's wall-clock hours\n/],
    [`--hours 1 ${P} --gpu A100-SXM4-80GB ${DE}`, /^--power: "300" is not valid; give --power W or --gpu/],
    [`--hours 1 ${DE}`, /^--power: "" is not valid; give the power per device with --power W, or /],
    [`--hours 1 --count 8 ${DE}`, /^--count: "8" is not valid; --count says how many devices; give /],
    [`--hours 1 ${P} --count 1.5 ${DE}`, /^--count: "1.5" is not valid; expected how many devices: a whole/],
    [`--hours 1 --power -300 ${DE}`, /^--power: "-300" is not valid; expected watts per device: a number/],
    [`--hours 1 ${P} ${DE} --intensity 300`, /^--intensity: "300" is not valid; give one of .*, not both$/m],
    [`--hours 1 ${P}`, /^--location: "" is not valid; give one of --location L .* or --intensity G/],
    [`--hours 1 ${P} --location Atlantis`, /^--location: "Atlantis" is not valid; expected an Electricity/],
    [`--hours 1 ${P} --intensity 5kg/kWh`, /^--intensity: "5kg\/kWh" is not valid; that is out of range/],
    [`--hours 1 ${P} ${DE} --utilization 0`, /^--utilization: "0" is not valid; expected .* greater than 0/],
    [`--hours 1 ${P} ${DE} --utilization 1.5`, /^--utilization: "1.5" is not valid; expected .* at most 1/],
    [`--hours 1 ${P} ${DE} --utilization 80`, /^--utilization: "80" is not valid; .*; for 80% write 0.8/],
    [`--hours 1 ${P} ${DE} --pue 0.9`, /^--pue: "0.9" is not valid; expected power usage effectiveness/],
    [
      `--hours 1 ${P} ${DE} --utilisation 0.5`,
      `${unknown}utilisation" is not valid; unknown option; did you mean --utilization?`,
    ],
    [
      `--hours 1 --gpu T4 --gpu-count 2 ${DE}`,
      `${unknown}gpu-count" is not valid; unknown option; did you mean --count?`,
    ],
    [
      `--hours 1 ${P} ${DE} --bogus`,
      `${unknown}bogus" is not valid; unknown option\nusage: carbon-budget estimate`,
    ],
    [
      `--hours 1 ${P} ${DE} train.py`,
      'carbon-budget estimate: "train.py" is not valid; estimate takes options only',
    ],
    [`--hours 1 ${P} ${DE} --json no/dir/out.json`, /^--json: "no\/dir\/out.json" is not valid; its folder/],
  ])("rejects %s: exit 2, one message, no stack", async (args, message) => {
    const result = await estimate(args.split(" "), dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith("carbon-budget: ")).toBe(true);
    const text = result.stderr.slice("carbon-budget: ".length);
    if (typeof message === "string") expect(text.startsWith(message)).toBe(true);
    else expect(text).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  it("warns about a bare intensity that looks like kg or lb per kWh, and still answers", async () => {
    const result = await estimate([...STRUBELL, "--intensity", "0.954"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^carbon-budget: warning: --intensity 0.954 is read as 0.954 gCO2e\/kWh/);
  });
});
