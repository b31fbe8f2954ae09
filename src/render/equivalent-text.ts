/** An everyday equivalent in words, as the PR comment shows it: "≈ 3.2 km by car". */
import type { Equivalent } from "../carbon/equivalents.js";

// Two significant figures: the figures behind these rows are themselves no better than that.
const numberFormat = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 2 });

export function equivalentText(equivalent: Equivalent): string {
  const shown = numberFormat.format(equivalent.amount);
  return `≈ ${shown} ${shown === "1" ? equivalent.one : equivalent.other}`;
}
