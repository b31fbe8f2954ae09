/** The table `carbon-budget import` prints: what was imported, step by step. */
import type { Report } from "../report/schema.js";
import { formatDuration, formatEnergy, formatIntensity, formatMass } from "./format.js";

/** One line per step (name, duration, energy, CO2e), a total when there are several, then the intensity. */
export function renderImportTable(report: Report, title: string): string {
  const rows = [
    ["  step", "duration", "energy", "CO2e"],
    ...report.steps.map((s) => [
      `  ${s.name}`,
      formatDuration(s.duration_s),
      formatEnergy(s.energy_kwh),
      formatMass(s.co2e_g),
    ]),
  ];
  const t = report.totals;
  if (report.steps.length > 1) {
    rows.push(["  total", formatDuration(t.duration_s), formatEnergy(t.energy_kwh), formatMass(t.co2e_g)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map((row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "),
  );
  const a = report.assumptions;
  return `carbon-budget · ${title}\n${lines.join("\n")}\n  at ${formatIntensity(a.intensity_g_per_kwh)} g/kWh (${a.intensity_source}), PUE ${a.pue}\n`;
}
