/**
 * The job's ledger under RUNNER_TEMP: each measured step is one single-step report file, written whole
 * (temp file + rename), so a step killed mid-write never corrupts the others. The first invocation
 * claims the ledger and reports for the whole job in its post step.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport, type Report } from "../report/schema.js";

export function ledgerDir(runnerTemp: string, job: string): string {
  return join(runnerTemp, "carbon-budget", job.replace(/[^\w.-]/g, "_") || "job");
}

/** True for the invocation that created the ledger: its post step reports for the job. */
export function claimLedger(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, "owner"), String(process.pid), { flag: "wx" });
    return true;
  } catch {
    return false;
  }
}

export function appendStep(dir: string, report: Report): string {
  mkdirSync(dir, { recursive: true });
  const count = readdirSync(dir).filter((f) => f.startsWith("step-")).length;
  const path = join(dir, `step-${String(count + 1).padStart(4, "0")}.json`);
  writeFileSync(`${path}.tmp`, JSON.stringify(report));
  renameSync(`${path}.tmp`, path);
  return path;
}

export function readLedger(dir: string): { reports: Report[]; problems: string[] } {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /^step-\d+\.json$/.test(f))
      .sort();
  } catch {
    return { reports: [], problems: [] };
  }
  const reports: Report[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      reports.push(parseReport(readFileSync(join(dir, file), "utf8"), join(dir, file)));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { reports, problems };
}
