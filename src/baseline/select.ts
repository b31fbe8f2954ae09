/**
 * Which earlier run a step is compared with (pure). First a run on the merge-base commit with the
 * default branch, then the latest earlier run on the same branch, else none: docs/architecture.md's embedded rule.
 * A run whose command failed, was killed or was not found is kept in the history but never chosen:
 * its energy is that of a run cut short, and every later run would look like an increase.
 */
import type { Report } from "../report/schema.js";

export interface StoredRun {
  branch: string;
  sha: string;
  report: Report;
}

export interface BaselineChoice {
  run: StoredRun;
  why: "merge-base" | "same-branch";
  /** Runs of the step in the same place (the merge-base, or the branch) after it whose command failed. */
  passedOver: number;
}

/** An unparseable time sorts oldest: NaN would lose every comparison and so keep the first run found. */
const endedAt = (run: StoredRun) => {
  const time = Date.parse(run.report.run.ended_at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};
const latest = (runs: StoredRun[]) =>
  runs.reduce<StoredRun | undefined>(
    (best, run) => (best === undefined || endedAt(run) > endedAt(best) ? run : best),
    undefined,
  );

/** The step's exit code when it ran and did not succeed; undefined for a success or an import. */
export function failedExitCode(report: Report, step: string): number | undefined {
  const code = report.steps.find((s) => s.name === step)?.exit_code;
  return code !== undefined && code !== 0 ? code : undefined;
}

export function selectBaseline(
  runs: readonly StoredRun[],
  where: { step: string; branch: string; mergeBase?: string; excludeRunId?: string },
): BaselineChoice | undefined {
  const ofStep = runs.filter(
    (run) => run.report.run.id !== where.excludeRunId && run.report.steps.some((s) => s.name === where.step),
  );
  const choose = (place: StoredRun[], why: BaselineChoice["why"]): BaselineChoice | undefined => {
    const run = latest(place.filter((r) => failedExitCode(r.report, where.step) === undefined));
    if (!run) return undefined;
    const passedOver = place.filter(
      (r) => failedExitCode(r.report, where.step) !== undefined && endedAt(r) > endedAt(run),
    ).length;
    return { run, why, passedOver };
  };
  const onMergeBase = where.mergeBase
    ? choose(
        ofStep.filter((run) => run.sha === where.mergeBase),
        "merge-base",
      )
    : undefined;
  return (
    onMergeBase ??
    choose(
      ofStep.filter((run) => run.branch === where.branch),
      "same-branch",
    )
  );
}
