import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NO_BRANCH, NO_COMMIT, readStore, STORE_DIR, writeRun } from "../../src/baseline/local-store.js";
import { type StoredRun, selectBaseline } from "../../src/baseline/select.js";
import { report, reportStep } from "../helpers/reports.js";

const MERGE_BASE = "1111111111111111111111111111111111111111";
const OLDER_MAIN = "2222222222222222222222222222222222222222";
const FEATURE_1 = "3333333333333333333333333333333333333333";
const FEATURE_2 = "4444444444444444444444444444444444444444";

const run = (branch: string, sha: string, id: string, endedAt: string, steps = ["train"]): StoredRun => ({
  branch,
  sha,
  report: report({ id, sha, ref: branch, endedAt, steps: steps.map((name) => reportStep(name, 0.3, 120)) }),
});

describe("selectBaseline", () => {
  const history: StoredRun[] = [
    run("main", OLDER_MAIN, "main-old", "2025-03-01T08:00:00.000Z"),
    run("main", MERGE_BASE, "mb-early", "2025-03-01T09:00:00.000Z"),
    run("main", MERGE_BASE, "mb-late", "2025-03-01T09:30:00.000Z"),
    run("feature", FEATURE_1, "f-1", "2025-03-01T10:00:00.000Z"),
    run("feature", FEATURE_2, "f-2", "2025-03-01T11:00:00.000Z"),
    run("other", "5555555555555555555555555555555555555555", "other", "2025-03-01T12:00:00.000Z"),
  ];
  const chosen = (where: Parameters<typeof selectBaseline>[1], runs = history) => {
    const choice = selectBaseline(runs, where);
    return choice && [choice.why, choice.run.report.run.id];
  };

  it("takes the latest run on the merge-base before any newer run on the branch", () => {
    expect(chosen({ step: "train", branch: "feature", mergeBase: MERGE_BASE })).toEqual([
      "merge-base",
      "mb-late",
    ]);
  });

  it("falls back to the latest run on the same branch, never another branch", () => {
    expect(chosen({ step: "train", branch: "feature", mergeBase: "f".repeat(40) })).toEqual([
      "same-branch",
      "f-2",
    ]);
    expect(chosen({ step: "train", branch: "feature" })).toEqual(["same-branch", "f-2"]);
    expect(chosen({ step: "train", branch: "brand-new" })).toBeUndefined();
  });

  it("leaves out runs that do not have the step", () => {
    const runs = [
      run("main", MERGE_BASE, "mb-eval-only", "2025-03-01T09:45:00.000Z", ["eval"]),
      ...history,
      run("feature", FEATURE_2, "f-eval-only", "2025-03-01T13:00:00.000Z", ["eval"]),
    ];
    expect(chosen({ step: "train", branch: "feature", mergeBase: MERGE_BASE }, runs)).toEqual([
      "merge-base",
      "mb-late",
    ]);
    expect(chosen({ step: "train", branch: "feature" }, runs)).toEqual(["same-branch", "f-2"]);
    expect(chosen({ step: "eval", branch: "feature", mergeBase: MERGE_BASE }, runs)).toEqual([
      "merge-base",
      "mb-eval-only",
    ]);
    expect(chosen({ step: "deploy", branch: "feature", mergeBase: MERGE_BASE }, runs)).toBeUndefined();
  });

  it("leaves out the run being compared", () => {
    expect(chosen({ step: "train", branch: "feature", excludeRunId: "f-2" })).toEqual(["same-branch", "f-1"]);
  });

  it("does not let a run with an unreadable end time win over dated ones", () => {
    // ended_at is only a string in the schema: a hand-edited or foreign report may carry anything
    const runs = [
      run("feature", FEATURE_1, "undated", "yesterday"),
      run("feature", FEATURE_1, "f-1", "2025-03-01T10:00:00.000Z"),
      run("feature", FEATURE_2, "f-2", "2025-03-01T11:00:00.000Z"),
    ];
    expect(chosen({ step: "train", branch: "feature" }, runs)).toEqual(["same-branch", "f-2"]);
    expect(chosen({ step: "train", branch: "feature" }, [runs[0] as StoredRun])).toEqual([
      "same-branch",
      "undated",
    ]);
  });
});

