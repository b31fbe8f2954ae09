/** The data branch's run index: one bad entry drops that entry, a damaged file says why, and size is capped. */
import { describe, expect, it } from "vitest";
import {
  entryFor,
  INDEX_MAX_BYTES,
  INDEX_MAX_ENTRIES,
  type IndexEntry,
  indexFromReports,
  parseIndex,
  readIndexText,
  serializeIndex,
  trimIndex,
  withEntry,
} from "../../src/baseline/index-file.js";
import { report, reportStep } from "../helpers/reports.js";

const sha = (n: number) => n.toString(16).padStart(40, "0");
/** A run `n` minutes after noon, with `steps` steps of 1 kWh and 100 g each. */
function entry(n: number, steps = 1): IndexEntry {
  const names = Array.from({ length: steps }, (_, i) => `step-${i}`);
  return entryFor(
    report({
      id: `run-${n}`,
      endedAt: new Date(Date.UTC(2025, 2, 1, 12, n)).toISOString(),
      steps: names.map((name) => reportStep(name, 1, 100)),
    }),
    sha(n),
  );
}
const index = (entries: unknown[]) => ({ schema: "carbon-budget/index@1", branch: "main", entries });

describe("reading the index", () => {
  it("drops an entry that does not fit the schema, keeping the others", () => {
    const text = JSON.stringify(index([entry(2), { ...entry(1), sha: "not a sha" }, entry(0)]));
    const read = readIndexText(text, "data:v1/main/index.json");
    expect(read).toEqual({ index: index([entry(2), entry(0)]), dropped: 1 });
    expect(() => parseIndex(text, "data:v1/main/index.json")).toThrow(
      "data:v1/main/index.json: 1 entries are not valid",
    );
  });

  it("says why a file is unusable: not JSON, another schema, entries not a list", () => {
    const problem = (text: string) => {
      const read = readIndexText(text, "f");
      return "problem" in read ? read.problem : "read";
    };
    expect(problem('{"schema": "carbon-budget/index@1", "bra')).toMatch(/^f: not JSON \(/);
    expect(problem(JSON.stringify({ ...index([]), schema: "other@1" }))).toMatch(
      /^f: not a carbon-budget\/index@1 file: schema: /,
    );
    expect(problem(JSON.stringify({ ...index([]), entries: {} }))).toMatch(
      /^f: not a carbon-budget\/index@1 file: entries: /,
    );
    expect(problem("[]")).toMatch(/^f: not a carbon-budget\/index@1 file: \(top level\): /);
  });
});

describe("the index's size", () => {
  it("keeps the newest entries whose serialized size is within the byte cap", () => {
    const entries = [entry(3), entry(1), entry(2), entry(0)];
    // The frame costs its own JSON; each entry its JSON plus one comma after the first.
    const frame = Buffer.byteLength(serializeIndex(index([]) as never));
    const one = Buffer.byteLength(JSON.stringify(entry(0)));
    const trimmed = trimIndex(index(entries) as never, frame + 2 * one + 1);
    expect(trimmed.entries.map((e) => e.run_id)).toEqual(["run-3", "run-2"]);
    expect(Buffer.byteLength(serializeIndex(trimmed))).toBe(frame + 2 * one + 1);
    // One byte less and only the newest fits.
    expect(trimIndex(index(entries) as never, frame + 2 * one).entries).toHaveLength(1);
  });

  it("stays under 512 KiB with many steps, where 2,000 entries would be far over 1 MB", () => {
    let current = index([]) as never as ReturnType<typeof trimIndex>;
    // 800 pushes of a 10-step job: each entry is some 750 bytes, so 800 of them pass 512 KiB.
    const tenSteps = Buffer.byteLength(JSON.stringify(entry(0, 10)));
    expect(tenSteps * 800).toBeGreaterThan(INDEX_MAX_BYTES);
    for (let n = 0; n < 800; n++) current = withEntry(current, entry(n, 10));
    const bytes = Buffer.byteLength(serializeIndex(current));
    expect(bytes).toBeLessThanOrEqual(INDEX_MAX_BYTES);
    // As many as fit: one more would not.
    expect(bytes + tenSteps + 1).toBeGreaterThan(INDEX_MAX_BYTES);
    expect(current.entries[0]?.run_id).toBe("run-799");
    expect(current.entries.length).toBeLessThan(INDEX_MAX_ENTRIES);
  });

  it("replaces a re-run of the same commit and keeps the newest first", () => {
    const rerun = { ...entry(1), run_id: "run-1-again", ended_at: entry(5).ended_at };
    const next = withEntry(index([entry(2), entry(1), entry(0)]) as never, rerun);
    expect(next.entries.map((e) => e.run_id)).toEqual(["run-1-again", "run-2", "run-0"]);
  });
});

describe("rebuilding the index", () => {
  it("makes one entry per stored report, newest first", () => {
    const reports = [0, 2, 1].map((n) => ({
      sha: sha(n),
      report: report({ id: `run-${n}`, endedAt: new Date(Date.UTC(2025, 2, 1, 12, n)).toISOString() }),
    }));
    const rebuilt = indexFromReports("main", reports);
    expect(rebuilt.branch).toBe("main");
    expect(rebuilt.entries.map((e) => [e.sha, e.run_id])).toEqual([
      [sha(2), "run-2"],
      [sha(1), "run-1"],
      [sha(0), "run-0"],
    ]);
  });
});
