/** What the local git checkout says about where we are: the only place the CLI asks git. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export interface GitPosition {
  root: string;
  branch?: string;
  sha?: string;
  /** The default branch's name (`main`), when one can be found. */
  defaultBranch?: string;
  /** The merge-base of HEAD with the default branch, when both exist. */
  mergeBase?: string;
  dirty: boolean;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

export function readGitPosition(cwd: string): GitPosition {
  const root = git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!root) return { root: cwd, dirty: false };
  const sha = git(root, ["rev-parse", "--verify", "-q", "HEAD"]);
  const branch = git(root, ["symbolic-ref", "--short", "-q", "HEAD"]);
  const defaultBranch = findDefaultBranch(root);
  const mergeBase =
    sha && defaultBranch ? git(root, ["merge-base", "HEAD", `refs/heads/${defaultBranch}`]) : undefined;
  const status = git(root, ["status", "--porcelain", "--untracked-files=no"]);
  return {
    root,
    ...(branch && { branch }),
    ...(sha && { sha }),
    ...(defaultBranch && { defaultBranch }),
    ...(mergeBase && { mergeBase }),
    dirty: Boolean(status),
  };
}

function findDefaultBranch(root: string): string | undefined {
  const remoteHead = git(root, ["symbolic-ref", "--short", "-q", "refs/remotes/origin/HEAD"]);
  if (remoteHead) {
    const name = remoteHead.replace(/^origin\//, "");
    if (git(root, ["rev-parse", "--verify", "-q", `refs/heads/${name}`])) return name;
  }
  for (const candidate of ["main", "master", "trunk", "develop"]) {
    if (git(root, ["rev-parse", "--verify", "-q", `refs/heads/${candidate}`])) return candidate;
  }
  return undefined;
}

/**
 * The checkout's top folder without asking git (no process to start before the wrapped command):
 * the nearest folder up from `cwd` holding a `.git` entry, else `cwd`.
 */
export function findRepoRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}
