import { describe, expect, it } from "vitest";
import { defaultStepName, parseNumber, parseRunArgs } from "../../src/cli/args.js";
import { InputError } from "../../src/errors.js";

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
      /^carbon-budget run: "--bogus" is not valid; Unknown option '--bogus'[\s\S]*usage: carbon-budget run/,
    );
    expect(() => parseRunArgs(["--intensity", "-3", "--", "true"])).toThrow(
      /"--intensity" is not valid; Option '--intensity' argument is ambiguous/,
    );
  });

  it.each([
    [
      ["--gpu-count", "1.5", "--gpu", "T4"],
      '--gpu-count: "1.5" is not valid; expected how many GPUs: a whole number from 1 to 4096',
    ],
    [
      ["--intensity=-3"],
      '--intensity: "-3" is not valid; expected grid intensity in gCO2e/kWh: a number from 0 to 2000',
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
