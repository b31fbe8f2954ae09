/** What a config file may cost to read: its size, its aliases' expansion, and how many problems it lists. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, MAX_LISTED_PROBLEMS } from "../../src/budget/config-error.js";
import { budgetsFromConfig } from "../../src/budget/from-config.js";
import { loadConfig, parseConfigFile } from "../../src/budget/load-config.js";
import { MAX_CONFIG_BYTES, MAX_EXPANDED_VALUES } from "../../src/budget/yaml-data.js";

const FILE = ".github/carbon-budget.yml";

function errorOf(text: string): ConfigError {
  try {
    loadConfig(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError, but the config loaded");
}

/** `version: 1` and step budgets s1..sN that all repeat s0's through one alias each. */
function aliasedSteps(uses: number): string {
  const lines = ["version: 1", "budgets:", "  steps:", "    s0: &budget { co2e: 300 g, increase: 5% }"];
  for (let i = 1; i <= uses; i++) lines.push(`    s${i}: *budget`);
  return `${lines.join("\n")}\n`;
}

describe("anchors and aliases", () => {
  it("loads a config that uses one anchor 500 times (yaml's own guard stops at 100)", () => {
    const config = loadConfig(aliasedSteps(500), FILE);
    // s0 and its 500 copies.
    expect(Object.keys(config.budgets.steps)).toHaveLength(501);
    expect(config.budgets.steps.s500).toEqual({
      co2e: { kind: "mass", value: 300, text: "300 g" },
      increase: { kind: "percent", value: 5, text: "5%" },
    });
  });

  it("loads 5,000 aliases of a scalar and of a mapping", () => {
    const uses = Array.from({ length: 5000 }, () => "*x").join(", ");
    const text = `version: 1\nbudgets:\n  total: { co2e: &x 5 kg }\n  steps: { a: { co2e: *x } }\ncomment: { mode: update }\n`;
    expect(loadConfig(text, FILE).budgets.steps.a?.co2e?.value).toBe(5000);
    // An unknown key holding the 5,000 aliases is the only problem.
    expect(errorOf(`${text}spare: [${uses}]\n`).message).toBe(
      `${FILE}:6:1: spare: unknown key; use one of version, location, pue, hardware, budgets, comparison, comment`,
    );
    expect(loadConfig(aliasedSteps(5000), FILE).budgets.steps.s5000?.co2e?.value).toBe(300);
  });

  it("refuses a billion laughs as the user's mistake, at the alias that crosses the limit", () => {
    // a holds 9 strings, each level after it nine aliases of the one before. Counting every list and
    // string: a = 1 + 9 = 10 values, b = 1 + 9 x 10 = 91, c = 820, d = 7,381, e = 66,430, f = 597,871;
    // with the root and version, 672,605 so far. g's first alias adds f's 597,871: past the million,
    // at line 8, column 8.
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (const [i, name] of [..."bcdefghi"].entries()) {
      const below = "abcdefghi"[i];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${below}`).join(", ")}]`);
    }
    const error = errorOf(`version: 1\n${levels.join("\n")}\n`);
    expect(error.message).toBe(
      `${FILE}:8:8: aliases expand the file to more than 1,000,000 values (an alias bomb?); anchors and aliases may be used freely, but the expanded file may hold at most 1,000,000 values`,
    );
    expect(MAX_EXPANDED_VALUES).toBe(1_000_000);
  });

  it("refuses an alias inside its own anchor and an alias without one, naming the alias", () => {
    expect(errorOf("version: 1\nloop: &a [1, *a]\n").message).toBe(
      `${FILE}:2:14: alias *a is inside its own anchor; an alias may only repeat a finished value`,
    );
    expect(errorOf("version: 1\npue: *nowhere\n").message).toBe(
      `${FILE}:2:6: alias *nowhere has no anchor before it; set &nowhere on a value above it`,
    );
  });

  it("lets an alias name the latest anchor of its name, as YAML says", () => {
    const text = "version: 1\npue: &p 1.1\ncomparison: { history: &p 7 }\nlocation: { intensity: *p }\n";
    const config = loadConfig(text, FILE);
    expect([config.pue, config.comparison.history, config.location]).toEqual([1.1, 7, { intensity: 7 }]);
  });
});

