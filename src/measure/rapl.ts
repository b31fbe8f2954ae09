/**
 * CPU package and DRAM energy from RAPL counters under Linux powercap (rank 1 for CPU and RAM).
 * The I/O edge: lists zones, reads `energy_uj`; which zones count is decided in `rapl-domains.ts`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  collapseMirrors,
  type PowercapZone,
  parseZoneId,
  type RaplDomain,
  selectRaplDomains,
} from "./rapl-domains.js";
import { errorCode, type OpenDomain, RAPL_SOURCE, RaplMeter, readCounter } from "./rapl-meter.js";
import type { ComponentKind, MeterOptions, Probe } from "./types.js";

export interface RaplOptions extends MeterOptions {
  /** `Environment.powercapRoot`: /sys/class/powercap, or a fake tree in tests. */
  powercapRoot: string;
  /**
   * Reads one sysfs file. Tests run as root, which reads a mode-0400 file regardless, so they pass a
   * reader that applies the permission check an unprivileged user meets; everything else uses the default.
   */
  readFile?: (path: string) => string;
}

export interface RaplProbes {
  cpu: Probe;
  ram: Probe;
}

const NO_DRAM = "no RAPL dram domain (common on client and AMD CPUs)";

const defaultRead = (path: string): string => readFileSync(path, "utf8");

const CONSTRAINT_POWER = /^constraint_\d+_(power_limit|max_power)_uw$/;

/** The zone's own bound on its power: the highest of its long-term, short-term and peak limits. */
function statedMaxPowerW(dir: string, read: (path: string) => string): number | undefined {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => CONSTRAINT_POWER.test(name));
  } catch {
    return undefined;
  }
  let maxUw = 0;
  for (const name of files) {
    try {
      maxUw = Math.max(maxUw, readCounter(read, join(dir, name)));
    } catch {
      // An unreadable or odd limit just says nothing; the assumed maximum stands in.
    }
  }
  return maxUw > 0 ? maxUw / 1e6 : undefined;
}

const noRapl = (root: string): string =>
  `no RAPL (no ${join(root, "intel-rapl*")}: not an Intel/AMD CPU, a VM, or not Linux)`;

function readZones(root: string, read: (path: string) => string): PowercapZone[] | string {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return noRapl(root);
    return `cannot list ${root}: ${error instanceof Error ? error.message : String(error)}`;
  }
  const zones: PowercapZone[] = [];
  for (const id of entries) {
    if (!parseZoneId(id)) continue;
    try {
      // stat, not read: energy_uj may be root-only, and that is reported once we know the zone counts.
      if (!statSync(join(root, id, "energy_uj")).isFile()) continue;
      zones.push({ id, name: read(join(root, id, "name")).trim() });
    } catch {
      // A zone without a readable name or any counter has nothing to offer.
    }
  }
  return zones.length > 0 ? zones : noRapl(root);
}

function unreadableReason(root: string, path: string, error: unknown, domains: OpenDomain[]): string {
  const code = errorCode(error);
  if (code === "EACCES" || code === "EPERM") {
    const types = [...new Set(domains.map((open) => parseZoneId(open.domain.zone)?.controlType))];
    const globs = types.map((type) => join(root, `${type}:*`, "energy_uj")).join(" ");
    return (
      `${path} is readable by root only (since Linux 5.10, CVE-2020-8694); ` +
      `run as root or \`sudo chmod o+r ${globs}\` (reset at reboot)`
    );
  }
  return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Takes two passes of readings so `collapseMirrors` can tell shared counters from distinct ones. */
function openKind(
  kind: ComponentKind,
  root: string,
  domains: RaplDomain[],
  read: (path: string) => string,
): Probe {
  const opened: OpenDomain[] = domains.map((domain) => {
    const dir = join(root, domain.zone);
    let maxRangeUj: number | undefined;
    try {
      maxRangeUj = readCounter(read, join(dir, "max_energy_range_uj"));
    } catch {
      // Without the range a lower reading is taken as a reset and skipped: under-count, never negative.
    }
    const statedMaxW = statedMaxPowerW(dir, read);
    return {
      domain,
      energyPath: join(dir, "energy_uj"),
      ...(maxRangeUj ? { maxRangeUj } : {}),
      ...(statedMaxW ? { statedMaxW } : {}),
    };
  });
  const passes: number[][] = [[], []];
  for (const pass of passes) {
    for (const open of opened) {
      try {
        pass.push(readCounter(read, open.energyPath));
      } catch (error) {
        return {
          ok: false,
          source: RAPL_SOURCE,
          reason: unreadableReason(root, open.energyPath, error, opened),
        };
      }
    }
  }
  const [first = [], second = []] = passes;
  if (first.every((value) => value === 0)) {
    return {
      ok: false,
      source: RAPL_SOURCE,
      reason: "RAPL counters read 0 (emulated or disabled RAPL, e.g. a VM)",
    };
  }
  const { kept } = collapseMirrors(domains, first, second);
  const keptOpen = kept.map((domain) => {
    const open = opened.find((candidate) => candidate.domain.zone === domain.zone);
    if (!open) throw new Error(`RAPL domain ${domain.zone} vanished between selection and opening`);
    return { ...open, domain };
  });
  return { ok: true, meter: new RaplMeter(kind, keptOpen, read) };
}

/** Looks for RAPL under `powercapRoot`; one probe per component kind, each with its reason when unusable. */
export function probeRapl(options: RaplOptions): RaplProbes {
  const root = options.powercapRoot;
  const read = options.readFile ?? defaultRead;
  const zones = readZones(root, read);
  if (typeof zones === "string") {
    const failed: Probe = { ok: false, source: RAPL_SOURCE, reason: zones };
    return { cpu: failed, ram: failed };
  }
  const selection = selectRaplDomains(zones);
  const found = zones.map((zone) => zone.name).join(", ");
  return {
    cpu:
      selection.packages.length > 0
        ? openKind("cpu", root, selection.packages, read)
        : {
            ok: false,
            source: RAPL_SOURCE,
            reason: `no RAPL package domain under ${root} (found: ${found})`,
          },
    ram:
      selection.drams.length > 0
        ? openKind("ram", root, selection.drams, read)
        : { ok: false, source: RAPL_SOURCE, reason: NO_DRAM },
  };
}
