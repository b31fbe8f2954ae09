/**
 * The report as markdown: the same pure renderer serves `--markdown FILE`, the job summary and the PR
 * comment, so what a user sees locally is what reviewers will see.
 */
import type { Budgets, ScopeVerdict, Verdict } from "../budget/evaluate.js";
import type { Comparison, StepComparison } from "../compare/compare.js";
import {
  isFullyMeasured,
  isMeasured,
  NOT_MEASURED,
  nothingMeasured,
  notMeasuredReasons,
} from "../report/not-measured.js";
import type { Report, ReportStep } from "../report/schema.js";
import { escapeMarkdown as esc } from "./escape.js";
import {
  formatDuration,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatMassRange,
  formatPct,
  shortSha,
  signed,
} from "./format.js";
import { componentNotes, methodsTable } from "./methods-table.js";
import { type TrendPoint, trendChart } from "./trend-chart.js";
import { budgetCell, statusCell, VERDICT_WORDS } from "./verdict-cells.js";
import { whatIfText } from "./what-if-line.js";

/** What the PR comment and job summary add to the plain report; every part optional. */
export interface MarkdownExtras {
  verdict?: Verdict;
  budgets?: Budgets;
  /** Lines said under the table: a config change that takes effect after merge, a waiver, ... */
  notices?: string[];
  trend?: { title: string; points: TrendPoint[] };
  /** "≈ 3.2 km by car" and the like, already worded. */
  equivalents?: string[];
  /** The dashboard's address (GitHub Pages), once the data branch has the page. */
  dashboard?: string;
  /** `false` leaves out the methods and assumptions (a comment at GitHub's size limit). */
  methods?: false;
}

export function renderMarkdown(report: Report, comparison: Comparison, extras: MarkdownExtras = {}): string {
  const { verdict, budgets } = extras;
  const judged = verdict !== undefined && budgets !== undefined;
  // With nothing measured, the totals are placeholders: no chart point or equivalent is made of them.
  const none = nothingMeasured(report);
  const chart = !none && extras.trend && trendChart(extras.trend.points, extras.trend.title);
  // Of the steps in the table: a comment cut to fit shows only those it has room for.
  const unmeasured = comparison.steps.map((step) => step.head).filter((step) => !isFullyMeasured(step));
  const greener = report.what_if?.[0];
  return [
    headline(report, comparison, verdict),
    ...(extras.equivalents?.length && !none
      ? ["", `<sub>${extras.equivalents.map(esc).join(" · ")}</sub>`]
      : []),
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
    ...(unmeasured.length ? ["", ...unmeasured.flatMap(whyNotMeasured)] : []),
    ...(extras.notices?.length ? ["", ...extras.notices.map((n) => `> ${n}`)] : []),
    ...(greener && !none ? ["", `🌱 Greener: ${whatIfText(greener, esc(greener.location))}.`] : []),
    ...(chart ? ["", chart] : []),
    ...(extras.dashboard
      ? ["", `📈 [Dashboard: every run of the branch, and badges](${extras.dashboard})`]
      : []),
    ...(extras.methods === false ? [] : ["", methods(report)]),
  ].join("\n");
}

const find = (verdict: Verdict, scope: string): ScopeVerdict | undefined =>
  verdict.steps.find((s) => s.scope === scope);

function totalRow(report: Report, comparison: Comparison, budgets: Budgets, total: ScopeVerdict): string {
  const t = report.totals;
  if (nothingMeasured(report))
    return `| **Total** | ${formatDuration(t.duration_s)} | ${NOT_MEASURED} | ${NOT_MEASURED} | – | ${budgetCell(budgets.total)} | – |`;
  const range = formatMassRange(t.co2e_g, t.co2e_low_g, t.co2e_high_g);
  const delta = comparison.total;
  const changeText = delta
    ? `${delta.deltaPct !== undefined ? `${formatPct(delta.deltaPct)} ` : ""}(${signed(formatMass(delta.deltaG), delta.deltaG)})`
    : "–";
  return `| **Total** | ${formatDuration(t.duration_s)} | ${formatEnergy(t.energy_kwh)} | ${range} | ${changeText} | ${budgetCell(budgets.total)} | ${statusCell(total)} |`;
}

