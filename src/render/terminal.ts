/** The report as a few aligned lines for a terminal or a CI log (pure). */
import { type Budgets, budgetUnit, type Check, type Verdict } from "../budget/evaluate.js";
import type { BaselineRef, Comparison } from "../compare/compare.js";
import { isMeasured, NOT_MEASURED } from "../report/not-measured.js";
import type { Report } from "../report/schema.js";
import {
  formatDuration,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatMassRange,
  formatPct,
  formatPower,
  shortSha,
  signed,
} from "./format.js";
import { whatIfText } from "./what-if-line.js";

export function renderTerminal(
  report: Report,
  comparison: Comparison,
  options: { verbose?: boolean } = {},
): string {
  const lines: string[] = [];
  const a = report.assumptions;
  for (const step of report.steps) {
    const exit = step.exit_code !== undefined ? ` · exit ${step.exit_code}` : "";
    lines.push(`carbon-budget · ${step.name} · ${formatDuration(step.duration_s)}${exit}`);
    if (!isMeasured(step)) {
      // No figures, not zeros: the step ran, and why it could not be measured is all there is to say.
      lines.push(`  ${NOT_MEASURED}: ${step.not_measured?.reason ?? ""}`);
      for (const note of step.notes ?? []) lines.push(`  note: ${note}`);
      continue;
    }
    const rows = step.components.map((c) => [
      `  ${c.kind.toUpperCase()} ${[c.device, c.model].filter(Boolean).join(" ")}`.trimEnd(),
      `${c.method} (${c.source})`,
      formatEnergy(c.energy_kwh),
      c.avg_power_w !== undefined ? formatPower(c.avg_power_w) : "",
    ]);
    lines.push(...alignColumns(rows));
    for (const note of step.notes ?? []) lines.push(`  note: ${note}`);
    if (options.verbose) {
      for (const c of step.components)
        for (const note of c.notes ?? []) lines.push(`  ${c.kind.toUpperCase()} note: ${note}`);
    }
    lines.push(
      `  ${formatEnergy(step.energy_kwh)} (PUE ${a.pue}) → ${formatMassRange(step.co2e_g, step.co2e_low_g, step.co2e_high_g, " CO2e")}`,
      `    operational ${formatMass(step.operational_g)} at ${formatIntensity(a.intensity_g_per_kwh)} g/kWh, ${a.intensity_source}${a.intensity_year ? ` ${a.intensity_year}` : ""}`,
    );
    if (step.embodied_g > 0)
      lines.push(
        `    embodied ${formatMass(step.embodied_g)} (hardware manufacture, amortised over its life)`,
      );
    if (step.sci_g_per_unit !== undefined && step.functional_unit) {
      lines.push(
        `    ${formatMass(step.sci_g_per_unit)} CO2e per ${step.functional_unit.name} (SCI, ${step.functional_unit.count} ${step.functional_unit.name})`,
      );
    }
    const compared = comparison.steps.find((s) => s.name === step.name);
    const base = comparison.baseline;
    if (!base || !compared || compared.status === "new") {
      lines.push("  no earlier run of this step to compare with");
    } else if (compared.status === "not-comparable") {
      lines.push(`  not comparable with ${describeBaseline(base)}: different hardware`);
    } else if (compared.deltaG !== undefined) {
      const pct = compared.deltaPct !== undefined ? `${formatPct(compared.deltaPct)} ` : "";
      lines.push(
        `  vs ${describeBaseline(base)}: CO2e ${pct}(${signed(formatMass(compared.deltaG), compared.deltaG)})`,
      );
    }
    if (step.overhead) lines.push(`  measuring cost ${step.overhead.cpu_s.toFixed(2)} CPU s`);
  }
  const greener = report.what_if?.[0];
  if (greener) lines.push(`  greener: ${whatIfText(greener)}`);
  // Said once, last: where the rest is.
  if (!options.verbose && report.steps.some((step) => step.components.some((c) => c.notes?.length))) {
    lines.push("  (how each number was obtained: --verbose, or the --json / --markdown report)");
  }
  return `${lines.join("\n")}\n`;
}

/** Which run it was compared with: how it was found, its commit when known, when it ended, its id. */
export function describeBaseline(base: BaselineRef): string {
  const sha = base.sha ? ` @${shortSha(base.sha)}` : "";
  const failed = base.passedOver ?? 0;
  const passed = failed > 0 ? `; ${failed} later failed run${failed === 1 ? "" : "s"} passed over` : "";
  return `${base.label}${sha} (${formatWhen(base.endedAt)}, run ${base.runId}${passed})`;
}

/** `2026-12-01 12:08 UTC`; a time that does not parse is shown as it was written. */
function formatWhen(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const CHECK_ICON = { pass: "✅", warn: "⚠️", fail: "❌", skipped: "➖", "not-measured": "⚠️" } as const;

/**
 * Each budget that failed or warned, and by how much, as the PR comment's table says it:
 * `❌ train: CO2e 412 g, 112 g (+37%) over its 300 g budget`. Passing limits are left out.
 */
export function renderBudgetLines(verdict: Verdict, budgets: Budgets): string[] {
  const scopes = [...verdict.steps, ...(verdict.total ? [verdict.total] : [])];
  return scopes.flatMap((scope) => {
    const perUnit = budgetUnit(budgets, scope.scope);
    const name = scope.scope === "total" ? "all steps" : scope.scope;
    return scope.checks
      .filter(
        (check) => check.status === "fail" || check.status === "warn" || check.status === "not-measured",
      )
      .map((check) => `  ${CHECK_ICON[check.status]} ${name}: ${describeCheck(check, perUnit)}`);
  });
}

function describeCheck(check: Check, perUnit: string | undefined): string {
  const per = perUnit ? ` per ${perUnit}` : "";
  const { actual, limitValue: limit } = check;
  // "over budget" is what the figures already say; any other reason adds something (a warning level).
  const said = /^(increase )?over budget$/.test(check.reason) ? "" : `: ${check.reason}`;
  if (actual === undefined) return check.reason;
  if (check.limit === "increase") {
    const over = actual - limit;
    const by = over > 0 ? `, ${significantPoints(over)} over its +${limit}% budget` : ` (budget +${limit}%)`;
    return `CO2e change ${formatPct(actual)}${by}${said}`;
  }
  const format = check.limit === "energy" ? formatEnergy : formatMass;
  const what = check.limit === "energy" ? "energy" : "CO2e";
  const value = `${what} ${format(actual)}${per}`;
  if (actual <= limit) return `${value} (budget ${format(limit)}${per})${said}`;
  const pct = limit > 0 ? ` (${formatPct(((actual - limit) / limit) * 100)})` : "";
  return `${value}, ${format(actual - limit)}${pct} over its ${format(limit)}${per} budget${said}`;
}

/** A difference of two percentages, in percentage points: `4 points`, `0.5 points`. */
const significantPoints = (points: number) => `${Number(points.toPrecision(2))} points`;

function alignColumns(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>(
    (w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
    [],
  );
  return rows.map((row) =>
    row
      .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd(),
  );
}
