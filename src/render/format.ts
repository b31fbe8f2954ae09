/** Numbers as people read them: a unit that keeps 3 significant figures readable, signs on deltas. */
import { rounded, scaled, significant } from "../units.js";

export const formatEnergy = (kwh: number): string => scaled(kwh, "energy");

export const formatMass = (grams: number): string => scaled(grams, "mass");

export const formatPower = (watts: number): string => `${significant(watts)} W`;

/** Grid intensity in g/kWh, three significant figures without trailing zeros: 472.94 reads 473. */
export const formatIntensity = (gPerKwh: number): string => String(rounded(gPerKwh));

/**
 * A mass with its low..high range: `1.21 kg (1.09 kg–1.33 kg)`, with `between` after the value
 * (` CO2e`). A range whose ends read the same as the value prints once: `131 g`, not `131 g (131 g–131 g)`.
 */
export function formatMassRange(value: number, low: number, high: number, between = ""): string {
  const [mid, from, to] = [value, low, high].map(formatMass);
  const collapsed = from === mid && to === mid;
  return `${mid}${between}${collapsed ? "" : ` (${from}–${to})`}`;
}

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
