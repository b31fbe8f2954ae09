/**
 * The Software Carbon Intensity rate, SCI = (O + M) / R (Green Software Foundation, ISO/IEC 21031:2024):
 * a step's operational plus embodied grams per functional unit R that the step declares (samples,
 * tokens, epochs). A rate, so runs of different sizes compare.
 */

import { InputError } from "../errors.js";

export interface FunctionalUnit {
  /** What was counted, e.g. `sample`, `token`, `epoch`. */
  name: string;
  /** How many the step processed; more than 0. */
  count: number;
}

/** Same bounds as the report schema, so a unit that passes here is never rejected on read. */
const MAX_NAME_LENGTH = 100;

/** Throws on a unit the report could not carry; callers turn user input into one before this. */
export function checkFunctionalUnit(unit: FunctionalUnit): FunctionalUnit {
  if (unit.name.trim() === "" || unit.name.length > MAX_NAME_LENGTH) {
    throw new RangeError(
      `functional unit: name must be 1 to ${MAX_NAME_LENGTH} characters, got "${unit.name}"`,
    );
  }
  if (!Number.isFinite(unit.count) || unit.count <= 0) {
    throw new RangeError(
      `functional unit: count of ${unit.name} must be a finite number > 0, got ${unit.count}`,
    );
  }
  return unit;
}

/** (O + M) / R in grams per unit. */
export function sciPerUnit(co2eGrams: number, unit: FunctionalUnit): number {
  return co2eGrams / checkFunctionalUnit(unit).count;
}

/** `unit: samples=50000`: a functional unit for SCI (g per unit). */
export function parseFunctionalUnit(input: string, text: string): FunctionalUnit {
  const match = /^([A-Za-z][\w-]{0,49})\s*=\s*([0-9.eE+]+)$/.exec(text.trim());
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || !Number.isFinite(count) || count <= 0) {
    throw new InputError(input, text, "use NAME=COUNT with a positive count, e.g. samples=50000 or epoch=3");
  }
  return { name: match[1], count };
}
