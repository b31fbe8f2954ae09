import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readEnvironment } from "../../src/environment.js";
import { probeRapl } from "../../src/measure/rapl.js";
import {
  collapseMirrors,
  parseZoneId,
  type RaplDomain,
  selectRaplDomains,
} from "../../src/measure/rapl-domains.js";
import type { ComponentEnergy, Meter, Probe } from "../../src/measure/types.js";
import {
  createFakePowercap,
  type FakePowercap,
  type FakeZone,
  INTEL_MAX_RANGE_UJ,
  LAYOUTS,
  unprivilegedReadFile,
} from "../helpers/fake-powercap.js";

const trees: FakePowercap[] = [];
afterEach(() => {
  for (const tree of trees.splice(0)) tree.remove();
});
const fake = (zones: readonly FakeZone[], extra: readonly string[] = []): FakePowercap => {
  const tree = createFakePowercap(zones, extra);
  trees.push(tree);
  return tree;
};
const probe = (tree: FakePowercap, readFile?: (path: string) => string) =>
  probeRapl({ powercapRoot: tree.root, intervalMs: 1000, ...(readFile ? { readFile } : {}) });
const meterOf = (result: Probe): Meter => {
  if (!result.ok) throw new Error(`expected a meter, got: ${result.reason}`);
  return result.meter;
};
const reasonOf = (result: Probe): string => (result.ok ? "(probe succeeded)" : result.reason);
const energies = (entries: ComponentEnergy[]) => entries.map((entry) => [entry.device, entry.energy_j]);
const isRoot = process.getuid?.() === 0;

describe("parseZoneId", () => {
  it("reads control type and indices, and refuses control types and other families", () => {
    expect(parseZoneId("intel-rapl:0:2")).toEqual({ controlType: "intel-rapl", indices: [0, 2] });
    expect(parseZoneId("intel-rapl-mmio:0")).toEqual({ controlType: "intel-rapl-mmio", indices: [0] });
    expect(parseZoneId("intel-rapl")).toBeUndefined();
    expect(parseZoneId("dtpm:0")).toBeUndefined();
  });
});

describe("selectRaplDomains", () => {
  it("counts the package whole and its dram; skips core, uncore, psys and the MMIO repeat", () => {
    const selection = selectRaplDomains(LAYOUTS.laptop);
    expect(selection.packages.map((d) => [d.zone, d.device])).toEqual([["intel-rapl:0", "package-0"]]);
    expect(selection.drams.map((d) => [d.zone, d.device])).toEqual([["intel-rapl:0:2", "package-0/dram"]]);
    expect(selection.skipped.map((s) => s.zone).sort()).toEqual(
      ["intel-rapl-mmio:0", "intel-rapl:0:0", "intel-rapl:0:1", "intel-rapl:1"].sort(),
    );
    expect(selection.packages[0]?.notes).toEqual([
      "intel-rapl-mmio:0 (package-0) repeats intel-rapl:0; counted once",
    ]);
  });

  it("prefers the MSR zone whatever the listing order, and uses MMIO when it is the only one", () => {
    const reversed = [{ id: "intel-rapl-mmio:0", name: "package-0" }, ...LAYOUTS.amdZen];
    expect(selectRaplDomains(reversed).packages.map((d) => d.zone)).toEqual(["intel-rapl:0"]);
    const mmioOnly = [{ id: "intel-rapl-mmio:0", name: "package-0" }];
    expect(selectRaplDomains(mmioOnly).packages.map((d) => d.zone)).toEqual(["intel-rapl-mmio:0"]);
  });

  it("keeps one dram per socket, named after its package", () => {
    const selection = selectRaplDomains(LAYOUTS.server2s);
    expect(selection.packages.map((d) => d.device)).toEqual(["package-0", "package-1"]);
    expect(selection.drams.map((d) => [d.zone, d.device])).toEqual([
      ["intel-rapl:0:0", "package-0/dram"],
      ["intel-rapl:1:0", "package-1/dram"],
    ]);
  });
});

