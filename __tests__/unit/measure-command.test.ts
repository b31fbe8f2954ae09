/**
 * Once the command is spawned, measuring it may fail but may not stop it or lose its exit code: the
 * sensor selection is made to throw here, and the real command still runs to the end.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { readEnvironment } from "../../src/environment.js";

const probe = vi.hoisted(() => ({ fail: "" }));

vi.mock("../../src/measure/select.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/measure/select.js")>();
  return {
    ...real,
    selectMeters: (...args: Parameters<typeof real.selectMeters>) => {
      if (probe.fail) throw new Error(probe.fail);
      return real.selectMeters(...args);
    },
  };
});

const { measureCommand } = await import("../../src/measure/measure-command.js");

const scratch = mkdtempSync(join(tmpdir(), "carbon-budget-measure-"));
afterEach(() => {
  probe.fail = "";
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = readEnvironment({
  PATH: process.env.PATH ?? "",
  CARBON_BUDGET_POWERCAP_ROOT: join(scratch, "no-powercap"),
  CARBON_BUDGET_NVML_LIB: join(scratch, "no-nvml.so"),
});

describe("measureCommand", () => {
  it("runs the command to its end and keeps its exit code when a sensor probe throws", async () => {
    probe.fail = "probe exploded";
    const marker = join(scratch, "ran");
    const measured = await measureCommand({
      command: "sh",
      args: ["-c", `sleep 0.2; echo done > ${marker}; exit 3`],
      env,
      intervalMs: 100,
      declared: {},
    });
    expect(readFileSync(marker, "utf8")).toBe("done\n");
    expect(measured.result.exitCode).toBe(3);
    expect(measured.notMeasured).toBe("measuring could not start: probe exploded");
    expect(measured.components).toEqual([]);
    expect(measured.durationS).toBeGreaterThan(0);
  });

  it("measures as usual when nothing fails", async () => {
    const measured = await measureCommand({ command: "true", args: [], env, intervalMs: 100, declared: {} });
    expect(measured.notMeasured).toBeUndefined();
    expect(measured.result.exitCode).toBe(0);
  });
});
