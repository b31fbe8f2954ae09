/**
 * The embedded on-disk history: `.carbon-budget/v1/<branch>/<sha>/<run id>.json`, one report a file,
 * written once. Anything unreadable in it is reported and skipped, never fatal and never deleted: the
 * history is the user's data. The one exception is our own: the temporary file of a write that died
 * before its rename, which reads and writes remove once it is certainly abandoned.
 */
import {
  closeSync,
  type Dirent,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
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
        if (isTemporary(file.name)) {
          // A write in progress, or the remains of one that died: not a run either way.
          removeIfAbandoned(path);
          continue;
        }
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

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Sorted, hidden entries (the store's .gitignore, a checkout's .git) left out; none when unreadable. */
export function listDir(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith("."))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/**
 * Writes through a temporary file and a rename, so a crash never leaves half a report behind, and
 * flushes both to disk (the file before the rename, the folder after it), so a power cut does not
 * either: without the first, a rename can reach the disk before the data it names.
 */
export function writeRun(root: string, key: { branch?: string; sha?: string }, report: Report): string {
  const dir = join(root, STORE_DIR, LAYOUT, encode(key.branch ?? NO_BRANCH), encode(key.sha ?? NO_COMMIT));
  mkdirSync(dir, { recursive: true });
  // Like pytest's cache: the history is local state, kept out of commits unless the user opts in.
  const ignore = join(root, STORE_DIR, ".gitignore");
  if (!existsSync(ignore)) writeFileSync(ignore, "# created by carbon-budget: local run history\n*\n");
  for (const entry of listDir(dir)) if (isTemporary(entry.name)) removeIfAbandoned(join(dir, entry.name));
  const path = join(dir, `${encode(report.run.id)}.json`);
  const temporary = `${path}.${process.pid}.tmp`;
  removeIfAbandoned(temporary, { ours: true });
  const fd = openSync(temporary, "wx");
  try {
    writeSync(fd, `${JSON.stringify(report, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  syncFolder(dir);
  return path;
}

/** `<id>.json.<pid>.tmp` as writeRun names it, or `<id>.json.tmp`. */
const TEMPORARY = /\.json(?:\.(\d+))?\.tmp$/;
const isTemporary = (name: string) => TEMPORARY.test(name);

/**
 * A write takes milliseconds. A temporary file older than a minute whose writer (the pid in its name)
 * is no longer running died with it; one older than ten minutes died, whoever wrote it (a pid may have
 * been reused since, or belong to another machine or container sharing the folder).
 */
const SETTLED_MS = 60 * 1000;
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

/**
 * Removes a temporary file once its write is certainly over (see above). `ours`: the name is this
 * process's own, left by an earlier write of this process, so nothing else can be writing it. Never
 * fails the caller: a file left behind costs nothing but its space.
 */
function removeIfAbandoned(path: string, options: { ours?: boolean } = {}): void {
  try {
    const stats = lstatSync(path);
    if (!stats.isFile() && !stats.isSymbolicLink()) return;
    const age = Date.now() - stats.mtimeMs;
    const pid = Number(TEMPORARY.exec(path)?.[1] ?? Number.NaN);
    const writerGone = age > SETTLED_MS && pid > 0 && !isRunning(pid);
    if (options.ours || writerGone || age > ABANDONED_AFTER_MS) unlinkSync(path);
  } catch {
    // Gone already (another process cleaned it up), or not ours to remove.
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Makes a rename in `dir` durable. Not every platform can open a folder (Windows cannot): best effort. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // The rename is done; only its durability across a power cut is left to the OS.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
