import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { InputError } from "../../src/errors.js";

/** The inputs as the runner gives them: every input not listed is ''. */
const read = (given: Record<string, string>, options: { botEvent?: boolean } = {}) =>
  readInputs((name) => given[name] ?? "", options);

/** The InputError readInputs throws for these inputs. */
function errorFor(given: Record<string, string>): InputError {
  try {
    read(given);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("readInputs accepted the inputs");
}

describe("readInputs", () => {
  it("gives the documented defaults when only run is given", () => {
    expect(read({ run: "python train.py" })).toEqual({
      run: "python train.py",
      mode: "measure",
      config: ".github/carbon-budget.yml",
      failOnBudget: true,
      dataBranch: "carbon-budget-data",
      intervalMs: 1000,
      artifactName: "carbon-budget-report",
    });
  });

  it("takes a matrix leg's step name, and refuses one a report cannot hold", () => {
    expect(read({ run: "python train.py", step: "train-org/llama" }).step).toBe("train-org/llama");
    expect(errorFor({ run: "python train.py", step: "x".repeat(201) }).message).toBe(
      `input step: "${"x".repeat(201)}" is not valid; it is longer than 200 characters; use 1 to 200 characters, not only spaces, with no control characters (tabs, line breaks)`,
    );
  });

  it("reads every input it is given", () => {
    const inputs = read({
      run: "python train.py",
      step: "train",
      mode: "measure",
      config: "ci/budget.yml",
      location: "FR",
      pue: "1.2",
      gpu: "A100-SXM4-80GB",
      "gpu-count": "8",
      unit: "samples=50000",
      "github-token": "ghs_token",
      comment: "new",
      "fail-on-budget": "false",
      "data-branch": "energy",
      "tracked-branches": "main, release\ndev",
      interval: "250",
      "artifact-name": "energy-report",
      "electricity-maps-token": "em_token",
    });
    expect(inputs).toEqual({
      run: "python train.py",
      step: "train",
      mode: "measure",
      config: "ci/budget.yml",
      location: "FR",
      pue: 1.2,
      gpu: "A100-SXM4-80GB",
      gpuCount: 8,
      unit: { name: "samples", count: 50000 },
      githubToken: "ghs_token",
      comment: "new",
      failOnBudget: false,
      dataBranch: "energy",
      trackedBranches: ["main", "release", "dev"],
      intervalMs: 250,
      artifactName: "energy-report",
      electricityMapsToken: "em_token",
    });
  });

  it("takes '' and blanks as not given", () => {
    const inputs = read({
      run: "python train.py",
      step: "  ",
      pue: "",
      "gpu-count": " ",
      comment: "",
      "fail-on-budget": "",
      interval: "",
      "data-branch": " ",
      "github-token": "",
    });
    expect(inputs).toEqual(read({ run: "python train.py" }));
  });

  it("trims what it is given", () => {
    expect(read({ run: "  make train \n", pue: " 1.5 " })).toMatchObject({ run: "make train", pue: 1.5 });
  });

  describe("run and mode", () => {
    it("refuses measure mode without run, naming what to do", () => {
      const error = errorFor({});
      expect(error.input).toBe("input run");
      expect(error.value).toBe("");
      expect(error.message).toContain(
        "give the command to measure, or set mode: report, aggregate or publish",
      );
    });

    it("lets the bot's events leave run out", () => {
      expect(read({}, { botEvent: true }).mode).toBe("measure");
    });

    it.each(["report", "aggregate", "publish"])("needs no run in %s mode", (mode) => {
      expect(read({ mode }).mode).toBe(mode);
    });

    it("refuses an unknown mode, listing the modes", () => {
      const error = errorFor({ run: "make", mode: "reprot" });
      expect(error.message).toBe(
        'input mode: "reprot" is not valid; use one of measure, report, aggregate, publish',
      );
    });
  });

  describe("fail-on-budget is strictly true or false", () => {
    it.each([
      ["true", true],
      ["false", false],
    ])("reads %s", (text, value) => {
      expect(read({ run: "make", "fail-on-budget": text }).failOnBudget).toBe(value);
    });

    it.each(["ture", "True", "yes", "1", "0"])("refuses %s", (text) => {
      const error = errorFor({ run: "make", "fail-on-budget": text });
      expect(error.message).toBe(
        `input fail-on-budget: ${JSON.stringify(text)} is not valid; use true or false`,
      );
    });
  });

  describe("comment", () => {
    it.each(["update", "new", "off"])("reads %s", (comment) => {
      expect(read({ run: "make", comment }).comment).toBe(comment);
    });

    it("refuses anything else, listing what is allowed", () => {
      expect(errorFor({ run: "make", comment: "replace" }).message).toBe(
        'input comment: "replace" is not valid; use one of update, new, off',
      );
    });
  });

  describe("numbers within their ranges", () => {
    // pue: a number from 1 to 3; gpu-count: a whole number from 1 to 4096; interval: ms, 50 to 60000.
    it.each([
      ["pue", "1", { pue: 1 }],
      ["pue", "3", { pue: 3 }],
      ["gpu-count", "1", { gpuCount: 1 }],
      ["gpu-count", "4096", { gpuCount: 4096 }],
      ["interval", "50", { intervalMs: 50 }],
      ["interval", "60000", { intervalMs: 60_000 }],
    ])("accepts %s: %s, a bound", (name, text, expected) => {
      expect(read({ run: "make", [name]: text })).toMatchObject(expected);
    });

    it.each([
      ["pue", "0.99", "use a number from 1 to 3"],
      ["pue", "3.01", "use a number from 1 to 3"],
      ["pue", "high", "use a number from 1 to 3"],
      ["gpu-count", "0", "use a whole number from 1 to 4096"],
      ["gpu-count", "4097", "use a whole number from 1 to 4096"],
      ["gpu-count", "2.5", "use a whole number from 1 to 4096"],
      ["interval", "49", "use a whole number from 50 to 60000"],
      ["interval", "60001", "use a whole number from 50 to 60000"],
      ["interval", "1s", "use a whole number from 50 to 60000"],
    ])("refuses %s: %s", (name, text, allowed) => {
      const error = errorFor({ run: "make", [name]: text });
      expect(error.input).toBe(`input ${name}`);
      expect(error.value).toBe(text);
      expect(error.message).toBe(`input ${name}: ${JSON.stringify(text)} is not valid; ${allowed}`);
    });
  });

  describe("unit", () => {
    it("reads NAME=COUNT", () => {
      expect(read({ run: "make", unit: "epoch = 3" }).unit).toEqual({ name: "epoch", count: 3 });
    });

    it.each(["samples", "samples=0", "samples=-5", "=3"])("refuses %s", (unit) => {
      const error = errorFor({ run: "make", unit });
      expect(error.input).toBe("input unit");
      expect(error.value).toBe(unit);
      expect(error.message).toContain("use NAME=COUNT with a positive count");
    });
  });

  describe("remote work", () => {
    it("refuses a selector without prometheus-url", () => {
      const error = errorFor({ run: "make", "prometheus-selector": '{pod="train"}' });
      expect(error.input).toBe("input prometheus-selector");
      expect(error.message).toContain("it goes with prometheus-url");
    });

    it("refuses prometheus-url without a selector or slurm", () => {
      const error = errorFor({ run: "make", "prometheus-url": "http://prometheus:9090" });
      expect(error.input).toBe("input prometheus-url");
      expect(error.message).toContain("give the series to measure with prometheus-selector");
    });

    it.each([
      ["true", { slurm: {} }],
      ["12345", { slurm: { jobId: "12345" } }],
    ])("reads slurm: %s", (slurm, expected) => {
      expect(read({ run: "sbatch train.sh", slurm })).toMatchObject(expected);
    });

    it("reads slurm: false as no Slurm job", () => {
      expect(read({ run: "make", slurm: "false" })).not.toHaveProperty("slurm");
    });

    it("refuses a slurm value that is neither a boolean nor a job id", () => {
      const error = errorFor({ run: "make", slurm: "yes" });
      expect(error.message).toBe(
        `input slurm: "yes" is not valid; use true (the job id from sbatch's output), false, or a job id`,
      );
    });
  });
});
