/**
 * History -> the dashboard's series (pure): per branch, per step, one point per run in time order,
 * with the display text the tooltip and the table share, the budget lines, failed runs flagged and a
 * change of hardware marked as "not comparable" with the run before.
 */
import type { BudgetLimits, Budgets } from "../budget/evaluate.js";
import { formatEnergy, formatMass } from "../render/format.js";
import type { HistoryRun, HistoryStep } from "./history.js";

/** Horizontal lines on the charts: absolute limits only (a per-unit or relative limit has no line). */
export interface BudgetLines {
  co2e_g?: number;
  co2e_warn_g?: number;
  energy_kwh?: number;
  energy_warn_kwh?: number;
}

export interface SeriesPoint {
  sha: string;
  run_id: string;
  ended_at: string;
  co2e_g: number;
  /** Absent for a run known from the data branch's index alone. */
  co2e_low_g?: number;
  co2e_high_g?: number;
  energy_kwh: number;
  exit_code?: number;
  /** The command exited non-zero: a partial figure, drawn apart from the trend. */
  failed: boolean;
  /** Measured on other hardware than the run before it. */
  not_comparable: boolean;
  method: string;
  hardware: string;
  intensity: string;
  /** Formatted once, so the tooltip and the table say the same. */
  text: { co2e: string; range: string; energy: string; date: string };
}

export interface StepSeries {
  /** Unique in the page, safe as an HTML id. */
  id: string;
  name: string;
  budget: BudgetLines;
  points: SeriesPoint[];
}

export interface BranchHistory {
  name: string;
  runs: number;
  /** All steps together, over the runs that measured more than one step. */
  total?: StepSeries;
  steps: StepSeries[];
}

export interface DashboardData {
  title: string;
  /** `owner/name`, when the runs named one. */
  repo?: string;
  /** The branch shown first and measured by the badges. */
  tracked: string;
  generated_at: string;
  branches: BranchHistory[];
}

export interface ShapeOptions {
  budgets?: Budgets;
  /** The repository's default branch, when known: tracked if it has runs. */
  defaultBranch?: string;
  generatedAt: Date;
}

export const TOTAL_NAME = "all steps";
const USUAL_DEFAULTS = ["main", "master", "trunk", "develop"];
const REPO_NAME = /^[\w.-]+\/[\w.-]+$/;

const time = (run: HistoryRun) => {
  const value = Date.parse(run.ended_at);
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
};
const byTime = (a: HistoryRun, b: HistoryRun) =>
  time(a) - time(b) || (a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : 0);

