/**
 * The stand-in's object store: blobs, trees and commits hashed exactly as git hashes them, so a blob
 * sha from the contents API equals `git hash-object`, and a commit graph that answers the questions
 * the REST API answers (ancestry, merge-base, `git log` order). One store serves every repository on
 * the server, like a GitHub repository network where a fork's commits resolve from the parent.
 */
import { createHash } from "node:crypto";

export interface Signature {
  name: string;
  email: string;
  /** ISO 8601 without milliseconds, as GitHub prints dates. */
  date: string;
}

export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: Signature;
  committer: Signature;
  /** Creation order, to break ties between commits made in the same second. */
  seq: number;
}

export interface TreeEntry {
  name: string;
  mode: "100644" | "100755" | "040000";
  type: "blob" | "tree";
  sha: string;
}

/** The sha of the empty tree in every git repository. */
export const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

const DEFAULT_SIGNATURE = { name: "Monalisa Octocat", email: "octocat@github.com" };

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, GitCommit>();
  private seq = 0;

  constructor() {
    this.trees.set(EMPTY_TREE, []);
  }

  writeBlob(content: Buffer | string): string {
    const data = typeof content === "string" ? Buffer.from(content) : content;
    const sha = hashObject("blob", data);
    this.blobs.set(sha, data);
    return sha;
  }

  /** Builds the nested trees for a flat `path -> blob sha` map and returns the root tree's sha. */
  writeTree(files: ReadonlyMap<string, string>): string {
    const root: Dir = new Map();
    for (const [path, sha] of files) {
      const parts = path.split("/");
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.get(part);
        if (typeof next !== "object") {
          next = new Map();
          dir.set(part, next);
        }
        dir = next;
      }
      dir.set(parts[parts.length - 1] as string, sha);
    }
    return this.writeDir(root);
  }

  private writeDir(dir: Dir): string {
    const entries: TreeEntry[] = [...dir].map(([name, value]) =>
      typeof value === "string"
        ? { name, mode: "100644", type: "blob", sha: value }
        : { name, mode: "040000", type: "tree", sha: this.writeDir(value) },
    );
    // git orders entries by name, comparing a directory as if its name ended in "/".
    const key = (e: TreeEntry) => Buffer.from(e.type === "tree" ? `${e.name}/` : e.name);
    entries.sort((a, b) => Buffer.compare(key(a), key(b)));
    const body = Buffer.concat(
      entries.flatMap((e) => [
        Buffer.from(`${e.type === "tree" ? "40000" : e.mode} ${e.name}\0`),
        Buffer.from(e.sha, "hex"),
      ]),
    );
    const sha = hashObject("tree", body);
    this.trees.set(sha, entries);
    return sha;
  }

  /** A tree flattened to `path -> blob sha`, or undefined for an unknown tree. */
  readTree(treeSha: string, prefix = ""): Map<string, string> | undefined {
    const entries = this.trees.get(treeSha);
    if (!entries) return undefined;
    const files = new Map<string, string>();
    for (const entry of entries) {
      const path = `${prefix}${entry.name}`;
      if (entry.type === "blob") files.set(path, entry.sha);
      else for (const [p, s] of this.readTree(entry.sha, `${path}/`) ?? []) files.set(p, s);
    }
    return files;
  }

  /** The files of a commit, flat. */
  files(commitSha: string): Map<string, string> {
    const commit = this.commits.get(commitSha);
    return (commit && this.readTree(commit.tree)) ?? new Map();
  }

  writeCommit(input: {
    tree: string;
    parents: string[];
    message: string;
    date: string;
    author?: Partial<Signature>;
    committer?: Partial<Signature>;
  }): GitCommit {
    const author = { ...DEFAULT_SIGNATURE, date: input.date, ...input.author };
    const committer = { ...author, ...input.committer };
    const line = (s: Signature) => `${s.name} <${s.email}> ${Math.floor(Date.parse(s.date) / 1000)} +0000`;
    const text = [
      `tree ${input.tree}`,
      ...input.parents.map((p) => `parent ${p}`),
      `author ${line(author)}`,
      `committer ${line(committer)}`,
      "",
      input.message.endsWith("\n") ? input.message : `${input.message}\n`,
    ].join("\n");
    const sha = hashObject("commit", Buffer.from(text));
    const existing = this.commits.get(sha);
    if (existing) return existing;
    const commit = {
      sha,
      tree: input.tree,
      parents: input.parents,
      message: input.message,
      author,
      committer,
      seq: ++this.seq,
    };
    this.commits.set(sha, commit);
    return commit;
  }

  /** A full sha, or a unique abbreviation of at least 7 characters, to the full sha. */
  resolveSha(ref: string): string | undefined {
    if (!/^[0-9a-f]{7,40}$/i.test(ref)) return undefined;
    const lower = ref.toLowerCase();
    if (this.commits.has(lower)) return lower;
    const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(lower));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Every commit reachable from `sha`, itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  /** The best common ancestor (the newest if criss-cross merges leave several), as `git merge-base`. */
  mergeBase(a: string, b: string): string | undefined {
    const ofB = this.ancestors(b);
    const common = [...this.ancestors(a)].filter((sha) => ofB.has(sha));
    const best = common.filter((c) => !common.some((d) => d !== c && this.ancestors(d).has(c)));
    return this.newestFirst(best)[0]?.sha;
  }

  /** `git log <sha>`: all ancestors (every parent, not only the first), newest first. */
  log(sha: string, exclude: ReadonlySet<string> = new Set()): GitCommit[] {
    return this.newestFirst([...this.ancestors(sha)].filter((s) => !exclude.has(s)));
  }

  private newestFirst(shas: string[]): GitCommit[] {
    const commits = shas.map((s) => this.commits.get(s)).filter((c): c is GitCommit => c !== undefined);
    return commits.sort((x, y) => y.committer.date.localeCompare(x.committer.date) || y.seq - x.seq);
  }
}

type Dir = Map<string, string | Dir>;

export function hashObject(type: "blob" | "tree" | "commit", body: Buffer): string {
  return createHash("sha1")
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest("hex");
}
