/** "Did you mean": the known option or command nearest to a misspelt one, when it is close enough to be a typo. */
import { editDistance } from "../text/nearest.js";

/** The known option nearest to a misspelt one (`--stpe`: `--step`, `--gpu_count`: `--gpu-count`). */
export function nearestOption(given: string, options: Record<string, unknown>): string | undefined {
  const name = given.replace(/^-+/, "").replace(/_/g, "-").toLowerCase();
  if (name === "") return undefined;
  let best: { flag: string; distance: number } | undefined;
  for (const known of Object.keys(options)) {
    const distance = editDistance(name, known);
    if (distance < (best?.distance ?? Number.POSITIVE_INFINITY)) best = { flag: known, distance };
  }
  return best && isTypo(name, best.flag) ? `--${best.flag}` : undefined;
}

/**
 * Close enough to be a typo of `known`: one edit in a short name, two (a swapped pair: `stpe`) from
 * four letters, three from nine; more would suggest names that merely share letters.
 */
export function isTypo(given: string, known: string): boolean {
  const [a, b] = [given.toLowerCase(), known.toLowerCase()];
  const allowed = b.length <= 3 ? 1 : b.length < 9 ? 2 : 3;
  // The same letters in another order (`rnu`): a slip of the fingers however short the name.
  const reordered = a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
  return reordered || editDistance(a, b) <= allowed;
}
