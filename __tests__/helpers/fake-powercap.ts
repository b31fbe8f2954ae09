/**
 * A powercap tree in a temp dir, laid out like the kernel's: zones live nested under
 * `devices/virtual/powercap/<control type>/` and `class/powercap/` holds one flat symlink per zone,
 * so the code under test meets symlinks exactly as it does in /sys.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** The range Intel client and server parts report (e.g. an i7 laptop's package-0 in MangoHud#1776). */
export const INTEL_MAX_RANGE_UJ = 262_143_328_850;

export interface FakeZone {
  /** Entry name, e.g. `intel-rapl:0:2`; its parent zone must be listed before it. */
  id: string;
  name: string;
  energyUj?: number;
  maxEnergyRangeUj?: number;
  /** Another zone's id: this zone's energy_uj is a link to that counter, as multi-die AMD parts show it. */
  mirrorOf?: string;
  /**
   * Power limits in µW, written as `constraint_N_power_limit_uw` with `constraint_N_name` (long_term,
   * short_term, peak_power) the way intel_rapl lists a package's PL1, PL2 and PL4.
   */
  powerLimitsUw?: number[];
}

const CONSTRAINT_NAMES = ["long_term", "short_term", "peak_power"];

/** Layouts seen on real machines (see the kernel's powercap docs and the issues cited in rapl-domains.ts). */
export const LAYOUTS = {
  /** Intel laptop: package with core/uncore/dram subzones, psys, and the MMIO window on package-0. */
  laptop: [
    { id: "intel-rapl:0", name: "package-0" },
    { id: "intel-rapl:0:0", name: "core" },
    { id: "intel-rapl:0:1", name: "uncore" },
    { id: "intel-rapl:0:2", name: "dram" },
    { id: "intel-rapl:1", name: "psys" },
    { id: "intel-rapl-mmio:0", name: "package-0" },
  ],
  /** Two-socket Xeon: no core/uncore, dram is the first subzone. */
  server2s: [
    { id: "intel-rapl:0", name: "package-0" },
    { id: "intel-rapl:0:0", name: "dram", maxEnergyRangeUj: 65_712_999_613 },
    { id: "intel-rapl:1", name: "package-1" },
    { id: "intel-rapl:1:0", name: "dram", maxEnergyRangeUj: 65_712_999_613 },
  ],
  /** AMD Zen desktop: a package only. */
  amdZen: [
    { id: "intel-rapl:0", name: "package-0" },
    { id: "intel-rapl:0:0", name: "core" },
  ],
  /** Threadripper 1950X: two dies listed, one socket-wide counter behind both. */
  threadripper: [
    { id: "intel-rapl:0", name: "package-0-die-0" },
    { id: "intel-rapl:1", name: "package-0-die-1", mirrorOf: "intel-rapl:0" },
  ],
  /** Cascade Lake-AP: two dies per package, each with its own counter. */
  cascadeLakeAp: [
    { id: "intel-rapl:0", name: "package-0-die-0" },
    { id: "intel-rapl:1", name: "package-0-die-1" },
  ],
} satisfies Record<string, FakeZone[]>;

export interface FakePowercap {
  /** Pass as `powercapRoot`. */
  readonly root: string;
  value(zone: string): number;
  set(zone: string, microjoules: number): void;
  /** Moves the counter on, wrapping at its max_energy_range_uj as the hardware does. */
  advance(zone: string, microjoules: number): void;
  /** Mode 0400, what kernels with the CVE-2020-8694 fix give energy_uj. */
  restrictToRoot(zone: string): void;
  /** Makes reads fail even for root (energy_uj becomes a directory: EISDIR), until `restoreReads`. */
  failReads(zone: string): void;
  restoreReads(zone: string): void;
  remove(): void;
}

