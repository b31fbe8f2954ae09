import { describe, expect, it } from "vitest";
import { TREND_LINE_COLOUR, trendChart } from "../../src/render/trend-chart.js";

const linesOf = (chart: string | undefined) => chart?.split("\n") ?? [];
const valuesOf = (chart: string | undefined) => linesOf(chart).find((line) => line.startsWith("  line ["));
const labelsOf = (chart: string | undefined) => linesOf(chart).find((line) => line.startsWith("  x-axis ["));

describe("the trend chart", () => {
  it("is a mermaid xychart whose line has a colour of its own, for GitHub's light and dark themes", () => {
    const chart = trendChart(
      [
        { label: "aaa1111", co2eG: 1080 },
        { label: "PR #7", co2eG: 1210 },
      ],
      "CO2e per run on main",
    );
    expect(chart).toBe(
      [
        "```mermaid",
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${TREND_LINE_COLOUR}"}}}}%%`,
        "xychart-beta",
        '  title "CO2e per run on main"',
        '  x-axis ["aaa1111", "PR #7"]',
        '  y-axis "CO2e (kg)"',
        // 1080 g / 1000 = 1.08 kg; 1210 g / 1000 = 1.21 kg: two decimals give 1.21 its three figures.
        "  line [1.08, 1.21]",
        "```",
      ].join("\n"),
    );
  });

  it("never writes exponent notation, which mermaid refuses: tiny values get a unit and decimals", () => {
    // 4e-7 g is 0.0004 mg; three significant figures of the largest (0.000400) need six decimals.
    const chart = trendChart(
      [
        { label: "a", co2eG: 4e-7 },
        { label: "b", co2eG: 2e-7 },
      ],
      "t",
    );
    expect(chart).toContain('y-axis "CO2e (mg)"');
    expect(valuesOf(chart)).toBe("  line [0.000400, 0.000200]");
    expect(chart).not.toMatch(/\de-?\d/);
  });

  it("keeps the largest value's three figures and gives the others the same decimals", () => {
    // 23.4567 g is the largest: 23.5 needs one decimal; 0.04 g at one decimal is 0.0.
    const chart = trendChart(
      [
        { label: "a", co2eG: 23.4567 },
        { label: "b", co2eG: 0.04 },
        { label: "c", co2eG: 9.99 },
      ],
      "t",
    );
    expect(chart).toContain('y-axis "CO2e (g)"');
    expect(valuesOf(chart)).toBe("  line [23.5, 0.0, 10.0]");
  });

  it("reads all zeros as 0 g", () => {
    const chart = trendChart(
      [
        { label: "a", co2eG: 0 },
        { label: "b", co2eG: 0 },
      ],
      "t",
    );
    expect(chart).toContain('y-axis "CO2e (g)"');
    expect(valuesOf(chart)).toBe("  line [0, 0]");
  });

  it("shortens labels when the default eleven points (ten runs and this one) share the axis", () => {
    const runs = Array.from({ length: 10 }, (_, i) => ({ label: `abcdef${i}`, co2eG: 100 + i }));
    const chart = trendChart([...runs, { label: "PR #1234", co2eG: 120 }], "t");
    const labels = ["abcde", "abcde", "abcde", "abcde", "abcde", "abcde", "abcde", "abcde", "abcde", "abcde"];
    expect(labelsOf(chart)).toBe(`  x-axis [${[...labels, "#1234"].map((l) => `"${l}"`).join(", ")}]`);
  });

  it("keeps full labels for a short history", () => {
    const chart = trendChart(
      [
        { label: "abcdef0", co2eG: 1 },
        { label: "PR #1234", co2eG: 2 },
      ],
      "t",
    );
    expect(labelsOf(chart)).toBe('  x-axis ["abcdef0", "PR #1234"]');
  });

  it("draws nothing for a single point", () => {
    expect(trendChart([{ label: "a", co2eG: 1 }], "t")).toBeUndefined();
  });

  it("keeps quotes and line breaks of a title or label out of the chart's syntax", () => {
    const chart = trendChart(
      [
        { label: 'a"b', co2eG: 1 },
        { label: "c\nd", co2eG: 2 },
      ],
      'on "main"\nx',
    );
    expect(chart).toContain('  title "on main x"');
    expect(labelsOf(chart)).toBe('  x-axis ["ab", "c d"]');
  });
});
