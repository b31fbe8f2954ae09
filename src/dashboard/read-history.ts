/**
 * The edge: reads a history folder into runs. Two layouts share `v1/<branch>/`: the local history
 * (`.carbon-budget/v1/<branch>/<sha>/<run id>.json`) and a checkout of the data branch
 * (`v1/<branch>/<sha>.json` and `v1/<branch>/index.json`). Anything unreadable is skipped with why,
 * never fatal: one bad file should not hide the rest of the history.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIndex } from "../baseline/index-file.js";
import { isFolder, listDir, STORE_DIR } from "../baseline/local-store.js";
import { InputError } from "../errors.js";
import { parseReport } from "../report/schema.js";
import { type HistoryRun, runFromIndexEntry, runFromReport } from "./history.js";

const LAYOUT = "v1";
const INDEX_FILE = "index.json";

export interface HistoryRead {
  /** The folder holding `v1/`: the local `.carbon-budget/` or the data branch's checkout. */
  root: string;
  runs: HistoryRun[];
  /** One line per file or folder that was skipped, with why. */
  skipped: string[];
}

/** The folder holding `v1/`: the one given, or its `.carbon-budget/` (a checkout's top folder). */
export function historyRoot(dir: string, input = "--history"): string {
  if (isFolder(join(dir, LAYOUT))) return dir;
  if (isFolder(join(dir, STORE_DIR, LAYOUT))) return join(dir, STORE_DIR);
  const why = existsSync(dir) ? `it has no ${LAYOUT}/ folder` : "it does not exist";
  throw new InputError(
    input,
    dir,
    `${why}; give the ${STORE_DIR} folder that \`carbon-budget run\` fills, or a checkout of the data branch (carbon-budget-data)`,
  );
}

export function readHistory(dir: string, input = "--history"): HistoryRead {
  const root = historyRoot(dir, input);
  const runs: HistoryRun[] = [];
  const skipped: string[] = [];
  const attempt = (path: string, read: () => void) => {
    try {
      read();
    } catch (error) {
      // parseReport and parseIndex name the file themselves; fs and URI errors may not.
      const message = (error as Error).message;
      skipped.push(`${message.startsWith(path) ? message : `${path}: ${message}`} (skipped)`);
    }
  };
  const base = join(root, LAYOUT);
  for (const branchEntry of listDir(base)) {
    const branchDir = join(base, branchEntry.name);
    if (!isFolder(branchDir)) {
      skipped.push(`${branchDir}: not a branch folder (ignored)`);
      continue;
    }
    let branch: string;
    try {
      branch = decodeURIComponent(branchEntry.name);
    } catch {
      skipped.push(`${branchDir}: not a branch folder name (ignored)`);
      continue;
    }
    const reported = new Set<string>();
    let indexPath: string | undefined;
    for (const entry of listDir(branchDir)) {
      const path = join(branchDir, entry.name);
      if (isFolder(path)) {
        // The local layout: a folder per commit, a report per run.
        for (const file of listDir(path)) {
          const filePath = join(path, file.name);
          if (!file.name.endsWith(".json") || isFolder(filePath)) {
            skipped.push(`${filePath}: not a report file (ignored)`);
            continue;
          }
          attempt(filePath, () => {
            const sha = decodeURIComponent(entry.name);
            runs.push(runFromReport(branch, sha, parseReport(readFileSync(filePath, "utf8"), filePath)));
          });
        }
      } else if (entry.name === INDEX_FILE) {
        indexPath = path;
      } else if (entry.name.endsWith(".json")) {
        // The data branch's layout: one report per commit.
        attempt(path, () => {
          const sha = decodeURIComponent(entry.name.slice(0, -".json".length));
          runs.push(runFromReport(branch, sha, parseReport(readFileSync(path, "utf8"), path)));
          reported.add(sha);
        });
      } else {
        skipped.push(`${path}: not a report file (ignored)`);
      }
    }
    if (indexPath === undefined) continue;
    const index = indexPath;
    // The index also lists runs whose report file is gone: their figures still belong on the chart.
    attempt(index, () => {
      for (const entry of parseIndex(readFileSync(index, "utf8"), index).entries) {
        if (!reported.has(entry.sha)) runs.push(runFromIndexEntry(branch, entry));
      }
    });
  }
  return { root, runs, skipped };
}
