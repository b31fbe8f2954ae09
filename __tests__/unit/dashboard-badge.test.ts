/**
 * README badges: the SVG's geometry from the estimated text widths, its accessible name and title, and
 * the colour a budget gives the latest successful run.
 */
import { describe, expect, it } from "vitest";
import { BADGE_COLORS, renderBadge, seriesBadge } from "../../src/dashboard/badge.js";
import type { SeriesPoint, StepSeries } from "../../src/dashboard/series.js";

function point(co2e: number, kwh: number, overrides: Partial<SeriesPoint> = {}): SeriesPoint {
  return {
    sha: "abcdef0123456789",
    run_id: "r",
    ended_at: "2025-03-01T11:00:00.000Z",
    co2e_g: co2e,
    energy_kwh: kwh,
    failed: false,
    not_comparable: false,
    method: "GPU measured (nvml)",
    hardware: "1× A100",
    intensity: "400 gCO2e/kWh",
    text: { co2e: `${co2e} g`, range: "", energy: `${kwh} kWh`, date: "2025-03-01 11:00 UTC" },
    ...overrides,
  };
}
const series = (points: SeriesPoint[], budget: StepSeries["budget"] = {}): StepSeries => ({
  id: "b0-s0",
  name: "train",
  budget,
  points,
});

describe("renderBadge", () => {
  const svg = renderBadge({
    label: "CO2e",
    message: "98.0 g",
    tone: "pass",
    title: "CO2e of train on main: 98.0 g",
  });

  it("sizes each half from its text: 6 px padding either side of the estimated width", () => {
    // "CO2e": C 7.6 + O 7.6 + 2 7 + e 6.6 = 28.8, rounded up to 29; + 12 = 41.
    // "98.0 g": 9 7 + 8 7 + . 4.2 + 0 7 + space 4.2 + g 6.6 = 36; + 12 = 48. Together 89.
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="89" height="20" /);
    expect(svg).toContain('<rect width="41" height="20" fill="#555"/>');
    expect(svg).toContain(`<rect x="41" width="48" height="20" fill="${BADGE_COLORS.pass}"/>`);
    // Text centred in each half, at 10x: 41 / 2 = 20.5 -> 205; 41 + 48 / 2 = 65 -> 650.
    expect(svg).toContain('x="205" y="140" transform="scale(.1)" fill="#fff" textLength="290">CO2e</text>');
    expect(svg).toContain('x="650" y="140" transform="scale(.1)" fill="#fff" textLength="360">98.0 g</text>');
  });

  it("has an accessible name and a title", () => {
    expect(svg).toContain('role="img" aria-label="CO2e: 98.0 g"');
    expect(svg).toContain("<title>CO2e of train on main: 98.0 g</title>");
  });

  it("escapes what a step name may hold", () => {
    const hostile = renderBadge({
      label: 'CO2e <a href="x">&',
      message: "1 g",
      tone: "info",
      title: "<script>",
    });
    expect(hostile).not.toMatch(/<a |<script>/);
    expect(hostile).toContain("CO2e &lt;a href=&quot;x&quot;&gt;&amp;");
  });

  it("keeps white text readable on every colour: contrast of at least 4.5:1 (WCAG AA)", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    for (const color of Object.values(BADGE_COLORS)) {
      expect((1 + 0.05) / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("seriesBadge", () => {
  it("shows the newest run that did not fail: a failed run's figure is partial", () => {
    const badge = seriesBadge(
      series([point(100, 1), point(30, 0.2, { failed: true, exit_code: 1 })]),
      "CO2e",
      "main",
    );
    expect(badge).toEqual({
      label: "CO2e",
      message: "100 g",
      tone: "info",
      title: "CO2e on main: 100 g (1 kWh) at abcdef0, 2025-03-01 11:00 UTC",
    });
  });

  it.each([
    ["over the CO2e budget", { co2e_g: 90 }, "fail", "; budget 90.0 g: over"],
    ["over the energy budget", { energy_kwh: 0.5 }, "fail", "; budget 500 Wh: over"],
    [
      "over the warning level, within the budget",
      { co2e_g: 150, co2e_warn_g: 90 },
      "warn",
      "; budget 150 g: near",
    ],
    ["within the budget", { co2e_g: 150, co2e_warn_g: 120 }, "pass", "; budget 150 g: within"],
    ["no budget", {}, "info", ""],
  ] as const)("%s", (_what, budget, tone, judged) => {
    // The latest run: 100 g, 1 kWh.
    const badge = seriesBadge(series([point(100, 1)], budget), "CO2e train", "main");
    expect(badge.tone).toBe(tone);
    expect(badge.title).toBe(`CO2e train on main: 100 g (1 kWh) at abcdef0, 2025-03-01 11:00 UTC${judged}`);
  });

  it("says so when no run succeeded", () => {
    expect(seriesBadge(series([point(5, 1, { failed: true })]), "CO2e", "main")).toMatchObject({
      message: "no runs",
      tone: "none",
    });
    expect(seriesBadge(undefined, "CO2e", "main").message).toBe("no runs");
  });
});
