/** Numbers as people read them: a unit that keeps 3 significant figures readable, signs on deltas. */

/** Rounded first, so that 0.99996 reads "1.00" (not "1.000") and picks its unit as 1, not 0.99996. */
const rounded = (value: number, digits = 3): number => Number(value.toPrecision(digits));

const significant = (value: number, digits = 3): string => {
  if (value === 0) return "0";
  const round = rounded(value, digits);
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(round))));
  return round.toFixed(Math.min(decimals, 6));
};

export const ENERGY_UNITS: readonly [number, string][] = [
  [1000, "MWh"],
  [1, "kWh"],
  [0.001, "Wh"],
  [1e-6, "mWh"],
];

export const MASS_UNITS: readonly [number, string][] = [
  [1e6, "t"],
  [1000, "kg"],
  [1, "g"],
  [1e-3, "mg"],
];

/** A value in the largest unit it reaches once rounded to `digits`, written by `show`. */
export function scaled(
  value: number,
  units: readonly [number, string][],
  digits = 3,
  show: (value: number) => string = (v) => significant(v, digits),
): string {
  const abs = Math.abs(rounded(value, digits));
  // Zero reads in the base unit ("0 g"), not the smallest one.
  const [factor, unit] = units.find(([f]) => abs >= f || (abs === 0 && f === 1)) ?? units[units.length - 1];
  return `${show(value / factor)} ${unit}`;
}

export const formatEnergy = (kwh: number): string => scaled(kwh, ENERGY_UNITS);

export const formatMass = (grams: number): string => scaled(grams, MASS_UNITS);

export const formatPower = (watts: number): string => `${significant(watts)} W`;

export const signed = (text: string, value: number): string =>
  value > 0 ? `+${text}` : value < 0 ? text : `±${text}`;

export const formatPct = (pct: number): string => signed(`${significant(pct, 2)}%`, pct);

export function formatDuration(seconds: number): string {
  if (rounded(seconds) < 60) return `${significant(seconds)} s`;
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m ${String(rest).padStart(2, "0")}s`;
}

export const shortSha = (sha: string | undefined): string => (sha ? sha.slice(0, 7) : "?");
