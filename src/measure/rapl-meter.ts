/**
 * One RAPL meter over the domains the probe opened: reads each `energy_uj` at a cadence its wrap
 * range and power call for, accumulates wraps, and reports each domain with what went wrong.
 */
import {
  ASSUMED_MAX_POWER_W,
  addCounter,
  type CounterTotal,
  counterReadEveryMs,
  emptyCounterTotal,
} from "./integrate.js";
import type { RaplDomain } from "./rapl-domains.js";
import { type ComponentEnergy, type ComponentKind, CUMULATIVE_READ_EVERY_MS, type Meter } from "./types.js";

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

export interface OpenDomain {
  domain: RaplDomain;
  energyPath: string;
  maxRangeUj?: number;
  /** The highest power limit the zone states (its `constraint_N_*_uw` files), in W. */
  statedMaxW?: number;
}

export function readCounter(read: (path: string) => string, path: string): number {
  const text = read(path).trim();
  const value = Number(text);
  if (text === "" || !Number.isSafeInteger(value) || value < 0)
    throw new Error(`${path}: not a counter: "${text}"`);
  return value;
}

export const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;

interface Track {
  open: OpenDomain;
  total: CounterTotal;
  failures: number;
  lastError?: string;
  lastOkMs?: number;
  longestGapMs: number;
  /** The highest power between two readings so far, in W. */
  maxSeenW: number;
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

/** The power a domain is read for: the most seen, but never below what it states or we assume. */
const powerBoundW = (track: Track): number =>
  Math.max(track.maxSeenW, track.open.statedMaxW ?? ASSUMED_MAX_POWER_W);

export class RaplMeter implements Meter {
  readonly source = RAPL_SOURCE;
  private readonly tracks: Track[];
  // Kept as a number and renewed only when a reading raises a power bound: the sampler asks every tick,
  // and a fresh array per question is garbage a run of days would pile up.
  private readEvery = CUMULATIVE_READ_EVERY_MS;
  private startMs?: number;
  private lastMs?: number;

  constructor(
    readonly kind: ComponentKind,
    opened: OpenDomain[],
    private readonly read: (path: string) => string,
  ) {
    this.tracks = opened.map((open) => ({
      open,
      total: emptyCounterTotal(),
      failures: 0,
      longestGapMs: 0,
      maxSeenW: 0,
    }));
    this.renewReadEvery();
  }

  /**
   * Often enough that no counter wraps twice between readings (a double wrap is invisible), at the
   * highest power seen or stated; a real range (~262 kJ) keeps the 10 s cap, a small one is read
   * more often, and the sampler never reads faster than its interval.
   */
  get readEveryMs(): number {
    return this.readEvery;
  }

  private renewReadEvery(): void {
    let fastest = CUMULATIVE_READ_EVERY_MS;
    for (const track of this.tracks) {
      const everyMs = counterReadEveryMs(
        (track.open.maxRangeUj ?? 0) / 1e6,
        powerBoundW(track),
        CUMULATIVE_READ_EVERY_MS,
      );
      fastest = Math.min(fastest, everyMs);
    }
    this.readEvery = fastest;
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
        const before = track.total.energy;
        track.total = addCounter(track.total, value, track.open.maxRangeUj);
        if (track.lastOkMs !== undefined && nowMs > track.lastOkMs) {
          track.longestGapMs = Math.max(track.longestGapMs, nowMs - track.lastOkMs);
          // µJ per ms is mW.
          const powerW = (track.total.energy - before) / (nowMs - track.lastOkMs) / 1000;
          if (powerW > track.maxSeenW) {
            track.maxSeenW = powerW;
            this.renewReadEvery();
          }
        }
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

  /** Domains with fewer than two good readings have no energy to give: said, never a zero. */
  unmeasured(): string[] {
    return this.tracks
      .filter((track) => track.total.readings < 2)
      .map(
        (track) =>
          `RAPL ${track.open.domain.device} not measured: ${track.total.readings} of ` +
          `${track.total.readings + track.failures} readings of ${track.open.energyPath} succeeded, 2 are needed` +
          `${track.lastError ? ` (${track.lastError})` : ""}; its energy is missing from the total, not zero`,
      );
  }

  finish(nowMs: number): ComponentEnergy[] {
    this.poll(nowMs);
    const seconds = ((this.lastMs ?? nowMs) - (this.startMs ?? nowMs)) / 1000;
    return this.tracks
      .filter((track) => track.total.readings >= 2)
      .map((track) => {
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
