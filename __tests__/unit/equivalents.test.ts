import { describe, expect, it } from "vitest";
import { EQUIVALENT_UNITS, type Equivalent, equivalents } from "../../src/carbon/equivalents.js";
import { equivalentText } from "../../src/render/equivalent-text.js";

const withText = (e: Equivalent) => ({ id: e.id, amount: e.amount, text: equivalentText(e) });

describe("the equivalents table", () => {
  it("holds the sourced figures, most familiar first", () => {
    expect(EQUIVALENT_UNITS.map((u) => [u.id, u.grams_per_unit, u.year])).toEqual([
      // EPA: 393 g CO2e per mile / 1.609344 km per mile = 244.2 g per km
      ["car-km", 244.2, 2026],
      // EPA: 1.24 x 10^-5 t = 12.4 g per smartphone charge
      ["smartphone-charge", 12.4, 2026],
      // IEA: 36 g per hour of streaming video, 2019
      ["video-streaming-hour", 36, 2019],
      // EPA: 0.060 t = 60000 g per urban tree seedling grown for 10 years
      ["tree-seedling-10y", 60_000, 2026],
    ]);
    for (const unit of EQUIVALENT_UNITS) expect(unit.source.url, unit.id).toMatch(/^https:\/\//);
  });
});

describe("equivalents", () => {
  it("picks the units whose amounts read between 1 and 1,000, in table order", () => {
    // car 1000 / 244.2 = 4.095 km; phone 1000 / 12.4 = 80.65; streaming 1000 / 36 = 27.78 h; tree 0.0167 (too small)
    expect(equivalents(1000).map(withText)).toEqual([
      { id: "car-km", amount: 1000 / 244.2, text: "≈ 4.1 km by car" },
      { id: "smartphone-charge", amount: 1000 / 12.4, text: "≈ 81 smartphone charges" },
    ]);
  });

  it("passes over a unit that would read as a small fraction when others read whole", () => {
    // car 100 / 244.2 = 0.41 km (below 1); phone 100 / 12.4 = 8.06; streaming 100 / 36 = 2.78 h
    expect(equivalents(100).map(equivalentText)).toEqual([
      "≈ 8.1 smartphone charges",
      "≈ 2.8 hours of video streaming",
    ]);
  });

  it("takes fractions down to 0.1 when nothing reads whole, the nearest to 1 first", () => {
    // phone 5 / 12.4 = 0.403 (0.39 powers of ten below 1); streaming 5 / 36 = 0.139 (0.86 below); car 0.02 (out)
    expect(equivalents(5).map(equivalentText)).toEqual([
      "≈ 0.4 smartphone charges",
      "≈ 0.14 hours of video streaming",
    ]);
  });

  it("writes the singular only for an amount that shows as exactly 1", () => {
    // phone 12.4 / 12.4 = 1; streaming 12.4 / 36 = 0.344 h
    expect(equivalents(12.4).map(equivalentText)).toEqual([
      "≈ 1 smartphone charge",
      "≈ 0.34 hours of video streaming",
    ]);
    // streaming 36 / 36 = 1 h; phone 36 / 12.4 = 2.9; car 36 / 244.2 = 0.147 km
    expect(equivalents(36).map(equivalentText)).toEqual([
      "≈ 2.9 smartphone charges",
      "≈ 1 hour of video streaming",
    ]);
  });

  it("uses two significant figures and thousands separators", () => {
    // car 250000 / 244.2 = 1023.75 km (just above 1,000); tree 250000 / 60000 = 4.17; phone 20161 and streaming 6944 (out/awkward)
    expect(equivalents(250_000).map(withText)).toEqual([
      { id: "tree-seedling-10y", amount: 250_000 / 60_000, text: "≈ 4.2 tree seedlings grown for 10 years" },
      { id: "car-km", amount: 250_000 / 244.2, text: "≈ 1,000 km by car" },
    ]);
    // 10 t: car 40950 km, phone 806452, streaming 277778 (all over 10,000); tree 1e7 / 60000 = 166.7
    expect(equivalents(1e7).map(equivalentText)).toEqual(["≈ 170 tree seedlings grown for 10 years"]);
  });

  it("honours max, and gives nothing for amounts no unit expresses readably", () => {
    expect(equivalents(1000, { max: 1 }).map((e) => e.id)).toEqual(["car-km"]);
    expect(equivalents(1000, { max: 3 }).map((e) => e.id)).toEqual([
      "car-km",
      "smartphone-charge",
      "video-streaming-hour",
    ]);
    expect(equivalents(1000, { max: 0 })).toEqual([]);
    // 4 mg: phone 0.004 / 12.4 = 0.0003, far below 0.1
    expect(equivalents(0.004)).toEqual([]);
    expect(equivalents(0)).toEqual([]);
    expect(equivalents(-5)).toEqual([]);
    expect(equivalents(Number.NaN)).toEqual([]);
  });
});
