import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ConfigError } from "../../src/budget/config-error.js";
import { type Config, DEFAULT_CONFIG, knownKeys } from "../../src/budget/config-schema.js";
import { loadConfig, parseConfigFile } from "../../src/budget/load-config.js";
import type { Quantity } from "../../src/budget/quantity.js";
import { InputError } from "../../src/errors.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "config");
const FILE = ".github/carbon-budget.yml";
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const load = (name: string) => loadConfig(fixture(name), FILE);

/** The message of the ConfigError that loading throws; fails the test if it loads. */
function errorOf(text: string): ConfigError {
  try {
    loadConfig(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError, but the config loaded");
}
const messageOf = (name: string) => errorOf(fixture(name)).message;

const defaults = {
  version: 1,
  hardware: {},
  budgets: { steps: {} },
  comparison: { min_change: { kind: "percent", value: 2, text: "2%" }, history: 10 },
  comment: { mode: "update", chart: true },
};

describe("valid config files", () => {
  it("reads the documented example into base units: 5 kg is 5000 g, 300 g is 300, 12 kWh is 12, 10% is 10", () => {
    expect(load("full.yml")).toEqual({
      version: 1,
      location: "aws:us-east-1",
      pue: 1.2,
      // The table's own spelling, so the report names the model the same way whatever the config said.
      hardware: {
        gpu: { model: "NVIDIA A100 SXM4 80GB", count: 8 },
        cpu: { model: "AMD EPYC 7763" },
        memory_gb: 512,
      },
      budgets: {
        total: {
          co2e: { kind: "mass", value: 5000, text: "5 kg" },
          increase: { kind: "percent", value: 10, text: "10%" },
        },
        steps: {
          train: {
            energy: { kind: "energy", value: 12, text: "12 kWh" },
            increase: { kind: "percent", value: 5, text: "5%" },
            per: { unit: "epoch" },
          },
          eval: {
            co2e: { kind: "mass", value: 300, text: "300 g" },
            warn: { kind: "mass", value: 250, text: "250 g" },
          },
        },
      },
      comparison: { min_change: { kind: "percent", value: 2, text: "2%" }, history: 10 },
      comment: { mode: "update", chart: true },
    });
  });

  it("fills every default around a single step budget; 800 Wh is 0.8 kWh", () => {
    expect(load("minimal.yml")).toEqual({
      ...defaults,
      budgets: { steps: { train: { energy: { kind: "energy", value: 0.8, text: "800 Wh" } } } },
    });
  });

  it("takes an explicit intensity, MWh and tonnes: 2 MWh = 2000 kWh, 1.5t = 1.5e6 g, 1.2 t = 1.2e6 g", () => {
    const config = load("intensity.yml");
    expect(config.location).toEqual({ intensity: 350 });
    expect(config.pue).toBe(1);
    expect(config.budgets.total).toEqual({
      energy: { kind: "energy", value: 2000, text: "2 MWh" },
      co2e: { kind: "mass", value: 1_500_000, text: "1.5t" },
      warn: { kind: "mass", value: 1_200_000, text: "1.2 t" },
      increase: { kind: "percent", value: 0.5, text: "0.5 %" },
    });
  });

  it("gives the defaults for a file of empty sections", () => {
    expect(load("empty-sections.yml")).toEqual(defaults);
    expect(DEFAULT_CONFIG).toEqual(defaults);
  });

  it("hands out copies of the defaults, which stay frozen", () => {
    const config = loadConfig("version: 1\n", FILE);
    config.budgets.steps.train = { increase: { kind: "percent", value: 1, text: "1%" } };
    expect(DEFAULT_CONFIG.budgets.steps).toEqual({});
    expect(Object.isFrozen(DEFAULT_CONFIG.comparison.min_change)).toBe(true);
  });

  it("accepts zones and countries in any case, and resolves anchors and aliases", () => {
    expect(loadConfig("version: 1\nlocation: de", FILE).location).toBe("de");
    const text = "version: 1\nbudgets:\n  steps:\n    a: &b { co2e: 1 kg }\n    b: *b\n";
    expect(loadConfig(text, FILE).budgets.steps.b).toEqual({
      co2e: { kind: "mass", value: 1000, text: "1 kg" },
    });
  });

  it("fills the defaults a section leaves out", () => {
    const config = loadConfig("version: 1\ncomparison: { history: 30 }\ncomment: { chart: false }\n", FILE);
    expect(config.comparison).toEqual({ min_change: { kind: "percent", value: 2, text: "2%" }, history: 30 });
    expect(config.comment).toEqual({ mode: "update", chart: false });
  });

  it("takes any step name the step input takes, a matrix leg's included", () => {
    const config = loadConfig(
      'version: 1\nbudgets:\n  steps:\n    train-org/llama: { co2e: 5 kg }\n    "eval (ARC, 25-shot)": { energy: 1 kWh }\n',
      FILE,
    );
    expect(Object.keys(config.budgets.steps)).toEqual(["train-org/llama", "eval (ARC, 25-shot)"]);
  });

  it("types budgets as quantities of the right kind", () => {
    const config: Config = load("full.yml");
    expectTypeOf(config.budgets.steps.train?.energy).toEqualTypeOf<Quantity<"energy"> | undefined>();
    expectTypeOf(config.budgets.total?.co2e).toEqualTypeOf<Quantity<"mass"> | undefined>();
    expectTypeOf(config.comparison.min_change).toEqualTypeOf<Quantity<"percent">>();
    expectTypeOf(config.comment.mode).toEqualTypeOf<"update" | "new" | "off">();
  });
});

describe("errors name the file, line, column, key, value and what is allowed", () => {
  it("an unknown top-level key, with did-you-mean", () => {
    expect(messageOf("unknown-top-level.yml")).toBe(
      `${FILE}:2:1: budget: unknown key; did you mean "budgets"?`,
    );
  });

  it("an unknown nested key: the misspelling, not the missing limit it leaves behind", () => {
    expect(messageOf("unknown-nested.yml")).toBe(
      `${FILE}:4:14: budgets.steps.train.energi: unknown key; did you mean "energy"?`,
    );
    expect(messageOf("misspelt-intensity.yml")).toBe(
      `${FILE}:2:13: location.intensty: unknown key; did you mean "intensity"?`,
    );
  });

  it("an unknown key with nothing close lists the allowed keys", () => {
    expect(errorOf("version: 1\nbudgets:\n  train: { co2e: 1 kg }").message).toBe(
      `${FILE}:3:3: budgets.train: unknown key; use one of total, steps (a step's budget goes under steps: budgets.steps.train)`,
    );
  });

  it("a bad quantity", () => {
    const error = errorOf(fixture("bad-quantity.yml"));
    expect(error.message).toBe(
      `${FILE}:7:22: budgets.steps.train.energy: "12 kwhh" is not a quantity; use a number with one of Wh, kWh, MWh (e.g. "12 kWh")`,
    );
    expect(error).toMatchObject({ file: FILE, line: 7, column: 22, key: "budgets.steps.train.energy" });
    // An InputError too, so the CLI prints the message alone and exits 2.
    expect(error).toBeInstanceOf(InputError);
  });

  it("a unit of the wrong kind", () => {
    expect(messageOf("wrong-kind.yml")).toBe(
      `${FILE}:5:13: budgets.steps.train.co2e: "12 kWh" is an energy, not a mass; use a number with one of g, kg, t (e.g. "300 g"); a limit in Wh, kWh, MWh goes under energy:`,
    );
  });

  it("a warning level of a kind the budget does not limit", () => {
    expect(messageOf("warn-mismatch.yml")).toBe(
      `${FILE}:4:32: budgets.steps.eval.warn: "250 Wh" is an energy, but this budget has no energy limit; warn must be the same kind as a limit: use a mass like co2e (g, kg, t)`,
    );
  });

  it("an unknown GPU model, with the nearest names from the table", () => {
    expect(messageOf("unknown-gpu.yml")).toBe(
      `${FILE}:4:12: hardware.gpu.model: "NVIDIA H100 SXM6" is not a GPU model we know; nearest: "NVIDIA H100 SXM5 80GB", "NVIDIA H200 SXM 141GB" or "NVIDIA A100 SXM4 40GB" (all models: data/gpus.json)`,
    );
  });

  it("a YAML 1.1 boolean, which YAML 1.2 reads as text", () => {
    expect(messageOf("bad-boolean.yml")).toBe(
      `${FILE}:4:10: comment.chart: "yes" is not a boolean; use true or false (yes, no, on and off are text in YAML 1.2)`,
    );
  });

  it("a duplicate key, at the second one, naming the first", () => {
    expect(messageOf("duplicate-key.yml")).toBe(
      `${FILE}:6:5: budgets.steps.train: duplicate key (first at line 4, column 5); each key may appear once; keep one`,
    );
  });

  it("a YAML syntax error, at yaml's own position", () => {
    expect(messageOf("syntax-error.yml")).toBe(
      `${FILE}:4:3: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }`,
    );
  });

  it("a wrong or missing version, naming the one allowed", () => {
    expect(messageOf("wrong-version.yml")).toBe(
      `${FILE}:1:10: version: 2 is not valid; use version: 1, the only version of this file`,
    );
    expect(messageOf("no-version.yml")).toBe(
      `${FILE}:1:1: version: missing; use version: 1, the only version of this file`,
    );
    expect(errorOf('version: "1"').message).toBe(
      `${FILE}:1:10: version: "1" is not valid; use version: 1, the only version of this file`,
    );
  });

  it("an empty file, or one of comments only, naming the version it must start with", () => {
    const message = `${FILE}:1:1: version: missing (the file is empty); use version: 1, the only version of this file; or delete the file to use the defaults`;
    expect(errorOf("").message).toBe(message);
    expect(errorOf("\n  \n").message).toBe(message);
    expect(messageOf("empty.yml")).toBe(message);
  });

  it("an example in the unit the user meant, keeping their magnitude", () => {
    const co2e = (value: string) => errorOf(`version: 1\nbudgets:\n  total: { co2e: ${value} }\n`).message;
    expect(co2e("5 kgs")).toBe(
      `${FILE}:3:18: budgets.total.co2e: "5 kgs" is not a quantity; use a number with one of g, kg, t (e.g. "5 kg")`,
    );
    expect(co2e("2 tonnes")).toContain('(e.g. "2 t")');
    expect(co2e("300 grams")).toContain('(e.g. "300 g")');
    expect(co2e("5 kq")).toContain('(e.g. "5 kg")');
    const energy = errorOf("version: 1\nbudgets:\n  total: { energy: 12 kwhh }\n").message;
    expect(energy).toContain('(e.g. "12 kWh")');
    const milli = errorOf("version: 1\nbudgets:\n  total: { energy: 2 mwh }\n").message;
    expect(milli).toContain(
      '(mWh would be milliwatt-hours; megawatt-hours are MWh); use a number with one of Wh, kWh, MWh (e.g. "2 MWh")',
    );
  });

  it("a limit of the wrong kind says so, and which key takes it", () => {
    const message = errorOf("version: 1\nbudgets:\n  total: { co2e: 5 kWh }\n").message;
    expect(message).toBe(
      `${FILE}:3:18: budgets.total.co2e: "5 kWh" is an energy, not a mass; use a number with one of g, kg, t (e.g. "300 g"); a limit in Wh, kWh, MWh goes under energy:`,
    );
    const energy = errorOf("version: 1\nbudgets:\n  total: { energy: 5 kg }\n").message;
    expect(energy).toContain(
      '"5 kg" is a mass, not an energy; use a number with one of Wh, kWh, MWh (e.g. "12 kWh"); a limit in g, kg, t goes under co2e:',
    );
  });

  it("a budget with no limit, at the budget's mapping", () => {
    expect(messageOf("no-limit.yml")).toBe(
      `${FILE}:4:11: budgets.steps.eval: sets no limit; give at least one of co2e (e.g. "5 kg"), energy (e.g. "12 kWh") or increase (e.g. "10%")`,
    );
  });

  it("every problem at once, in file order", () => {
    const error = errorOf(fixture("many-problems.yml"));
    expect(error.message.split("\n")).toEqual([
      `${FILE}:3:6: pue: 4 is too large; use the data centre's power usage effectiveness, a number from 1 to 3`,
      `${FILE}:5:17: hardware.gpu.model: "A100" matches several GPU models: "NVIDIA A100 PCIe 40GB", "NVIDIA A100 PCIe 80GB", "NVIDIA A100 SXM4 40GB" or "NVIDIA A100 SXM4 80GB"; give the full name`,
      `${FILE}:5:30: hardware.gpu.count: 0 is too small; use how many GPUs, a whole number from 1 to 4096`,
      `${FILE}:6:17: hardware.cpu.model: "AMD EPYC 9999" is not a CPU model we know; nearest: "AMD EPYC 9454", "AMD EPYC 9554" or "AMD EPYC 9654" (all models: data/cpus.json)`,
      `${FILE}:7:14: hardware.memory_gb: "lots" is not a number; use installed memory in GB, a number from 0.1 to 65536`,
      `${FILE}:9:18: budgets.total.co2e: "0 kg" is zero; a limit must be above zero (remove the key for no limit)`,
      `${FILE}:11:5: budgets.steps."bad\\tname": "bad\\tname" is not a step name (it holds a control character); use 1 to 200 characters, not only spaces, with no control characters (tabs, line breaks)`,
      `${FILE}:12:36: budgets.steps.train.warn: "12 kWh" is not below the energy limit ("12 kWh"); set warn lower than the limit it warns before`,
      `${FILE}:12:57: budgets.steps.train.per.unit: "" is not valid; use 1 to 50 letters, digits, spaces, '.', '-' or '_' (e.g. epoch, sample)`,
      `${FILE}:13:23: budgets.steps.eval.increase: 10 has no unit; use a number with % (e.g. "10%")`,
      `${FILE}:13:33: budgets.steps.eval.co2e: 300 has no unit; use a number with one of g, kg, t (e.g. "300 g")`,
      `${FILE}:14:5: budgets.steps.test: sets no limit; give at least one of co2e (e.g. "5 kg"), energy (e.g. "12 kWh") or increase (e.g. "10%")`,
      `${FILE}:15:27: comparison.min_change: 2 has no unit; use a number with % (e.g. "2%")`,
      `${FILE}:15:39: comparison.history: 0.5 is not a whole number; use how many recent runs to show, a whole number from 1 to 100`,
      `${FILE}:15:44: comparison.window: unknown key; use one of min_change, history`,
      `${FILE}:16:18: comment.mode: "updat" is not valid; use "update" (edit one comment), "new" (a comment per run) or "off"; did you mean "update"?`,
      `${FILE}:16:32: comment.chart: "true" is not a boolean; use true or false (yes, no, on and off are text in YAML 1.2)`,
    ]);
    expect(error.problems).toHaveLength(17);
    expect(error).toMatchObject({ line: 3, column: 6, key: "pue", problem: "is too large" });
  });

  it("a location the resolver does not know, at the location's value, keeping the resolver's words", () => {
    const error = errorOf("version: 1\nlocation: Germny\n");
    expect(error.message).toMatch(
      /^\.github\/carbon-budget\.yml:2:11: location: "Germny" is not valid; .*nearest: /,
    );
    expect(errorOf("version: 1\nlocation: ''").message).toMatch(
      /^\S+:2:11: location: "" is empty; use an Electricity/,
    );
    expect(errorOf("version: 1\nlocation: 350").message).toMatch(
      /^\S+:2:11: location: 350 is not valid; use an /,
    );
    expect(errorOf("version: 1\nlocation: { intensity: 3000 }").message).toBe(
      `${FILE}:2:24: location.intensity: 3000 is too large; use grid intensity in gCO2e/kWh, a number from 0 to 2000`,
    );
  });

  it("counts lines the same with Windows line endings and a byte-order mark", () => {
    expect(errorOf("\uFEFFversion: 1\r\n\r\npue: 9\r\n").message).toBe(
      `${FILE}:3:6: pue: 9 is too large; use the data centre's power usage effectiveness, a number from 1 to 3`,
    );
  });

  it("a file that is not a mapping, and keys that are not names", () => {
    expect(errorOf("- a\n- b\n").message).toBe(
      `${FILE}:1:1: the file is not a mapping of keys; start it with "version: 1"`,
    );
    expect(errorOf("version: 1\n[a, b]: 1\n").message).toBe(
      `${FILE}:2:1: a key is a list or mapping; keys are plain names`,
    );
  });
});

describe("knownKeys", () => {
  it("lists the keys the schema allows at a path, through defaults, records and unions", () => {
    expect(knownKeys([])).toEqual([
      "version",
      "location",
      "pue",
      "hardware",
      "budgets",
      "comparison",
      "comment",
      "dashboard",
      "measure",
    ]);
    expect(knownKeys(["budgets", "steps", "anything"])).toEqual([
      "energy",
      "co2e",
      "increase",
      "warn",
      "per",
    ]);
    expect(knownKeys(["location"])).toEqual(["intensity"]);
    expect(knownKeys(["pue"])).toEqual([]);
  });
});

describe("parseConfigFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "carbon-budget-config-"));

  it("gives the defaults for a missing file, and says it was missing", async () => {
    expect(await parseConfigFile(join(dir, "absent.yml"))).toEqual({ config: defaults, missing: true });
  });

  it("reads a file, naming it in errors", async () => {
    const path = join(dir, "carbon-budget.yml");
    writeFileSync(path, fixture("minimal.yml"));
    expect((await parseConfigFile(path)).missing).toBe(false);
    writeFileSync(path, "version: 1\npue: 0.9\n");
    await expect(parseConfigFile(path)).rejects.toThrow(
      `${path}:2:6: pue: 0.9 is too small; use the data centre's power usage effectiveness, a number from 1 to 3`,
    );
  });

  it("refuses a path it cannot read as a file", async () => {
    await expect(parseConfigFile(dir)).rejects.toBeInstanceOf(InputError);
  });
});
