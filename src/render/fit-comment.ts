/**
 * The report as a PR comment (or job summary) that always fits its size limit (pure). What gives way,
 * in order: the hidden report block, the methods and assumptions, the trend chart, and then the step
 * table, cut to the steps that matter most (failing, warning, failed command, most changed, largest)
 * with one line for the rest. The headline and verdict always stay.
 */
import type { ScopeVerdict } from "../budget/evaluate.js";
import type { Comparison, StepComparison } from "../compare/compare.js";
import { embedReport } from "../render/embedded-report.js";
import type { Report } from "../report/schema.js";
import { type MarkdownExtras, renderMarkdown } from "./markdown.js";

/** GitHub refuses a comment over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub takes a step's job summary up to 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for what is added after fitting: the comment's marker and a waiver notice. */
export const COMMENT_MARGIN = 2_000;

export interface CommentParts {
  report: Report;
  comparison: Comparison;
  extras: MarkdownExtras;
}

export interface FitOptions {
  /** The largest size allowed, as `measure` counts. */
  limit: number;
  /**
   * Size of a text: UTF-16 units by default, never fewer than the code points GitHub counts; bytes
   * for the job summary.
   */
  measure?: (text: string) => number;
  /** Carry the report in a hidden block, for `/carbon-budget recheck`. */
  embed?: boolean;
  /** Where the steps left out of the table can be read. */
  restIn?: string;
}

const CHECK_RANK: Record<string, number> = { fail: 0, warn: 1 };

/** The steps in the order they matter to a reviewer: most important first. */
export function rankSteps(comparison: Comparison, verdicts: readonly ScopeVerdict[] = []): StepComparison[] {
  const statusOf = new Map(verdicts.map((v) => [v.scope, v.status]));
  const rank = (step: StepComparison) => CHECK_RANK[statusOf.get(step.name) ?? ""] ?? 2;
  const failed = (step: StepComparison) => (step.head.exit_code ? 0 : 1);
  // A new step changes the run by all of its CO2e.
  const change = (step: StepComparison) => Math.abs(step.deltaG ?? step.head.co2e_g);
  return comparison.steps
    .map((step, at) => ({ step, at }))
    .sort(
      (a, b) =>
        rank(a.step) - rank(b.step) ||
        failed(a.step) - failed(b.step) ||
        change(b.step) - change(a.step) ||
        b.step.head.co2e_g - a.step.head.co2e_g ||
        a.at - b.at,
    )
    .map(({ step }) => step);
}

export function fitComment(parts: CommentParts, options: FitOptions): string {
  const measure = options.measure ?? ((text: string) => text.length);
  const fits = (text: string) => measure(text) <= options.limit;
  const { report, comparison, extras } = parts;
  const full = renderMarkdown(report, comparison, extras);
  if (options.embed) {
    const withBlock = `${full}\n\n${embedReport(report)}`;
    if (fits(withBlock)) return withBlock;
  }
  if (fits(full)) return full;

  const lean: MarkdownExtras = { ...extras, methods: false };
  const restIn = options.restIn ?? "the job summary";
  const withoutMethods = renderMarkdown(report, comparison, {
    ...lean,
    notices: [...(extras.notices ?? []), `Methods and assumptions: see ${restIn}.`],
  });
  if (fits(withoutMethods)) return withoutMethods;
  const { trend: _trend, ...plain } = lean;
  const withoutChart = renderMarkdown(report, comparison, {
    ...plain,
    notices: [...(extras.notices ?? []), `Methods, assumptions and the trend chart: see ${restIn}.`],
  });
  if (fits(withoutChart)) return withoutChart;

  const ranked = rankSteps(comparison, extras.verdict?.steps);
  const withSteps = (count: number) => {
    const shown = ranked.slice(0, count);
    const rest = comparison.steps.length - shown.length;
    const names = new Set(shown.map((step) => step.name));
    // Only the shown steps' verdicts: each row looks its own up, and thousands of them add up.
    const verdict = extras.verdict && {
      ...extras.verdict,
      steps: extras.verdict.steps.filter((v) => names.has(v.scope)),
    };
    return renderMarkdown(
      report,
      { ...comparison, steps: shown },
      {
        ...plain,
        ...(verdict && { verdict }),
        notices: [
          `… and ${rest} more step${rest === 1 ? "" : "s"}: see ${restIn} (the table shows those that matter most: over budget, warned, failed, most changed).`,
          ...(extras.notices ?? []),
        ],
      },
    );
  };
  // The most rows that fit: fitting is monotone in the number of rows.
  let low = 0;
  let high = ranked.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(withSteps(mid))) low = mid;
    else high = mid - 1;
  }
  const collapsed = withSteps(low);
  if (fits(collapsed)) return collapsed;
  // Only notices too long to show are left: the headline and verdict come first, so cut from the end.
  return cut(collapsed, options.limit, measure, restIn);
}

function cut(text: string, limit: number, measure: (text: string) => number, restIn: string): string {
  const tail = `\n\n_Cut to fit GitHub's size limit: see ${restIn}._`;
  let end = Math.min(text.length, limit);
  while (end > 0 && measure(text.slice(0, end) + tail) > limit) end = Math.floor(end * 0.9);
  // Never end inside a surrogate pair.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1] ?? "")) end--;
  return text.slice(0, end) + tail;
}
