/**
 * The report as markdown: the same pure renderer serves `--markdown FILE`, the job summary and the PR
 * comment, so what a user sees locally is what reviewers will see.
 */
import type { Budgets, ScopeVerdict, Verdict } from "../budget/evaluate.js";
import type { Comparison, StepComparison } from "../compare/compare.js";
import { escapeMarkdown as esc } from "./escape.js";
import {
  formatDuration,
  formatEnergy,
  formatMass,
  formatPct,
  formatPower,
  shortSha,
  signed,
} from "./format.js";
import type { Report, ReportComponent } from "./schema.js";
import { type TrendPoint, trendChart } from "./trend-chart.js";
import { budgetCell, statusCell, VERDICT_WORDS } from "./verdict-cells.js";

/** What the PR comment and job summary add to the plain report; every part optional. */
export interface MarkdownExtras {
  verdict?: Verdict;
  budgets?: Budgets;
  /** Lines said under the table: a config change that takes effect after merge, a waiver, ... */
  notices?: string[];
  trend?: { title: string; points: TrendPoint[] };
  /** "≈ 3.2 km by car" and the like, already worded. */
  equivalents?: string[];
  /** `false` leaves out the methods and assumptions (a comment at GitHub's size limit). */
  methods?: false;
}

export function renderMarkdown(report: Report, comparison: Comparison, extras: MarkdownExtras = {}): string {
  const { verdict, budgets } = extras;
  const judged = verdict !== undefined && budgets !== undefined;
  const chart = extras.trend && trendChart(extras.trend.points, extras.trend.title);
  return [
    headline(report, comparison, verdict),
    ...(extras.equivalents?.length ? ["", `<sub>${extras.equivalents.map(esc).join(" · ")}</sub>`] : []),
    "",
    judged
      ? "| Step | Duration | Energy | CO2e (range) | Change | Budget | Status |"
      : "| Step | Duration | Energy | CO2e (range) | Change |",
    judged ? "| --- | ---: | ---: | ---: | ---: | --- | --- |" : "| --- | ---: | ---: | ---: | ---: |",
    ...comparison.steps.map((step) =>
      judged
        ? `${stepRow(step)} ${budgetCell(budgets.steps[step.name])} | ${statusCell(find(verdict, step.name))} |`
        : stepRow(step),
    ),
    ...(judged && verdict.total && budgets.total
      ? [totalRow(report, comparison, budgets, verdict.total)]
      : []),
    ...(extras.notices?.length ? ["", ...extras.notices.map((n) => `> ${n}`)] : []),
    ...(chart ? ["", chart] : []),
    ...(extras.methods === false ? [] : ["", methods(report)]),
  ].join("\n");
}

const find = (verdict: Verdict, scope: string): ScopeVerdict | undefined =>
  verdict.steps.find((s) => s.scope === scope);

function totalRow(report: Report, comparison: Comparison, budgets: Budgets, total: ScopeVerdict): string {
  const t = report.totals;
  const range = `${formatMass(t.co2e_g)} (${formatMass(t.co2e_low_g)}–${formatMass(t.co2e_high_g)})`;
  const delta = comparison.total;
  const changeText = delta
    ? `${delta.deltaPct !== undefined ? `${formatPct(delta.deltaPct)} ` : ""}(${signed(formatMass(delta.deltaG), delta.deltaG)})`
    : "–";
  return `| **Total** | ${formatDuration(t.duration_s)} | ${formatEnergy(t.energy_kwh)} | ${range} | ${changeText} | ${budgetCell(budgets.total)} | ${statusCell(total)} |`;
}

