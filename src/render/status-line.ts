/** The commit status line: the verdict and the change, briefly (GitHub keeps 140 characters). */
import type { Verdict, VerdictStatus } from "../budget/evaluate.js";
import type { Comparison } from "../compare/compare.js";
import { isMeasured } from "../report/not-measured.js";
import { plainText } from "./escape.js";
import { formatMass, formatPct, shortSha, signed } from "./format.js";

/**
 * The status line a reviewer sees next to the check: the verdict and the change, briefly. Step names
 * and refs come from the pull request, so the line is plain text: one line, no bidi controls that
 * could reorder what the reviewer reads, nothing invisible.
 */
export function statusLine(
  status: VerdictStatus,
  comparison: Comparison,
  verdict: Verdict | undefined,
): string {
  return plainText(verdictLine(status, comparison, verdict));
}

function verdictLine(status: VerdictStatus, comparison: Comparison, verdict: Verdict | undefined): string {
  const change = comparison.total
    ? `CO2e ${comparison.total.deltaPct !== undefined ? `${formatPct(comparison.total.deltaPct)} ` : ""}(${signed(formatMass(comparison.total.deltaG), comparison.total.deltaG)}) vs ${baseName(comparison.baseline)}`
    : "";
  const failing = verdict
    ? [...verdict.steps, ...(verdict.total ? [verdict.total] : [])]
        .filter((s) => s.status === "fail")
        .map((s) => s.scope)
    : [];
  const words: Record<VerdictStatus, string> = {
    pass: "within budget",
    warn: "warning",
    fail: `over budget: ${failing.join(", ")}`,
    "no-baseline": "nothing to compare with",
    "not-measured": "not measured: the commands ran, but their energy could not be measured",
  };
  if (status === "not-measured") return notMeasuredLine(comparison) ?? words[status];
  const base = comparison.baseline;
  if (change) return `${words[status]}; ${change}`;
  if (base && !comparison.comparable)
    return `${words[status]}; not comparable (different hardware) vs ${baseName(base)}`;
  return `${words[status]} (no baseline yet)`;
}

/** Steps measured in part (a remote source not read) are named: their figures are this machine's alone. */
function notMeasuredLine(comparison: Comparison): string | undefined {
  const part = comparison.steps.filter((s) => s.status === "not-measured" && isMeasured(s.head));
  if (part.length === 0) return undefined;
  const names = part.map((s) => s.name);
  const shown =
    names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
  return `not measured in full: the remote energy of ${shown} could not be read`;
}

/** `main@1a2b3c4`, or the ref alone when the base has no commit (a report compared offline). */
const baseName = (base: { ref?: string; sha?: string } | undefined): string =>
  `${base?.ref ?? "base"}${base?.sha ? `@${shortSha(base.sha)}` : ""}`;
