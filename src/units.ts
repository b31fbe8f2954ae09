/**
 * The one table of units. Budgets are written in them (`5 kg`, `12 kWh`, `10%`), numbers are shown in
 * them (`23.5 mWh`), and grid intensities are given in them (`0.429 kg/kWh`). Values are kept in one
 * base unit per kind: g for mass, kWh for energy, % for percentages.
 */
export type UnitKind = "mass" | "energy" | "percent";

export interface Unit {
  symbol: string;
  kind: UnitKind;
  /** The power of ten from this unit to its kind's base unit: a decimal shift, exact in text. */
  exponent: number;
  /** Accepted in a budget. mg and mWh are only shown: no budget is written that small. */
  inBudgets: boolean;
}

/** In the order error messages list them. */
export const UNITS: readonly Unit[] = [
  { symbol: "mg", kind: "mass", exponent: -3, inBudgets: false },
  { symbol: "g", kind: "mass", exponent: 0, inBudgets: true },
  { symbol: "kg", kind: "mass", exponent: 3, inBudgets: true },
  { symbol: "t", kind: "mass", exponent: 6, inBudgets: true },
  { symbol: "mWh", kind: "energy", exponent: -6, inBudgets: false },
  { symbol: "Wh", kind: "energy", exponent: -3, inBudgets: true },
  { symbol: "kWh", kind: "energy", exponent: 0, inBudgets: true },
  { symbol: "MWh", kind: "energy", exponent: 3, inBudgets: true },
  { symbol: "%", kind: "percent", exponent: 0, inBudgets: true },
];

/** The international avoirdupois pound, exact by definition (1959): papers from the US quote lbs/kWh. */
export const GRAMS_PER_LB = 453.59237;

export const JOULES_PER_KWH = 3.6e6;

export const joulesToKwh = (joules: number): number => joules / JOULES_PER_KWH;

/** A kind's units as [factor to the base unit, symbol], largest first: what `scaled` picks from. */
export const scaleOf = (kind: UnitKind): readonly [number, string][] =>
  UNITS.filter((unit) => unit.kind === kind)
    .sort((a, b) => b.exponent - a.exponent)
    .map((unit) => [10 ** unit.exponent, unit.symbol]);

/** Rounded first, so that 0.99996 reads "1.00" (not "1.000") and picks its unit as 1, not 0.99996. */
export const rounded = (value: number, digits = 3): number => Number(value.toPrecision(digits));

/** `digits` significant figures, trailing zeros kept ("1.00"), at most six decimals. */
export const significant = (value: number, digits = 3): string => {
  if (value === 0) return "0";
  const round = rounded(value, digits);
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(round))));
  return round.toFixed(Math.min(decimals, 6));
};

/** A value in the largest unit of `kind` it reaches once rounded to `digits`, written by `show`. */
export function scaled(
  value: number,
  kind: UnitKind,
  digits = 3,
  show: (value: number) => string = (v) => significant(v, digits),
): string {
  const units = scaleOf(kind);
  const abs = Math.abs(rounded(value, digits));
  // Zero reads in the base unit ("0 g"), not the smallest one.
  const [factor, unit] = units.find(([f]) => abs >= f || (abs === 0 && f === 1)) ?? units[units.length - 1];
  return `${show(value / factor)} ${unit}`;
}
