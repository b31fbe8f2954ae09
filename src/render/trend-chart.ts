/**
 * A mermaid trend chart (GitHub renders `xychart-beta`) of the base branch's recent runs with this
 * run as the last point, so a reviewer sees whether a change is a step or drift.
 */
import { rounded, scaleOf } from "../units.js";

export interface TrendPoint {
  label: string;
  co2eG: number;
}

/**
 * Mermaid's default theme draws the line in a pale yellow that vanishes on GitHub's light theme; a
 * mid blue reads on the light and the dark one alike. GitHub honours the init directive's theme variables.
 */
export const TREND_LINE_COLOUR = "#2f81f7";
const INIT = `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${TREND_LINE_COLOUR}"}}}}%%`;

/** Beyond this many points the labels are shortened, so eleven (ten runs and this one) do not overlap. */
const ROOMY_POINTS = 6;

export function trendChart(points: readonly TrendPoint[], title: string): string | undefined {
  if (points.length < 2) return undefined;
  const max = Math.max(...points.map((p) => Math.abs(p.co2eG)));
  const [factor, unit] = axisUnit(max);
  // One number of decimals for every value, from the largest: three significant figures there, and
  // never exponent notation (mermaid refuses `4e-7`), whatever the smallest value is.
  const decimals = max === 0 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(rounded(max / factor))));
  const values = points.map((p) => (p.co2eG / factor).toFixed(Math.min(decimals, 20)));
  const crowded = points.length > ROOMY_POINTS;
  const labels = points.map((p) => JSON.stringify(shortLabel(clean(p.label), crowded)));
  return [
    "```mermaid",
    INIT,
    "xychart-beta",
    `  title "${clean(title)}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "CO2e (${unit})"`,
    `  line [${values.join(", ")}]`,
    "```",
  ].join("\n");
}

/** The largest mass unit the largest value reaches, so the axis reads 1.21 kg rather than 1210 g. */
function axisUnit(max: number): [number, string] {
  const units = scaleOf("mass");
  const abs = rounded(max);
  const fallback: [number, string] = [1, "g"];
  if (abs === 0) return fallback;
  return units.find(([factor]) => abs >= factor) ?? units.at(-1) ?? fallback;
}

const clean = (text: string): string => text.replace(/["\\]/g, "").replace(/[\r\n]+/g, " ");

/** A commit's first five hex digits and `#7` for `PR #7` when eleven labels share the axis. */
function shortLabel(label: string, crowded: boolean): string {
  if (!crowded) return label;
  if (/^[0-9a-f]{6,}$/i.test(label)) return label.slice(0, 5);
  return label.replace(/^PR\s+(#\d+)$/, "$1");
}
