/**
 * Steps that ran unmeasured, wholly (`not_measured`: their zeros are placeholders, never figures) or in
 * part (a remote source in `remote` that could not be read: their figures are a lower bound, this
 * machine's share alone or one source of two).
 */
import type { Report, ReportStep } from "./schema.js";

export const NOT_MEASURED = "not measured";

export const isMeasured = (step: Pick<ReportStep, "not_measured">): boolean =>
  step.not_measured === undefined;

/** True when the report has steps and none of them could be measured. */
export const nothingMeasured = (report: Pick<Report, "steps">): boolean =>
  report.steps.length > 0 && !report.steps.some(isMeasured);

/** The remote sources of a measured step that could not be read: its figures leave their work out. */
export const unmeasuredRemote = (step: Pick<ReportStep, "remote">) =>
  (step.remote ?? []).filter((record) => record.status === "not-measured");

/** Measured, with every remote source read: the step's figures are whole, fit to compare and judge. */
export const isFullyMeasured = (step: Pick<ReportStep, "not_measured" | "remote">): boolean =>
  isMeasured(step) && unmeasuredRemote(step).length === 0;

const SOURCE_NAMES = { prometheus: "Prometheus", slurm: "Slurm" } as const;

/**
 * Why a step is not (wholly) measured, one sentence per cause, in plain text for a renderer to escape;
 * empty for a step measured whole.
 */
export function notMeasuredReasons(step: Pick<ReportStep, "not_measured" | "remote">): string[] {
  if (step.not_measured) return [step.not_measured.reason];
  return unmeasuredRemote(step).map(
    (record) =>
      `remote energy (${SOURCE_NAMES[record.source]}${record.target ? ` ${record.target}` : ""}) ${NOT_MEASURED}: ${record.reason ?? "no reason given"}; the figures leave that work out`,
  );
}
