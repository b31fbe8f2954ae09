/**
 * Budgets against a run (pure): `Report + Comparison + history + Budgets -> Verdict`. Absolute limits
 * apply with or without a baseline; relative ones (`increase`) need a comparable baseline and never
 * fail on a change that is within noise. A limit the base branch already broke warns instead of
 * failing, unless the pull request makes it worse: a PR is judged on what it changes.
 *
 * A scope that depends on work that was not measured is never a pass. A step measured in part (a
 * remote source not read) has figures that are a lower bound: a limit the lower bound already breaks
 * fails, anything else is `not-measured`. A step not measured at all has no figures to judge.
 */
import type { Comparison, StepComparison } from "../compare/compare.js";
import { judgeNoise, type NoiseVerdict } from "../compare/noise.js";
import type { ReportStep } from "../report/schema.js";
import { own } from "./by-name.js";

export interface BudgetLimits {
  energyKwh?: number;
  co2eG?: number;
  increasePct?: number;
  warn?: { kind: "energy" | "mass" | "percent"; value: number };
  /** Judge the absolute limits per functional unit (the step declares its unit count). */
  perUnit?: string;
}

export interface Budgets {
  total?: BudgetLimits;
  /** By step name; build it with byName (by-name.ts), so any name, `__proto__` too, is a key. */
  steps: Record<string, BudgetLimits>;
}

/** The unit a scope's budget is per ("epoch"), for a step's name or "total"; none when it is absolute. */
export const budgetUnit = (budgets: Budgets, scope: string): string | undefined =>
  (scope === "total" ? budgets.total : own(budgets.steps, scope))?.perUnit;

/** `not-measured`: the limit depends on work that was not measured, and its figures do not break it. */
export type CheckStatus = "pass" | "warn" | "fail" | "skipped" | "not-measured";
export type VerdictStatus = "pass" | "warn" | "fail" | "no-baseline" | "not-measured";

export interface Check {
  limit: "energy" | "co2e" | "increase";
  status: CheckStatus;
  /** The limit and the value it was held against, in kWh, g or %, per unit where the budget says so. */
  limitValue: number;
  actual?: number;
  reason: string;
}

export interface ScopeVerdict {
  /** A step name, or "total". */
  scope: string;
  status: CheckStatus;
  checks: Check[];
  noise?: NoiseVerdict;
}

export interface Verdict {
  status: VerdictStatus;
  total?: ScopeVerdict;
  steps: ScopeVerdict[];
}

/** What one scope (a step, or the whole run) amounts to, on the head and on the base. */
interface Amounts {
  head: { energyKwh: number; co2eG: number; unit?: { name: string; count: number } };
  base?: { energyKwh: number; co2eG: number; unit?: { name: string; count: number } };
  /** The head's CO2e over the scopes the base also has: for the total, new steps are left out. */
  headComparedG: number;
  comparable: boolean;
  history: number[];
  /** `part`: the head's figures leave unmeasured work out (a lower bound); `whole`: it has none. */
  unmeasured?: "part" | "whole";
}

export interface EvaluateInput {
  comparison: Comparison;
  budgets: Budgets;
  /** CO2e of each step on the base branch's recent runs (same hardware), oldest first; "total" too. */
  history: Record<string, number[]>;
  minChangePct: number;
}

export function evaluateBudgets(input: EvaluateInput): Verdict {
  const { comparison, budgets, history, minChangePct } = input;
  const steps: ScopeVerdict[] = [];
  for (const step of comparison.steps) {
    const limits = own(budgets.steps, step.name);
    if (!limits) continue;
    steps.push(judgeScope(step.name, limits, stepAmounts(step, own(history, step.name) ?? []), minChangePct));
  }
  const total = budgets.total
    ? judgeScope("total", budgets.total, totalAmounts(comparison, own(history, "total") ?? []), minChangePct)
    : undefined;
  return {
    status: jobStatus(comparison, [...steps, ...(total ? [total] : [])]),
    steps,
    ...(total && { total }),
  };
}

/**
 * The job's verdict from its judged scopes (none when there are no budgets): a failure that the
 * figures prove wins; then work left unmeasured anywhere in the job, which is never a pass.
 */
