/**
 * The stand-in's data model: repositories, issues and pull requests with comments and reactions,
 * statuses, check runs, users, and what a token may do (scopes per API area, as a GITHUB_TOKEN's
 * `permissions:` block sets them, or derived from a repository role).
 */

export type Role = "admin" | "maintain" | "write" | "triage" | "read";
export type Scope = "contents" | "issues" | "pull_requests" | "statuses" | "checks" | "metadata";
export type Level = "none" | "read" | "write";
export type Scopes = Record<Scope, Level>;

export interface User {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

/** Who a token speaks for, and what it may do on every repository of the server. */
export interface Identity extends User {
  type: "User" | "Bot";
  scopes: Scopes;
}

export interface Reaction {
  id: number;
  user: User;
  content: string;
  createdAt: string;
}

export interface Comment {
  id: number;
  issue: number;
  user: User;
  body: string;
  createdAt: string;
  updatedAt: string;
  reactions: Reaction[];
}

export interface PullRequest {
  base: string;
  head: string;
  headRepo: Repo;
  /** Refreshed, as on a `synchronize`, whenever the head branch has moved since the last read. */
  baseSha: string;
  headSha: string;
  /** The test merge commit behind `refs/pull/N/merge`: what `actions/checkout` checks out on a PR. */
  mergeSha: string;
  draft: boolean;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  user: User;
  state: "open" | "closed";
  labels: string[];
  comments: Comment[];
  createdAt: string;
  pull?: PullRequest;
}

export type StatusState = "pending" | "success" | "failure" | "error";

export interface Status {
  id: number;
  sha: string;
  state: StatusState;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: User;
  createdAt: string;
}

export interface CheckRun {
  id: number;
  headSha: string;
  name: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  fork: boolean;
  /** `heads/main`, `tags/v1`, `pull/3/head`, `pull/3/merge` -> commit sha. */
  refs: Map<string, string>;
  issues: Map<number, Issue>;
  statuses: Status[];
  checkRuns: CheckRun[];
  collaborators: Map<string, Role>;
}

/** The GitHub Actions bot, as its comments and statuses show it. */
export const ACTIONS_BOT: User = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

const SCOPES: Scope[] = ["contents", "issues", "pull_requests", "statuses", "checks", "metadata"];

/** A role as a set of scopes: what a GITHUB_TOKEN or a user's token with that role may do. */
export function scopesFor(permission: Role | "none" | Partial<Scopes>): Scopes {
  if (typeof permission === "object") {
    return Object.fromEntries(
      SCOPES.map((s) => [s, permission[s] ?? (s === "metadata" ? "read" : "none")]),
    ) as Scopes;
  }
  const level = (scope: Scope): Level => {
    if (permission === "none") return scope === "metadata" ? "read" : "none";
    if (permission === "read") return "read";
    if (permission === "triage") return scope === "issues" || scope === "pull_requests" ? "write" : "read";
    return scope === "metadata" ? "read" : "write";
  };
  return Object.fromEntries(SCOPES.map((s) => [s, level(s)])) as Scopes;
}
