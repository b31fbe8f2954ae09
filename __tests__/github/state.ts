/**
 * Everything the GitHub stand-in remembers, as plain in-memory data: repositories with their refs,
 * issues and pull requests with comments and reactions, statuses, check runs, collaborators, and the
 * tokens the server accepts. Tests seed it with the helpers below and read it back after a run; the
 * routes change it the way the real API would.
 */
import { type GitCommit, GitStore } from "./git.js";
import {
  ACTIONS_BOT,
  type CheckRun,
  type Comment,
  type Identity,
  type Issue,
  type PullRequest,
  type Repo,
  type Role,
  type Scopes,
  type Status,
  scopesFor,
  type User,
} from "./model.js";

export * from "./model.js";

export class GitHubState {
  readonly git = new GitStore();
  readonly repos = new Map<string, Repo>();
  readonly users = new Map<string, User>();
  readonly tokens = new Map<string, Identity>();
  private nextId = 1000;
  private lastTime = 0;
  private primary?: Repo;

  /** A fresh id for a comment, status, reaction, check run or repository. */
  id(): number {
    return ++this.nextId;
  }

  /** Now, as GitHub prints it, never earlier than the last time handed out, so order is kept. */
  now(): string {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1000);
    return new Date(this.lastTime).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  user(login: string, type: User["type"] = login.endsWith("[bot]") ? "Bot" : "User"): User {
    if (login === ACTIONS_BOT.login) return ACTIONS_BOT;
    let user = this.users.get(login);
    if (!user) {
      user = { login, id: this.id(), type };
      this.users.set(login, user);
    }
    return user;
  }