describe("local store", () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  const tempRoot = () => {
    const root = mkdtempSync(join(tmpdir(), "carbon-budget-store-"));
    roots.push(root);
    return root;
  };
  const v1 = (root: string, ...parts: string[]) => join(root, STORE_DIR, "v1", ...parts);

  it("writes .carbon-budget/v1/<branch>/<sha>/<id>.json and reads it back", () => {
    const root = tempRoot();
    const written = report({ id: "run-a", sha: FEATURE_1, ref: "feature/x" });
    const path = writeRun(root, { branch: "feature/x", sha: FEATURE_1 }, written);
    // the branch's slash is encoded, so it stays one directory
    expect(path).toBe(v1(root, "feature%2Fx", FEATURE_1, "run-a.json"));
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(written);
    expect(readStore(root)).toEqual({
      runs: [{ branch: "feature/x", sha: FEATURE_1, report: written }],
      skipped: [],
    });
  });

  it("keeps every run, leaves no temporary file and ignores itself in git", () => {
    const root = tempRoot();
    writeRun(root, { branch: "main", sha: MERGE_BASE }, report({ id: "run-a" }));
    writeRun(root, { branch: "main", sha: MERGE_BASE }, report({ id: "run-b" }));
    expect(readdirSync(v1(root, "main", MERGE_BASE))).toEqual(["run-a.json", "run-b.json"]);
    expect(readStore(root).runs.map((r) => r.report.run.id)).toEqual(["run-a", "run-b"]);
    expect(readFileSync(join(root, STORE_DIR, ".gitignore"), "utf8")).toMatch(/^\*$/m);
  });

  it("files runs outside git under the detached and no-commit keys", () => {
    const root = tempRoot();
    const path = writeRun(root, {}, report({ id: "loose" }));
    expect(path).toBe(v1(root, NO_BRANCH, NO_COMMIT, "loose.json"));
    expect(readStore(root).runs).toMatchObject([{ branch: NO_BRANCH, sha: NO_COMMIT }]);
  });

  it("reads an empty history when there is none", () => {
    expect(readStore(tempRoot())).toEqual({ runs: [], skipped: [] });
  });

  it("reports corrupt, foreign and non-JSON files, leaves them in place and reads the rest", () => {
    const root = tempRoot();
    const good = writeRun(root, { branch: "main", sha: MERGE_BASE }, report({ id: "good" }));
    const dir = v1(root, "main", MERGE_BASE);
    const corrupt = join(dir, "corrupt.json");
    writeFileSync(corrupt, readFileSync(good, "utf8").slice(0, 100));
    const foreign = join(dir, "package.json");
    writeFileSync(foreign, JSON.stringify({ name: "not-a-report", version: "1.0.0" }));
    const text = join(dir, "notes.txt");
    writeFileSync(text, "remember to re-run\n");

    const read = readStore(root);
    expect(read.runs.map((r) => r.report.run.id)).toEqual(["good"]);
    expect(read.skipped).toHaveLength(3);
    const line = (path: string) => read.skipped.find((entry) => entry.startsWith(path));
    expect(line(corrupt)).toMatch(/: not JSON \(.*\(skipped, left in place\)$/);
    expect(line(foreign)).toMatch(
      /: not a carbon-budget\/report@1 report: schema: .*\(skipped, left in place\)$/,
    );
    expect(line(text)).toBe(`${text}: not a report file (ignored)`);
    for (const path of [corrupt, foreign, text]) expect(existsSync(path)).toBe(true);
  });

  it("reports stray files and folders at the wrong depth instead of passing over them in silence", () => {
    const root = tempRoot();
    writeRun(root, { branch: "main", sha: MERGE_BASE }, report({ id: "good" }));
    const atTop = v1(root, "README.md");
    writeFileSync(atTop, "# my notes\n");
    const atBranch = v1(root, "main", "stray.json");
    writeFileSync(atBranch, JSON.stringify(report({ id: "misplaced" })));
    const folder = v1(root, "main", MERGE_BASE, "old.json");
    mkdirSync(folder);

    const read = readStore(root);
    expect(read.runs.map((r) => r.report.run.id)).toEqual(["good"]);
    expect(read.skipped).toHaveLength(3);
    for (const path of [atTop, atBranch, folder]) {
      expect(read.skipped.some((entry) => entry.startsWith(`${path}: `))).toBe(true);
      expect(existsSync(path)).toBe(true);
    }
  });

  it("reports a folder name that is not a valid encoding, naming the file", () => {
    const root = tempRoot();
    const dir = v1(root, "100%", MERGE_BASE);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, "run.json");
    writeFileSync(path, JSON.stringify(report({ id: "run" })));
    const read = readStore(root);
    expect(read.runs).toEqual([]);
    expect(read.skipped).toHaveLength(1);
    expect(read.skipped[0]?.startsWith(`${path}: `)).toBe(true);
    expect(existsSync(path)).toBe(true);
  });
});
