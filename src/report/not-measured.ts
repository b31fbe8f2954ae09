/** Steps that ran unmeasured (`not_measured` in the report): their zeros are placeholders, never figures. */
import type { Report, ReportStep } from "./schema.js";

export const NOT_MEASURED = "not measured";

export const isMeasured = (step: Pick<ReportStep, "not_measured">): boolean =>
  step.not_measured === undefined;

/** True when the report has steps and none of them could be measured. */
export const nothingMeasured = (report: Pick<Report, "steps">): boolean =>
  report.steps.length > 0 && !report.steps.some(isMeasured);