function headline(report: Report, comparison: Comparison, verdict?: Verdict): string {
  // Budgets judged placeholders would read as a pass: the headline says what happened instead.
  if (nothingMeasured(report))
    return `### carbon-budget ⚠️ ${NOT_MEASURED}: the commands ran, but their energy could not be measured`;
  const title = verdict ? `carbon-budget ${VERDICT_WORDS[verdict.status]}` : "carbon-budget";
  return plainHeadline(report, comparison).replace(/^### carbon-budget/, `### ${title}`);
}

function plainHeadline(report: Report, comparison: Comparison): string {
  const unmeasured = report.steps.filter((step) => !isMeasured(step)).length;
  const total = `**${formatMass(report.totals.co2e_g)} CO2e**, ${formatEnergy(report.totals.energy_kwh)}${
    unmeasured ? ` (${unmeasured} of ${report.steps.length} steps ${NOT_MEASURED})` : ""
  }`;
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
  if (!isMeasured(h))
    return `| ${esc(h.name)}${exitNote(h.exit_code)} | ${formatDuration(h.duration_s)} | ${NOT_MEASURED} | ${NOT_MEASURED} | – |`;
  const range = formatMassRange(h.co2e_g, h.co2e_low_g, h.co2e_high_g);
  return `| ${esc(h.name)}${exitNote(h.exit_code)} | ${formatDuration(h.duration_s)} | ${formatEnergy(h.energy_kwh)} | ${range} | ${change(step)} |`;
}

const exitNote = (code: number | undefined) => (code ? ` (exit ${code})` : "");

const whyNotMeasured = (step: ReportStep) =>
  isMeasured(step)
    ? notMeasuredReasons(step).map((why) => `> ⚠️ **${esc(step.name)}**: ${esc(why)}`)
    : [`> ⚠️ **${esc(step.name)}** ran but was ${NOT_MEASURED}: ${esc(step.not_measured?.reason ?? "")}`];

function change(step: StepComparison): string {
  if (step.status === "not-measured") return "–";
  if (step.status === "new") return "new";
  if (step.status === "not-comparable") return "not comparable (hardware)";
  if (step.deltaG === undefined) return "–";
  const pct = step.deltaPct !== undefined ? `${formatPct(step.deltaPct)} ` : "";
  return `${pct}(${signed(formatMass(step.deltaG), step.deltaG)})`;
}

function methods(report: Report): string {
  const a = report.assumptions;
  const table = methodsTable(report);
  const lines = [
    "<details><summary>Methods and assumptions</summary>",
    "",
    // Steps that ran unmeasured have no components: no table is better than an empty one.
    ...(table.length ? [...table, ""] : []),
  ];
  lines.push(
    `- PUE ${a.pue}; grid intensity ${formatIntensity(a.intensity_g_per_kwh)} gCO2e/kWh from ${esc(a.intensity_source)}${
      a.intensity_year ? ` (${a.intensity_year})` : ""
    }.`,
    ...report.steps.map((step) =>
      !isMeasured(step)
        ? `- ${esc(step.name)}: ${NOT_MEASURED}.`
        : `- ${esc(step.name)}: ${formatMass(step.co2e_g)} CO2e = operational ${formatMass(step.operational_g)} + embodied ${formatMass(step.embodied_g)}${
            step.sci_g_per_unit !== undefined && step.functional_unit
              ? `; ${formatMass(step.sci_g_per_unit)} per ${esc(step.functional_unit.name)} (SCI)`
              : ""
          }.`,
    ),
  );
  const notes = report.steps.flatMap((step) => [
    ...(step.notes ?? []).map((note) => `${esc(step.name)}: ${esc(note)}`),
    ...componentNotes(step),
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
