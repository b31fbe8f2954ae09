/**
 * CodeCarbon's emissions.csv, every version's column set, into a carbon-budget report. The fixtures are
 * hand-written in each version's format; every expected number is worked out here from their rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isInputError } from "../../src/errors.js";
import { CodecarbonReader, type ImportProblem, importCodecarbon } from "../../src/import/codecarbon.js";
import { parseGpus } from "../../src/import/codecarbon-row.js";
import { MAX_STEPS, type Report, reportSchema } from "../../src/report/schema.js";
import { repoRoot } from "../helpers/cli.js";
import { rows, runId } from "../helpers/codecarbon-csv.js";

const fixture = (name: string) =>
  readFileSync(join(repoRoot, "__tests__", "fixtures", "codecarbon", name), "utf8");

const load = (name: string, project?: string) => {
  const result = importCodecarbon(fixture(name), {
    origin: name,
    version: "0.1.0",
    ...(project !== undefined && { project }),
  });
  // Every report written is one a later read accepts.
  if (result.report) reportSchema.parse(result.report);
  return result;
};

const reportOf = (name: string, project?: string): Report => {
  const { report } = load(name, project);
  if (!report) throw new Error(`${name}: nothing imported`);
  return report;
};

const fromText = (text: string) => importCodecarbon(text, { origin: "emissions.csv", version: "0.1.0" });

function inputErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isInputError(error)) return error.message;
    throw error;
  }
  throw new Error("expected an InputError");
}

const V3_HEADER =
  "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed";

describe("CodeCarbon 3.x: a run flushed several times", () => {
  const report = reportOf("codecarbon-3.3.csv");
  const [flushed, laptop, second] = report.steps;

  it("takes a run's last row, not the sum of its cumulative rows", () => {
    // Lines 2, 3 and 5 are one run: energy_consumed 0.000107 -> 0.000214 -> 0.000321 kWh.
    // Its total is the last row, 0.000321 kWh; the sum, 0.000642, would count the first 9.1 s twice.
    expect(flushed.name).toBe("bert-base 3f9c1a52");
    expect(flushed.energy_kwh).toBe(0.000321);
    expect(flushed.it_energy_kwh).toBe(0.000321); // pue 1.0
    expect(flushed.duration_s).toBe(12.1);
    expect(flushed.co2e_g).toBe(0.00012198 * 1000); // emissions are kg
    expect([flushed.co2e_low_g, flushed.co2e_high_g]).toEqual([flushed.co2e_g, flushed.co2e_g]);
    expect(flushed.operational_g).toBe(flushed.co2e_g);
    expect(flushed.embodied_g).toBe(0);
  });

  it("dates a run from its last row: written at 09:00:12, after 12.1 s", () => {
    expect(flushed.ended_at).toBe("2026-02-10T09:00:12.000Z");
    expect(flushed.started_at).toBe("2026-02-10T08:59:59.900Z");
    expect(flushed.notes).toContain("CodeCarbon's timestamps carry no time zone: read as UTC");
  });

  it("splits CPU, GPU and RAM, with CodeCarbon's method where it can be told", () => {
    expect(
      flushed.components.map((c) => [c.kind, c.method, c.source, c.energy_kwh, c.model ?? null]),
    ).toEqual([
      ["cpu", "estimated", "codecarbon", 0.000081, "AMD Ryzen 9 7950X 16-Core Processor"],
      ["gpu", "measured", "codecarbon", 0.0002, "NVIDIA GeForce RTX 4090"],
      ["ram", "estimated", "codecarbon", 0.00004, null],
    ]);
    // Average power over the run: 0.0002 kWh x 3.6e6 J/kWh / 12.1 s.
    expect(flushed.components[1].avg_power_w).toBe((0.0002 * 3.6e6) / 12.1);
    for (const c of flushed.components) expect(c.notes?.[0]).toBe("imported from CodeCarbon 3.3.0");
  });

  it("keeps runs in the order they start; a project's latest run keeps its name, earlier ones add their run_id", () => {
    expect(report.steps.map((s) => s.name)).toEqual(["bert-base 3f9c1a52", "tokenizer-bench", "bert-base"]);
    expect(second.energy_kwh).toBe(0.0008);
    expect(second.co2e_g).toBe(0.000304 * 1000);
  });

  it("adds no GPU for a machine that has none, and says the hardware differs", () => {
    expect(laptop.components.map((c) => c.kind)).toEqual(["cpu", "ram"]);
    expect(laptop.notes).toContain("ran on other hardware than the report's first run: Apple M2, 16 GB");
  });

  it("describes the machine of the first run", () => {
    expect(report.hardware).toMatchObject({
      gpus: [{ model: "NVIDIA GeForce RTX 4090", count: 1 }],
      cpu: { model: "AMD Ryzen 9 7950X 16-Core Processor", count: 1 },
      memory_gb: 62.5,
    });
  });

  it("sums the runs, and derives one intensity: every run is 380 g/kWh", () => {
    // 0.000321 + 0.000025 + 0.0008 kWh; 0.12198 + 0.0095 + 0.304 g.
    expect(report.totals.energy_kwh).toBeCloseTo(0.001146, 12);
    expect(report.totals.co2e_g).toBeCloseTo(0.43548, 12);
    expect(report.totals.duration_s).toBeCloseTo(12.1 + 5 + 30, 12);
    expect(report.assumptions).toEqual({
      pue: 1,
      intensity_g_per_kwh: 380,
      intensity_source: "CodeCarbon 3.3.0: emissions ÷ energy_consumed",
      location: "DEU",
    });
    expect(report.run.started_at).toBe(flushed.started_at);
    expect(report.run.ended_at).toBe(second.ended_at);
  });

  it("gives the same file the same run id", () => {
    expect(report.run.id).toMatch(/^codecarbon-[0-9a-f]{12}$/);
    expect(reportOf("codecarbon-3.3.csv").run.id).toBe(report.run.id);
  });

  it("imports one project alone with --project", () => {
    const only = reportOf("codecarbon-3.3.csv", "tokenizer-bench");
    expect(only.steps.map((s) => s.name)).toEqual(["tokenizer-bench"]);
    expect(only.hardware.cpu.model).toBe("Apple M2");
    expect(inputErrorOf(() => load("codecarbon-3.3.csv", "bert"))).toBe(
      '--project: "bert" is not valid; the file has no such project; it has: bert-base, tokenizer-bench',
    );
  });
});

describe("CodeCarbon 2.x", () => {
  it("divides the components by CodeCarbon's PUE: its energies are facility energy", () => {
    const report = reportOf("codecarbon-2.7.csv");
    const [lora, evaluation] = report.steps;
    // llama-lora: energy_consumed 0.444 kWh at pue 1.2 -> IT 0.444 / 1.2 = 0.37 kWh.
    expect(lora.energy_kwh).toBe(0.444);
    expect(lora.it_energy_kwh).toBe(0.444 / 1.2);
    expect(lora.components.map((c) => [c.kind, c.energy_kwh])).toEqual([
      ["cpu", 0.06 / 1.2],
      ["gpu", 0.36 / 1.2],
      ["ram", 0.024 / 1.2],
    ]);
    expect(lora.co2e_g).toBe(0.1332 * 1000);
    expect(evaluation.co2e_g).toBe(0.01152 * 1000);
    expect(report.assumptions).toEqual({
      pue: 1.2,
      // 133.2 g / 0.444 kWh = 300; 11.52 g / 0.0384 kWh = 300.
      intensity_g_per_kwh: 300,
      intensity_source: "CodeCarbon 2.7.1: emissions ÷ energy_consumed",
      location: "gcp:europe-west4",
    });
    expect(lora.components[1].notes).toContain("divided by CodeCarbon's PUE 1.2");
    expect(load("codecarbon-2.7.csv").places).toEqual(["Netherlands (gcp europe-west4)"]);
  });

  it("reads a 2.0 file without codecarbon_version or pue: PUE 1, and said", () => {
    const { report, versions } = load("codecarbon-2.0.csv");
    expect(versions).toEqual([]);
    const [mnist] = report?.steps ?? [];
    // Two cumulative rows of one run; the last: 30 s, 0.00024 kWh, 7.2e-06 kg.
    expect(mnist.name).toBe("mnist");
    expect(mnist.energy_kwh).toBe(0.00024);
    expect(mnist.co2e_g).toBe(7.2e-6 * 1000);
    // gpu_energy 0 and no gpu_count: CodeCarbon found no GPU, so there is no GPU component.
    expect(mnist.components.map((c) => [c.kind, c.energy_kwh])).toEqual([
      ["cpu", 0.0002],
      ["ram", 0.00004],
    ]);
    expect(mnist.notes).toContain("this CodeCarbon version records no PUE: taken as 1");
    expect(mnist.components[0].notes?.[0]).toBe("imported from CodeCarbon (the file records no version)");
  });
});

describe("CodeCarbon 1.x: no run_id, no components", () => {
  const { report, places } = load("codecarbon-1.x.csv");

  it("counts each row as its own run, numbered within its project", () => {
    expect(report?.steps.map((s) => [s.name, s.energy_kwh, s.co2e_g, s.components.length])).toEqual([
      ["bert-finetune #1", 0.246, 0.0123 * 1000, 0],
      ["bert-finetune", 0.123, 0.00615 * 1000, 0],
      ["resnet50", 0.5, 0.2 * 1000, 0],
    ]);
    expect(report?.steps[0].notes).toContain(
      "this CodeCarbon version records total energy only, no CPU/GPU/RAM split",
    );
  });

  it("takes the energy-weighted mean intensity when runs differ, and names the spread", () => {
    // (12.3 + 6.15 + 200) g / (0.246 + 0.123 + 0.5) kWh = 218.45 / 0.869 = 251.38... -> 251.4 g/kWh.
    expect(report?.assumptions.intensity_g_per_kwh).toBe(251.4);
    expect(report?.assumptions.intensity_source).toBe(
      "CodeCarbon (the file records no version): emissions ÷ energy_consumed; energy-weighted mean of 3 runs from 50 to 400 g/kWh (each step's notes give its own)",
    );
    // France and an AWS region: no single location for the report.
    expect(report?.assumptions.location).toBeUndefined();
    expect(places).toEqual(["Île-de-France, France", "Ohio, USA (aws us-east-2)"]);
    expect(report?.steps[2].notes).toContain(
      "intensity 400 g/kWh: CodeCarbon's emissions ÷ energy_consumed for Ohio, USA (aws us-east-2)",
    );
  });
});

describe("malformed rows", () => {
  const { report, problems } = load("malformed.csv");

  it("are named by line, counting the lines of a quoted field that spans two", () => {
    expect(problems).toEqual([
      { line: 3, reason: "30 fields where the header has 32" },
      { line: 4, reason: "energy_consumed is empty" },
      { line: 7, reason: "gpu_energy -0.000012 is negative" },
      { line: 8, reason: 'timestamp "2024-02-30T10:50:00" is not a date and time' },
      { line: 12, reason: "a quoted field opened on line 12 is never closed" },
    ]);
  });

  it("are skipped and nothing else is lost: a blank line and a repeated header are not problems", () => {
    expect(report?.steps.map((s) => s.name)).toEqual([
      'vit, ablation "no-aug"',
      "vit-base 22222222",
      "vit-base",
    ]);
    // Three runs of 0.0384 kWh and 11.52 g each.
    expect(report?.totals.energy_kwh).toBeCloseTo(3 * 0.0384, 12);
    expect(report?.totals.co2e_g).toBeCloseTo(3 * 11.52, 12);
  });

  it("also cover a non-numeric energy, a PUE a report cannot hold, and a bad timestamp", () => {
    const rows = [
      "2024-01-01T00:00:00,p,r1,e,10,0.001,0,0,0,0,n/a,0,0,0.002",
      "2024-01-01T00:00:00,p,r2,e,10,0.001,0,0,0,0,0,0,0,0.002",
      "yesterday,p,r3,e,10,0.001,0,0,0,0,0,0,0,0.002",
    ];
    const text = `${V3_HEADER},pue\n${rows[0]},1\n${rows[1]},0.9\n${rows[2]},1\n`;
    expect(fromText(text)).toEqual({
      problems: [
        { line: 2, reason: 'cpu_energy "n/a" is not a number' },
        { line: 3, reason: "pue 0.9 is outside 1 to 3, what a carbon-budget report can hold" },
        { line: 4, reason: 'timestamp "yesterday" is not a date and time' },
      ],
      versions: [],
      places: [],
    });
  });
});

describe("files that cannot be imported", () => {
  it("an empty file", () => {
    expect(inputErrorOf(() => fromText(""))).toBe(
      `FILE: "emissions.csv" is not valid; it is empty; expected CodeCarbon's emissions.csv: a header line, then rows`,
    );
  });

  it("a header and no rows", () => {
    expect(inputErrorOf(() => fromText(`${V3_HEADER}\n\n , ,\n`))).toBe(
      `FILE: "emissions.csv" is not valid; it has CodeCarbon's header but no rows`,
    );
  });

  it("a CSV that is not CodeCarbon's", () => {
    expect(inputErrorOf(() => fromText("epoch,loss,val_loss\n1,2.5,2.6\n"))).toBe(
      `FILE: "emissions.csv" is not valid; it is not a CodeCarbon emissions file: its header has no timestamp, duration, emissions, energy_consumed column (it starts "epoch,loss,val_loss")`,
    );
  });
});

describe("reading the text", () => {
  it("takes a BOM, CRLF and a quoted project name with a line break", () => {
    const text = `\uFEFF${V3_HEADER}\r\n2024-05-01T12:00:00,"two\r\nlines",r1,e,60,0.002,0,0,0,0,0.001,0.003,0.001,0.005\r\n`;
    const { report } = fromText(text);
    expect(report?.steps.map((s) => [s.name, s.energy_kwh])).toEqual([["two\r\nlines", 0.005]]);
  });

  it("reads a zone when the timestamp has one, and a space for the T", () => {
    const text = `${V3_HEADER}\n2024-05-01 12:00:00+02:00,p,r1,e,60,0.002,0,0,0,0,0.001,0.003,0.001,0.005\n`;
    const [step] = fromText(text).report?.steps ?? [];
    expect(step.ended_at).toBe("2024-05-01T10:00:00.000Z");
    expect(step.started_at).toBe("2024-05-01T09:59:00.000Z");
    expect(step.notes).not.toContain("CodeCarbon's timestamps carry no time zone: read as UTC");
  });

  it("follows a second header, as when two files' columns were joined with cat", () => {
    const older = "timestamp,project_name,duration,emissions,energy_consumed";
    const text = `${older}\n2021-01-01T00:00:00,a,10,0.001,0.002\n${V3_HEADER}\n2024-05-01T12:00:00,b,r1,e,60,0.002,0,0,0,0,0.001,0.003,0.001,0.005\n`;
    const { report, problems } = fromText(text);
    expect(problems).toEqual([]);
    expect(report?.steps.map((s) => [s.name, s.energy_kwh, s.components.length])).toEqual([
      ["a", 0.002, 0],
      ["b", 0.005, 3],
    ]);
  });

  it("uses the whole run_id when the first 8 characters do not tell two runs apart", () => {
    const row = (run: string) => `2024-05-01T12:00:00,p,${run},e,60,0.002,0,0,0,0,0,0,0,0.005`;
    const text = `${V3_HEADER}\n${row("12345678-a")}\n${row("12345678-b")}\n${row("87654321-c")}\n`;
    expect(fromText(text).report?.steps.map((s) => s.name)).toEqual(["p 12345678-a", "p 12345678-b", "p"]);
  });
});

describe("parseGpus: CodeCarbon's gpu_model", () => {
  it("reads `N x MODEL`", () => {
    expect(parseGpus("8 x NVIDIA A100-SXM4-80GB", 8)).toEqual([{ model: "NVIDIA A100-SXM4-80GB", count: 8 }]);
  });

  it("keeps mixed GPUs, which CodeCarbon runs together, as one model", () => {
    expect(parseGpus("1 x NVIDIA A1002 x Tesla T4", 3)).toEqual([
      { model: "1 x NVIDIA A1002 x Tesla T4", count: 3 },
    ]);
  });

  it("finds no GPU in an empty or None model, unless gpu_count says there are some", () => {
    expect(parseGpus("", undefined)).toEqual([]);
    expect(parseGpus("None", 0)).toEqual([]);
    expect(parseGpus("", 2)).toEqual([{ model: "unknown GPU", count: 2 }]);
    expect(parseGpus("Tesla V100", undefined)).toEqual([{ model: "Tesla V100", count: 1 }]);
  });
});

describe("a large file, read in chunks", () => {
  // 3,000 runs of 1 to 4 flushes (run r flushes r % 4 + 1 times), 6 runs side by side in 3 projects,
  // and after them a run that flushed 1,000 times.
  const spec = {
    runs: 3001,
    flushes: (r: number) => (r === 3000 ? 1000 : (r % 4) + 1),
    projects: 3,
    interleave: 6,
  };
  const text = [...rows(spec)].join("\n");

  const read = (chunkSize: number) => {
    const problems: ImportProblem[] = [];
    const reader = new CodecarbonReader({
      origin: "big.csv",
      version: "0.1.0",
      onProblem: (p) => problems.push(p),
    });
    for (let at = 0; at < text.length; at += chunkSize) reader.push(text.slice(at, at + chunkSize));
    return { ...reader.finish(), problems };
  };

  it("takes each run's last row, whatever the chunks", () => {
    const { report, problems, skipped } = read(4096);
    expect([problems, skipped]).toEqual([[], 0]);
    if (!report) throw new Error("nothing imported");
    reportSchema.parse(report);
    expect(report.steps).toHaveLength(3001);
    for (const r of [0, 1, 2, 3, 1234, 2999, 3000]) {
      const flushes = spec.flushes(r);
      const step = report.steps[r];
      // The last row: energy 0.00045 x flushes kWh, emissions 0.00018 x flushes kg, 10 x flushes s.
      expect([step?.name, step?.energy_kwh, step?.co2e_g, step?.duration_s]).toEqual([
        // Each project's latest run keeps the project's name.
        r >= 2998 ? `proj-${r % 3}` : `proj-${r % 3} ${runId(r).slice(0, 8)}`,
        0.00045 * flushes,
        0.00018 * flushes * 1000,
        10 * flushes,
      ]);
      expect(step?.components.map((c) => c.energy_kwh)).toEqual([
        0.0001 * flushes,
        0.0003 * flushes,
        0.00005 * flushes,
      ]);
    }
    // Written at 2026-01-01T00:00:00 + r hours + 10 x flushes s; started 10 x flushes s before.
    expect(report.steps[2999]?.ended_at).toBe(
      new Date(Date.UTC(2026, 0, 1) + 2999 * 3_600_000 + 40_000).toISOString(),
    );
    expect(report.run.started_at).toBe("2026-01-01T00:00:00.000Z");
    expect(read(1).report?.steps).toEqual(report.steps);
  });

  it("names the lines of a run that flushed a few times, and the first and last of one that flushed often", () => {
    const { report } = read(65536);
    // Runs 0-5 flush 1, 2, 3, 4, 1, 2 times and take turns: the first rows of all six are lines 2-7,
    // the second rows of runs 1, 2, 3, 5 lines 8-11, the third of runs 2, 3 lines 12-13, run 3's last 14.
    expect(report?.steps[3]?.notes?.[0]).toBe(
      `CodeCarbon run ${runId(3)}, lines 5, 10, 13, 14; rows are cumulative, so the last one holds the run's totals`,
    );
    // The last run starts after the header and 3,000 runs of 1 + 2 + 3 + 4 rows per four: 7,500 rows.
    expect(report?.steps[3000]?.notes?.[0]).toBe(
      `CodeCarbon run ${runId(3000)}, 1000 rows from line 7502 to line 8501; rows are cumulative, so the last one holds the run's totals`,
    );
  });
});

describe("what a report holds", () => {
  it(`refuses a file of more runs than a report's ${MAX_STEPS} steps, and imports one of that many`, () => {
    const text = (runs: number) => [...rows({ runs, flushes: 1 })].join("\n");
    expect(fromText(text(MAX_STEPS)).report?.steps).toHaveLength(10_000);
    expect(inputErrorOf(() => fromText(text(MAX_STEPS + 1)))).toBe(
      'FILE: "emissions.csv" is not valid; it has more than 10,000 runs, more than a report holds; import a part at a time (--project NAME, or a file of fewer rows)',
    );
  });

  it("cuts text a report bounds: names, models, places and run ids of thousands of characters", () => {
    const long = (what: string) => `${what}${"x".repeat(5000)}`;
    const header = `${V3_HEADER},region,country_iso_code,cpu_model,gpu_model,gpu_count`;
    const cells = (id: string) =>
      `${long("proj")},${long("run")}${id},e,60,0.002,0,0,0,0,0.001,0.003,0.001,0.005,${long("region")},${long("ISO")},${long("cpu")},${long("gpu")},1`;
    const { report } = fromText(
      `${header}\n2024-05-01T12:00:00,${cells("1")}\n2024-05-01T12:00:00,${cells("2")}\n2024-05-01T12:00:00,${cells("3")}\n`,
    );
    if (!report) throw new Error("nothing imported");
    // Every field within the schema's bounds, so `import report` and `compare` read it back.
    expect(() => reportSchema.parse(report)).not.toThrow();
    // Three runs of one project whose run_ids start alike: the two earlier ones are the project (cut to
    // 100) and the whole run_id, cut to the 200 characters a step name holds; the latest is the project.
    expect(report.steps.map((s) => s.name.length)).toEqual([200, 200, 100]);
    expect(report.steps[0]?.name).toMatch(/^projx+ runx+\.\.\.$/);
    expect(report.hardware.cpu.model).toBe(`cpu${"x".repeat(197)}`);
    expect(report.assumptions.location).toBe(`ISO${"x".repeat(97)}`);
  });
});

describe("a growing emissions.csv", () => {
  it("keeps a project's step name as runs are appended, so day 1 and day 2 are compared", () => {
    // Day 1: the 3.x fixture's first run of bert-base (lines 2, 3 and 5 of the file, one run_id).
    // Day 2: the same file, with a second bert-base run (line 6) appended by CodeCarbon.
    const [header = "", ...lines] = fixture("codecarbon-3.3.csv").trim().split("\n");
    const day1Lines = lines.filter((line) => line.includes(",bert-base,3f9c1a52"));
    const day1 = fromText([header, ...day1Lines].join("\n"));
    const day2 = fromText([header, ...day1Lines, ...lines.filter((l) => l.includes("8d2e47b0"))].join("\n"));
    expect(day1.report?.steps.map((s) => [s.name, s.energy_kwh])).toEqual([["bert-base", 0.000321]]);
    // The latest run keeps the project's name; the earlier one adds the first 8 characters of its run_id.
    expect(day2.report?.steps.map((s) => [s.name, s.energy_kwh])).toEqual([
      ["bert-base 3f9c1a52", 0.000321],
      ["bert-base", 0.0008],
    ]);
  });
});
