/**
 * CPU package and DRAM energy from RAPL counters under Linux powercap (rank 1 for CPU and RAM).
 * The I/O edge: lists zones, reads `energy_uj`; which zones count is decided in `rapl-domains.ts`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { addCounter, type CounterTotal, emptyCounterTotal } from "./integrate.js";
import {
  collapseMirrors,
  type PowercapZone,
  parseZoneId,
  type RaplDomain,
  selectRaplDomains,
} from "./rapl-domains.js";
import {
  type ComponentEnergy,
  type ComponentKind,
  CUMULATIVE_READ_EVERY_MS,
  type Meter,
  type MeterOptions,
  type Probe,
} from "./types.js";

export const RAPL_SOURCE = "rapl";

/**
 * Package: RAPL readings track plug power closely on servers (Khan et al., "RAPL in Action", ACM
 * TOMPECS 3(2), 2018, doi:10.1145/3177754), and from Haswell on they come from the integrated voltage
 * regulator, a measurement rather than a model (Hackenberg et al., IPDPSW 2015). ±5% covers both.
 */
export const PACKAGE_FACTORS = { low: 0.95, high: 1.05 } as const;
/**
 * DRAM: follows the trend but with a constant, system-dependent power offset, worst when idle
 * (Desrochers, Paradis, Weaver, "A Validation of DRAM RAPL Power Measurements", MEMSYS 2016,
 * doi:10.1145/2989081.2989088). The paper gives no single bound; ±15% is our reading of it.
 */
export const DRAM_FACTORS = { low: 0.85, high: 1.15 } as const;

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

const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;

interface OpenDomain {
  domain: RaplDomain;
  energyPath: string;
  maxRangeUj?: number;
}

function readCounter(read: (path: string) => string, path: string): number {
  const text = read(path).trim();
  const value = Number(text);
  if (text === "" || !Number.isSafeInteger(value) || value < 0)
    throw new Error(`${path}: not a counter: "${text}"`);
  return value;
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
    return { domain, energyPath: join(dir, "energy_uj"), ...(maxRangeUj ? { maxRangeUj } : {}) };
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

interface Track {
  open: OpenDomain;
  total: CounterTotal;
  failures: number;
  lastError?: string;
  lastOkMs?: number;
  longestGapMs: number;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

function trackNotes(track: Track, energyJ: number, seconds: number): string[] {
  const { open, total, failures, lastError, longestGapMs } = track;
  const notes = [...open.domain.notes];
  if (total.wraps > 0) notes.push(`counter wrapped ${plural(total.wraps, "time")}`);
  if (total.resets > 0) {
    notes.push(
      `counter went back without a wrap ${plural(total.resets, "time")}; those intervals are not counted`,
    );
  }
  if (failures > 0) {
    notes.push(
      `${plural(failures, "reading")} of ${open.energyPath} failed (${lastError}); ` +
        "the counter is cumulative, so only a wrap inside the gap is lost",
    );
  }
  if (total.readings >= 2 && total.energy === 0) {
    notes.push(`counter did not move in ${seconds} s: RAPL may be emulated (a VM) or disabled`);
  }
  // A whole wrap between two readings is invisible. Power peaks above its average, hence the margin of 2.
  const wrapS =
    open.maxRangeUj && energyJ > 0 && seconds > 0 ? open.maxRangeUj / 1e6 / (energyJ / seconds) : 0;
  if (wrapS > 0 && longestGapMs / 1000 > wrapS / 2) {
    notes.push(
      `readings were up to ${longestGapMs / 1000} s apart and the counter wraps about every ` +
        `${Math.round(wrapS)} s at this power: a wrap may have been missed (energy too low)`,
    );
  }
  return notes;
}

class RaplMeter implements Meter {
  readonly source = RAPL_SOURCE;
  // Energy counters: reading them more often adds nothing but wake-ups (wraps take minutes).
  readonly readEveryMs = CUMULATIVE_READ_EVERY_MS;
  private readonly tracks: Track[];
  private startMs?: number;
  private lastMs?: number;

  constructor(
    readonly kind: ComponentKind,
    opened: OpenDomain[],
    private readonly read: (path: string) => string,
  ) {
    this.tracks = opened.map((open) => ({ open, total: emptyCounterTotal(), failures: 0, longestGapMs: 0 }));
  }

  start(nowMs: number): void {
    this.startMs = nowMs;
    this.poll(nowMs);
  }

  /** Runs every interval: one small read per domain. A failed read is counted, never thrown. */
  poll(nowMs: number): void {
    this.lastMs = nowMs;
    for (const track of this.tracks) {
      try {
        const value = readCounter(this.read, track.open.energyPath);
        track.total = addCounter(track.total, value, track.open.maxRangeUj);
        if (track.lastOkMs !== undefined)
          track.longestGapMs = Math.max(track.longestGapMs, nowMs - track.lastOkMs);
        track.lastOkMs = nowMs;
      } catch (error) {
        track.failures += 1;
        track.lastError = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
      }
    }
  }

  /** Energy so far and the average power since start, for the progress line (no I/O). */
  snapshot(): { energy_j: number; power_w?: number } {
    const energyJ = this.tracks.reduce((sum, track) => sum + track.total.energy / 1e6, 0);
    const seconds = ((this.lastMs ?? 0) - (this.startMs ?? 0)) / 1000;
    return seconds > 0 ? { energy_j: energyJ, power_w: energyJ / seconds } : { energy_j: energyJ };
  }

  finish(nowMs: number): ComponentEnergy[] {
    this.poll(nowMs);
    const seconds = ((this.lastMs ?? nowMs) - (this.startMs ?? nowMs)) / 1000;
    return this.tracks.map((track) => {
      const energyJ = track.total.energy / 1e6;
      const factors = track.open.domain.kind === "package" ? PACKAGE_FACTORS : DRAM_FACTORS;
      return {
        kind: this.kind,
        device: track.open.domain.device,
        method: "measured",
        source: RAPL_SOURCE,
        energy_j: energyJ,
        low_factor: factors.low,
        high_factor: factors.high,
        ...(seconds > 0 ? { avg_power_w: energyJ / seconds } : {}),
        samples: track.total.readings,
        notes: trackNotes(track, energyJ, seconds),
      };
    });
  }
}
