/**
 * Reads `.github/carbon-budget.yml`: YAML with positions, then the zod schema, then every problem
 * mapped back to the line and column of the node it is about.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
} from "yaml";
import type { z } from "zod";
import { checkInputFile, inputExists, readInputText } from "../input-file.js";
import { editDistance, nearestNames } from "../text/nearest.js";
import { ConfigError, type ConfigProblem } from "./config-error.js";
import { type Config, configSchema, DEFAULT_CONFIG, type IssueWords, knownKeys } from "./config-schema.js";
import { checkConfigSize, yamlData } from "./yaml-data.js";

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;

const defaults = (): Config => structuredClone(DEFAULT_CONFIG) as Config;

/** Parses and validates the text of a config file; `file` is only for messages. Throws ConfigError. */
export function loadConfig(text: string, file: string): Config {
  checkConfigSize(Buffer.byteLength(text), file);
  const lineCounter = new LineCounter();
  // Duplicate keys are found below, to name the key and where it first appeared; YAML 1.2's core
  // schema (the default) keeps `yes`/`on` as text, which the strict booleans then refuse.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col };
  };

  const syntax = doc.errors.map((error) => ({
    ...at(error.pos[0]),
    key: "",
    // yaml reads nested collections recursively, and reports running out of stack as this code.
    ...(error.code === "RESOURCE_EXHAUSTION"
      ? {
          problem: "lists or mappings are nested too deeply to read",
          allowed: "a config nests a few levels deep",
        }
      : { problem: `YAML syntax error: ${error.message.split("\n")[0]}`, allowed: "" }),
  }));
  throwIfAny(syntax);
  // An absent file is the defaults; a present one that says nothing is more likely a mistake (a file
  // truncated, or committed before it was written), and its first line must be the version.
  if (doc.contents === null) {
    throw new ConfigError([
      {
        ...at(0),
        key: "version",
        problem: "missing (the file is empty)",
        allowed: "use version: 1, the only version of this file; or delete the file to use the defaults",
      },
    ]);
  }

  throwIfAny(structureProblems(doc.contents, [], at));
  const data = yamlData(doc.contents, at);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throwIfAny([
      {
        ...at(doc.contents.range?.[0]),
        key: "",
        problem: "the file is not a mapping of keys",
        allowed: 'start it with "version: 1"',
      },
    ]);
  }
  const result = configSchema.safeParse(data);
  if (result.success) return result.data;

  const locate = (path: Path, target: "key" | "value") => at(nodeAt(doc.contents, path, target));
  const { issues } = result.error;
  const problems = withoutEchoes(issues).flatMap((issue) => describe(issue, [], data, locate));
  throwIfAny(problems);
  throw new Error(`config schema failed without issues: ${result.error.message}`);
}

/**
 * A misspelt key also leaves its mapping without the key it meant (`intensty` → intensity missing)
 * or, for a budget, with no limit; only the misspelling is worth reading.
 */
function withoutEchoes(issues: readonly Issue[]): Issue[] {
  const unknownIn = new Map<string, string[]>();
  for (const issue of issues)
    if (issue.code === "unrecognized_keys") unknownIn.set(keyPath(issue.path), issue.keys);
  return issues.filter((issue) => {
    if (issue.code === "custom") {
      const wholeMapping = (issue.params as IssueWords | undefined)?.quoteValue === false;
      return !(wholeMapping && unknownIn.has(keyPath(issue.path)));
    }
    const name = issue.path.at(-1);
    if ((issue.code !== "invalid_type" && issue.code !== "invalid_value") || typeof name !== "string")
      return true;
    const unknown = unknownIn.get(keyPath(issue.path.slice(0, -1))) ?? [];
    return !unknown.some((key) => closest(key, [name]) === name);
  });
}

/** The known name a typo most likely meant, if any is close enough to suggest. */
function closest(name: string, known: readonly string[]): string | undefined {
  const [near] = nearestNames(name, known, 1);
  const close =
    near !== undefined &&
    editDistance(name.toLowerCase(), near.toLowerCase()) <= Math.max(1, name.length / 3);
  return close ? near : undefined;
}

