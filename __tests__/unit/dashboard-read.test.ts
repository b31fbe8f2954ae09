/**
 * Reading a history folder: the local layout and a data branch checkout give the same runs; a bad file
 * is skipped with why; a run the index lists without its report still counts; a folder that is no
 * history is an input error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { historyRoot, readHistory } from "../../src/dashboard/read-history.js";
import { InputError } from "../../src/errors.js";
import { sampleHistory, sha, writeDataBranch, writeLocalHistory } from "../helpers/history.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carbon-budget-history-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const summary = (runs: ReturnType<typeof readHistory>["runs"]) =>
  runs.map((run) => `${run.branch} ${run.sha.slice(0, 7)} ${run.run_id} ${run.totals.co2e_g}`).sort();

describe("readHistory", () => {
  it("reads the local layout and a data branch checkout alike", () => {
    const local = writeLocalHistory(join(dir, "repo"), sampleHistory());
    writeDataBranch(join(dir, "data"), sampleHistory());
    const fromLocal = readHistory(local);
    const fromData = readHistory(join(dir, "data"));
    expect(fromLocal.runs).toHaveLength(10);
    expect(summary(fromData.runs)).toEqual(summary(fromLocal.runs));
    expect(fromLocal.skipped).toEqual([]);
    expect(fromData.skipped).toEqual([]);
    // Branch names come back decoded: feature%2Fx on disk.
    expect(new Set(fromLocal.runs.map((run) => run.branch))).toEqual(new Set(["main", "feature/x"]));
  });

  it("finds .carbon-budget under a checkout's top folder", () => {
    const local = writeLocalHistory(join(dir, "repo"), sampleHistory());
    expect(historyRoot(join(dir, "repo"))).toBe(local);
    expect(readHistory(join(dir, "repo")).root).toBe(local);
  });

  it("skips a file that is not a report, saying which and why, and reads the rest", () => {
    const local = writeLocalHistory(join(dir, "repo"), sampleHistory());
    const bad = join(local, "v1", "main", sha(1), "broken.json");
    writeFileSync(bad, "{ not json");
    writeFileSync(join(local, "v1", "main", "stray.txt"), "hello");
    const read = readHistory(local);
    expect(read.runs).toHaveLength(10);
    expect(read.skipped).toEqual([
      expect.stringMatching(new RegExp(`^${bad}: not JSON .*\\(skipped\\)$`)),
      `${join(local, "v1", "main", "stray.txt")}: not a report file (ignored)`,
    ]);
  });

  it("keeps a run the data branch's index lists whose report file is missing", () => {
    writeDataBranch(join(dir, "data"), sampleHistory(), { omitReports: [sha(3)] });
    const read = readHistory(join(dir, "data"));
    expect(read.runs).toHaveLength(10);
    const third = read.runs.find((run) => run.sha === sha(3));
    // Commit 3: train 118 g + eval 19 g = 137 g, from the index.
    expect(third?.totals).toEqual({ co2e_g: 137, energy_kwh: 0.295 + 0.0475 });
    expect(third?.hardware).toBeUndefined();
  });

  it("refuses a folder without v1/, naming it and saying what to give", () => {
    mkdirSync(join(dir, "empty"));
    const call = () => readHistory(join(dir, "empty"), "--history");
    expect(call).toThrow(InputError);
    expect(call).toThrow(
      `--history: "${join(dir, "empty")}" is not valid; it has no v1/ folder; give the .carbon-budget folder`,
    );
    expect(() => readHistory(join(dir, "missing"))).toThrow(/it does not exist/);
  });
});
