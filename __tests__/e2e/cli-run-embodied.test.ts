/**
 * `carbon-budget run` on a VM (DMI faked through CARBON_BUDGET_DMI_ROOT): embodied emissions charge the
 * VM its share of its host's vCPUs, never the whole server, and say how to make the share exact.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { quietSensors, runCli, scratchRepo } from "../helpers/cli.js";
import { createFakeDmi, DMI, type FakeDmi } from "../helpers/fake-dmi.js";

const EL_S = 4 * 365.25 * 86_400; // the embodied table's 4-year life

let repo: ReturnType<typeof scratchRepo>;
let dmi: FakeDmi;
beforeEach(() => {
  repo = scratchRepo();
  dmi = createFakeDmi(DMI.awsM5Large);
});
afterEach(() => {
  dmi.cleanup();
  repo.cleanup();
});

async function embodiedOf(extra: string[]) {
  const result = await runCli(
    [
      "run",
      "--intensity",
      "300",
      "--memory-gb",
      "8",
      "--json",
      "-",
      "--quiet",
      "--no-store",
      ...extra,
      "--",
      "true",
    ],
    { cwd: repo.dir, env: { ...quietSensors(repo.dir), CARBON_BUDGET_DMI_ROOT: dmi.root } },
  );
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.code).toBe(0);
  const [step] = reportSchema.parse(JSON.parse(result.stdout)).steps;
  if (!step) throw new Error("no step");
  const summary = step.notes?.find((note) => note.startsWith("embodied (SCI M)")) ?? "";
  // The vCPUs this machine has are the test machine's own: read back from the note, then checked.
  const used = Number(/server platform 1000 kg x (\d+)\//.exec(summary)?.[1]);
  return { step, summary, used };
}

describe("embodied emissions on a VM", () => {
  it("charges an m5.large its share of an m5 host (96 vCPUs), not the whole server", async () => {
    const { step, summary, used } = await embodiedOf([]);
    expect(summary).toBe(
      `embodied (SCI M) over a 4-year life: server platform 1000 kg x ${used}/96 vCPUs, ` +
        "m5.large: a m5 host has 96 vCPUs (m5.metal, data/cloud-hosts.json); memory 8 GB x 1.39 kg/GB",
    );
    expect(used).toBeGreaterThan(0);
    // (1,000,000 g x used/96 + 8 GB x 1,388 g) x duration / 4 years; the whole server would be
    // 1,000,000 g x duration / 4 years, 96/used times the platform's part.
    const expected =
      ((1_000_000 * Math.min(used, 96)) / Math.max(96, used) + 8 * 1388) * (step.duration_s / EL_S);
    expect(step.embodied_g).toBeCloseTo(expected, 12);
    expect(step.notes?.some((note) => note.includes("whole server"))).toBe(false);
  });

  it("takes the host's vCPUs from --host-vcpus, exactly", async () => {
    const { step, summary, used } = await embodiedOf(["--host-vcpus", "192"]);
    expect(summary).toContain(`server platform 1000 kg x ${used}/192 vCPUs, host vCPUs as given;`);
    const expected =
      ((1_000_000 * Math.min(used, 192)) / Math.max(192, used) + 8 * 1388) * (step.duration_s / EL_S);
    expect(step.embodied_g).toBeCloseTo(expected, 12);
  });

  it("gives a VM that names no host the default host, with the flag that makes it exact", async () => {
    dmi.cleanup();
    dmi = createFakeDmi(DMI.qemu);
    // The test machine's own CPU decides the host: a 2-socket server of it when data/cpus.json knows
    // the model, else the default host. Either way not the whole server, and the flag is named.
    const { summary, step } = await embodiedOf([]);
    const note = step.notes?.find((n) => n.includes("does not say its host")) ?? "";
    expect(note).toMatch(/^A VM \(QEMU Standard PC \(i440FX \+ PIIX, 1996\)\) does not say its host/);
    expect(note).toContain(
      "give the host's vCPUs in the config's hardware.host_vcpus (or run's --host-vcpus N)",
    );
    expect(summary).toMatch(/a default host of 96 vCPUs \(64-360|a 2-socket host of its CPU/);
  });
});