export function createFakePowercap(
  zones: readonly FakeZone[],
  extraEntries: readonly string[] = [],
): FakePowercap {
  const base = mkdtempSync(join(tmpdir(), "fake-powercap-"));
  const devices = join(base, "devices", "virtual", "powercap");
  const root = join(base, "class", "powercap");
  mkdirSync(root, { recursive: true });
  const dirs = new Map<string, string>();
  const values = new Map<string, number>();
  const ranges = new Map<string, number>();

  const controlTypeDir = (controlType: string): string => {
    const dir = join(devices, controlType);
    if (!dirs.has(controlType)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "enabled"), "1\n");
      symlinkSync(relative(root, dir), join(root, controlType));
      dirs.set(controlType, dir);
    }
    return dir;
  };
  for (const entry of extraEntries) controlTypeDir(entry);

  for (const [position, zone] of zones.entries()) {
    // Distinct counters never read alike; equal defaults would look like mirrors.
    const initial = zone.energyUj ?? (position + 1) * 1_000_000_000;
    const range = zone.maxEnergyRangeUj ?? INTEL_MAX_RANGE_UJ;
    if (initial > range) throw new Error(`fake powercap: ${zone.id} starts above its range; give energyUj`);
    const [controlType = "", ...indices] = zone.id.split(":");
    const parent =
      indices.length > 1 ? dirs.get(`${controlType}:${indices.slice(0, -1).join(":")}`) : undefined;
    const dir = join(parent ?? controlTypeDir(controlType), zone.id);
    mkdirSync(dir);
    dirs.set(zone.id, dir);
    writeFileSync(join(dir, "name"), `${zone.name}\n`);
    writeFileSync(join(dir, "max_energy_range_uj"), `${range}\n`);
    for (const [index, limit] of (zone.powerLimitsUw ?? []).entries()) {
      writeFileSync(join(dir, `constraint_${index}_name`), `${CONSTRAINT_NAMES[index] ?? "other"}\n`);
      writeFileSync(join(dir, `constraint_${index}_power_limit_uw`), `${limit}\n`);
      writeFileSync(join(dir, `constraint_${index}_time_window_us`), "27983872\n");
    }
    ranges.set(zone.id, range);
    const source = zone.mirrorOf ? dirs.get(zone.mirrorOf) : undefined;
    if (source) {
      symlinkSync(join(source, "energy_uj"), join(dir, "energy_uj"));
    } else {
      writeFileSync(join(dir, "energy_uj"), `${initial}\n`);
      values.set(zone.id, initial);
    }
    symlinkSync(relative(root, dir), join(root, zone.id));
  }

  const counterPath = (zone: string): string => {
    const dir = dirs.get(zone);
    if (!dir || !values.has(zone)) throw new Error(`fake powercap: no counter of its own for ${zone}`);
    return join(dir, "energy_uj");
  };
  const set = (zone: string, microjoules: number): void => {
    writeFileSync(counterPath(zone), `${microjoules}\n`);
    values.set(zone, microjoules);
  };
  return {
    root,
    value: (zone) => values.get(zone) ?? Number.NaN,
    set,
    advance(zone, microjoules) {
      const max = ranges.get(zone) ?? INTEL_MAX_RANGE_UJ;
      let next = (values.get(zone) ?? 0) + microjoules;
      while (next > max) next -= max;
      set(zone, next);
    },
    restrictToRoot: (zone) => chmodSync(counterPath(zone), 0o400),
    failReads(zone) {
      const path = counterPath(zone);
      renameSync(path, `${path}.saved`);
      mkdirSync(path);
    },
    restoreReads(zone) {
      const path = counterPath(zone);
      rmSync(path, { recursive: true });
      renameSync(`${path}.saved`, path);
    },
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

/**
 * Reads as a user who is neither owner nor in the group would: refused unless "other" may read.
 * Tests run as root, and root reads a mode-0400 file regardless, so this applies the check the
 * kernel makes for the unprivileged CI user; the error has the shape Node gives for a real EACCES.
 */
export function unprivilegedReadFile(path: string): string {
  if ((statSync(path).mode & 0o004) === 0) {
    throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
      errno: -13,
      code: "EACCES",
      syscall: "open",
      path,
    });
  }
  return readFileSync(path, "utf8");
}
