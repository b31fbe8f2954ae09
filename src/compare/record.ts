/**
 * A comparison as the report JSON keeps it (`comparison`, pure): the run compared with, the deltas, the
 * verdict and each budget judged, so a script reads what the terminal says. The budgets' verdict is
 * taken by its shape (budget/evaluate.ts builds it), as that layer sits above this one.
 */
import type { Report, ReportComparison } from "../report/schema.js";
import type { BaselineRef, Comparison } from "./compare.js";

type Status = ReportComparison["verdict"];
type Baseline = NonNullable<ReportComparison["baseline"]>;

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
  /** The baseline's own run record, where it was read whole (the CLI's history); else its reference says. */
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
    ...(ref && { baseline: baselineRecord(ref, baseRun) }),
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

/** The run compared with: from its own record where it was read whole, else from its reference. */
function baselineRecord(ref: BaselineRef, run: Report["run"] | undefined): Baseline {
  const refName = run?.ref ?? ref.ref;
  const sha = run?.sha ?? ref.sha;
  const startedAt = run?.started_at ?? ref.startedAt;
  return {
    run_id: run?.id ?? ref.runId,
    ...(refName !== undefined && { ref: refName }),
    ...(sha !== undefined && { sha }),
    ...(startedAt !== undefined && { started_at: startedAt }),
    ended_at: run?.ended_at ?? ref.endedAt,
    chosen_as: ref.label,
    ...(ref.passedOver && { failed_runs_passed_over: ref.passedOver }),
  };
}
