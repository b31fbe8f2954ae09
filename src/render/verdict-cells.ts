/**
 * Budget and status cells for the markdown table (pure): what the limit is, and how the step fared.
 * A unit's name is a config's word: escaped like any other text.
 */
import type { BudgetLimits, CheckStatus, ScopeVerdict, VerdictStatus } from "../budget/evaluate.js";
import { escapeMarkdown } from "./escape.js";
import { formatEnergy, formatMass, formatPct } from "./format.js";

const ICON: Record<CheckStatus, string> = {
  pass: "✅",
  warn: "⚠️",
  fail: "❌",
  skipped: "➖",
  "not-measured": "⚠️",
};

export const VERDICT_WORDS: Record<VerdictStatus, string> = {
  pass: "✅ within budget",
  warn: "⚠️ warning",
  fail: "❌ over budget",
  "no-baseline": "ℹ️ no baseline",
  "not-measured": "⚠️ not measured",
};

export function budgetCell(limits: BudgetLimits | undefined): string {
  if (!limits) return "–";
  const per = limits.perUnit ? ` per ${escapeMarkdown(limits.perUnit)}` : "";
  const parts = [
    limits.energyKwh !== undefined ? `≤ ${formatEnergy(limits.energyKwh)}${per}` : undefined,
    limits.co2eG !== undefined ? `≤ ${formatMass(limits.co2eG)}${per}` : undefined,
    limits.increasePct !== undefined ? `≤ +${limits.increasePct}%` : undefined,
  ].filter(Boolean);
  return parts.join(", ") || "–";
}

export function statusCell(verdict: ScopeVerdict | undefined): string {
  if (!verdict) return "–";
  const deciding = verdict.checks.find((c) => c.status === verdict.status);
  const noise = verdict.checks.some((c) => c.reason === "within noise") ? " (within noise)" : "";
  const reason = deciding && verdict.status !== "pass" ? ` ${deciding.reason}` : "";
  const value =
    deciding?.status === "fail" && deciding.limit === "increase" && deciding.actual !== undefined
      ? ` (${formatPct(deciding.actual)})`
      : "";
  return `${ICON[verdict.status]}${reason}${value}${noise}`;
}
