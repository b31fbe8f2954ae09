/**
 * RAM energy from installed capacity (rank 3, or rank 4 when the size is declared): DRAM draws
 * refresh and standby power whether or not the job touches it, so capacity is the best single proxy
 * once RAPL's dram domain is out of reach.
 */
import { DECLARED_SOURCE, wallTimeMeter } from "./declared.js";
import { readMemTotalGb } from "./proc-stat.js";
import type { Meter, Method, Probe } from "./types.js";

export const RAM_MODEL_SOURCE = "ram-model";

/**
 * 0.392 W per GB: Gough, Steiner, Saunders, "Energy Efficient Servers: Blueprints for Data Center
 * Optimization" (Apress, 2015), the figure Cloud Carbon Footprint carries
 * (https://www.cloudcarbonfootprint.org/docs/methodology/). The rules of thumb others use (3 W per
 * 8 GB = 0.375; 0.3725) sit within 5% of it.
 */
export const RAM_W_PER_GB = 0.392;
/**
 * High: Crucial's rule of thumb for sizing a power supply, 5 W per module, deliberately generous
 * ("estimate high"), over an 8 GB module: 0.625 W/GB
 * (https://www.crucial.com/support/articles-faq-memory/how-much-power-does-memory-use).
 */
export const RAM_HIGH_W_PER_GB = 5 / 8;
/**
 * Low: half the central figure. A judgment, not a measurement: an idle DIMM still pays background
 * and refresh power, a large share of its loaded draw in Micron's DDR4 power model (TN-40-07), and
 * large modules draw less per GB than the 8 GB ones behind most published figures.
 */
export const RAM_LOW_W_PER_GB = RAM_W_PER_GB / 2;

export interface RamMeterBasis {
  method: Method;
  source: string;
  /** Where the size came from, for the note: "MemTotal in /proc/meminfo", "--memory-gb". */
  from: string;
}

/** A meter for `gb` of memory at the per-GB power, over the step's wall time. */
export function ramMeter(gb: number, basis: RamMeterBasis): Meter {
  if (!(gb > 0 && Number.isFinite(gb))) {
    throw new RangeError(`memory size must be a positive number of GB, got ${gb}`);
  }
  const watts = RAM_W_PER_GB * gb;
  const shown = Number(gb.toPrecision(4));
  return wallTimeMeter({
    kind: "ram",
    source: basis.source,
    method: basis.method,
    watts,
    lowFactor: RAM_LOW_W_PER_GB / RAM_W_PER_GB,
    highFactor: RAM_HIGH_W_PER_GB / RAM_W_PER_GB,
    device: "system",
    notes: [
      `${RAM_W_PER_GB} W/GB x ${shown} GB (${basis.from}) = ${Number(watts.toPrecision(3))} W ` +
        `(Gough et al., Energy Efficient Servers, 2015); range ${RAM_LOW_W_PER_GB}-${RAM_HIGH_W_PER_GB} W/GB`,
    ],
  });
}

/** Looks for /proc/meminfo; the meter does no I/O after that. */
export function probeRamModel(options: { procRoot: string }): Probe {
  let gb: number;
  try {
    gb = readMemTotalGb(options.procRoot);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      source: RAM_MODEL_SOURCE,
      reason: `cannot read MemTotal from ${options.procRoot}/meminfo: ${message}`,
    };
  }
  return {
    ok: true,
    meter: ramMeter(gb, { method: "estimated", source: RAM_MODEL_SOURCE, from: "MemTotal in /proc/meminfo" }),
  };
}

/** Memory size given by the user (`--memory-gb`, `hardware.memory_gb`). */
export const declaredRamMeter = (gb: number, from = "declared"): Meter =>
  ramMeter(gb, { method: "declared", source: DECLARED_SOURCE, from });
