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

/** The value as the message quotes it: strings quoted, numbers and booleans bare, mappings in YAML's flow style. */
function quote(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object") {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  }
  return JSON.stringify(value) ?? String(value);
}

/**
 * `file:7:12: budgets.steps.train.energy: "12 kwhh" is not a quantity; use ...`, or without a value
 * `file:3:1: budget: unknown key; did you mean "budgets"?`.
 */
export function formatProblem(problem: ConfigProblem): string {
  const what = problem.value === undefined ? problem.problem : `${quote(problem.value)} ${problem.problem}`;
  const subject = problem.key ? `${problem.key}: ${what}` : what;
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
    this.message = problems.map(formatProblem).join("\n");
    this.file = first.file;
    this.line = first.line;
    this.column = first.column;
    this.key = first.key;
    this.problem = first.problem;
    this.problems = problems;
  }
}

export const isConfigError = (error: unknown): error is ConfigError => error instanceof ConfigError;