function throwIfAny(problems: ConfigProblem[]): void {
  // The value is left out of the comparison: it may be large, and the other fields already tell.
  const same = (a: ConfigProblem, b: ConfigProblem) =>
    a.line === b.line &&
    a.column === b.column &&
    a.key === b.key &&
    a.problem === b.problem &&
    a.allowed === b.allowed;
  const sorted = problems
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((p, i, all) => i === 0 || !same(p, all[i - 1]));
  const [first, ...rest] = sorted;
  if (first) throw new ConfigError([first, ...rest]);
}

type At = (offset: number | undefined) => Pick<ConfigProblem, "file" | "line" | "column">;

/** Duplicate keys (toJS would keep the last one silently) and keys that are not plain names. */
function structureProblems(node: unknown, path: Path, at: At): ConfigProblem[] {
  if (isSeq(node)) return node.items.flatMap((item, i) => structureProblems(item, [...path, i], at));
  if (!isMap(node)) return [];
  const seen = new Map<string, Pair>();
  return node.items.flatMap((pair): ConfigProblem[] => {
    const keyNode = pair.key;
    if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === "object") {
      const where = at((keyNode as Node | null)?.range?.[0] ?? node.range?.[0]);
      const problem = keyNode === null || isScalar(keyNode) ? "a key is empty" : "a key is a list or mapping";
      return [{ ...where, key: keyPath(path), problem, allowed: "keys are plain names" }];
    }
    const name = String(keyNode.value);
    const first = seen.get(name);
    seen.set(name, pair);
    const own = structureProblems(pair.value, [...path, name], at);
    if (!first) return own;
    const firstAt = at((first.key as Node).range?.[0]);
    return [
      {
        ...at(keyNode.range?.[0]),
        key: keyPath([...path, name]),
        problem: `duplicate key (first at line ${firstAt.line}, column ${firstAt.column})`,
        allowed: "each key may appear once; keep one",
      },
      ...own,
    ];
  });
}

/** `budgets.steps.train`; a key that a dot or a control character would garble is quoted. */
const keyPath = (path: Path): string =>
  path
    .map(String)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what gets quoted.
    .map((key) => (/[.\u0000-\u001f\u007f]/.test(key) ? JSON.stringify(key) : key))
    .join(".");

/** The offset of the node a path names; where the path leaves the document, its deepest existing node. */
function nodeAt(root: unknown, path: Path, target: "key" | "value"): number | undefined {
  let node = root;
  let keyNode: unknown;
  for (const segment of path) {
    const here = node as Node;
    if (isAlias(node)) break;
    const pair = isMap(node) ? pairsOf(node).get(String(segment)) : undefined;
    const item = isSeq(node) && typeof segment === "number" ? node.items[segment] : undefined;
    if (!pair && !item) return here.range?.[0];
    keyNode = pair?.key;
    // `key:` with nothing after it is a null scalar placed after the colon; the key is the better mark.
    const empty = pair && (!pair.value || (isScalar(pair.value) && pair.value.value === null));
    node = pair ? (empty ? pair.key : pair.value) : item;
  }
  const chosen = target === "key" && keyNode ? keyNode : node;
  return (chosen as Node | undefined)?.range?.[0];
}

const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

/** A mapping's pairs by key, built once: every problem is located through them, and there may be many. */
function pairsOf(node: YAMLMap): Map<string, Pair> {
  let pairs = pairsByKey.get(node);
  if (!pairs) {
    // The last of duplicate keys wins, as in the data.
    pairs = new Map(
      node.items.flatMap((item) => (isScalar(item.key) ? [[String(item.key.value), item]] : [])),
    );
    pairsByKey.set(node, pairs);
  }
  return pairs;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const NOUNS: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  boolean: "a boolean",
  string: "text",
  object: "a mapping",
  record: "a mapping",
  map: "a mapping",
  array: "a list",
};

