/**
 * The dashboard page (pure: data -> HTML). One self-contained file: the data, uPlot, the page's script
 * and style are inlined and a Content-Security-Policy allows nothing else, so it works from file:// and
 * from GitHub Pages and never loads anything. Every text from a report is escaped here; the tables are
 * plain HTML, so the figures read (and copy) without the script.
 */
import { createHash } from "node:crypto";
import { formatPct } from "../render/format.js";
import { VERSION } from "../version.js";
import { CHART_LIBRARY, PAGE_SCRIPT, PAGE_STYLE } from "./assets.js";
import { escapeHtml } from "./html.js";
import type { BranchHistory, DashboardData, SeriesPoint, StepSeries } from "./series.js";
import { renderTable } from "./table.js";

/** JSON inside <script>: `<` escaped so no string in it can close the element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The newest run that did not fail, and the change from the comparable successful run before it. */
function latestLine(series: StepSeries): string {
  const ok = series.points.filter((point) => !point.failed);
  const latest = ok[ok.length - 1];
  if (!latest) return `<p class="latest">No successful run yet.</p>`;
  const before = ok[ok.length - 2];
  const change =
    before && !latest.not_comparable && before.co2e_g > 0
      ? ` (${formatPct(((latest.co2e_g - before.co2e_g) / before.co2e_g) * 100)} vs the run before)`
      : "";
  return `<p class="latest">Latest: <strong>${escapeHtml(latest.text.co2e)} CO2e</strong>${escapeHtml(change)}, ${escapeHtml(latest.text.energy)} · <code>${escapeHtml(latest.sha.slice(0, 7))}</code> · ${escapeHtml(latest.text.date)}</p>`;
}

function legend(series: StepSeries): string {
  const has = (pick: (point: SeriesPoint) => boolean) => series.points.some(pick);
  const { budget } = series;
  const items: [string, string][] = [
    ["co2e", "CO2e per run"],
    ...(has((p) => p.co2e_low_g !== undefined) ? [["band", "low – high range"] as [string, string]] : []),
    ["energy", "energy per run"],
    ...(budget.co2e_g !== undefined || budget.energy_kwh !== undefined
      ? [["budget", "budget"] as [string, string]]
      : []),
    ...(budget.co2e_warn_g !== undefined || budget.energy_warn_kwh !== undefined
      ? [["warn", "warning level"] as [string, string]]
      : []),
    ...(has((p) => p.failed)
      ? [["failed", "failed run (partial figure, off the line)"] as [string, string]]
      : []),
    ...(has((p) => p.not_comparable)
      ? [["hardware", "hardware changed: not comparable with the run before"] as [string, string]]
      : []),
  ];
  const entries = items.map(
    ([kind, words]) => `<li><span class="swatch ${kind}" aria-hidden="true"></span>${escapeHtml(words)}</li>`,
  );
  return `<ul class="legend" aria-label="Legend">${entries.join("")}</ul>`;
}

function chart(series: StepSeries, kind: "co2e" | "energy", branch: string): string {
  const what = kind === "co2e" ? "CO2e" : "Energy";
  const label = `${what} of ${series.name} on ${branch} per run, ${series.points.length} runs, oldest first; the table below has the same figures`;
  return `<figure class="chart" data-series="${escapeHtml(series.id)}" data-kind="${kind}"><figcaption>${what}</figcaption><div class="plot" role="img" aria-label="${escapeHtml(label)}"></div></figure>`;
}

function stepSection(series: StepSeries, branch: string, repo: string | undefined): string {
  const title = series.id.endsWith("-total") ? "Total, all steps" : series.name;
  return `<section class="step" id="${escapeHtml(series.id)}" aria-labelledby="${escapeHtml(series.id)}-title">
<div class="step-head"><h2 id="${escapeHtml(series.id)}-title">${escapeHtml(title)}</h2>${latestLine(series)}</div>
<div class="charts">${chart(series, "co2e", branch)}${chart(series, "energy", branch)}</div>
${legend(series)}
${renderTable(series, branch, repo)}
</section>`;
}

