import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { report, reportStep } from "../helpers/reports.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carbon-budget-compare-"));
  // Base: train 1000 g; head: train 1200 g, +20%.
  writeFileSync(join(dir, "base.json"), JSON.stringify(report({ steps: [reportStep("train", 10, 1000)] })));
  writeFileSync(join(dir, "head.json"), JSON.stringify(report({ steps: [reportStep("train", 12, 1200)] })));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const compare = (...args: string[]) =>
  runCli(["compare", ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "" } });

describe("carbon-budget compare", () => {
  it("exits 1 over budget and writes the markdown with the verdict", async () => {
    writeFileSync(join(dir, "budget.yml"), "version: 1\nbudgets:\n  steps:\n    train: { increase: 10% }\n");
    const result = await compare(
      "--base",
      "base.json",
      "--head",
      "head.json",
      "--config",
      "budget.yml",
      "--markdown",
      "out.md",
    );
    expect(result.code).toBe(1);
    // (1200 - 1000) / 1000 = +20%, over the 10% budget.
    expect(result.stderr).toContain("CO2e +20% (+200 g)");
    expect(result.stderr).toContain("carbon-budget: budgets: ❌ over budget\n");
    // The budget that failed, and by how much: 20% - 10% = 10 percentage points.
    expect(result.stderr).toContain("  ❌ train: CO2e change +20%, 10 points over its +10% budget\n");
    // The base report has no commit: the header names the file, with no "@?" placeholder.
    expect(result.stderr).toMatch(/ {2}vs base\.json \(\d{4}-\d\d-\d\d \d\d:\d\d UTC, run [^)]+\): CO2e/);
    expect(result.stderr).not.toContain("@?");
    expect(readFileSync(join(dir, "out.md"), "utf8")).toMatch(/^### carbon-budget ❌ over budget/);
  });

  it("exits 0 within budget, and without a config", async () => {
    writeFileSync(join(dir, "budget.yml"), "version: 1\nbudgets:\n  steps:\n    train: { increase: 25% }\n");
    expect((await compare("--base", "base.json", "--head", "head.json", "--config", "budget.yml")).code).toBe(
      0,
    );
    expect((await compare("--base", "base.json", "--head", "head.json")).code).toBe(0);
  });

  it("exits 2 on a missing report, a report that is not one, or a bad config, naming the input", async () => {
    const missing = await compare("--base", "base.json");
    expect([missing.code, missing.stderr]).toEqual([
      2,
      expect.stringContaining("both --base and --head are required"),
    ]);
    writeFileSync(join(dir, "bad.json"), '{"schema":"other"}');
    const bad = await compare("--base", "base.json", "--head", "bad.json");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--head: "bad.json" is not valid; bad.json: not a carbon-budget/report@1 report',
    );
    writeFileSync(join(dir, "budget.yml"), "version: 1\nbudget: {}\n");
    const config = await compare("--base", "base.json", "--head", "head.json", "--config", "budget.yml");
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/budget\.yml:2:1: budget: unknown key; did you mean "budgets"\?/);
    expect(config.stderr).not.toMatch(/\n\s+at /);
  });
});
