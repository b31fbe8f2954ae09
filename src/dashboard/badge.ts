/**
 * README badges (pure: figures -> SVG), in the flat look shields.io made familiar: a grey label, a
 * coloured value, 20 px high. Text widths are estimated per character and pinned with `textLength`, so
 * any fallback font fits the box. `<title>` and `aria-label` say the whole thing for screen readers.
 */
import { formatEnergy, formatMass } from "../render/format.js";
import { escapeHtml } from "./html.js";
import type { StepSeries } from "./series.js";

export const BADGE_COLORS = {
  pass: "#2e7d32",
  warn: "#9a6700",
  fail: "#c62828",
  info: "#0a66c2",
  none: "#656d76",
} as const;

export type BadgeTone = keyof typeof BADGE_COLORS;

export interface BadgeSpec {
  label: string;
  message: string;
  tone: BadgeTone;
  /** The full sentence: what, where, when, against which budget. */
  title: string;
}

/** Verdana 11px advance widths, rounded: narrow letters, wide letters, and the rest by case. */
const NARROW = new Set([..."fijlrt.,:;'|!()[] "]);
const WIDE = new Set([..."mwMW%"]);
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (NARROW.has(char)) width += 4.2;
    else if (WIDE.has(char)) width += 10.5;
    else if (/[A-Z]/.test(char)) width += 7.6;
    else if (/[0-9]/.test(char)) width += 7;
    else width += 6.6;
  }
  return Math.ceil(width);
}

const PAD = 6;

export function renderBadge(spec: BadgeSpec): string {
  const labelText = textWidth(spec.label);
  const messageText = textWidth(spec.message);
  const labelWidth = labelText + 2 * PAD;
  const messageWidth = messageText + 2 * PAD;
  const width = labelWidth + messageWidth;
  const color = BADGE_COLORS[spec.tone];
  // Drawn at 10x and scaled down, as shields does: text positions keep a tenth of a pixel.
  const text = (value: string, centre: number, length: number) => {
    const x = centre * 10;
    const safe = escapeHtml(value);
    return `<text aria-hidden="true" x="${x}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${length * 10}">${safe}</text><text x="${x}" y="140" transform="scale(.1)" fill="#fff" textLength="${length * 10}">${safe}</text>`;
  };
  const aria = escapeHtml(`${spec.label}: ${spec.message}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${aria}"><title>${escapeHtml(spec.title)}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">${text(spec.label, labelWidth / 2, labelText)}${text(spec.message, labelWidth + messageWidth / 2, messageText)}</g></svg>
`;
}

/**
 * The badge of one series: its newest run that did not fail (a failed run's figure is partial),
 * coloured by the budget: over it red, over its warning level amber, within it green, none set blue.
 */
export function seriesBadge(series: StepSeries | undefined, label: string, where: string): BadgeSpec {
  const latest = series?.points.filter((point) => !point.failed).at(-1);
  if (!series || !latest) {
    return { label, message: "no runs", tone: "none", title: `${label} on ${where}: no successful run yet` };
  }
  const { budget } = series;
  const over = (value: number, limit: number | undefined) => limit !== undefined && value > limit;
  const fail = over(latest.co2e_g, budget.co2e_g) || over(latest.energy_kwh, budget.energy_kwh);
  const warn = over(latest.co2e_g, budget.co2e_warn_g) || over(latest.energy_kwh, budget.energy_warn_kwh);
  const limits = [
    budget.co2e_g !== undefined ? `budget ${formatMass(budget.co2e_g)}` : "",
    budget.energy_kwh !== undefined ? `budget ${formatEnergy(budget.energy_kwh)}` : "",
  ].filter(Boolean);
  const tone: BadgeTone = fail ? "fail" : warn ? "warn" : limits.length > 0 ? "pass" : "info";
  const judged =
    limits.length > 0 ? `; ${limits.join(", ")}${fail ? ": over" : warn ? ": near" : ": within"}` : "";
  return {
    label,
    message: latest.text.co2e,
    tone,
    title: `${label} on ${where}: ${latest.text.co2e} (${latest.text.energy}) at ${latest.sha.slice(0, 7)}, ${latest.text.date}${judged}`,
  };
}
