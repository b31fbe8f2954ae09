/**
 * What `mode: publish` and `mode: aggregate` read of artifacts: capped (artifacts, files, bytes), with
 * folders inside an artifact tolerated, and of a fork's artifact only which pull request and job.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  jobOf,
  PR_CONTEXT_FILE,
  publishGroups,
  REPORT_FILE,
  workflowRunOf,
} from "../../src/action/pull-request-artifact.js";
import { ARTIFACT_LIMITS, folderArtifactStore } from "../../src/github/artifacts.js";
import { report } from "../helpers/reports.js";

const HEAD = "a".repeat(40);
const context = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    schema: "carbon-budget/pull-request@1",
    number: 1,
    head_sha: HEAD,
    key: "train/train",
    run_id: "9".repeat(20),
    run_attempt: 1,
    ...overrides,
  });
const artifact = (name: string, pr = context(), body = JSON.stringify(report())) => ({
  name,
  files: { [REPORT_FILE]: body, [PR_CONTEXT_FILE]: pr },
});

describe("publishGroups", () => {
  it("groups every artifact by pull request and job, merging matrix legs of one job", () => {
    const found = publishGroups(
      [
        artifact("carbon-budget-report-train-1"),
        artifact("carbon-budget-report-train-2"),
        artifact("carbon-budget-report-eval-1", context({ key: "CI / models/eval" })),
      ],
      { artifactName: "carbon-budget-report", headSha: HEAD },
    );
    expect(found.problems).toEqual([]);
    expect(found.groups.map((g) => [g.number, g.job, g.artifacts, g.reports.length])).toEqual([
      [1, "train", ["carbon-budget-report-train-1", "carbon-budget-report-train-2"], 2],
      [1, "eval", ["carbon-budget-report-eval-1"], 1],
    ]);
  });

  it("publishes the aggregate alone when there is one: it holds the per-job reports", () => {
    const found = publishGroups(
      [
        artifact("carbon-budget-report", context({ key: "train/carbon" })),
        artifact("carbon-budget-report-train-1"),
      ],
      { artifactName: "carbon-budget-report", headSha: HEAD },
    );
    expect(found.groups.map((g) => g.job)).toEqual(["carbon"]);
    expect(found.covered).toBe(1);
  });

  it("names each artifact that does not hold up, and publishes the rest", () => {
    const found = publishGroups(
      [
        artifact("a-other-commit", context({ head_sha: "b".repeat(40) })),
        artifact("b-bad-key", context({ key: 'train/"><img src=x>' })),
        artifact("c-not-a-report", context(), "{}"),
        { name: "d-no-context", files: { [REPORT_FILE]: JSON.stringify(report()) } },
        artifact("e-good"),
      ],
      { artifactName: "x", headSha: HEAD },
    );
    expect(found.groups.map((g) => g.artifacts)).toEqual([["e-good"]]);
    expect(found.problems).toEqual([
      "artifact a-other-commit: it names PR #1 at a commit the run was not for; not published",
      'artifact b-bad-key: pull-request.json in the artifact: key "train/\\"><img src=x>" does not end in a job id; not published',
      expect.stringMatching(/^artifact c-not-a-report: report\.json: .+; not published$/),
      "artifact d-no-context: no pull-request.json at its top level; not published",
    ]);
  });
});

describe("what the artifact may say", () => {
  it("takes only the job id from the key: job ids have no slash", () => {
    expect(jobOf("train/train")).toBe("train");
    expect(jobOf("CI / nightly/eval-large_2")).toBe("eval-large_2");
    expect(() => jobOf("train/")).toThrow('key "train/" does not end in a job id');
    expect(() => jobOf(`train/${"j".repeat(101)}`)).toThrow("does not end in a job id");
  });

  it("takes the run id, attempt, head and workflow from the workflow_run event", () => {
    const payload = { workflow_run: { id: 42, run_attempt: 2, head_sha: HEAD, name: "train", extra: 1 } };
    expect(workflowRunOf(payload)).toEqual({ id: 42, run_attempt: 2, head_sha: HEAD, name: "train" });
    expect(() => workflowRunOf({})).toThrow("mode: publish runs in a workflow triggered by workflow_run");
  });
});

describe("reading artifacts, capped", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "carbon-budget-artifacts-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const put = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it("reads folders inside an artifact, skips links, and caps files and bytes, naming the artifact", async () => {
    put("r-1/report.json", "{}");
    put("r-1/out/deep/notes.txt", "n");
    symlinkSync("/etc/passwd", join(dir, "r-1", "passwd"));
    put("r-2/big.json", "x".repeat(101));
    put("r-3/a.json", "1".repeat(60));
    put("r-3/b.json", "2".repeat(60));
    for (let i = 0; i < 4; i++) put(`r-4/${i}.json`, "4");
    put("other/report.json", "{}");
    const limits = { ...ARTIFACT_LIMITS, filesPerArtifact: 3, fileBytes: 100, totalBytes: 100 };
    const { artifacts, problems } = await folderArtifactStore(dir, limits).download("r-");
    expect(artifacts).toEqual([
      { name: "r-1", files: { "report.json": "{}", "out/deep/notes.txt": "n" } },
      { name: "r-2", files: {} },
      // 2 + 1 bytes so far, + 60 = 63: a.json fits; + 60 more would pass 100.
      { name: "r-3", files: { "a.json": "1".repeat(60) } },
      { name: "r-4", files: { "0.json": "4", "1.json": "4", "2.json": "4" } },
    ]);
    expect(problems).toEqual([
      "artifact r-2: big.json is 101 bytes, over the 100 bytes a file may have; not read",
      "artifact r-3: b.json not read: the artifacts passed the 100 bytes read in all",
      "artifact r-4: 4 files; only the first 3 are read",
    ]);
  });

  it("reads at most so many artifacts, and says so", async () => {
    for (let i = 0; i < 3; i++) put(`r-${i}/report.json`, "{}");
    const limits = { ...ARTIFACT_LIMITS, artifacts: 2 };
    const { artifacts, problems } = await folderArtifactStore(dir, limits).download("r-");
    expect(artifacts.map((a) => a.name)).toEqual(["r-0", "r-1"]);
    expect(problems).toEqual(["3 artifacts named r-*; only the first 2 (by name) are read"]);
  });
});
