import { describe, expect, it } from "vitest";
import { parseNumber, parseRunArgs } from "../../src/cli/args.js";
import { InputError } from "../../src/errors.js";
import { defaultStepName } from "../../src/pipeline/step-name.js";

describe("defaultStepName", () => {
  it.each([
    [["python", "train.py", "--epochs", "3"], "train"],
    [["python3.11", "scripts/eval.py"], "eval"],
    [["python", "-m", "pkg.train"], "pkg.train"],
    [["python", "-u", "train.py"], "train"],
    [["uv", "run", "python", "finetune.py"], "finetune"],
    [["torchrun", "--nproc_per_node=8", "train.py"], "train"],
    [["node", "-e", "console.log(1)"], "node"],
    [["python", "-c", "print(1)"], "python"],
    [["./run-benchmark.sh"], "run-benchmark"],
    [["make", "train"], "make"],
  ])("%j is step %s", (argv, expected) => {
    const [command, ...args] = argv;
    expect(defaultStepName(command, args)).toBe(expected);
  });
});

describe("parseRunArgs", () => {
  it("splits at the first --, keeps the command's own flags and applies defaults", () => {
    const args = parseRunArgs([
      "--step",
      "train",
      "--location",
      "DE",
      "--",
      "python",
      "train.py",
      "--",
      "--step",
      "x",
    ]);
    expect(args).toMatchObject({
      step: "train",
      location: "DE",
      command: "python",
      commandArgs: ["train.py", "--", "--step", "x"],
      // PUE is left unset: the cloud provider's or 1.0 is chosen with the location, and said.
      intervalMs: 1000,
      store: true,
      quiet: false,
      verbose: false,
      embodied: true,
    });
    expect(args.pue).toBeUndefined();
  });

  it("parses every number and flag", () => {
    const args = parseRunArgs([
      "--intensity",
      "250.5",
      "--pue",
      "1.58",
      "--gpu",
      "A100-SXM4-80GB",
      "--gpu-count",
      "8",
      "--cpu",
      "AMD EPYC 7763",
      "--memory-gb",
      "512",
      "--interval",
      "250",
      "--json",
      "-",
      "--markdown",
      "out.md",
      "--no-store",
      "--quiet",
      "--",
      "true",
    ]);
    expect(args).toMatchObject({
      intensity: 250.5,
      pue: 1.58,
      gpu: "A100-SXM4-80GB",
      gpuCount: 8,
      cpu: "AMD EPYC 7763",
      memoryGb: 512,
      intervalMs: 250,
      json: "-",
      markdown: "out.md",
      store: false,
      quiet: true,
    });
  });

  it("counts one GPU when --gpu is given alone, and refuses --gpu-count without --gpu", () => {
    expect(parseRunArgs(["--gpu", "T4", "--", "true"]).gpuCount).toBe(1);
    expect(() => parseRunArgs(["--gpu-count", "2", "--", "true"])).toThrow(
      /--gpu-count goes with --gpu MODEL/,
    );
  });

  it("names the unknown or incomplete option and shows the usage", () => {
    expect(() => parseRunArgs(["--bogus", "--", "true"])).toThrow(
      /^run: unknown option --bogus\nusage: carbon-budget run[\s\S]*run `carbon-budget run --help` for every option$/,
    );
    // A typo gets the nearest option: one letter off, two swapped, `_` for `-`.
    expect(() => parseRunArgs(["--locaton", "DE", "--", "true"])).toThrow(
      /^run: unknown option --locaton; did you mean --location\?\n/,
    );
    expect(() => parseRunArgs(["--stpe", "x", "--", "true"])).toThrow(/did you mean --step\?/);
    expect(() => parseRunArgs(["--gpu_count", "2", "--", "true"])).toThrow(/did you mean --gpu-count\?/);
    // A negative value is judged as the value it was meant to be, not as an ambiguous option.
    expect(() => parseRunArgs(["--intensity", "-3", "--", "true"])).toThrow(
      /^--intensity: "-3" is not valid; that is out of range; expected grid intensity/,
    );
    expect(() => parseRunArgs(["--pue", "-1", "--", "true"])).toThrow(
      '--pue: "-1" is not valid; expected power usage effectiveness: a number from 1 to 3',
    );
    expect(() => parseRunArgs(["--quiet=yes", "--", "true"])).toThrow(
      /^--quiet: "yes" is not valid; it is a switch and takes no value/,
    );
  });

  it.each([
    [
      ["--gpu-count", "1.5", "--gpu", "T4"],
      '--gpu-count: "1.5" is not valid; expected how many GPUs: a whole number from 1 to 4096',
    ],
    [
      ["--intensity=-3"],
      '--intensity: "-3" is not valid; that is out of range; expected grid intensity: a number in gCO2e/kWh from 0 to 2000, or with a unit, as papers give it: 432.7g/kWh, 0.429kg/kWh, 0.954lb/kWh (also t/MWh, kg/MWh)',
    ],
    [
      ["--interval", "10"],
      '--interval: "10" is not valid; expected the sampling interval in ms: a whole number from 50 to 60000',
    ],
    [
      ["--memory-gb", ""],
      '--memory-gb: "" is not valid; expected installed memory in GB: a number from 0.1 to 65536',
    ],
    [
      ["--step", "a\tb"],
      '--step: "a\\tb" is not valid; it holds a control character; use 1 to 200 characters, not only spaces, with no control characters (tabs, line breaks)',
    ],
    [["--location", "  "], '--location: "  " is not valid; it must not be empty'],
  ])("rejects %j", (flags, message) => {
    let error: unknown;
    try {
      parseRunArgs([...flags, "--", "true"]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(message);
  });

  it("parseNumber accepts the bounds themselves and nothing past them", () => {
    const rule = { min: 1, max: 3, what: "PUE" };
    expect(parseNumber("--pue", "1", rule)).toBe(1);
    expect(parseNumber("--pue", "3", rule)).toBe(3);
    expect(() => parseNumber("--pue", "3.0001", rule)).toThrow(InputError);
    expect(() => parseNumber("--pue", "0x2", { ...rule, integer: true })).not.toThrow();
    expect(() => parseNumber("--pue", "NaN", rule)).toThrow(InputError);
  });
});

describe("run's intensity and outputs", () => {
  it("takes --intensity with a unit, as estimate does", () => {
    // 0.4 kg/kWh = 0.4 x 1000 g/kWh = 400 g/kWh; 0.5 t/MWh = 0.5 x 1e6 g / 1000 kWh = 500 g/kWh.
    expect(parseRunArgs(["--intensity", "0.4kg/kWh", "--", "true"]).intensity).toBe(400);
    expect(parseRunArgs(["--intensity", "0.5t/MWh", "--", "true"]).intensity).toBe(500);
    expect(parseRunArgs(["--intensity", "350", "--", "true"]).intensity).toBe(350);
    // 0.4 with no unit is 0.4 g/kWh, far below any grid: accepted, with a warning to say so.
    expect(parseRunArgs(["--intensity", "0.4", "--", "true"]).intensityWarning).toMatch(/write 0.4kg\/kWh/);
  });

  it("refuses --json - with --markdown -: two documents on one stdout", () => {
    expect(() => parseRunArgs(["--json", "-", "--markdown", "-", "--", "true"])).toThrow(
      /^--markdown: "-" is not valid; --json - already writes to stdout/,
    );
    expect(parseRunArgs(["--json", "-", "--markdown", "out.md", "--", "true"])).toMatchObject({
      json: "-",
      markdown: "out.md",
    });
  });
});
