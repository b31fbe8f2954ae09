/**
 * Which powercap zones to count, decided from their names alone (pure; `rapl.ts` owns the I/O).
 *
 * In /sys/class/powercap every zone is a flat entry named `<control type>:<index>[:<sub>]`, e.g.
 * `intel-rapl:0` (`package-0`), `intel-rapl:0:0` (`core`), `intel-rapl:0:2` (`dram`, `:0:0` on
 * servers without core/uncore), `intel-rapl:1` (`psys`) and `intel-rapl-mmio:0` (`package-0` again).
 * The domains overlap, so summing everything over-counts: core and uncore are inside the package,
 * psys contains the package, and the MMIO zone is a second window on the MSR package counter.
 */

export interface PowercapZone {
  /** The entry's name under the powercap root, e.g. `intel-rapl:0:2`. */
  id: string;
  /** The zone's `name` file, e.g. `dram`. */
  name: string;
}

export interface ZoneId {
  controlType: string;
  /** `intel-rapl:0:2` -> [0, 2]: a top-level zone has one index, a subzone two or more. */
  indices: number[];
}

export interface RaplDomain {
  kind: "package" | "dram";
  /** The zone read for this domain. */
  zone: string;
  /** Label for the report: `package-0`, `package-0-die-1`, `package-0/dram`. */
  device: string;
  /** Physical package the domain belongs to, when its name or parent says; mirrors only occur within one. */
  socket?: number;
  /** Why other zones that look like this one were not added to it. */
  notes: string[];
}

export interface SkippedZone {
  zone: string;
  name: string;
  reason: string;
}

export interface RaplSelection {
  packages: RaplDomain[];
  drams: RaplDomain[];
  skipped: SkippedZone[];
}

const ZONE_ID = /^([a-z][a-z0-9-]*):(\d+(?::\d+)*)$/;
const PACKAGE_NAME = /^package-(\d+)(?:-die-(\d+))?$/;

/** Parses a zone entry name; undefined for control types (`intel-rapl`) and anything not RAPL. */
export function parseZoneId(id: string): ZoneId | undefined {
  const match = ZONE_ID.exec(id);
  if (!match?.[1] || !match[2] || !match[1].includes("rapl")) return undefined;
  return { controlType: match[1], indices: match[2].split(":").map(Number) };
}

/** The MSR interface is the one every kernel since 3.13 has; MMIO/TPMI zones repeat its packages. */
const controlTypeRank = (controlType: string): number => (controlType === "intel-rapl" ? 0 : 1);

const byNumbers = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

interface Candidate {
  kind: RaplDomain["kind"];
  zone: PowercapZone;
  parsed: ZoneId;
  /** Identity across control types: `package-0`, `package-0/dram`. */
  key: string;
  device: string;
  socket?: number;
}

function classify(
  zone: PowercapZone,
  parsed: ZoneId,
  names: ReadonlyMap<string, string>,
): Candidate | SkippedZone {
  const skip = (reason: string): SkippedZone => ({ zone: zone.id, name: zone.name, reason });
  const topLevel = parsed.indices.length === 1;
  const parentId = `${parsed.controlType}:${parsed.indices[0]}`;
  const parentName = topLevel ? undefined : names.get(parentId);
  const packageMatch = PACKAGE_NAME.exec(zone.name);
  if (packageMatch && topLevel) {
    const socket = Number(packageMatch[1]);
    return { kind: "package", zone, parsed, key: zone.name, device: zone.name, socket };
  }
  if (zone.name === "dram") {
    const socketMatch = parentName ? PACKAGE_NAME.exec(parentName) : null;
    const device = parentName
      ? `${parentName}/dram`
      : topLevel
        ? `dram-${parsed.indices[0]}`
        : `${zone.id}/dram`;
    const key = parentName ? device : `${parsed.controlType}:${parsed.indices.join(":")}`;
    return {
      kind: "dram",
      zone,
      parsed,
      key,
      device,
      socket: socketMatch ? Number(socketMatch[1]) : undefined,
    };
  }
  if (zone.name === "psys")
    return skip("psys (platform) already contains the package; counting both doubles it");
  if (zone.name === "core" || zone.name === "uncore") {
    return skip(`${zone.name} is inside ${parentName ?? "its package"}, which is counted whole`);
  }
  return skip("not a package or dram domain");
}

