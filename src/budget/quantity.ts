/**
 * Quantities with units, as budgets are written: "5 kg", "300 g", "1.5t", "12 kWh", "800 Wh", "10%".
 * Pure: text in, a value in the project's base unit out (g for mass, kWh for energy, % for percent).
 */
import { editDistance } from "../text/nearest.js";
import { UNITS as ALL_UNITS, GRAMS_PER_LB, scaled, type Unit, type UnitKind } from "../units.js";

export type QuantityKind = UnitKind;

export interface Quantity<K extends QuantityKind = QuantityKind> {
  kind: K;
  /** In g (mass), kWh (energy) or % (percent). */
  value: number;
  /** As the user wrote it, trimmed: what a comment shows next to the measured value. */
  text: string;
}

/** What a budget may be written in, in the order error messages list them. */
const UNITS: readonly Unit[] = ALL_UNITS.filter((unit) => unit.inBudgets);

const NOUNS: Record<QuantityKind, string> = { mass: "a mass", energy: "an energy", percent: "a percentage" };
const EXAMPLES: Record<QuantityKind, { number: string; unit: string }> = {
  mass: { number: "300", unit: "g" },
  energy: { number: "12", unit: "kWh" },
  percent: { number: "10", unit: "%" },
};

export const quantityNoun = (kind: QuantityKind): string => NOUNS[kind];

/** "g, kg, t" for one kind; "g, kg, t, Wh, kWh, MWh, %" for several. */
export function unitList(kinds: readonly QuantityKind[]): string {
  const symbols = UNITS.filter((unit) => kinds.includes(unit.kind)).map((unit) => unit.symbol);
  return symbols.join(", ");
}

const example = (kind: QuantityKind, number?: string, symbol?: string): string => {
  const { number: fallback, unit: first } = EXAMPLES[kind];
  const unit = symbol ?? first;
  return `${number ?? fallback}${unit === "%" ? "" : " "}${unit}`;
};

/**
 * What an error says is allowed, with an example built on the user's own number when there is one,
 * in the unit they seem to have meant (`5 kgs` is "5 kg", never "5 g": the magnitude is theirs).
 */
export function allowedUnits(kinds: readonly QuantityKind[], number?: string, meant?: Unit): string {
  const [first = "mass"] = kinds;
  const units = unitList(kinds);
  const which = units.includes(",") ? `one of ${units}` : units;
  const kind = meant?.kind ?? first;
  return `use a number with ${which} (e.g. ${JSON.stringify(example(kind, number, meant?.symbol))})`;
}

/** Units spelt out, as people write them in prose. */
const SPELT: Record<string, string> = {
  gram: "g",
  gramme: "g",
  kilo: "kg",
  kilogram: "kg",
  kilogramme: "kg",
  ton: "t",
  tonne: "t",
  watthour: "Wh",
  kilowatthour: "kWh",
  megawatthour: "MWh",
  percent: "%",
  pct: "%",
};

/** The unit of `kinds` that a misspelt one most likely meant: a plural, a spelt-out name or a typo. */
function meantUnit(written: string, kinds: readonly QuantityKind[]): Unit | undefined {
  const candidates = UNITS.filter((unit) => kinds.includes(unit.kind));
  const bare = written
    .toLowerCase()
    .replace(/co2e?q?$/, "")
    .replace(/[-_ ]/g, "");
  const singular = bare.replace(/e?s$/, "");
  for (const form of [bare, singular, bare.replace(/s$/, "")]) {
    const symbol = SPELT[form] ?? form;
    const unit = candidates.find((unit) => unit.symbol.toLowerCase() === symbol.toLowerCase());
    if (unit) return unit;
  }
  // One slip of a key (`kwhh`, `kq`): close enough to say which unit, not so loose as to guess.
  const near = candidates
    .map((unit) => ({ unit, distance: editDistance(bare, unit.symbol.toLowerCase()) }))
    .filter(({ distance }) => distance <= 1 && bare.length >= 2)
    .sort((a, b) => a.distance - b.distance);
  return near.length === 1 || (near[0] && near[0].distance < (near[1]?.distance ?? 2))
    ? near[0]?.unit
    : undefined;
}

