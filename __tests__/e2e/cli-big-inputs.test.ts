/**
 * Inputs that are big on purpose, end to end through the built CLI: a CodeCarbon file of thousands of
 * runs whose report `import report` and `compare` read back, and config files that would exhaust the
 * reader (an alias bomb, a file of megabytes), refused as the user's mistake with exit 2.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { nodeDir, runCli } from "../helpers/cli.js";
import { runId, writeCodecarbonCsv } from "../helpers/codecarbon-csv.js";
import { report, reportStep } from "../helpers/reports.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carbon-budget-big-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { cwd: dir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } });

describe("import codecarbon: a file of thousands of runs and many flushes", () => {
  it("writes a report that import report and compare accept", async () => {
    // 4,000 runs of 1 to 5 flushes (run r flushes r % 5 + 1 times), 8 side by side in 10 projects, then
    // a run that flushed 2,000 times: 800 x (1 + 2 + 3 + 4 + 5) + 2,000 = 14,000 rows.
    writeCodecarbonCsv(join(dir, "emissions.csv"), {
      runs: 4001,
      flushes: (r) => (r === 4000 ? 2000 : (r % 5) + 1),
      projects: 10,
      interleave: 8,
    });
    const imported = await cli("import", "codecarbon", "emissions.csv", "--json", "report.json");
    expect([imported.code, imported.stderr]).toEqual([0, ""]);
    expect(imported.stdout.split("\n")[0]).toBe(
      "carbon-budget · imported 4001 runs from emissions.csv (CodeCarbon 3.3.0)",
    );
    const written = reportSchema.parse(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")));
    // The long run's last row: 0.00045 x 2,000 = 0.9 kWh, 0.00018 x 2,000 kg = 360 g.
    const long = written.steps[4000];
    expect([long?.name, long?.energy_kwh, long?.co2e_g]).toEqual([
      // The last run of proj-0 in the file: it keeps the project's name.
      "proj-0",
      0.00045 * 2000,
      0.00018 * 2000 * 1000,
    ]);
    // Rows 1 to 12,000 (after the header) are the 4,000 short runs; the long one is lines 12,002 to 14,001.
    expect(long?.notes?.[0]).toBe(
      `CodeCarbon run ${runId(4000)}, 2000 rows from line 12002 to line 14001; rows are cumulative, so the last one holds the run's totals`,
    );

    const again = await cli("import", "report", "report.json");
    expect([again.code, again.stderr]).toEqual([0, ""]);
    const compared = await cli("compare", "--base", "report.json", "--head", "report.json");
    expect(compared.code).toBe(0);
    expect(compared.stderr).toContain("CO2e ±0% (±0 g)");
  });

  it("refuses a file of more runs than a report holds, with exit 2", async () => {
    writeCodecarbonCsv(join(dir, "emissions.csv"), { runs: 10_001, flushes: 1 });
    const result = await cli("import", "codecarbon", "emissions.csv");
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toBe(
      'carbon-budget: FILE: "emissions.csv" is not valid; it has more than 10,000 runs, more than a report holds; import a part at a time (--project NAME, or a file of fewer rows)\n',
    );
  });
});

describe("config files that would exhaust the reader", () => {
  beforeEach(() => {
    // train: 10 kWh and 1000 g on the base, 12 kWh and 1200 g on the head.
    writeFileSync(join(dir, "base.json"), JSON.stringify(report({ steps: [reportStep("train", 10, 1000)] })));
    writeFileSync(join(dir, "head.json"), JSON.stringify(report({ steps: [reportStep("train", 12, 1200)] })));
  });
  const compare = () =>
    cli("compare", "--base", "base.json", "--head", "head.json", "--config", "budget.yml");

  it("loads a config that repeats a budget through 500 aliases", async () => {
    const steps = Array.from({ length: 500 }, (_, i) => `    step${i}: *budget`);
    writeFileSync(
      join(dir, "budget.yml"),
      ["version: 1", "budgets:", "  steps:", "    train: &budget { co2e: 1100 g }", ...steps, ""].join("\n"),
    );
    // train's 1200 g is over the 1100 g it names: the budget was read.
    const result = await compare();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("budgets: ❌ over budget");
  });

  it("refuses a billion laughs with exit 2, naming the file, the alias and the limit", async () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (const [i, name] of [..."bcdefghi"].entries()) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(", ")}]`);
    }
    writeFileSync(join(dir, "budget.yml"), `version: 1\n${levels.join("\n")}\n`);
    const result = await compare();
    expect([result.code, result.stdout]).toEqual([2, ""]);
    // Level g (line 8) is the first whose alias takes the expansion past a million (see config-limits.test.ts).
    expect(result.stderr).toBe(
      `carbon-budget: ${join(dir, "budget.yml")}:8:8: aliases expand the file to more than 1,000,000 values (an alias bomb?); anchors and aliases may be used freely, but the expanded file may hold at most 1,000,000 values\n`,
    );
  });

  it("refuses a 10 MB config with exit 2, naming its size and the limit", async () => {
    const line = "    step: { co2e: 1 g }\n";
    writeFileSync(join(dir, "budget.yml"), `version: 1\nbudgets:\n  steps:\n${line.repeat(420_000)}`);
    const result = await compare();
    expect(result.code).toBe(2);
    // 11 + 9 + 9 bytes of header lines and 420,000 lines of 24 bytes: 10,080,029 bytes.
    expect(result.stderr).toBe(
      `carbon-budget: ${join(dir, "budget.yml")}:1:1: the file is 10,080,029 bytes, too large for a config file; a config file may be at most 262,144 bytes (256 KiB); real ones are a few KB\n`,
    );
  });

  it("lists the first 50 of 20,000 unknown keys and counts the rest", async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`);
    writeFileSync(join(dir, "budget.yml"), `version: 1\n${keys.join("\n")}\n`);
    const result = await compare();
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe(`... and 19,950 more problems in ${join(dir, "budget.yml")}`);
  });

  it("judges a step called __proto__ against its budget", async () => {
    const steps = (name: string, grams: number) => [reportStep(name, grams / 100, grams)];
    writeFileSync(join(dir, "base.json"), JSON.stringify(report({ steps: steps("__proto__", 1) })));
    writeFileSync(join(dir, "head.json"), JSON.stringify(report({ steps: steps("__proto__", 2) })));
    writeFileSync(join(dir, "budget.yml"), "version: 1\nbudgets:\n  steps:\n    __proto__: { co2e: 1 g }\n");
    // 2 g is over the 1 g budget.
    const result = await cli(
      "compare",
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
    expect(result.stderr).toContain("budgets: ❌ over budget");
    // The comment's row for the step (underscores escaped), with its budget and status.
    expect(readFileSync(join(dir, "out.md"), "utf8")).toMatch(
      /^\| &#95;&#95;proto&#95;&#95; \|.* \| ≤ 1\.00 g \| ❌ over budget \|$/m,
    );
  });
});