  createRepo(options: {
    owner: string;
    name: string;
    defaultBranch?: string;
    private?: boolean;
    fork?: boolean;
  }): Repo {
    const fullName = `${options.owner}/${options.name}`;
    this.user(options.owner);
    const repo: Repo = {
      id: this.id(),
      owner: options.owner,
      name: options.name,
      fullName,
      defaultBranch: options.defaultBranch ?? "main",
      private: options.private ?? false,
      fork: options.fork ?? false,
      refs: new Map(),
      issues: new Map(),
      statuses: [],
      checkRuns: [],
      collaborators: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    this.primary ??= repo;
    return repo;
  }

  /** A repository by `owner/name`; without one, the first repository created. */
  repo(fullName?: string): Repo {
    const repo = fullName ? this.repos.get(fullName.toLowerCase()) : this.primary;
    if (!repo) throw new Error(`no repository ${fullName ?? "(none created yet)"}`);
    return repo;
  }

  /**
   * Commits onto `branch` (created if missing) and returns the new sha. Parents default to the
   * branch's head, or none for a new branch (an orphan); `files` change the first parent's tree,
   * `null` deletes a path.
   */
  commit(
    branch: string,
    options: {
      parents?: string[];
      files?: Record<string, string | null>;
      message?: string;
      repo?: string;
    } = {},
  ): string {
    const repo = this.repo(options.repo);
    const head = repo.refs.get(`heads/${branch}`);
    const parents = options.parents ?? (head ? [head] : []);
    const files = new Map(parents[0] ? this.git.files(parents[0]) : []);
    for (const [path, content] of Object.entries(options.files ?? {})) {
      if (content === null) files.delete(path);
      else files.set(path, this.git.writeBlob(content));
    }
    const commit = this.git.writeCommit({
      tree: this.git.writeTree(files),
      parents,
      message: options.message ?? `commit ${this.git.commits.size + 1} on ${branch}`,
      date: this.now(),
    });
    repo.refs.set(`heads/${branch}`, commit.sha);
    return commit.sha;
  }

  /** Points a branch at a commit, creating it if needed. */
  setBranch(branch: string, sha: string, repoName?: string): void {
    this.repo(repoName).refs.set(`heads/${branch}`, sha);
  }

  createIssue(options: {
    number?: number;
    user: string;
    title?: string;
    body?: string;
    labels?: string[];
    repo?: string;
  }): Issue {
    const repo = this.repo(options.repo);
    const number = options.number ?? Math.max(0, ...repo.issues.keys()) + 1;
    if (repo.issues.has(number)) throw new Error(`${repo.fullName}#${number} exists`);
    const issue: Issue = {
      number,
      title: options.title ?? `Issue ${number}`,
      body: options.body ?? "",
      user: this.user(options.user),
      state: "open",
      labels: options.labels ?? [],
      comments: [],
      createdAt: this.now(),
    };
    repo.issues.set(number, issue);
    return issue;
  }

  /** A pull request from `head` (in `headRepo`, a fork, when given) into `base`; see `fork`. */
  createPullRequest(options: {
    number?: number;
    base: string;
    head: string;
    headRepo?: string;
    user: string;
    title?: string;
    body?: string;
    labels?: string[];
    draft?: boolean;
    repo?: string;
  }): Issue {
    const repo = this.repo(options.repo);
    const headRepo = options.headRepo ? this.fork(repo, options.headRepo, options.head) : repo;
    if (!headRepo.refs.has(`heads/${options.head}`)) {
      throw new Error(`no branch ${options.head} in ${headRepo.fullName}`);
    }
    if (!repo.refs.has(`heads/${options.base}`))
      throw new Error(`no branch ${options.base} in ${repo.fullName}`);
    const issue = this.createIssue({ ...options, title: options.title ?? `PR from ${options.head}` });
    issue.pull = {
      base: options.base,
      head: options.head,
      headRepo,
      baseSha: "",
      headSha: "",
      mergeSha: "",
      draft: options.draft ?? false,
    };
    this.syncPullRequest(repo, issue);
    return issue;
  }

  /**
   * The fork `owner/name`, created if missing. A head branch seeded in the parent (the default
   * repository of `commit`) moves into the new fork, where a contributor's branch lives.
   */
  private fork(parent: Repo, fullName: string, branch: string): Repo {
    const existing = this.repos.get(fullName.toLowerCase());
    if (existing) return existing;
    const [owner = "", name = ""] = fullName.split("/");
    const fork = this.createRepo({ owner, name, defaultBranch: parent.defaultBranch, fork: true });
    const sha = parent.refs.get(`heads/${branch}`);
    if (sha && branch !== parent.defaultBranch) {
      fork.refs.set(`heads/${branch}`, sha);
      parent.refs.delete(`heads/${branch}`);
    }
    return fork;
  }

  /** Catches a pull request up with its head branch: new head, base tip and test merge commit. */
  syncPullRequest(repo: Repo, issue: Issue): PullRequest | undefined {
    const pull = issue.pull;
    const head = pull?.headRepo.refs.get(`heads/${pull.head}`);
    if (!pull || !head || head === pull.headSha) return pull;
    pull.headSha = head;
    pull.baseSha = repo.refs.get(`heads/${pull.base}`) ?? pull.baseSha;
    const files = new Map([...this.git.files(pull.baseSha), ...this.git.files(head)]);
    const merge = this.git.writeCommit({
      tree: this.git.writeTree(files),
      parents: [pull.baseSha, head],
      message: `Merge ${head} into ${pull.baseSha}`,
      date: this.now(),
    });
    pull.mergeSha = merge.sha;
    repo.refs.set(`pull/${issue.number}/head`, head);
    repo.refs.set(`pull/${issue.number}/merge`, merge.sha);
    return pull;
  }

  /** A token the server accepts. The type defaults to Bot for `*[bot]` logins, else User. */
  addToken(
    token: string,
    options: { login: string; type?: "User" | "Bot"; permission: Role | "none" | Partial<Scopes> },
  ): Identity {
    const user = this.user(options.login, options.type);
    const identity: Identity = {
      ...user,
      type: options.type ?? (user.type === "Bot" ? "Bot" : "User"),
      scopes: scopesFor(options.permission),
    };
    this.tokens.set(token, identity);
    return identity;
  }

  addCollaborator(login: string, role: Role, repoName?: string): void {
    this.user(login);
    this.repo(repoName).collaborators.set(login, role);
  }

  /** A comment already on an issue or pull request, as if someone had written it earlier. */
  addComment(issueNumber: number, options: { user: string; body: string; repo?: string }): Comment {
    const issue = this.issue(issueNumber, options.repo);
    const now = this.now();
    const comment = {
      id: this.id(),
      issue: issueNumber,
      user: this.user(options.user),
      body: options.body,
      createdAt: now,
      updatedAt: now,
      reactions: [],
    };
    issue.comments.push(comment);
    return comment;
  }

  // Readers, for assertions.

  issue(number: number, repoName?: string): Issue {
    const issue = this.repo(repoName).issues.get(number);
    if (!issue) throw new Error(`no issue #${number}`);
    return issue;
  }

  comments(issueNumber: number, repoName?: string): Comment[] {
    return this.issue(issueNumber, repoName).comments;
  }

  /** Statuses on a sha, oldest first. */
  statuses(sha: string, repoName?: string): Status[] {
    return this.repo(repoName).statuses.filter((s) => s.sha === sha);
  }

  checkRuns(sha: string, repoName?: string): CheckRun[] {
    return this.repo(repoName).checkRuns.filter((c) => c.headSha === sha);
  }

  branchHead(branch: string, repoName?: string): string | undefined {
    return this.repo(repoName).refs.get(`heads/${branch}`);
  }

  /** A file's text on a branch, or undefined. */
  file(branch: string, path: string, repoName?: string): string | undefined {
    const head = this.branchHead(branch, repoName);
    const blob = head && this.git.files(head).get(path);
    return blob ? this.git.blobs.get(blob)?.toString("utf8") : undefined;
  }

  /** Every path on a branch, sorted. */
  paths(branch: string, repoName?: string): string[] {
    const head = this.branchHead(branch, repoName);
    return head ? [...this.git.files(head).keys()].sort() : [];
  }

  /** `git log <branch>`, newest first. */
  history(branch: string, repoName?: string): GitCommit[] {
    const head = this.branchHead(branch, repoName);
    return head ? this.git.log(head) : [];
  }
}
