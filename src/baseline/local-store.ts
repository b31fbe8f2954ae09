/**
 * The embedded on-disk history: `.carbon-budget/v1/<branch>/<sha>/<run id>.json`, one report a file,
 * written once. Anything unreadable in it is reported and skipped, never fatal and never deleted: the
 * history is the user's data.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport, type Report } from "../report/schema.js";
import type { StoredRun } from "./select.js";

export const STORE_DIR = ".carbon-budget";
const LAYOUT = "v1";
/** Keys for runs outside git, or on a detached HEAD. */
export const NO_BRANCH = "_detached";
export const NO_COMMIT = "_no-commit";

export interface StoreRead {
  runs: StoredRun[];
  /** One line per file that was skipped, with why. */
  skipped: string[];
}

const encode = (segment: string) => encodeURIComponent(segment);

export function readStore(root: string): StoreRead {
  const base = join(root, STORE_DIR, LAYOUT);
  const runs: StoredRun[] = [];
  const skipped: string[] = [];
  for (const branchDir of listDir(base)) {
    for (const shaDir of listDir(join(base, branchDir))) {
      for (const file of listDir(join(base, branchDir, shaDir))) {
        const path = join(base, branchDir, shaDir, file);
        if (!file.endsWith(".json")) {
          skipped.push(`${path}: not a report file (ignored)`);
          continue;
        }
        try {
          const report = parseReport(readFileSync(path, "utf8"), path);
          runs.push({ branch: decodeURIComponent(branchDir), sha: decodeURIComponent(shaDir), report });
        } catch (error) {
          skipped.push(`${(error as Error).message} (skipped, left in place)`);
        }
      }
    }
  }
  return { runs, skipped };
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves half a report behind. */
export function writeRun(root: string, key: { branch?: string; sha?: string }, report: Report): string {
  const dir = join(root, STORE_DIR, LAYOUT, encode(key.branch ?? NO_BRANCH), encode(key.sha ?? NO_COMMIT));
  mkdirSync(dir, { recursive: true });
  // Like pytest's cache: the history is local state, kept out of commits unless the user opts in.
  const ignore = join(root, STORE_DIR, ".gitignore");
  if (!existsSync(ignore)) writeFileSync(ignore, "# created by carbon-budget: local run history\n*\n");
  const path = join(dir, `${encode(report.run.id)}.json`);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(temporary, path);
  return path;
}