function headline(report: Report, comparison: Comparison, verdict?: Verdict): string {
  const title = verdict ? `carbon-budget ${VERDICT_WORDS[verdict.status]}` : "carbon-budget";
  return plainHeadline(report, comparison).replace(/^### carbon-budget/, `### ${title}`);
}

function plainHeadline(report: Report, comparison: Comparison): string {
  const total = `**${formatMass(report.totals.co2e_g)} CO2e**, ${formatEnergy(report.totals.energy_kwh)}`;
  const base = comparison.baseline;
  if (!base) return `### carbon-budget: ${total} (no baseline yet)`;
  const against = `vs ${esc(base.label)}${base.sha ? ` @${shortSha(base.sha)}` : ""}`;
  if (!comparison.comparable)
    return `### carbon-budget: ${total}; not comparable ${against} (different hardware)`;
  if (!comparison.total) return `### carbon-budget: ${total}; no step in common ${against}`;
  const { deltaG, deltaPct } = comparison.total;
  // Against a zero base there is no percentage, but the change in grams still belongs in the headline.
  const pct = deltaPct !== undefined ? `${formatPct(deltaPct)} ` : "";
  return `### carbon-budget: ${total}; CO2e ${pct}(${signed(formatMass(deltaG), deltaG)}) ${against}`;
}

function stepRow(step: StepComparison): string {
  const h = step.head;
  const range = `${formatMass(h.co2e_g)} (${formatMass(h.co2e_low_g)}–${formatMass(h.co2e_high_g)})`;
  return `| ${esc(h.name)}${exitNote(h.exit_code)} | ${formatDuration(h.duration_s)} | ${formatEnergy(h.energy_kwh)} | ${range} | ${change(step)} |`;
}

const exitNote = (code: number | undefined) => (code ? ` (exit ${code})` : "");

function change(step: StepComparison): string {
  if (step.status === "new") return "new";
  if (step.status === "not-comparable") return "not comparable (hardware)";
  if (step.deltaG === undefined) return "–";
  const pct = step.deltaPct !== undefined ? `${formatPct(step.deltaPct)} ` : "";
  return `${pct}(${signed(formatMass(step.deltaG), step.deltaG)})`;
}

function methods(report: Report): string {
  const a = report.assumptions;
  const lines = [
    "<details><summary>Methods and assumptions</summary>",
    "",
    "| Step | Component | Method | Source | Energy | Avg power |",
    "| --- | --- | --- | --- | ---: | ---: |",
  ];
  for (const step of report.steps) {
    for (const c of step.components) lines.push(componentRow(step.name, c));
  }
  lines.push(
    "",
    `- PUE ${a.pue}; grid intensity ${a.intensity_g_per_kwh} gCO2e/kWh from ${esc(a.intensity_source)}${
      a.intensity_year ? ` (${a.intensity_year})` : ""
    }.`,
    ...report.steps.map(
      (step) =>
        `- ${esc(step.name)}: ${formatMass(step.co2e_g)} CO2e = operational ${formatMass(step.operational_g)} + embodied ${formatMass(step.embodied_g)}${
          step.sci_g_per_unit !== undefined && step.functional_unit
            ? `; ${formatMass(step.sci_g_per_unit)} per ${esc(step.functional_unit.name)} (SCI)`
            : ""
        }.`,
    ),
  );
  const notes = report.steps.flatMap((step) => [
    ...(step.notes ?? []).map((note) => `${esc(step.name)}: ${esc(note)}`),
    ...step.components.flatMap((c) =>
      (c.notes ?? []).map((note) => `${esc(step.name)} ${c.kind}: ${esc(note)}`),
    ),
  ]);
  lines.push(...notes.map((note) => `- ${note}`));
  // Reports from elsewhere (an import, an older version) may not know the cost: no line beats a false 0.
  if (report.steps.some((step) => step.overhead)) {
    const overhead = report.steps.reduce((total, step) => total + (step.overhead?.cpu_s ?? 0), 0);
    lines.push(`- Measuring cost ${overhead.toFixed(2)} CPU s.`);
  }
  lines.push("", "</details>");
  return lines.join("\n");
}

function componentRow(step: string, c: ReportComponent): string {
  const device = [c.kind.toUpperCase(), c.device, c.model].filter(Boolean).map(String).join(" ");
  const power = c.avg_power_w !== undefined ? formatPower(c.avg_power_w) : "–";
  return `| ${esc(step)} | ${esc(device)} | ${c.method} | ${esc(c.source)} | ${formatEnergy(c.energy_kwh)} | ${power} |`;
}
