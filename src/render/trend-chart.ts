/**
 * A mermaid trend chart (GitHub renders `xychart-beta`) of the base branch's recent runs with this
 * run as the last point, so a reviewer sees whether a change is a step or drift.
 */
export interface TrendPoint {
  label: string;
  co2eG: number;
}

export function trendChart(points: readonly TrendPoint[], title: string): string | undefined {
  if (points.length < 2) return undefined;
  const max = Math.max(...points.map((p) => p.co2eG));
  // Mermaid axes need one unit; grams or kilograms, whichever keeps the numbers short.
  const [unit, factor] = max >= 10_000 ? ["kg", 1000] : ["g", 1];
  const labels = points.map((p) => JSON.stringify(p.label.replace(/["\\]/g, "")));
  const values = points.map((p) => Number((p.co2eG / factor).toPrecision(4)));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${title.replace(/["\\]/g, "")}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "CO2e (${unit})"`,
    `  line [${values.join(", ")}]`,
    "```",
  ].join("\n");
}
