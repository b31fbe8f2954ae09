/**
 * The CLI's one catch: a file the system would not let it read or write, that no input check named,
 * is still said as one line (the file and why) with exit 2, never as an internal error with a trace.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

const thrown = vi.hoisted(() => ({ error: undefined as unknown }));
vi.mock("../../src/cli/compare.js", () => ({
  runCompare: async () => {
    throw thrown.error;
  },
}));

const { main } = await import("../../src/cli/main.js");

const stderr: string[] = [];
vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
  stderr.push(String(chunk));
  return true;
});
afterEach(() => {
  stderr.length = 0;
});

describe("main", () => {
  it("says a file error in one line, exit 2", async () => {
    thrown.error = Object.assign(new Error("EACCES: permission denied, open '/data/base.json'"), {
      code: "EACCES",
      path: "/data/base.json",
      syscall: "open",
    });
    expect(await main(["compare"])).toBe(2);
    expect(stderr).toEqual(["carbon-budget: EACCES: permission denied, open '/data/base.json'\n"]);
  });

  it("keeps the trace for its own bugs, which need one to be fixed", async () => {
    thrown.error = new TypeError("cannot read properties of undefined");
    expect(await main(["compare"])).toBe(70);
    expect(stderr.join("")).toMatch(
      /^carbon-budget: internal error: TypeError: cannot read properties of undefined\n\s+at /,
    );
  });
});
