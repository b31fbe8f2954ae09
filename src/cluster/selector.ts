/**
 * PromQL label matchers (`{namespace="ml",pod=~"train-.*"}`): parsed and checked before anything runs,
 * rendered back for queries, and evaluated locally to tell which of several selector forms a series
 * came from. Prometheus anchors regular expressions (RE2) at both ends; so does `matches`.
 */
import { InputError } from "../errors.js";

export type MatchOp = "=" | "!=" | "=~" | "!~";

export interface Matcher {
  name: string;
  op: MatchOp;
  value: string;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ALLOWED = 'use PromQL label matchers, e.g. {namespace="ml",pod=~"train-.*"}';

export function parseSelector(input: string, text: string): Matcher[] {
  const fail = (why: string): never => {
    throw new InputError(input, text, `${why}; ${ALLOWED}`);
  };
  let body = text.trim();
  if (body === "") fail("it is empty");
  const brace = body.indexOf("{");
  if (brace > 0) {
    fail(
      `give label matchers only, without a metric name (${JSON.stringify(body.slice(0, brace))}); the metrics come from --metrics (the action's prometheus-metrics input)`,
    );
  }
  if (body.startsWith("{")) {
    if (!body.endsWith("}")) fail("the closing } is missing");
    body = body.slice(1, -1);
  }
  const matchers: Matcher[] = [];
  let at = 0;
  const skipSpace = () => {
    while (at < body.length && /\s/.test(body[at])) at++;
  };
  while (true) {
    skipSpace();
    if (at >= body.length) break;
    const name = /^[^\s=!~,]*/.exec(body.slice(at))?.[0] ?? "";
    if (!LABEL_NAME.test(name))
      fail(`${JSON.stringify(name || body.slice(at, at + 10))} is not a label name`);
    at += name.length;
    skipSpace();
    const op = (["=~", "!~", "!=", "="] as const).find((o) => body.startsWith(o, at));
    if (!op) fail(`after ${name} expected =, !=, =~ or !~`);
    at += (op as MatchOp).length;
    skipSpace();
    const literal = readString(body, at);
    if (!literal) fail(`the value of ${name} must be a quoted string`);
    const { value, end } = literal as { value: string; end: number };
    at = end;
    if (name === "__name__")
      fail("__name__ is chosen by --metrics (the action's prometheus-metrics input), not the selector");
    if (op === "=~" || op === "!~") {
      const problem = regexProblem(value);
      if (problem) fail(`the regular expression for ${name} does not compile (${problem})`);
    }
    matchers.push({ name, op: op as MatchOp, value });
    skipSpace();
    if (at < body.length) {
      if (body[at] !== ",") fail(`expected , or } after the matcher for ${name}`);
      at++;
    }
  }
  if (matchers.length === 0) {
    fail("it selects every series in the cluster; name the job's pods, namespace, nodes or hpc_job");
  }
  if (matchers.every((m) => matchesValue(m, ""))) {
    fail("every matcher also matches an empty label, so it selects every series in the cluster");
  }
  return matchers;
}

/** A PromQL string literal: "..." and '...' with Go escapes, or a raw `...`. */
function readString(text: string, start: number): { value: string; end: number } | undefined {
  const quote = text[start];
  if (quote === "`") {
    const end = text.indexOf("`", start + 1);
    return end === -1 ? undefined : { value: text.slice(start + 1, end), end: end + 1 };
  }
  if (quote !== '"' && quote !== "'") return undefined;
  let value = "";
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === quote) return { value, end: i + 1 };
    if (c !== "\\") {
      value += c;
      continue;
    }
    const next = text[++i];
    const simple: Record<string, string> = {
      n: "\n",
      t: "\t",
      r: "\r",
      "\\": "\\",
      '"': '"',
      "'": "'",
      a: "\x07",
      b: "\b",
      f: "\f",
      v: "\v",
    };
    if (next in simple) value += simple[next];
    else if (next === "x" || next === "u" || next === "U") {
      const width = next === "x" ? 2 : next === "u" ? 4 : 8;
      const hex = text.slice(i + 1, i + 1 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) return undefined;
      value += String.fromCodePoint(Number.parseInt(hex, 16));
      i += width;
    } else if (next !== undefined && /[0-7]/.test(next)) {
      const octal = text.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(octal)) return undefined;
      value += String.fromCharCode(Number.parseInt(octal, 8));
      i += 2;
    } else return undefined;
  }
  return undefined;
}

/**
 * RE2 and JavaScript share the syntax selectors use; RE2's leading flag group `(?i)` becomes a JS flag
 * and `(?P<name>` a JS named group (RE2's ungreedy `U` has no JS twin: local matching only decides which
 * form a series came from, Prometheus has already matched it). What JS cannot compile is reported.
 */
function compile(pattern: string): RegExp {
  let flags = "";
  let source = pattern.replace(/\(\?P</g, "(?<");
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    flags = [...new Set(leading[1].replace(/U/g, ""))].join("");
    source = source.slice(leading[0].length);
  }
  try {
    return new RegExp(`^(?:${source})$`, flags);
  } catch {
    return new RegExp(`^(?:${source})$`, `${flags}u`);
  }
}

function regexProblem(pattern: string): string | undefined {
  try {
    compile(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const compiled = new Map<string, RegExp>();

function matchesValue(matcher: Matcher, value: string): boolean {
  if (matcher.op === "=") return value === matcher.value;
  if (matcher.op === "!=") return value !== matcher.value;
  let re = compiled.get(matcher.value);
  if (!re) {
    re = compile(matcher.value);
    compiled.set(matcher.value, re);
  }
  return re.test(value) === (matcher.op === "=~");
}

/** As Prometheus evaluates it: a missing label has the empty value. */
export function matches(matchers: readonly Matcher[], labels: Readonly<Record<string, string>>): boolean {
  return matchers.every((m) => matchesValue(m, labels[m.name] ?? ""));
}

export function renderSelector(matchers: readonly Matcher[]): string {
  return `{${matchers.map((m) => `${m.name}${m.op}${JSON.stringify(m.value)}`).join(",")}}`;
}

/** A regular expression that matches exactly these values (for `=~`). */
export function alternation(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")).join("|");
}
