/**
 * A YAML document as plain data, with bounds on what reading it may cost: the file's size, and the size
 * its aliases expand it to. Anchors and aliases are the user's to use freely; only a file built to
 * exhaust the reader is refused.
 *
 * yaml's own `toJS` is not used: it resolves each alias by scanning every anchor and alias before it
 * (10,000 aliases take seconds, 50,000 most of a minute), and its guard against alias bombs,
 * `maxAliasCount` (uses of one anchor times the aliases nested in it, 100 by default), refuses an
 * ordinary config that names one budget 101 times. Here each anchor's value is built once, its aliases
 * share it, and the document's expanded size (the values a reader walking the data visits) is counted
 * as it is built, so an exponential document stops at the limit, in time proportional to the file.
 */
import { isAlias, isMap, isScalar, isSeq, type Node } from "yaml";
import { ConfigError, type ConfigProblem } from "./config-error.js";

/**
 * Real config files are a few KB: a budget for each of 1,000 steps is about 45 KB. A quarter of a MiB
 * leaves room for five times that, and bounds what a hostile file costs: yaml keeps several hundred
 * bytes a node, so the worst file of that size (a list of 130,000 ones) takes about 150 MB and a
 * second or two to parse, where a 10 MB config took 1.5 GB and 28 s.
 */
export const MAX_CONFIG_BYTES = 256 * 1024;

/**
 * A file under MAX_CONFIG_BYTES holds at most about 130,000 values without aliases (two bytes each, as
 * in `[1,1,1,...]`), so aliases may expand it almost eight times over that before it is refused: far
 * beyond thousands of aliases of a budget, and long before a billion laughs (9^9 values) gets going.
 */
export const MAX_EXPANDED_VALUES = 1_000_000;

type Position = Pick<ConfigProblem, "file" | "line" | "column">;
type At = (offset: number | undefined) => Position;

const count = (n: number) => n.toLocaleString("en-US");

/** Refuses a file over MAX_CONFIG_BYTES; `bytes` is its size on disk or of its text. */
export function checkConfigSize(bytes: number, file: string): void {
  if (bytes <= MAX_CONFIG_BYTES) return;
  throw new ConfigError([
    {
      file,
      line: 1,
      column: 1,
      key: "",
      problem: `the file is ${count(bytes)} bytes, too large for a config file`,
      allowed: `a config file may be at most ${count(MAX_CONFIG_BYTES)} bytes (256 KiB); real ones are a few KB`,
    },
  ]);
}

interface Built {
  value: unknown;
  /** Values in the expansion: this node and everything under it, aliases counted as what they stand for. */
  size: number;
}

/**
 * The document's data: mappings as objects without a prototype (a key such as `__proto__` or
 * `constructor` is a key like any other), sequences as arrays, scalars as yaml resolved them. Expects
 * a document without syntax errors whose keys are scalars (load-config.ts checks both first).
 */
export function yamlData(root: Node, at: At): unknown {
  const anchors = new Map<string, Node>();
  const built = new Map<Node, Built>();
  let expanded = 0;
  const refuse = (node: Node, problem: string, allowed: string): never => {
    throw new ConfigError([{ ...at(node.range?.[0]), key: "", problem, allowed }]);
  };
  const grow = (node: Node, size: number) => {
    expanded += size;
    if (expanded > MAX_EXPANDED_VALUES) {
      refuse(
        node,
        `aliases expand the file to more than ${count(MAX_EXPANDED_VALUES)} values (an alias bomb?)`,
        `anchors and aliases may be used freely, but the expanded file may hold at most ${count(MAX_EXPANDED_VALUES)} values`,
      );
    }
  };

  const build = (node: Node | null): Built => {
    if (node === null) return { value: null, size: 1 };
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const done = target && built.get(target);
      if (!done) {
        return target
          ? refuse(
              node,
              `alias *${node.source} is inside its own anchor`,
              "an alias may only repeat a finished value",
            )
          : refuse(
              node,
              `alias *${node.source} has no anchor before it`,
              `set &${node.source} on a value above it`,
            );
      }
      grow(node, done.size);
      return done;
    }
    grow(node, 1);
    // The latest node with an anchor is the one later aliases name, even when it is nested in another.
    if (node.anchor) anchors.set(node.anchor, node);
    let result: Built;
    if (isMap(node)) {
      const mapping: Record<string, unknown> = Object.create(null);
      let size = 1;
      for (const pair of node.items) {
        const item = build(pair.value as Node | null);
        mapping[isScalar(pair.key) ? String(pair.key.value) : ""] = item.value;
        size += item.size;
      }
      result = { value: mapping, size };
    } else if (isSeq(node)) {
      const items = node.items.map((item) => build(item as Node | null));
      result = {
        value: items.map((item) => item.value),
        size: items.reduce((sum, item) => sum + item.size, 1),
      };
    } else {
      result = { value: isScalar(node) ? node.value : null, size: 1 };
    }
    if (node.anchor) built.set(node, result);
    return result;
  };
  return build(root).value;
}