export function jobStatus(comparison: Comparison, scopes: readonly ScopeVerdict[] = []): VerdictStatus {
  if (scopes.some((s) => s.status === "fail")) return "fail";
  if (scopes.some((s) => s.status === "not-measured")) return "not-measured";
  if (comparison.steps.some((s) => s.status === "not-measured")) return "not-measured";
  if (scopes.some((s) => s.status === "warn")) return "warn";
  return comparison.baseline && comparison.comparable ? "pass" : "no-baseline";
}

const unitOf = (step: Pick<ReportStep, "functional_unit">) =>
  step.functional_unit && { name: step.functional_unit.name, count: step.functional_unit.count };

function stepAmounts(step: StepComparison, history: number[]): Amounts {
  const head = { energyKwh: step.head.energy_kwh, co2eG: step.head.co2e_g, unit: unitOf(step.head) };
  const base = step.base && {
    energyKwh: step.base.energy_kwh,
    co2eG: step.base.co2e_g,
    unit: unitOf(step.base),
  };
  return {
    head,
    ...(base && { base }),
    headComparedG: head.co2eG,
    // A step measured in part keeps its base (same hardware) for the lower bound's sake.
    comparable: step.status === "compared" || (step.status === "not-measured" && base !== undefined),
    history,
    ...(step.status === "not-measured" && { unmeasured: step.head.not_measured ? "whole" : "part" }),
  };
}

function totalAmounts(comparison: Comparison, history: number[]): Amounts {
  const sum = (pick: (s: StepComparison) => number) => comparison.steps.reduce((t, s) => t + pick(s), 0);
  const head = { energyKwh: sum((s) => s.head.energy_kwh), co2eG: sum((s) => s.head.co2e_g) };
  // The base total is over the steps both runs have, so a new step is not an "increase"; a step
  // unmeasured on the head counts with what was measured of it (a lower bound), never left out.
  const withBase = comparison.steps.filter(
    (s) => s.base && (s.status === "compared" || s.status === "not-measured"),
  );
  const base = withBase.length
    ? {
        energyKwh: withBase.reduce((t, s) => t + (s.base?.energy_kwh ?? 0), 0),
        co2eG: withBase.reduce((t, s) => t + (s.base?.co2e_g ?? 0), 0),
      }
    : undefined;
  const unmeasured = comparison.steps.some((s) => s.status === "not-measured");
  return {
    head,
    ...(base && { base }),
    headComparedG: withBase.reduce((t, s) => t + s.head.co2e_g, 0),
    comparable: withBase.length > 0,
    history,
    // Steps with no figures at all add nothing but also take nothing away: the sum is still a lower bound.
    ...(unmeasured && { unmeasured: "part" as const }),
  };
}

const NOT_MEASURED_WHOLE = "the step ran but was not measured: no figures to judge";
const PART = "part of the work was not measured";

