import { describe, expect, it } from "vitest";
import { hardenProcess } from "../../src/action/harden-process.js";

describe("hardenProcess", () => {
  it("says it cannot help anywhere but Linux, without trying", async () => {
    expect(await hardenProcess("darwin")).toEqual({
      ok: false,
      reason: "the process is only made unreadable on Linux, not on darwin",
    });
    expect(await hardenProcess("win32")).toEqual({
      ok: false,
      reason: "the process is only made unreadable on Linux, not on win32",
    });
  });
});