/**
 * Picks the package and dram domains to read, one zone per physical domain: a name seen through
 * several control types is read once, through the MSR one when present.
 */
export function selectRaplDomains(zones: readonly PowercapZone[]): RaplSelection {
  const names = new Map(zones.map((zone) => [zone.id, zone.name]));
  const candidates: Candidate[] = [];
  const skipped: SkippedZone[] = [];
  for (const zone of zones) {
    const parsed = parseZoneId(zone.id);
    if (!parsed) continue;
    const result = classify(zone, parsed, names);
    if ("reason" in result) skipped.push(result);
    else candidates.push(result);
  }
  candidates.sort(
    (a, b) =>
      controlTypeRank(a.parsed.controlType) - controlTypeRank(b.parsed.controlType) ||
      byNumbers(a.zone.id, b.zone.id),
  );
  const chosen = new Map<string, RaplDomain>();
  for (const candidate of candidates) {
    const kept = chosen.get(candidate.key);
    if (kept) {
      const note = `${candidate.zone.id} (${candidate.zone.name}) repeats ${kept.zone}; counted once`;
      kept.notes.push(note);
      skipped.push({ zone: candidate.zone.id, name: candidate.zone.name, reason: note });
      continue;
    }
    chosen.set(candidate.key, {
      kind: candidate.kind,
      zone: candidate.zone.id,
      device: candidate.device,
      ...(candidate.socket === undefined ? {} : { socket: candidate.socket }),
      notes: [],
    });
  }
  const domains = [...chosen.values()].sort((a, b) => byNumbers(a.device, b.device));
  return {
    packages: domains.filter((domain) => domain.kind === "package"),
    drams: domains.filter((domain) => domain.kind === "dram"),
    skipped,
  };
}

/**
 * Drops domains that are the same counter as an earlier one of the same kind and socket: on multi-die
 * AMD parts (Threadripper, EPYC Zen 1/2) the kernel lists `package-0-die-0` and `package-0-die-1`, yet
 * both read the one socket-wide counter (mlco2/codecarbon#1274). `first` holds one reading of every
 * domain taken in list order, then `second` another pass in the same order, so a reading of a later
 * domain was taken between the two readings of an earlier one: a mirror must fall inside that
 * bracket, while independent counters (distinct dies on Cascade Lake-AP) sit far apart. Zero is
 * never taken as a match: it means an idle or dead counter, not a shared one.
 */
export function collapseMirrors(
  domains: readonly RaplDomain[],
  first: readonly number[],
  second: readonly number[],
): { kept: RaplDomain[]; skipped: SkippedZone[] } {
  const kept: RaplDomain[] = [];
  const keptIndex: number[] = [];
  const skipped: SkippedZone[] = [];
  domains.forEach((domain, j) => {
    const value = first[j] ?? Number.NaN;
    const original = keptIndex.find((i) => {
      const other = domains[i];
      const low = first[i] ?? Number.NaN;
      const high = second[i] ?? Number.NaN;
      return (
        other !== undefined &&
        other.kind === domain.kind &&
        other.socket !== undefined &&
        other.socket === domain.socket &&
        value > 0 &&
        low <= value &&
        value <= high
      );
    });
    const target = original === undefined ? undefined : kept[keptIndex.indexOf(original)];
    if (target) {
      const note = `${domain.device} (${domain.zone}) reads the same counter as ${target.device}; counted once`;
      target.notes.push(note);
      skipped.push({ zone: domain.zone, name: domain.device, reason: note });
      return;
    }
    kept.push({ ...domain, notes: [...domain.notes] });
    keptIndex.push(j);
  });
  return { kept, skipped };
}
