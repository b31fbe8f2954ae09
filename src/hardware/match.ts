/**
 * Tolerant matching of hardware names: the same part is spelled differently by nvidia-smi, rocm-smi,
 * /proc/cpuinfo, systeminformation and a user typing a flag. Pure functions over strings.
 */

/** Words that say nothing about which part it is: vendors, marketing and generic nouns. */
const NOISE_TOKENS = new Set([
  "nvidia",
  "tesla",
  "amd",
  "intel",
  "google",
  "gb",
  "processor",
  "cpu",
  "gpu",
  "gen",
]);

/**
 * Reduces a name to its tokens: lower case, no (R)/(TM)/®/™, no clock speed ("CPU @ 2.80GHz"), no
 * core count ("64-Core Processor"), no generation prefix ("13th Gen"), memory sizes without the unit.
 */
export function nameTokens(name: string): string[] {
  const cleaned = name
    .toLowerCase()
    .replace(/\((r|tm|c)\)|[®™©]/g, " ")
    .replace(/@\s*[\d.]+\s*[gm]hz/g, " ")
    .replace(/\b[\d.]+\s*[gm]hz\b/g, " ")
    .replace(/\b\d+-cores?\b/g, " ")
    .replace(/\b\d+(st|nd|rd|th)\b/g, " ")
    .replace(/\bw(ith|\/)\s+radeon(\s+\w+)?\s+graphics\b/g, " ")
    // "8480+" is a different SKU from an 8480C; keep the plus as a word rather than drop it as punctuation.
    .replace(/\+/g, " plus ")
    .replace(/\b(\d+)gb\b/g, "$1");
  return cleaned.split(/[^a-z0-9]+/).filter((token) => token !== "" && !NOISE_TOKENS.has(token));
}

/** The canonical spelling of a name: its tokens joined by single spaces. */
export const normaliseName = (name: string): string => nameTokens(name).join(" ");

export type NameMatch<T> =
  | { kind: "found"; row: T; by: "name" | "tokens" }
  | { kind: "ambiguous"; rows: T[] }
  | { kind: "none" };

const sameTokens = (a: ReadonlySet<string>, b: readonly string[]): boolean =>
  a.size === new Set(b).size && b.every((token) => a.has(token));

/**
 * Finds the row a name means. First any name or alias with the same tokens (order-free, so
 * "A100 PCIe 80GB" is "NVIDIA A100 80GB PCIe"). Then a token match, which is safe only because it is
 * one-way and narrow: every token of the query must appear in one of the row's names, the query must
 * carry a model number (a token with a digit, so "NVIDIA" alone never matches), and exactly one row
 * may qualify; several make the name ambiguous, since "A100" could be a 250 W or a 400 W part. The
 * other direction (a row's tokens inside a longer query) is not tried: "RTX 4090 D" is not a 4090.
 */
export function matchName<T>(
  query: string,
  rows: readonly T[],
  namesOf: (row: T) => readonly string[],
): NameMatch<T> {
  const queryTokens = nameTokens(query);
  if (queryTokens.length === 0) return { kind: "none" };
  const querySet = new Set(queryTokens);
  const tokenised = rows.map((row) => ({ row, names: namesOf(row).map(nameTokens) }));
  const exact = tokenised.find(({ names }) => names.some((tokens) => sameTokens(querySet, tokens)));
  if (exact) return { kind: "found", row: exact.row, by: "name" };
  if (!queryTokens.some((token) => /\d/.test(token))) return { kind: "none" };
  const hits = tokenised.filter(({ names }) =>
    names.some((tokens) => queryTokens.every((token) => tokens.includes(token))),
  );
  const [only] = hits;
  if (hits.length === 1 && only) return { kind: "found", row: only.row, by: "tokens" };
  if (hits.length > 1) return { kind: "ambiguous", rows: hits.map(({ row }) => row) };
  return { kind: "none" };
}

/** Levenshtein distance, two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * How far a query is from a name, token by token: each query token costs its edit distance to the
 * closest token of the name. A whole-string distance would rank "T4" nearer to "A100" than
 * "NVIDIA A100 SXM4 80GB" is; tokens keep the model number decisive. Unused name tokens add a little,
 * so a shorter name wins a tie.
 */
function tokenDistance(query: readonly string[], name: readonly string[]): number {
  let total = 0;
  for (const token of query) {
    total += Math.min(token.length, ...name.map((candidate) => editDistance(token, candidate)));
  }
  const unused = name.filter((candidate) => !query.includes(candidate)).length;
  return total + unused / 100;
}

/** The `n` rows nearest to `query`, labelled, for "did you mean" in error messages. */
export function nearestBy<T>(
  query: string,
  rows: readonly T[],
  namesOf: (row: T) => readonly string[],
  labelOf: (row: T) => string,
  n = 3,
): string[] {
  const queryTokens = nameTokens(query);
  if (queryTokens.length === 0) return [];
  return rows
    .map((row) => ({
      label: labelOf(row),
      distance: Math.min(...namesOf(row).map((name) => tokenDistance(queryTokens, nameTokens(name)))),
    }))
    .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label))
    .slice(0, n)
    .map(({ label }) => label);
}

/** The `n` candidate names nearest to `name`. */
export const nearest = (name: string, candidates: readonly string[], n = 3): string[] =>
  nearestBy(
    name,
    candidates,
    (candidate) => [candidate],
    (candidate) => candidate,
    n,
  );

/** Quotes names for a message: `"A", "B" or "C"`. */
export function quoteList(names: readonly string[], last = "or"): string {
  const quoted = names.map((name) => JSON.stringify(name));
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${last} ${quoted.at(-1)}`;
}