describe("collapseMirrors", () => {
  const die = (zone: string, device: string, socket: number): RaplDomain => ({
    kind: "package",
    zone,
    device,
    socket,
    notes: [],
  });
  const dies = [die("intel-rapl:0", "package-0-die-0", 0), die("intel-rapl:1", "package-0-die-1", 0)];

  it("drops a die whose reading falls between two readings of an earlier die", () => {
    // die-1 read 5_000_040 between die-0's 5_000_000 and 5_000_080: the same counter.
    const { kept, skipped } = collapseMirrors(dies, [5_000_000, 5_000_040], [5_000_080, 5_000_120]);
    expect(kept.map((d) => d.device)).toEqual(["package-0-die-0"]);
    expect(skipped.map((s) => s.zone)).toEqual(["intel-rapl:1"]);
  });

  it("keeps distinct counters, zero counters, and packages of different sockets", () => {
    expect(collapseMirrors(dies, [5_000_000, 91_000_000], [5_000_080, 91_000_050]).kept).toHaveLength(2);
    expect(collapseMirrors(dies, [0, 0], [0, 0]).kept).toHaveLength(2);
    const sockets = [die("intel-rapl:0", "package-0", 0), die("intel-rapl:1", "package-1", 1)];
    expect(collapseMirrors(sockets, [7, 7], [7, 7]).kept).toHaveLength(2);
  });
});