function judgeScope(
  scope: string,
  limits: BudgetLimits,
  amounts: Amounts,
  minChangePct: number,
): ScopeVerdict {
  const checks: Check[] = [];
  const perUnit = limits.perUnit;
  const perHead = perUnit ? unitCount(amounts.head.unit, perUnit) : 1;
  const perBase = perUnit ? unitCount(amounts.base?.unit, perUnit) : 1;
  const headCo2 = amounts.headComparedG;
  const lowerBound = amounts.unmeasured === "part";
  // A lower bound has no place in a spread of whole runs: no change of it is "within noise".
  const noise =
    amounts.comparable && amounts.base && !amounts.unmeasured
      ? judgeNoise(headCo2, amounts.base.co2eG, amounts.history, minChangePct)
      : undefined;

  const absolute = (
    limit: "energy" | "co2e",
    max: number | undefined,
    value: (a: { energyKwh: number; co2eG: number }) => number,
  ) => {
    if (max === undefined) return;
    if (amounts.unmeasured === "whole") {
      checks.push({ limit, status: "not-measured", limitValue: max, reason: NOT_MEASURED_WHOLE });
      return;
    }
    if (perUnit && perHead === undefined) {
      checks.push({
        limit,
        status: "warn",
        limitValue: max,
        reason: `the step declares no "${perUnit}" count, so the per-${perUnit} budget cannot be judged`,
      });
      return;
    }
    const actual = value(amounts.head) / (perHead ?? 1);
    const warnAt =
      limits.warn && limits.warn.kind === (limit === "energy" ? "energy" : "mass")
        ? limits.warn.value
        : undefined;
    if (actual > max) {
      const base =
        amounts.comparable && amounts.base && perBase !== undefined
          ? value(amounts.base) / perBase
          : undefined;
      const baseOver = base !== undefined && base > max;
      // With a lower bound, "not worse than the base" cannot be told: the rest might make it worse.
      if (lowerBound && baseOver) {
        checks.push({
          limit,
          status: "not-measured",
          limitValue: max,
          actual,
          reason: `over budget, as the base branch already was; ${PART}, so whether this change makes it worse cannot be told`,
        });
        return;
      }
      const notWorse = baseOver && (actual <= (base ?? 0) || noise?.within === true);
      checks.push({
        limit,
        status: notWorse ? "warn" : "fail",
        limitValue: max,
        actual,
        reason: notWorse
          ? "over budget, as the base branch already was; this change does not make it worse"
          : lowerBound
            ? `over budget by the measured part alone (${PART})`
            : "over budget",
      });
    } else if (lowerBound) {
      checks.push({
        limit,
        status: "not-measured",
        limitValue: max,
        actual,
        reason: `${PART}; what was measured is ${warnAt !== undefined && actual > warnAt ? "above the warning level" : "within budget"}`,
      });
    } else if (warnAt !== undefined && actual > warnAt) {
      checks.push({ limit, status: "warn", limitValue: max, actual, reason: "above the warning level" });
    } else {
      checks.push({ limit, status: "pass", limitValue: max, actual, reason: "within budget" });
    }
  };
  absolute("energy", limits.energyKwh, (a) => a.energyKwh);
  absolute("co2e", limits.co2eG, (a) => a.co2eG);

  if (limits.increasePct !== undefined) {
    checks.push(relativeCheck(limits, amounts, headCo2, noise));
  }
  return { scope, status: worst(checks), checks, ...(noise && { noise }) };
}

function relativeCheck(
  limits: BudgetLimits,
  amounts: Amounts,
  headCo2: number,
  noise: NoiseVerdict | undefined,
): Check {
  const limitValue = limits.increasePct ?? 0;
  if (amounts.unmeasured === "whole")
    return { limit: "increase", status: "not-measured", limitValue, reason: NOT_MEASURED_WHOLE };
  if (!amounts.base) return { limit: "increase", status: "skipped", limitValue, reason: "no baseline" };
  if (!amounts.comparable)
    return {
      limit: "increase",
      status: "skipped",
      limitValue,
      reason: "not comparable (different hardware)",
    };
  if (amounts.base.co2eG <= 0)
    return { limit: "increase", status: "skipped", limitValue, reason: "the baseline is zero" };
  const actual = ((headCo2 - amounts.base.co2eG) / amounts.base.co2eG) * 100;
  if (amounts.unmeasured === "part") {
    return actual > limitValue
      ? {
          limit: "increase",
          status: "fail",
          limitValue,
          actual,
          reason: `increase over budget by the measured part alone (${PART})`,
        }
      : {
          limit: "increase",
          status: "not-measured",
          limitValue,
          actual,
          reason: `${PART}, so the increase cannot be told`,
        };
  }
  if (noise?.within) return { limit: "increase", status: "pass", limitValue, actual, reason: "within noise" };
  if (actual > limitValue)
    return { limit: "increase", status: "fail", limitValue, actual, reason: "increase over budget" };
  const warnAt = limits.warn?.kind === "percent" ? limits.warn.value : undefined;
  if (warnAt !== undefined && actual > warnAt) {
    return {
      limit: "increase",
      status: "warn",
      limitValue,
      actual,
      reason: "increase above the warning level",
    };
  }
  return { limit: "increase", status: "pass", limitValue, actual, reason: "within budget" };
}

function unitCount(unit: { name: string; count: number } | undefined, wanted: string): number | undefined {
  return unit && unit.name === wanted && unit.count > 0 ? unit.count : undefined;
}

/** Unmeasured work outranks a warning: it may hide a failure. */
const RANK: Record<CheckStatus, number> = { skipped: 0, pass: 1, warn: 2, "not-measured": 3, fail: 4 };

function worst(checks: Check[]): CheckStatus {
  return checks.reduce<CheckStatus>(
    (w, c) => (RANK[c.status] > RANK[w] ? c.status : w),
    checks.length ? "skipped" : "pass",
  );
}
