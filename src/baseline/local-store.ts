/**
 * The embedded on-disk history: `.carbon-budget/v1/<branch>/<sha>/<run id>.json`, one report a file,
 * written once. Anything unreadable in it is reported and skipped, never fatal and never deleted: the
 * history is the user's data.
 */
import {
  type Dirent,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
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
  // Only folders belong above the report files, and only files in the commit folders.
  const folders = (dir: string) =>
    listDir(dir).filter((entry) => {
      const path = join(dir, entry.name);
      const folder = entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path));
      if (!folder) skipped.push(`${path}: not a branch or commit folder (ignored)`);
      return folder;
    });
  for (const branchDir of folders(base)) {
    for (const shaDir of folders(join(base, branchDir.name))) {
      for (const file of listDir(join(base, branchDir.name, shaDir.name))) {
        const path = join(base, branchDir.name, shaDir.name, file.name);
        if (!file.name.endsWith(".json") || file.isDirectory()) {
          skipped.push(`${path}: not a report file (ignored)`);
          continue;
        }
        try {
          const key = { branch: decodeURIComponent(branchDir.name), sha: decodeURIComponent(shaDir.name) };
          runs.push({ ...key, report: parseReport(readFileSync(path, "utf8"), path) });
        } catch (error) {
          // parseReport names the file itself; fs and URI errors may not.
          const message = (error as Error).message;
          skipped.push(
            `${message.startsWith(path) ? message : `${path}: ${message}`} (skipped, left in place)`,
          );
        }
      }
    }
  }
  return { runs, skipped };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function listDir(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith("."))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