/**
 * Unit symbols are matched without regard to case, since "kwh" and "KG" can mean only one thing; the
 * exception is a lower-case "m" before "Wh", which would be a milliwatt-hour, a factor of 10^9 away
 * from the MWh the user probably meant. "kgCO2e"-style suffixes are accepted for masses.
 */
function findUnit(written: string): Unit | undefined {
  const bare = written.replace(/co2e?q?$/i, "");
  const isMass = (unit: Unit) => unit.kind === "mass";
  if (bare !== written) return UNITS.find((unit) => isMass(unit) && unit.symbol === bare.toLowerCase());
  if (/^mwh$/i.test(written) && written[0] === "m") return undefined;
  return UNITS.find((unit) => unit.symbol.toLowerCase() === written.toLowerCase());
}

const QUANTITY = /^(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([A-Za-z%][A-Za-z0-9]*)?$/i;

export type QuantityResult<K extends QuantityKind> =
  | { ok: true; quantity: Quantity<K> }
  | {
      ok: false;
      problem: string;
      allowed: string /** A unit of another kind was written. */;
      written?: QuantityKind;
    };

/**
 * Parses a quantity of one of `kinds`. A problem reads after the quoted value ("is not a quantity");
 * `allowed` says what to write instead. A bare number is refused: "5" in a budget could be g or kg.
 */
export function parseQuantity<K extends QuantityKind>(
  input: unknown,
  kinds: readonly K[],
): QuantityResult<K> {
  const text =
    typeof input === "number" ? String(input) : typeof input === "string" ? input.trim() : undefined;
  const match = text === undefined ? null : QUANTITY.exec(text);
  const number = match?.[1];
  // The example reuses the user's number, unless the number itself is the problem.
  const fail = (
    problem: string,
    ownNumber = true,
    meant?: Unit,
  ): Extract<QuantityResult<K>, { ok: false }> => ({
    ok: false,
    problem,
    allowed: allowedUnits(kinds, ownNumber ? number : undefined, meant),
  });
  if (text === undefined || !match || number === undefined) return fail("is not a quantity");
  const written = match[2];
  if (written === undefined) return fail("has no unit");
  const unit = findUnit(written);
  if (!unit) {
    const milli = /^mwh$/i.test(written) ? " (mWh would be milliwatt-hours; megawatt-hours are MWh)" : "";
    const meant = meantUnit(written, kinds);
    // Pounds are a mass we can convert; any other unit's magnitude is unknown, so the example is a plain one.
    const pounds = /^(lbs?|pounds?)$/i.test(written) && kinds.includes("mass" as K);
    if (pounds) {
      const grams = Number(number) * GRAMS_PER_LB;
      return {
        ok: false,
        problem: `is not a quantity (budgets are metric: ${number} ${written} is ${scaled(grams, "mass")})`,
        allowed: allowedUnits(kinds),
      };
    }
    return fail(`is not a quantity${milli}`, meant !== undefined, meant);
  }
  if (!(kinds as readonly QuantityKind[]).includes(unit.kind)) {
    // 5 kWh says nothing about grams: the example is a plain one, not the user's number in another unit.
    const wanted = kinds.map((kind) => NOUNS[kind]).join(" or ");
    return { ...fail(`is ${NOUNS[unit.kind]}, not ${wanted}`, false), written: unit.kind };
  }
  if (number.startsWith("-")) return fail("is negative", false);
  // Shifting the decimal exponent in the text keeps 1.1 kg at 1100 g, where 1.1 * 1000 is 1100.0000000000002.
  const [mantissa = number, power = "0"] = number.toLowerCase().split("e");
  const value = Number(`${mantissa}e${Number(power) + unit.exponent}`);
  if (!Number.isFinite(value)) return fail("is too large", false);
  return { ok: true, quantity: { kind: unit.kind as K, value, text } };
}