describe("size", () => {
  it(`refuses a file over ${MAX_CONFIG_BYTES} bytes, naming its size and the limit`, () => {
    // Exactly the limit is allowed: 'version: 1\n' is 11 bytes, and a comment fills the rest.
    const filler = (bytes: number) => `version: 1\n#${"x".repeat(bytes - 13)}\n`;
    expect(loadConfig(filler(MAX_CONFIG_BYTES), FILE).version).toBe(1);
    expect(errorOf(filler(MAX_CONFIG_BYTES + 1)).message).toBe(
      `${FILE}:1:1: the file is 262,145 bytes, too large for a config file; a config file may be at most 262,144 bytes (256 KiB); real ones are a few KB`,
    );
  });

  it("counts bytes, not characters: 'é' is two", () => {
    const text = `version: 1\n#${"é".repeat(MAX_CONFIG_BYTES / 2)}\n`;
    expect(errorOf(text).message).toContain(
      `the file is ${(13 + MAX_CONFIG_BYTES).toLocaleString("en-US")} bytes`,
    );
  });

  const dir = mkdtempSync(join(tmpdir(), "carbon-budget-config-limits-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a large file on disk as a ConfigError naming the path", async () => {
    const path = join(dir, "huge.yml");
    writeFileSync(path, `version: 1\n${"# filler\n".repeat(1_200_000)}`);
    const error = await parseConfigFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    // 11 + 9 x 1,200,000 = 10,800,011 bytes.
    expect((error as Error).message).toMatch(new RegExp(`^${path}:1:1: the file is 10,800,011 bytes`));
  });
});

describe("many problems", () => {
  it(`lists the first ${MAX_LISTED_PROBLEMS} in file order and counts the rest`, () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `key${i}: 1`);
    const error = errorOf(`version: 1\n${keys.join("\n")}\n`);
    expect(error.problems).toHaveLength(5000);
    const lines = error.message.split("\n");
    // 50 problems, then one line for the other 5,000 - 50 = 4,950.
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe(
      `${FILE}:2:1: key0: unknown key; use one of version, location, pue, hardware, budgets, comparison, comment`,
    );
    expect(lines[49]).toMatch(/^\S+:51:1: key49: unknown key/);
    expect(lines[50]).toBe(`... and 4,950 more problems in ${FILE}`);
  });

  it("quotes a large value only as far as the message shows it", () => {
    const big = `[${Array.from({ length: 100 }, (_, i) => i).join(", ")}]`;
    const error = errorOf(`version: 1\nx: &big ${big}\npue: [*big, *big, *big]\n`);
    expect(error.message.split("\n")).toEqual([
      `${FILE}:2:1: x: unknown key; use one of version, location, pue, hardware, budgets, comparison, comment`,
      `${FILE}:3:6: pue: [[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21... is not a number; use the data centre's power usage effectiveness, a number from 1 to 3`,
    ]);
  });

  it("refuses a long location or model before looking it up, and nesting too deep to read", () => {
    const long = "x".repeat(201);
    expect(errorOf(`version: 1\nlocation: ${long}\n`).message).toBe(
      `${FILE}:2:11: location: "${"x".repeat(56)}... is too long; use at most 200 characters`,
    );
    expect(errorOf(`version: 1\nhardware: { gpu: { model: ${long} } }\n`).message).toContain(
      "hardware.gpu.model: ",
    );
    expect(errorOf(`version: 1\nx: ${"[".repeat(5000)}${"]".repeat(5000)}\n`).message).toMatch(
      /^\S+:2:\d+: lists or mappings are nested too deeply to read; a config nests a few levels deep$/,
    );
  });
});

describe("step names that are also names of Object.prototype", () => {
  it("keeps a budget on a step called __proto__, constructor or toString", () => {
    const text =
      "version: 1\nbudgets:\n  steps:\n    __proto__: { co2e: 1 g }\n    constructor: { co2e: 2 g }\n    toString: { co2e: 3 g }\n";
    const config = loadConfig(text, FILE);
    expect(Object.keys(config.budgets.steps)).toEqual(["__proto__", "constructor", "toString"]);
    const { steps } = budgetsFromConfig(config);
    expect(Object.entries(steps)).toEqual([
      ["__proto__", { co2eG: 1 }],
      ["constructor", { co2eG: 2 }],
      ["toString", { co2eG: 3 }],
    ]);
  });

  it("refuses __proto__ as a top-level key like any other unknown key", () => {
    expect(errorOf("version: 1\n__proto__: { pue: 3 }\n").message).toBe(
      `${FILE}:2:1: __proto__: unknown key; use one of version, location, pue, hardware, budgets, comparison, comment`,
    );
  });
});