function branchSection(
  branch: BranchHistory,
  index: number,
  repo: string | undefined,
  shown: boolean,
): string {
  const steps = [...(branch.total ? [branch.total] : []), ...branch.steps];
  return `<section class="branch" data-branch="${index}" aria-label="Branch ${escapeHtml(branch.name)}"${shown ? "" : " hidden"}>
${steps.map((series) => stepSection(series, branch.name, repo)).join("\n")}
</section>`;
}

function branchPicker(data: DashboardData): string {
  if (data.branches.length < 2) return "";
  const options = data.branches.map(
    (branch, index) =>
      `<option value="${index}"${index === 0 ? " selected" : ""}>${escapeHtml(branch.name)} (${branch.runs} runs)</option>`,
  );
  return `<p class="branch-picker"><label for="branch-select">Branch </label><select id="branch-select">${options.join("")}</select></p>`;
}

function badgeHelp(data: DashboardData): string {
  const [owner, name] = data.repo?.split("/") ?? [];
  const base = owner && name ? `https://${owner.toLowerCase()}.github.io/${name}/` : "";
  const image = `![CO2e on ${data.tracked}](${base}badge.svg)`;
  const markdown = base ? `[${image}](${base})` : image;
  return `<details><summary>Put a badge in your README</summary>
<p>Each push writes <code>badge.svg</code> (the latest run's total) and <code>badge-STEP.svg</code> (each step) beside this page. With GitHub Pages serving the data branch:</p>
<pre><code>${escapeHtml(markdown)}</code></pre>
</details>`;
}

export function renderDashboardPage(data: DashboardData): string {
  const tracked = data.branches[0];
  const runs = data.branches.reduce((total, branch) => total + branch.runs, 0);
  const steps = tracked ? tracked.steps.length : 0;
  const meta = tracked
    ? `Branch <strong>${escapeHtml(tracked.name)}</strong> · ${tracked.runs} run${tracked.runs === 1 ? "" : "s"} · ${steps} step${steps === 1 ? "" : "s"}${data.branches.length > 1 ? ` · ${runs} runs on ${data.branches.length} branches` : ""}`
    : "No runs yet";
  const body = tracked
    ? data.branches.map((branch, index) => branchSection(branch, index, data.repo, index === 0)).join("\n")
    : `<p class="empty">No runs in the history yet. Each run of <code>carbon-budget run</code> (or each push the action measures) adds one.</p>`;
  const title = data.repo ? `Emissions history · ${data.repo}` : "Emissions history";
  const csp = [
    "default-src 'none'",
    `script-src ${hash(CHART_LIBRARY.js)} ${hash(PAGE_SCRIPT)}`,
    // uPlot positions its layers through inline styles.
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="carbon-budget ${escapeHtml(VERSION)}">
<title>${escapeHtml(title)}</title>
<style>${CHART_LIBRARY.css}</style>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>Emissions history${data.repo ? ` <span class="repo">${escapeHtml(data.repo)}</span>` : ""}</h1>
<p class="meta">${meta}</p>
${branchPicker(data)}
</header>
<main>
${body}
</main>
<footer>
${tracked ? badgeHelp(data) : ""}
<p>Generated ${escapeHtml(data.generated_at.slice(0, 16).replace("T", " "))} UTC by carbon-budget ${escapeHtml(VERSION)}. CO2e is operational (energy × PUE × grid intensity) plus embodied emissions; the band is the low..high range of each estimate. Charts: ${CHART_LIBRARY.name} (${escapeHtml(CHART_LIBRARY.license)}).</p>
</footer>
<script type="application/json" id="dashboard-data">${scriptJson(data)}</script>
<script>${CHART_LIBRARY.js}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
