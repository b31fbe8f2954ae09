/**
 * `carbon-budget estimate` end to end: the committed bundle, spawned as a user would. The arithmetic is
 * tested in estimate.test.ts; this checks the wiring: streams, files, exit codes, no stack traces.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeDir, runCli } from "../helpers/cli.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carbon-budget-estimate-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const estimate = (args: string[]) =>
  runCli(["estimate", ...args], { cwd: dir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } });

describe("carbon-budget estimate", () => {
  it("reproduces Strubell et al. 2019 (Transformer-base): JSON on stdout, the table on stderr", async () => {
    const result = await estimate([
      ...["--hours", "12", "--power", "1415.78", "--count", "1", "--pue", "1.58"],
      ...["--intensity", "0.954lb/kWh", "--json", "-"],
    ]);
    expect(result.stderr).toContain("  formula      1415.78 W × 1 × 12 h × 1.00 × PUE 1.58 = 26.84 kWh\n");
    expect(result.stderr).toContain("               26.84 kWh × 0.954 lb/kWh = 25.61 lb = 11.62 kg CO2e\n");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.schema).toBe("carbon-budget/estimate@1");
    // 1415.78 W x 12 h x 1.58 / 1000 = 26.8431888 kWh; x 0.954 lb/kWh = 25.6 lb, the paper's 26.
    expect(report.energy_kwh).toBeCloseTo((1415.78 * 12 * 1.58) / 1000, 10);
    expect(Math.round(report.co2e_g / 453.59237)).toBe(26);
  });

  it("reproduces Patterson et al. 2021 (GPT-3) with --json FILE, the table on stdout", async () => {
    const result = await estimate([
      ...["--hours", "355.2", "--power", "330", "--count", "10000", "--pue", "1.1"],
      ...["--intensity", "0.429kg/kWh", "--json", "gpt3.json"],
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // 10000 x 330 W x 355.2 h x 1.1 / 1000 = 1,289,376 kWh; x 429 g/kWh = 553.1 t.
    expect(result.stdout).toContain("  formula      330 W × 10000 × 355.2 h × 1.00 × PUE 1.1 = 1289 MWh\n");
    expect(result.stdout).toContain("  CO2e         553.1 t\n");
    const report = JSON.parse(readFileSync(join(dir, "gpt3.json"), "utf8"));
    expect(report.energy_kwh).toBeCloseTo(1_289_376, 6);
    expect(report.co2e_g).toBeCloseTo(553_142_304, 3);
  });

  it.each([
    [
      ["--hours", "1", "--gpu", "H101", "--location", "DE"],
      /^carbon-budget: --gpu: "H101" is not valid; not a GPU model we know; nearest: /,
    ],
    [
      ["--hours", "-5", "--power", "300", "--location", "DE"],
      /^carbon-budget: --hours: "-5" is not valid; expected the job's wall-clock hours/,
    ],
    [
      ["--hours", "1", "--power", "300"],
      /^carbon-budget: --location: "" is not valid; give one of --location L/,
    ],
    [
      ["--hours", "1", "--power", "300", "--location", "DE", "--bogus"],
      /^carbon-budget: carbon-budget estimate: "--bogus" is not valid; unknown option/,
    ],
  ])("rejects %j with exit 2 and one message", async (args, message) => {
    const result = await estimate(args);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(2);
  });
});
