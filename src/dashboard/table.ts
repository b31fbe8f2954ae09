/**
 * A step's runs as an HTML table (pure), newest first: the chart's figures for screen readers, for
 * copying, and for readers without the script. Long histories start folded.
 */
import { escapeHtml } from "./html.js";
import type { SeriesPoint, StepSeries } from "./series.js";

/** Up to this many rows the table starts open. */
export const OPEN_ROWS = 15;
const SHA = /^[0-9a-f]{7,64}$/;

function commitCell(point: SeriesPoint, repo: string | undefined): string {
  const short = escapeHtml(point.sha.slice(0, 7));
  const title = ` title="${escapeHtml(point.sha)}"`;
  if (repo && SHA.test(point.sha)) {
    return `<a href="https://github.com/${escapeHtml(repo)}/commit/${point.sha}"${title}><code>${short}</code></a>`;
  }
  return `<code${title}>${short}</code>`;
}

function note(point: SeriesPoint): string {
  const notes: string[] = [];
  if (point.failed) notes.push(`<span class="note-failed">failed: exit code ${point.exit_code}</span>`);
  if (point.not_comparable) {
    notes.push(
      `<span class="note-hardware">hardware changed: not comparable with the run before; now ${escapeHtml(point.hardware)}</span>`,
    );
  }
  return notes.join("; ");
}

function row(point: SeriesPoint, repo: string | undefined): string {
  const cells = [
    `<td>${commitCell(point, repo)}</td>`,
    `<td class="nowrap">${escapeHtml(point.text.date)}</td>`,
    `<td class="num">${escapeHtml(point.text.co2e)}</td>`,
    `<td class="num">${escapeHtml(point.text.range)}</td>`,
    `<td class="num">${escapeHtml(point.text.energy)}</td>`,
    `<td class="nowrap">${escapeHtml(point.intensity)}</td>`,
    `<td class="method">${escapeHtml(point.method)}</td>`,
    `<td class="note">${note(point)}</td>`,
  ];
  return `<tr${point.failed ? ' class="failed"' : ""}>${cells.join("")}</tr>`;
}

export function renderTable(series: StepSeries, branch: string, repo: string | undefined): string {
  const count = series.points.length;
  const rows = [...series.points].reverse().map((point) => row(point, repo));
  const caption = `${escapeHtml(series.name)} on ${escapeHtml(branch)}: ${count} run${count === 1 ? "" : "s"}, newest first`;
  const head = ["Commit", "Date", "CO2e", "Range", "Energy", "Grid intensity", "Method", "Note"]
    .map((name, index) => `<th scope="col"${index >= 2 && index <= 4 ? ' class="num"' : ""}>${name}</th>`)
    .join("");
  return `<details class="runs"${count <= OPEN_ROWS ? " open" : ""}><summary>Table: ${count} run${count === 1 ? "" : "s"}</summary>
<div class="table-wrap"><table data-series="${escapeHtml(series.id)}">
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table></div>
</details>`;
}
