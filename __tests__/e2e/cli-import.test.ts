/**
 * `carbon-budget import` end to end: the committed bundle, spawned as a user would, on CodeCarbon files
 * written in each version's format. Argument errors are also checked in process (parseImportArgs).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseImportArgs } from "../../src/cli/import.js";
import { isInputError } from "../../src/errors.js";
import { reportSchema } from "../../src/report/schema.js";
import { nodeDir, repoRoot, runCli } from "../helpers/cli.js";

const FIXTURES = join(repoRoot, "__tests__", "fixtures", "codecarbon");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carbon-budget-import-"));
  for (const name of ["codecarbon-2.7.csv", "codecarbon-3.3.csv", "malformed.csv"]) {
    copyFileSync(join(FIXTURES, name), join(dir, name));
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  runCli(["import", ...args], { cwd: dir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } });

describe("carbon-budget import codecarbon", () => {
  it("prints a table of the runs and writes the report", async () => {
    const result = await cli("codecarbon", "codecarbon-3.3.csv", "--json", "report.json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "carbon-budget · imported 3 runs from codecarbon-3.3.csv (CodeCarbon 3.3.0)",
        "  step                duration    energy     CO2e",
        "  bert-base 3f9c1a52    12.1 s   321 mWh   122 mg",
        "  tokenizer-bench       5.00 s  25.0 mWh  9.50 mg",
        "  bert-base             30.0 s   800 mWh   304 mg",
        "  total                 47.1 s   1.15 Wh   435 mg",
        "  at 380 g/kWh (CodeCarbon 3.3.0: emissions ÷ energy_consumed), PUE 1",
        "",
      ].join("\n"),
    );
    const report = reportSchema.parse(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")));
    // The flushed run is its last row (0.000321 kWh), not the sum of its three rows (0.000642 kWh).
    expect(report.steps.map((s) => [s.name, s.energy_kwh])).toEqual([
      ["bert-base 3f9c1a52", 0.000321],
      ["tokenizer-bench", 0.000025],
      ["bert-base", 0.0008],
    ]);
  });

  it("writes the report to stdout with --json -, and the table to stderr", async () => {
    const result = await cli("codecarbon", "codecarbon-2.7.csv", "--json", "-");
    expect(result.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.totals.co2e_g).toBeCloseTo(133.2 + 11.52, 9);
    expect(result.stderr).toContain(
      "carbon-budget · imported 2 runs from codecarbon-2.7.csv (CodeCarbon 2.7.1)",
    );
  });

  it("names each skipped row as FILE:LINE and imports the rest", async () => {
    const result = await cli("codecarbon", "malformed.csv");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      [
        "malformed.csv:3: 30 fields where the header has 32",
        "malformed.csv:4: energy_consumed is empty",
        "malformed.csv:7: gpu_energy -0.000012 is negative",
        'malformed.csv:8: timestamp "2024-02-30T10:50:00" is not a date and time',
        "malformed.csv:12: a quoted field opened on line 12 is never closed",
        "",
      ].join("\n"),
    );
    expect(result.stdout.split("\n")[0]).toBe(
      "carbon-budget · imported 3 runs from malformed.csv (CodeCarbon 2.7.1); 5 rows skipped",
    );
  });

  it("prints the model-card block on stdout, the table on stderr", async () => {
    const result = await cli(
      "codecarbon",
      "codecarbon-2.7.csv",
      "--model-card",
      "--training-type",
      "fine-tuning",
    );
    expect(result.code).toBe(0);
    // 0.1332 kg + 0.01152 kg = 144.72 g.
    expect(result.stdout).toBe(
      [
        "co2_eq_emissions:",
        "  emissions: 144.72",
        '  source: "CodeCarbon 2.7.1, imported by carbon-budget 0.1.0"',
        '  training_type: "fine-tuning"',
        '  geographical_location: "Netherlands (gcp europe-west4)"',
        '  hardware_used: "1 x NVIDIA A100-SXM4-80GB"',
        "",
      ].join("\n"),
    );
    expect(result.stderr).toContain("llama-lora");
  });

  it("prints the block for a carbon-budget report too", async () => {
    expect(
      (await cli("codecarbon", "codecarbon-3.3.csv", "--project", "bert-base", "--json", "r.json")).code,
    ).toBe(0);
    const result = await cli("report", "r.json", "--model-card");
    expect(result.code).toBe(0);
    // bert-base only: 0.12198 g + 0.304 g = 0.42598 g.
    expect(result.stdout).toBe(
      [
        "co2_eq_emissions:",
        "  emissions: 0.42598",
        '  source: "carbon-budget 0.1.0"',
        '  geographical_location: "DEU"',
        '  hardware_used: "1 x NVIDIA GeForce RTX 4090"',
        "",
      ].join("\n"),
    );
  });

  it("exits 2 naming the file when it is not CodeCarbon's, is empty, is missing or has no good row", async () => {
    writeFileSync(join(dir, "loss.csv"), "epoch,loss\n1,2.5\n");
    writeFileSync(join(dir, "empty.csv"), "");
    const header = readFileSync(join(dir, "codecarbon-2.7.csv"), "utf8").split("\n")[0];
    writeFileSync(join(dir, "bad.csv"), `${header}\nnot,a,row\n`);
    const cases: [string, string][] = [
      [
        "loss.csv",
        'carbon-budget: FILE: "loss.csv" is not valid; it is not a CodeCarbon emissions file: its header has no timestamp, duration, emissions, energy_consumed column (it starts "epoch,loss")\n',
      ],
      [
        "empty.csv",
        `carbon-budget: FILE: "empty.csv" is not valid; it is empty; expected CodeCarbon's emissions.csv: a header line, then rows\n`,
      ],
      ["nope.csv", 'carbon-budget: FILE: "nope.csv" is not valid; no such file\n'],
      [
        "bad.csv",
        'bad.csv:2: 3 fields where the header has 32\ncarbon-budget: FILE: "bad.csv" is not valid; no row could be imported (1 skipped, above)\n',
      ],
    ];
    for (const [file, stderr] of cases) {
      const result = await cli("codecarbon", file);
      expect([file, result.code, result.stderr, result.stdout]).toEqual([file, 2, stderr, ""]);
    }
  });
});

describe("import arguments", () => {
  const messageOf = (argv: string[]) => {
    try {
      parseImportArgs(argv);
    } catch (error) {
      if (isInputError(error)) return error.message.split("\n")[0];
      throw error;
    }
    return "no error";
  };

  it("reads the format, the file and the options", () => {
    expect(
      parseImportArgs(["codecarbon", "emissions.csv", "--model-card", "--training-type", "pre-training"]),
    ).toEqual({ format: "codecarbon", file: "emissions.csv", modelCard: true, trainingType: "pre-training" });
    expect(parseImportArgs(["codecarbon", "e.csv", "--json", "-", "--project", "bert"])).toEqual({
      format: "codecarbon",
      file: "e.csv",
      modelCard: false,
      json: "-",
      project: "bert",
    });
  });

  it("rejects what it cannot do, naming the input", () => {
    expect(messageOf([])).toBe(
      'FORMAT: "" is not valid; expected codecarbon (an emissions.csv), report (a carbon-budget report), prometheus or slurm',
    );
    expect(messageOf(["carbontracker", "log.txt"])).toMatch(/^FORMAT: "carbontracker" is not valid/);
    expect(messageOf(["codecarbon"])).toBe('FILE: "" is not valid; give the file to import');
    expect(messageOf(["codecarbon", "a.csv", "b.csv"])).toBe(
      'carbon-budget import: "b.csv" is not valid; unexpected arguments',
    );
    expect(messageOf(["codecarbon", "a.csv", "--model-card", "--training-type", "pretraining"])).toBe(
      '--training-type: "pretraining" is not valid; expected pre-training or fine-tuning, as the Hub\'s model cards say',
    );
    expect(messageOf(["codecarbon", "a.csv", "--training-type", "fine-tuning"])).toBe(
      '--training-type: "fine-tuning" is not valid; it goes with --model-card',
    );
    expect(messageOf(["codecarbon", "a.csv", "--model-card", "--json", "-"])).toBe(
      '--json: "-" is not valid; --model-card prints to stdout; write the report to a file',
    );
    expect(messageOf(["report", "r.json", "--project", "x"])).toBe(
      '--project: "x" is not valid; give a CodeCarbon project_name; it goes with import codecarbon',
    );
    expect(messageOf(["codecarbon", "a.csv", "--csv"])).toBe("import: unknown option --csv");
  });
});