/** "2025-03-01 11:00 UTC": the same for every reader, wherever the page is opened. */
export function formatDate(iso: string): string {
  const value = Date.parse(iso);
  if (Number.isNaN(value)) return iso;
  return `${new Date(value).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function budgetLines(limits: BudgetLimits | undefined): BudgetLines {
  if (!limits || limits.perUnit !== undefined) return {};
  const warn = limits.warn;
  return {
    ...(limits.co2eG !== undefined && { co2e_g: limits.co2eG }),
    ...(warn?.kind === "mass" && { co2e_warn_g: warn.value }),
    ...(limits.energyKwh !== undefined && { energy_kwh: limits.energyKwh }),
    ...(warn?.kind === "energy" && { energy_warn_kwh: warn.value }),
  };
}

function point(run: HistoryRun, step: HistoryStep, notComparable: boolean): SeriesPoint {
  const failed = step.exit_code !== undefined && step.exit_code !== 0;
  const hasRange = step.co2e_low_g !== undefined && step.co2e_high_g !== undefined;
  return {
    sha: run.sha,
    run_id: run.run_id,
    ended_at: run.ended_at,
    co2e_g: step.co2e_g,
    ...(hasRange && { co2e_low_g: step.co2e_low_g, co2e_high_g: step.co2e_high_g }),
    energy_kwh: step.energy_kwh,
    ...(step.exit_code !== undefined && { exit_code: step.exit_code }),
    failed,
    not_comparable: notComparable,
    method: step.method ?? "not recorded (index entry only)",
    hardware: run.hardware ?? run.fingerprint,
    intensity: run.intensity ?? "not recorded",
    text: {
      co2e: formatMass(step.co2e_g),
      range: hasRange
        ? `${formatMass(step.co2e_low_g ?? 0)} – ${formatMass(step.co2e_high_g ?? 0)}`
        : "not recorded",
      energy: formatEnergy(step.energy_kwh),
      date: formatDate(run.ended_at),
    },
  };
}

function series(
  id: string,
  name: string,
  runs: readonly HistoryRun[],
  pick: (run: HistoryRun) => HistoryStep | undefined,
  budget: BudgetLines,
): StepSeries {
  const points: SeriesPoint[] = [];
  let fingerprint: string | undefined;
  for (const run of runs) {
    const step = pick(run);
    if (!step) continue;
    points.push(point(run, step, fingerprint !== undefined && fingerprint !== run.fingerprint));
    fingerprint = run.fingerprint;
  }
  return { id, name, budget, points };
}

function totalStep(run: HistoryRun): HistoryStep {
  const failed = run.steps.find((step) => step.exit_code !== undefined && step.exit_code !== 0);
  const methods = [...new Set(run.steps.map((step) => step.method).filter(Boolean))];
  return {
    name: TOTAL_NAME,
    ...run.totals,
    ...(failed?.exit_code !== undefined && { exit_code: failed.exit_code }),
    ...(methods.length > 0 && { method: methods.join("; ") }),
  };
}

/** Newest run first, each step in the order that run lists it; steps it lacks follow in older runs' order. */
function stepNames(runs: readonly HistoryRun[]): string[] {
  const names: string[] = [];
  for (const run of [...runs].reverse()) {
    for (const step of run.steps) if (!names.includes(step.name)) names.push(step.name);
  }
  return names;
}

function chooseTracked(counts: Map<string, number>, defaultBranch: string | undefined): string {
  for (const name of [defaultBranch, ...USUAL_DEFAULTS]) if (name && counts.has(name)) return name;
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
}

export function shapeHistory(runs: readonly HistoryRun[], options: ShapeOptions): DashboardData {
  const byBranch = new Map<string, HistoryRun[]>();
  for (const run of runs) byBranch.set(run.branch, [...(byBranch.get(run.branch) ?? []), run]);
  const counts = new Map([...byBranch].map(([name, list]) => [name, list.length]));
  const tracked = chooseTracked(counts, options.defaultBranch);
  const latest = (list: HistoryRun[]) => Math.max(...list.map(time));
  const order = [...byBranch.keys()].sort((a, b) =>
    a === tracked ? -1 : b === tracked ? 1 : latest(byBranch.get(b) ?? []) - latest(byBranch.get(a) ?? []),
  );
  const budgets = options.budgets;
  const branches = order.map((name, b): BranchHistory => {
    const list = [...(byBranch.get(name) ?? [])].sort(byTime);
    const names = stepNames(list);
    // A total means something for runs that measured several steps together (the action's job
    // reports); the local history keeps a run per step, whose totals would alternate between steps.
    const together = list.filter((run) => run.steps.length > 1);
    return {
      name,
      runs: list.length,
      ...(together.length > 0 && {
        total: series(`b${b}-total`, TOTAL_NAME, together, totalStep, budgetLines(budgets?.total)),
      }),
      steps: names.map((step, s) =>
        series(
          `b${b}-s${s}`,
          step,
          list,
          (run) => run.steps.find((candidate) => candidate.name === step),
          budgetLines(budgets?.steps[step]),
        ),
      ),
    };
  });
  const repos = [...new Set(runs.map((run) => run.repo).filter((repo) => repo && REPO_NAME.test(repo)))];
  const repo = repos.length === 1 ? repos[0] : undefined;
  return {
    title: repo ?? "carbon-budget",
    ...(repo && { repo }),
    tracked,
    generated_at: options.generatedAt.toISOString(),
    branches,
  };
}
