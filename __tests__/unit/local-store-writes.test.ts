/**
 * How the local history writes: flushed to disk before and after the rename, and the temporary files
 * of writes that died cleaned up by the next read or write, never those of a write still going on.
 * node:fs is wrapped (not replaced) to record the order of the calls that make a write durable.
 */

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readStore, STORE_DIR, writeRun } from "../../src/baseline/local-store.js";
import { report } from "../helpers/reports.js";

const calls: string[] = [];
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const paths = new Map<number, string>();
  return {
    ...real,
    openSync: (...args: Parameters<typeof real.openSync>) => {
      const fd = real.openSync(...args);
      paths.set(fd, String(args[0]));
      calls.push(`open ${args[0]}`);
      return fd;
    },
    fsyncSync: (fd: number) => {
      calls.push(`fsync ${paths.get(fd)}`);
      real.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      calls.push(`rename ${from} -> ${to}`);
      real.renameSync(from, to);
    },
  };
});

const SHA = "1111111111111111111111111111111111111111";
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  calls.length = 0;
});
const tempRoot = () => {
  const root = fs.mkdtempSync(join(tmpdir(), "carbon-budget-store-"));
  roots.push(root);
  return root;
};

describe("writeRun", () => {
  it("flushes the temporary file, renames it, then flushes the folder", () => {
    const root = tempRoot();
    const path = writeRun(root, { branch: "main", sha: SHA }, report({ id: "run-a" }));
    const dir = join(root, STORE_DIR, "v1", "main", SHA);
    const temporary = `${path}.${process.pid}.tmp`;
    expect(calls).toEqual([
      `open ${temporary}`,
      `fsync ${temporary}`,
      `rename ${temporary} -> ${path}`,
      `open ${dir}`,
      `fsync ${dir}`,
    ]);
    expect(fs.readdirSync(dir)).toEqual(["run-a.json"]);
  });
});

describe("temporary files a write left behind", () => {
  /** A pid no process has: one that has just exited. */
  const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid as number;
  const minutesAgo = (path: string, minutes: number) => {
    const then = new Date(Date.now() - minutes * 60_000);
    fs.utimesSync(path, then, then);
  };

  function storeWithLeftovers() {
    const root = tempRoot();
    writeRun(root, { branch: "main", sha: SHA }, report({ id: "kept" }));
    const dir = join(root, STORE_DIR, "v1", "main", SHA);
    const file = (name: string, minutes: number) => {
      const path = join(dir, name);
      fs.writeFileSync(path, '{"half": ');
      minutesAgo(path, minutes);
      return path;
    };
    const dead = deadPid();
    return {
      root,
      dir,
      // Its writer is gone and it is two minutes old: it died with it.
      crashed: file(`crashed.json.${dead}.tmp`, 2),
      // Its writer is gone, but it is only seconds old: left alone a minute, in case the pid is not
      // ours to see (another container sharing the folder).
      fresh: file(`fresh.json.${dead}.tmp`, 0),
      // Its writer (this test's own process) is running: a write in progress, unless it is very old.
      running: file(`running.json.${process.pid}.tmp`, 5),
      stale: file(`stale.json.${process.pid}.tmp`, 11),
      // No pid to ask: stale by its age alone.
      unnamed: file("unnamed.json.tmp", 11),
      recent: file("recent.json.tmp", 5),
    };
  }

  it("are removed by a read once their write is certainly over, and never reported as runs", () => {
    const store = storeWithLeftovers();
    const read = readStore(store.root);
    expect(read.runs.map((r) => r.report.run.id)).toEqual(["kept"]);
    expect(read.skipped).toEqual([]);
    expect(fs.readdirSync(store.dir).sort()).toEqual(
      [
        "kept.json",
        expect.stringMatching(/^fresh\.json\.\d+\.tmp$/),
        "recent.json.tmp",
        `running.json.${process.pid}.tmp`,
      ].sort(),
    );
  });

  it("are removed by a write into their folder, which leaves its own none", () => {
    const store = storeWithLeftovers();
    writeRun(store.root, { branch: "main", sha: SHA }, report({ id: "next" }));
    expect(fs.existsSync(store.crashed)).toBe(false);
    expect(fs.existsSync(store.stale)).toBe(false);
    expect(fs.existsSync(store.unnamed)).toBe(false);
    for (const path of [store.fresh, store.running, store.recent]) expect(fs.existsSync(path)).toBe(true);
    expect(fs.readdirSync(store.dir).filter((name) => name.endsWith(".json"))).toEqual([
      "kept.json",
      "next.json",
    ]);
  });

  it("of this process's own name, from a write of it that failed, are replaced", () => {
    const root = tempRoot();
    const dir = join(root, STORE_DIR, "v1", "main", SHA);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(join(dir, `again.json.${process.pid}.tmp`), "half");
    const path = writeRun(root, { branch: "main", sha: SHA }, report({ id: "again" }));
    expect(JSON.parse(fs.readFileSync(path, "utf8")).run.id).toBe("again");
    expect(fs.readdirSync(dir)).toEqual(["again.json"]);
  });
});
