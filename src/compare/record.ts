/**
 * A comparison as the report JSON keeps it (`comparison`, pure): the run compared with, the deltas, the
 * verdict and each budget judged, so a script reads what the terminal says. The budgets' verdict is
 * taken by its shape (budget/evaluate.ts builds it), as that layer sits above this one.
 */
import type { Report, ReportComparison } from "../report/schema.js";
import type { Comparison } from "./compare.js";

type Status = ReportComparison["verdict"];

/** What the budgets decided, as budget/evaluate.ts's Verdict has it. */
export interface JudgedBudgets {
  status: Status;
  steps: readonly JudgedScope[];
  total?: JudgedScope;
}

interface JudgedScope {
  scope: string;
  checks: readonly {
    limit: "energy" | "co2e" | "increase";
    status: "pass" | "warn" | "fail" | "skipped" | "not-measured";
    limitValue: number;
    actual?: number;
    reason: string;
  }[];
}

export interface RecordInput {
  comparison: Comparison;
  /** The baseline's own run record; absent when there was no baseline. */
  baseRun?: Report["run"];
  /** The job's verdict, as budget/evaluate.ts gives it (`jobStatus`, or the judged budgets' status). */
  verdict: Status;
  judged?: { verdict: JudgedBudgets; perUnit: (scope: string) => string | undefined };
}

export function comparisonRecord(input: RecordInput): ReportComparison {
  const { comparison, baseRun, judged } = input;
  const ref = comparison.baseline;
  const { verdict } = input;
  const scopes = judged
    ? [...judged.verdict.steps, ...(judged.verdict.total ? [judged.verdict.total] : [])]
    : [];
  return {
    ...(ref &&
      baseRun && {
        baseline: {
          run_id: baseRun.id,
          ...(baseRun.ref !== undefined && { ref: baseRun.ref }),
          ...(baseRun.sha !== undefined && { sha: baseRun.sha }),
          started_at: baseRun.started_at,
          ended_at: baseRun.ended_at,
          chosen_as: ref.label,
          ...(ref.passedOver && { failed_runs_passed_over: ref.passedOver }),
        },
      }),
    comparable: Boolean(ref) && comparison.comparable,
    ...(comparison.total && {
      ...(comparison.total.deltaPct !== undefined && { delta_pct: comparison.total.deltaPct }),
      delta_g: comparison.total.deltaG,
      delta_kwh: comparison.total.deltaKwh,
    }),
    verdict,
    steps: comparison.steps.map((step) => ({
      name: step.name,
      status: step.status,
      ...(step.deltaPct !== undefined && { delta_pct: step.deltaPct }),
      ...(step.deltaG !== undefined && { delta_g: step.deltaG }),
      ...(step.deltaKwh !== undefined && { delta_kwh: step.deltaKwh }),
    })),
    ...(judged && {
      budgets: scopes.flatMap((scope) => {
        const perUnit = judged.perUnit(scope.scope);
        return scope.checks.map((check) => ({
          scope: scope.scope,
          limit: check.limit,
          status: check.status,
          limit_value: check.limitValue,
          ...(check.actual !== undefined && { actual: check.actual }),
          ...(perUnit !== undefined && check.limit !== "increase" && { per_unit: perUnit }),
          reason: check.reason,
        }));
      }),
    }),
  };
}
