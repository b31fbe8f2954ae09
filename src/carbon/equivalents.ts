/**
 * Everyday equivalents of an amount of CO2e for the PR comment ("≈ 3.2 km by car"), from
 * data/equivalents.json, where every row names its source and year.
 */
import { z } from "zod";
import table from "../../data/equivalents.json" with { type: "json" };
import { sourceSchema } from "../hardware/table-schema.js";

const equivalentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  grams_per_unit: z.number().positive(),
  /** The unit as written after the amount: singular (for exactly "1") and plural. */
  one: z.string().min(1),
  other: z.string().min(1),
  source: sourceSchema,
  year: z.number().int().min(1990),
  note: z.string().min(1).optional(),
});
export type EquivalentUnit = z.infer<typeof equivalentSchema>;

export const equivalentsTableSchema = z.strictObject({
  description: z.string(),
  equivalents: z.array(equivalentSchema).min(1),
});

/** In table order, most familiar first; parsed once at load so a bad row fails every test. */
export const EQUIVALENT_UNITS: readonly EquivalentUnit[] = equivalentsTableSchema.parse(table).equivalents;

/** Amounts people read at a glance; outside them a unit is only used when nothing fits better. */
const COMFORTABLE = { min: 1, max: 1000 };
/** Below 0.1 or above 10,000 of a unit the comparison stops meaning anything, so it is not offered. */
const READABLE = { min: 0.1, max: 10_000 };

/** An amount of one unit; render/equivalent-text.ts says it in words. */
export interface Equivalent {
  id: string;
  amount: number;
  /** The unit after the amount: singular and plural. */
  one: string;
  other: string;
}

/** How far (in powers of ten) an amount sits outside the comfortable band; 0 inside it. */
function awkwardness(amount: number): number {
  if (amount < COMFORTABLE.min) return Math.log10(COMFORTABLE.min / amount);
  if (amount > COMFORTABLE.max) return Math.log10(amount / COMFORTABLE.max);
  return 0;
}

/**
 * Up to `max` equivalents of `grams` CO2e, the units whose amounts read best first (between 1 and 1,000
 * of a unit), table order breaking ties. Nothing for an amount no unit expresses readably.
 */
export function equivalents(grams: number, options: { max?: number } = {}): Equivalent[] {
  const max = options.max ?? 2;
  if (!Number.isFinite(grams) || grams <= 0 || max <= 0) return [];
  return EQUIVALENT_UNITS.map((unit, order) => ({ unit, order, amount: grams / unit.grams_per_unit }))
    .filter(({ amount }) => amount >= READABLE.min && amount <= READABLE.max)
    .sort((a, b) => awkwardness(a.amount) - awkwardness(b.amount) || a.order - b.order)
    .slice(0, max)
    .map(({ unit, amount }) => ({ id: unit.id, amount, one: unit.one, other: unit.other }));
}
