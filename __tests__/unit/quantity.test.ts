import { describe, expect, it } from "vitest";
import { allowedUnits, parseQuantity, type QuantityKind, unitList } from "../../src/budget/quantity.js";

const ALL: QuantityKind[] = ["mass", "energy", "percent"];
const value = (input: unknown, kinds: readonly QuantityKind[] = ALL) => {
  const result = parseQuantity(input, kinds);
  if (!result.ok) throw new Error(`${String(input)} ${result.problem}; ${result.allowed}`);
  return { kind: result.quantity.kind, value: result.quantity.value };
};
const failure = (input: unknown, kinds: readonly QuantityKind[]) => {
  const result = parseQuantity(input, kinds);
  if (result.ok) throw new Error(`${String(input)} parsed as ${JSON.stringify(result.quantity)}`);
  return `${result.problem}; ${result.allowed}`;
};

describe("parseQuantity", () => {
  it.each([
    // mass in g
    ["300 g", "mass", 300],
    ["5 kg", "mass", 5000],
    ["1.5t", "mass", 1_500_000],
    // 1.1 * 1000 is 1100.0000000000002 in floating point; the parser shifts the decimal point instead.
    ["1.1 kg", "mass", 1100],
    ["0.3 kg", "mass", 300],
    [".5 kg", "mass", 500],
    ["1e3 g", "mass", 1000],
    ["2.5e-3 t", "mass", 2500],
    ["5 kgCO2e", "mass", 5000],
    ["5KG", "mass", 5000],
    // energy in kWh
    ["12 kWh", "energy", 12],
    ["800 Wh", "energy", 0.8],
    ["2 MWh", "energy", 2000],
    ["12 kwh", "energy", 12],
    ["0.1 Wh", "energy", 0.0001],
    // percent
    ["10%", "percent", 10],
    ["0.5 %", "percent", 0.5],
    ["  7 %  ", "percent", 7],
    ["0%", "percent", 0],
  ] as const)("%s is %s %d", (text, kind, expected) => {
    expect(value(text)).toEqual({ kind, value: expected });
  });

  it("keeps the text as written, trimmed, for display", () => {
    expect(parseQuantity(" 1.5t ", ["mass"])).toEqual({
      ok: true,
      quantity: { kind: "mass", value: 1_500_000, text: "1.5t" },
    });
  });

  it("refuses a bare number, naming the units, with the user's number in the example", () => {
    expect(failure(12, ["energy"])).toBe(
      'has no unit; use a number with one of Wh, kWh, MWh (e.g. "12 kWh")',
    );
    expect(failure("5", ["mass"])).toBe('has no unit; use a number with one of g, kg, t (e.g. "5 g")');
    expect(failure(10, ["percent"])).toBe('has no unit; use a number with % (e.g. "10%")');
  });

  it("refuses unknown units and text", () => {
    expect(failure("12 kwhh", ["energy"])).toBe(
      'is not a quantity; use a number with one of Wh, kWh, MWh (e.g. "12 kWh")',
    );
    expect(failure("lots", ["mass"])).toBe(
      'is not a quantity; use a number with one of g, kg, t (e.g. "300 g")',
    );
    expect(failure("1,000 g", ["mass"])).toBe(
      'is not a quantity; use a number with one of g, kg, t (e.g. "300 g")',
    );
    // 5 lb x 453.59237 g/lb = 2267.96 g, which reads 2.27 kg.
    expect(failure("5 lb", ["mass"])).toBe(
      'is not a quantity (budgets are metric: 5 lb is 2.27 kg); use a number with one of g, kg, t (e.g. "300 g")',
    );
    // An energy written as a mass: no magnitude to keep, so the example is a plain one.
    expect(failure("5 kWhCO2e", ["mass"])).toBe(
      'is not a quantity; use a number with one of g, kg, t (e.g. "300 g")',
    );
    expect(failure("5 foo", ["mass"])).toBe(
      'is not a quantity; use a number with one of g, kg, t (e.g. "300 g")',
    );
  });

  it("refuses a lower-case m before Wh: a milliwatt-hour is 10^9 times smaller than a MWh", () => {
    expect(failure("2 mWh", ["energy"])).toBe(
      'is not a quantity (mWh would be milliwatt-hours; megawatt-hours are MWh); use a number with one of Wh, kWh, MWh (e.g. "2 MWh")',
    );
  });

  it("refuses a unit of another kind, naming both kinds", () => {
    expect(failure("12 kWh", ["mass"])).toBe(
      'is an energy, not a mass; use a number with one of g, kg, t (e.g. "300 g")',
    );
    expect(failure("5%", ["mass", "energy"])).toBe(
      'is a percentage, not a mass or an energy; use a number with one of g, kg, t, Wh, kWh, MWh (e.g. "300 g")',
    );
  });

  it("refuses negative, overflowing and non-text values", () => {
    expect(failure("-5 kg", ["mass"])).toBe('is negative; use a number with one of g, kg, t (e.g. "300 g")');
    expect(failure("1e400 kg", ["mass"])).toBe(
      'is too large; use a number with one of g, kg, t (e.g. "300 g")',
    );
    for (const input of [true, null, undefined, { kg: 5 }, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(parseQuantity(input, ["mass"]).ok).toBe(false);
    }
  });
});

describe("unit lists", () => {
  it("lists units in the order of size, grouped by kind", () => {
    expect(unitList(["mass"])).toBe("g, kg, t");
    expect(unitList(["percent", "energy"])).toBe("Wh, kWh, MWh, %");
    expect(allowedUnits(["energy"])).toBe('use a number with one of Wh, kWh, MWh (e.g. "12 kWh")');
    expect(allowedUnits(["percent"], "3")).toBe('use a number with % (e.g. "3%")');
  });
});
