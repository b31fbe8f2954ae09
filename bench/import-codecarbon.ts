/**
 * Benchmark 5: `carbon-budget import codecarbon` on a generated emissions.csv of about 200 MB (the tests'
 * generator, __tests__/helpers/codecarbon-csv.ts: CodeCarbon 3.x rows, 5,000 runs of cumulative
 * flushes, four runs side by side in ten projects). The copied CLI runs as a user would, writing the
 * report with --json; wall time is from spawn to exit, peak RSS is the CLI's own maxRSS at exit (the
 * --require hook). Targets: under a minute and under 500 MB, whatever the file's size.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { row, writeCodecarbonCsv } from "../__tests__/helpers/codecarbon-csv.js";
import { type BenchContext, cliEnv } from "./context.js";
import { median, table } from "./stats.js";

export const IMPORT_TARGETS = { seconds: 60, rssMb: 500 } as const;

const RUNS = 5000;

export interface ImportResult {
  bytes: number;
  runs: number;
  flushes: number;
  rows: number;
  reportBytes: number;
  wallMs: number[];
  maxRssKb: number[];
}

export function runImportBench(
  context: BenchContext,
  options: { csvMb: number; rounds: number },
): ImportResult {
  // Enough flushes per run for the size asked. Later rows are longer (their figures have more digits):
  // guess from the first row, then size the rows from one halfway through.
  const flushesFor = (rowBytes: number) => Math.max(1, Math.round((options.csvMb * 1e6) / (RUNS * rowBytes)));
  const guess = flushesFor(row(0, 1).length + 1);
  const flushes = flushesFor(row(RUNS / 2, Math.ceil(guess / 2)).length + 1);
  const csv = join(context.work, "emissions.csv");
  const bytes = writeCodecarbonCsv(csv, { runs: RUNS, flushes, projects: 10, interleave: 4 });
  const out = join(context.work, "imported.json");
  const usage = join(context.work, "import-usage.json");
  const result: ImportResult = {
    bytes,
    runs: RUNS,
    flushes,
    rows: RUNS * flushes,
    reportBytes: 0,
    wallMs: [],
    maxRssKb: [],
  };
  try {
    for (let round = 0; round < options.rounds; round++) {
      const started = performance.now();
      const child = spawnSync(
        process.execPath,
        ["--require", context.preload, context.cli, "import", "codecarbon", csv, "--json", out],
        {
          cwd: context.work,
          env: cliEnv(context, { BENCH_EXIT_USAGE_FILE: usage }),
          encoding: "utf8",
          maxBuffer: 64 * 2 ** 20,
        },
      );
      const wallMs = performance.now() - started;
      if (child.status !== 0) {
        throw new Error(
          `import codecarbon failed (${child.status ?? child.signal}): ${child.stderr.slice(0, 2000)}`,
        );
      }
      const imported = JSON.parse(readFileSync(out, "utf8")) as { steps: unknown[] };
      if (imported.steps.length !== RUNS) {
        throw new Error(`the report has ${imported.steps.length} steps, not the file's ${RUNS} runs`);
      }
      result.reportBytes = statSync(out).size;
      result.wallMs.push(wallMs);
      result.maxRssKb.push((JSON.parse(readFileSync(usage, "utf8")) as { maxRssKb: number }).maxRssKb);
    }
  } finally {
    rmSync(csv, { force: true });
    rmSync(out, { force: true });
  }
  return result;
}

export function renderImport(result: ImportResult): string {
  const seconds = result.wallMs.map((ms) => ms / 1000);
  const rssMb = result.maxRssKb.map((kb) => kb / 1024);
  const range = (values: number[], digits: number) =>
    `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)})`;
  const met = (ok: boolean) => (ok ? "met" : "**missed**");
  return table(
    [
      "emissions.csv",
      "rows (runs x flushes)",
      "report",
      "wall s, median (min-max)",
      `< ${IMPORT_TARGETS.seconds} s`,
      "peak RSS MB, median (min-max)",
      `< ${IMPORT_TARGETS.rssMb} MB`,
    ],
    [
      [
        `${(result.bytes / 1e6).toFixed(0)} MB`,
        `${result.rows.toLocaleString("en-US")} (${result.runs.toLocaleString("en-US")} x ${result.flushes})`,
        `${(result.reportBytes / 1e6).toFixed(1)} MB`,
        range(seconds, 1),
        met(Math.max(...seconds) < IMPORT_TARGETS.seconds),
        range(rssMb, 0),
        met(Math.max(...rssMb) < IMPORT_TARGETS.rssMb),
      ],
    ],
  );
}
