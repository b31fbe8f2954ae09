/**
 * A problem in the config file, pointing at the line and column of the offending YAML node. It is an
 * InputError, so the CLI and the action already treat it as the user's mistake: message alone, exit 2.
 */
import { InputError } from "../errors.js";

export interface ConfigProblem {
  file: string;
  /** 1-based, like an editor's. */
  line: number;
  column: number;
  /** Dotted key path (`budgets.steps.train.energy`); empty for a YAML syntax error. */
  key: string;
  /** The offending value, when there is one to quote (a missing key or a syntax error has none). */
  value?: unknown;
  /** Reads after the quoted value (`is not a quantity`), or alone after the key (`unknown key`). */
  problem: string;
  /** What to write instead: `use a number with one of Wh, kWh, MWh (e.g. "12 kWh")`; may be empty. */
  allowed: string;
}

/** How many problems a message lists; the rest are counted. A file can hold thousands, one per line. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * The value as the message quotes it: strings quoted, numbers and booleans bare, mappings in JSON's
 * flow style, long ones cut. A value may be large (an alias can repeat a mapping of the whole file),
 * so mappings are written only as far as the message shows them.
 */
function quote(value: unknown): string {
  if (value === null) return "null";
  const text = typeof value === "object" ? flow(value, 60) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** JSON of `value`, stopping once it is longer than `limit` characters. */
function flow(value: unknown, limit: number): string {
  let text = "";
  const write = (item: unknown): void => {
    if (text.length > limit) return;
    if (Array.isArray(item)) {
      text += "[";
      item.forEach((element, i) => {
        if (i > 0) text += ",";
        write(element);
      });
      text += "]";
    } else if (typeof item === "object" && item !== null) {
      text += "{";
      Object.entries(item).forEach(([key, element], i) => {
        text += `${i > 0 ? "," : ""}${JSON.stringify(key)}:`;
        write(element);
      });
      text += "}";
    } else {
      text += JSON.stringify(item) ?? "null";
    }
  };
  write(value);
  return text;
}

/**
 * `file:7:12: budgets.steps.train.energy: "12 kwhh" is not a quantity; use ...`, or without a value
 * `file:3:1: budget: unknown key; did you mean "budgets"?`.
 */
export function formatProblem(problem: ConfigProblem): string {
  const what = problem.value === undefined ? problem.problem : `${quote(problem.value)} ${problem.problem}`;
  const key = problem.key.length > 200 ? `${problem.key.slice(0, 197)}...` : problem.key;
  const subject = key ? `${key}: ${what}` : what;
  const allowed = problem.allowed ? `; ${problem.allowed}` : "";
  return `${problem.file}:${problem.line}:${problem.column}: ${subject}${allowed}`;
}

export class ConfigError extends InputError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly key: string;
  readonly problem: string;
  /** Every problem found, in file order; the fields above are the first one's. */
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly [ConfigProblem, ...ConfigProblem[]]) {
    const [first] = problems;
    const value =
      first.value === undefined ? "" : typeof first.value === "string" ? first.value : quote(first.value);
    super(first.key, value, first.allowed);
    this.name = "ConfigError";
    // All at once: a CI round trip per typo is slow, and the problems are independent most of the time.
    // Up to a point: a generated file can have thousands, and the first ones show what is wrong.
    const more = problems.length - MAX_LISTED_PROBLEMS;
    this.message = [
      ...problems.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem),
      ...(more > 0 ? [`... and ${more.toLocaleString("en-US")} more problems in ${first.file}`] : []),
    ].join("\n");
    this.file = first.file;
    this.line = first.line;
    this.column = first.column;
    this.key = first.key;
    this.problem = first.problem;
    this.problems = problems;
  }
}

export const isConfigError = (error: unknown): error is ConfigError => error instanceof ConfigError;
