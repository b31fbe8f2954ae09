/**
 * Everything a dashboard publishes, from the run history (pure): `index.html`, `badge.svg` (the
 * tracked branch's latest total) and `badge-<step>.svg` per step. The CLI writes these to a folder;
 * the action writes them to the data branch.
 */
import { renderBadge, seriesBadge } from "./badge.js";
import type { HistoryRun } from "./history.js";
import { renderDashboardPage } from "./page.js";
import { type ShapeOptions, shapeHistory } from "./series.js";

export interface DashboardFile {
  /** Relative to the page's folder. */
  path: string;
  content: string;
}

/** A file name for a step: `badge-train.svg`; names that differ only in punctuation get a number. */
export function badgeFileName(step: string, taken: Set<string>): string {
  const slug =
    step
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[-.]+|[-.]+$/g, "") || "step";
  let name = `badge-${slug}.svg`;
  for (let n = 2; taken.has(name); n++) name = `badge-${slug}-${n}.svg`;
  taken.add(name);
  return name;
}

export function dashboardFiles(runs: readonly HistoryRun[], options: ShapeOptions): DashboardFile[] {
  const data = shapeHistory(runs, options);
  const tracked = data.branches[0];
  const where = tracked?.name ?? "no branch";
  const files: DashboardFile[] = [{ path: "index.html", content: renderDashboardPage(data) }];
  // Without runs of several steps, the main badge is the first step's (the one the newest run lists first).
  const first = tracked?.steps[0];
  const main = tracked?.total
    ? seriesBadge(tracked.total, "CO2e", where)
    : seriesBadge(first, tracked && tracked.steps.length > 1 && first ? `CO2e ${first.name}` : "CO2e", where);
  files.push({ path: "badge.svg", content: renderBadge(main) });
  const taken = new Set(["badge.svg"]);
  for (const series of tracked?.steps ?? []) {
    const badge = seriesBadge(series, `CO2e ${series.name}`, where);
    files.push({ path: badgeFileName(series.name, taken), content: renderBadge(badge) });
  }
  return files;
}
