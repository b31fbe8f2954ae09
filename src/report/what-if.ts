/** A report's what-if: the same job, where the grid is cleaner (the pure choice is carbon/what-if.ts). */
import { candidatesFor, type WhatIf, whatIf } from "../carbon/what-if.js";
import type { Report } from "./schema.js";

const sum = (steps: Report["steps"], pick: (step: Report["steps"][number]) => number) =>
  steps.reduce((total, step) => total + pick(step), 0);

/**
 * A report's what-if over all its steps, or undefined when its location names no zone to compare
 * (none given, an explicit intensity alone, an ISO alpha-3 country, a place our tables do not know)
 * or it emitted nothing (nothing measured): an empty list would claim nothing cleaner was found.
 */
export function whatIfForReport(report: Report): WhatIf[] | undefined {
  const location = report.assumptions.location;
  if (!(report.totals.co2e_g > 0)) return undefined;
  if (location === undefined || candidatesFor(location).length === 0) return undefined;
  return whatIf({
    location,
    it_energy_kwh: sum(report.steps, (step) => step.it_energy_kwh),
    pue: report.assumptions.pue,
    co2e_g: report.totals.co2e_g,
    embodied_g: sum(report.steps, (step) => step.embodied_g),
  });
}

/** The report with `what_if` set where its location allows one. */
export function withWhatIf(report: Report): Report {
  const options = whatIfForReport(report);
  return options === undefined ? report : { ...report, what_if: options };
}