type Locate = (path: Path, target: "key" | "value") => ReturnType<At>;

function describe(issue: Issue, base: Path, data: unknown, locate: Locate): ConfigProblem[] {
  const path = [...base, ...issue.path];
  const value = valueAt(data, path);
  const problem = (
    words: { problem: string; allowed: string },
    options: { quote?: boolean; at?: "key" } = {},
  ) => ({
    ...locate(path, options.at ?? "value"),
    key: keyPath(path),
    ...(options.quote !== false && value !== undefined && { value }),
    ...words,
  });
  // zod's own message is English for developers; ours are set on each rule as what is allowed.
  const allowed = issue.message.startsWith("Invalid input") ? mappingAllowed(path) : issue.message;
  switch (issue.code) {
    case "custom": {
      const words = issue.params as IssueWords | undefined;
      if (!words) return [problem({ problem: "is not valid", allowed: issue.message })];
      if (words.at === "key")
        return [{ ...problem(words, { quote: false, at: "key" }), value: String(path.at(-1)) }];
      return [problem(words, { quote: words.quoteValue !== false })];
    }
    case "invalid_key":
      return issue.issues.flatMap((inner) => describe({ ...inner, path: [] } as Issue, path, data, locate));
    case "invalid_union": {
      // Report the branch the user was writing (a mapping for `{ intensity: ... }`), not every branch.
      const chosen = issue.errors.find(
        (branch) => !branch.every((i) => i.code === "invalid_type" && i.path.length === 0),
      );
      if (chosen)
        return withoutEchoes(chosen as Issue[]).flatMap((inner) => describe(inner, path, data, locate));
      return [problem({ problem: "is not valid", allowed })];
    }
    case "unrecognized_keys": {
      const known = knownKeys(path);
      return issue.keys.map((name) => {
        const near = closest(name, known);
        return {
          ...locate([...path, name], "key"),
          key: keyPath([...path, name]),
          problem: "unknown key",
          allowed: near
            ? `did you mean ${JSON.stringify(near)}?`
            : `use one of ${known.join(", ")}${hint(path, name)}`,
        };
      });
    }
    case "invalid_type":
      if (value === undefined) return [problem({ problem: "missing", allowed })];
      return [problem({ problem: `is not ${NOUNS[issue.expected] ?? issue.expected}`, allowed })];
    case "too_small":
      return [problem({ problem: "is too small", allowed })];
    case "too_big":
      return [problem({ problem: issue.origin === "string" ? "is too long" : "is too large", allowed })];
    case "invalid_value": {
      if (value === undefined) return [problem({ problem: "missing", allowed })];
      const names = issue.values.filter((v): v is string => typeof v === "string");
      const near = typeof value === "string" ? closest(value, names) : undefined;
      const suggestion = near ? `; did you mean ${JSON.stringify(near)}?` : "";
      return [problem({ problem: "is not valid", allowed: `${allowed}${suggestion}` })];
    }
    default:
      return [problem({ problem: "is not valid", allowed })];
  }
}

/** The one misplacement common enough to name: a step's budget written straight under `budgets`. */
const hint = (path: Path, name: string): string =>
  keyPath(path) === "budgets" ? ` (a step's budget goes under steps: budgets.steps.${name})` : "";

function mappingAllowed(path: Path): string {
  const known = knownKeys(path);
  return known.length ? `use a mapping with keys from ${known.join(", ")}` : "use a mapping";
}

/**
 * The edge: reads a config file. A repository without one gets the defaults, and `missing` says so,
 * so the caller can mention it (a typo in the path should not look like "no budgets").
 */
export async function parseConfigFile(path: string): Promise<{ config: Config; missing: boolean }> {
  if (!inputExists(path)) return { config: defaults(), missing: true };
  const file = { input: "config file", shown: path, path, expected: "a YAML config file" };
  // Before reading, so a huge file costs nothing.
  checkConfigSize(checkInputFile(file, Number.POSITIVE_INFINITY), path);
  return { config: loadConfig(readInputText(file), path), missing: false };
}