describe("probeRapl on a fake powercap tree", () => {
  it("measures package-0 only: 5,000,000 µJ over 2 s is 5 J at 2.5 W", async () => {
    const tree = fake(LAYOUTS.laptop);
    const { powercapRoot } = readEnvironment({ CARBON_BUDGET_POWERCAP_ROOT: tree.root });
    const meter = meterOf(probeRapl({ powercapRoot, intervalMs: 1000 }).cpu);
    expect([meter.kind, meter.source]).toEqual(["cpu", "rapl"]);
    await meter.start(0);
    tree.advance("intel-rapl:0", 2_000_000);
    // Subzones and the MMIO window move too; none of it may be added to the package.
    tree.advance("intel-rapl:0:0", 1_500_000);
    tree.advance("intel-rapl:0:1", 300_000);
    tree.advance("intel-rapl:1", 9_000_000);
    tree.advance("intel-rapl-mmio:0", 2_000_000);
    meter.poll(1000);
    tree.advance("intel-rapl:0", 3_000_000);
    const [entry, ...rest] = await meter.finish(2000);
    expect(rest).toEqual([]);
    // (2,000,000 + 3,000,000) µJ / 1e6 = 5 J; 5 J / 2 s = 2.5 W; readings at 0, 1000 and 2000 ms.
    expect(entry).toEqual({
      kind: "cpu",
      device: "package-0",
      method: "measured",
      source: "rapl",
      energy_j: 5,
      low_factor: 0.95,
      high_factor: 1.05,
      avg_power_w: 2.5,
      samples: 3,
      notes: ["intel-rapl-mmio:0 (package-0) repeats intel-rapl:0; counted once"],
    });
  });

  it("adds a wrap through max_energy_range_uj", async () => {
    const tree = fake([{ id: "intel-rapl:0", name: "package-0", energyUj: 262_143_000_000 }]);
    const meter = meterOf(probe(tree).cpu);
    await meter.start(0);
    tree.set("intel-rapl:0", 500_000);
    const [entry] = await meter.finish(1000);
    // 262,143,328,850 − 262,143,000,000 + 500,000 = 828,850 µJ
    expect(INTEL_MAX_RANGE_UJ - 262_143_000_000 + 500_000).toBe(828_850);
    expect(entry?.energy_j).toBe(0.82885);
    expect(entry?.notes).toContain("counter wrapped 1 time");
  });

  it("measures dram as RAM, apart from the package", async () => {
    const tree = fake(LAYOUTS.laptop);
    const probes = probe(tree);
    const cpu = meterOf(probes.cpu);
    const ram = meterOf(probes.ram);
    expect([ram.kind, ram.source]).toEqual(["ram", "rapl"]);
    await cpu.start(0);
    await ram.start(0);
    tree.advance("intel-rapl:0", 4_000_000);
    tree.advance("intel-rapl:0:2", 1_500_000);
    expect(energies(await cpu.finish(1000))).toEqual([["package-0", 4]]);
    const [dram] = await ram.finish(1000);
    expect([dram?.device, dram?.energy_j, dram?.low_factor, dram?.high_factor]).toEqual([
      "package-0/dram",
      1.5,
      0.85,
      1.15,
    ]);
  });

  it("lists each socket's package and dram", async () => {
    const tree = fake(LAYOUTS.server2s);
    const probes = probe(tree);
    const cpu = meterOf(probes.cpu);
    const ram = meterOf(probes.ram);
    await cpu.start(0);
    await ram.start(0);
    tree.advance("intel-rapl:0", 3_000_000);
    tree.advance("intel-rapl:1", 4_000_000);
    tree.advance("intel-rapl:0:0", 1_000_000);
    tree.advance("intel-rapl:1:0", 2_000_000);
    const packages = await cpu.finish(1000);
    expect(energies(packages)).toEqual([
      ["package-0", 3],
      ["package-1", 4],
    ]);
    // 3 J + 4 J = 7 J for the machine
    expect(packages.reduce((sum, entry) => sum + entry.energy_j, 0)).toBe(7);
    expect(energies(await ram.finish(1000))).toEqual([
      ["package-0/dram", 1],
      ["package-1/dram", 2],
    ]);
  });

  it("counts mirrored dies once and distinct dies each", async () => {
    const mirrored = fake(LAYOUTS.threadripper);
    const one = meterOf(probe(mirrored).cpu);
    await one.start(0);
    mirrored.advance("intel-rapl:0", 6_000_000);
    const [entry, ...rest] = await one.finish(1000);
    // One counter seen through two dies: 6 J, not 6 + 6 = 12 J.
    expect([entry?.device, entry?.energy_j, rest.length]).toEqual(["package-0-die-0", 6, 0]);
    expect(entry?.notes).toEqual([
      "package-0-die-1 (intel-rapl:1) reads the same counter as package-0-die-0; counted once",
    ]);

    const distinct = fake(LAYOUTS.cascadeLakeAp);
    const two = meterOf(probe(distinct).cpu);
    await two.start(0);
    distinct.advance("intel-rapl:0", 6_000_000);
    distinct.advance("intel-rapl:1", 5_000_000);
    expect(energies(await two.finish(1000))).toEqual([
      ["package-0-die-0", 6],
      ["package-0-die-1", 5],
    ]);
  });

  it("says why when there is no RAPL, no package, or no dram", () => {
    const empty = mkdtempSync(join(tmpdir(), "no-powercap-"));
    try {
      const missing = join(empty, "class", "powercap");
      const { cpu, ram } = probeRapl({ powercapRoot: missing, intervalMs: 1000 });
      const reason = `no RAPL (no ${missing}/intel-rapl*: not an Intel/AMD CPU, a VM, or not Linux)`;
      expect([reasonOf(cpu), reasonOf(ram)]).toEqual([reason, reason]);
    } finally {
      rmSync(empty, { recursive: true });
    }
    const otherFamily = fake([], ["dtpm"]);
    expect(reasonOf(probe(otherFamily).cpu)).toMatch(/^no RAPL \(no .*\/intel-rapl\*: /);
    const psysOnly = fake([{ id: "intel-rapl:1", name: "psys" }]);
    expect(reasonOf(probe(psysOnly).cpu)).toBe(`no RAPL package domain under ${psysOnly.root} (found: psys)`);
    const amd = probe(fake(LAYOUTS.amdZen));
    expect(amd.cpu.ok).toBe(true);
    expect(reasonOf(amd.ram)).toBe("no RAPL dram domain (common on client and AMD CPUs)");
  });

  it("names the root-only file and the fix when energy_uj is mode 0400", () => {
    const tree = fake(LAYOUTS.laptop);
    expect(probe(tree, unprivilegedReadFile).cpu.ok).toBe(true);
    tree.restrictToRoot("intel-rapl:0");
    const file = join(tree.root, "intel-rapl:0", "energy_uj");
    expect(reasonOf(probe(tree, unprivilegedReadFile).cpu)).toBe(
      `${file} is readable by root only (since Linux 5.10, CVE-2020-8694); ` +
        `run as root or \`sudo chmod o+r ${tree.root}/intel-rapl:*/energy_uj\` (reset at reboot)`,
    );
    // The dram counter is still world-readable here, so RAM keeps its meter.
    expect(probe(tree, unprivilegedReadFile).ram.ok).toBe(true);
  });

  it.runIf(isRoot)("as root, the default reader reads a mode-0400 counter (why the seam exists)", () => {
    const tree = fake(LAYOUTS.amdZen);
    tree.restrictToRoot("intel-rapl:0");
    expect(probe(tree).cpu.ok).toBe(true);
  });

  it.skipIf(isRoot)("as a user, a real EACCES from the default reader gives the same reason", () => {
    const tree = fake(LAYOUTS.amdZen);
    chmodSync(join(tree.root, "intel-rapl:0", "energy_uj"), 0o000);
    expect(reasonOf(probe(tree).cpu)).toMatch(/intel-rapl:0\/energy_uj is readable by root only/);
  });

  it("refuses counters that read 0 (emulated RAPL)", () => {
    const tree = fake([{ id: "intel-rapl:0", name: "package-0", energyUj: 0 }]);
    expect(reasonOf(probe(tree).cpu)).toBe("RAPL counters read 0 (emulated or disabled RAPL, e.g. a VM)");
  });

  it("keeps measuring through a failed reading and says so", async () => {
    const tree = fake(LAYOUTS.amdZen);
    const meter = meterOf(probe(tree).cpu);
    await meter.start(0);
    tree.advance("intel-rapl:0", 1_000_000);
    tree.failReads("intel-rapl:0");
    meter.poll(1000);
    tree.restoreReads("intel-rapl:0");
    tree.advance("intel-rapl:0", 2_000_000);
    const [entry] = await meter.finish(2000);
    // The counter is cumulative: 1,000,000 + 2,000,000 µJ = 3 J despite the lost reading at 1000 ms.
    expect([entry?.energy_j, entry?.samples]).toEqual([3, 2]);
    expect(entry?.notes).toEqual([
      `1 reading of ${join(tree.root, "intel-rapl:0", "energy_uj")} failed (EISDIR); ` +
        "the counter is cumulative, so only a wrap inside the gap is lost",
    ]);
  });

  it("leaves out a domain that could not be read twice, and says why, never a zero", async () => {
    const tree = fake(LAYOUTS.amdZen);
    const meter = meterOf(probe(tree).cpu);
    tree.failReads("intel-rapl:0");
    await meter.start(0);
    meter.poll(1000);
    expect(await meter.finish(2000)).toEqual([]);
    // Readings at start, 1000 ms and the finish all failed.
    expect(meter.unmeasured?.()).toEqual([
      `RAPL package-0 not measured: 0 of 3 readings of ${join(tree.root, "intel-rapl:0", "energy_uj")} ` +
        "succeeded, 2 are needed (EISDIR); its energy is missing from the total, not zero",
    ]);
    tree.restoreReads("intel-rapl:0");
  });

  it("flags a counter that never moved and gaps long enough to hide a wrap", async () => {
    const still = fake(LAYOUTS.amdZen);
    const idle = meterOf(probe(still).cpu);
    await idle.start(0);
    const [flat] = await idle.finish(3000);
    expect([flat?.energy_j, flat?.notes]).toEqual([
      0,
      ["counter did not move in 3 s: RAPL may be emulated (a VM) or disabled"],
    ]);

    const small = fake([
      { id: "intel-rapl:0", name: "package-0", energyUj: 1_000_000, maxEnergyRangeUj: 10_000_000 },
    ]);
    const sparse = meterOf(probe(small).cpu);
    await sparse.start(0);
    small.advance("intel-rapl:0", 8_000_000);
    const [entry] = await sparse.finish(6000);
    // 8 J / 6 s = 1.333 W; a 10 J range wraps every 10 / 1.333 = 7.5 s; a 6 s gap exceeds 7.5 / 2.
    expect(entry?.notes).toEqual([
      "readings were up to 6 s apart and the counter wraps about every 8 s at this power: " +
        "a wrap may have been missed (energy too low)",
    ]);
  });
});
