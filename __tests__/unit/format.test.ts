import { describe, expect, it } from "vitest";
import { formatIntensity, formatMassRange } from "../../src/render/format.js";

describe("a mass with its range", () => {
  it("prints the range when its ends read differently from the value", () => {
    expect(formatMassRange(1210, 1089, 1331)).toBe("1.21 kg (1.09 kg–1.33 kg)");
    expect(formatMassRange(0.000785, 0.000503, 0.00119, " CO2e")).toBe("0.785 mg CO2e (0.503 mg–1.19 mg)");
  });

  it("prints a range that collapses once: 131 g, not 131 g (131 g–131 g)", () => {
    expect(formatMassRange(131, 131, 131)).toBe("131 g");
    // 130.98 and 131.04 both read 131 g at three figures.
    expect(formatMassRange(131, 130.98, 131.04, " CO2e")).toBe("131 g CO2e");
  });

  it("keeps a range that rounds apart at one end", () => {
    // 130.4 reads 130 g; 131.2 reads 131 g.
    expect(formatMassRange(131, 130.4, 131.2)).toBe("131 g (130 g–131 g)");
  });
});

describe("a grid intensity", () => {
  it("reads to three figures without trailing zeros", () => {
    expect(formatIntensity(472.94)).toBe("473");
    expect(formatIntensity(21.5)).toBe("21.5");
    expect(formatIntensity(1.2)).toBe("1.2");
    expect(formatIntensity(1234)).toBe("1230");
  });
});
