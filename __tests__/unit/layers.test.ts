/**
 * The layers read one way: from the shells (action, cli) down to the core (measure, carbon). Every
 * import under src/ is checked against the order below, so an upward import or a cycle between
 * folders fails here, with the file and the import named. docs/architecture.md explains the order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";

const src = join(repoRoot, "src");

/** Bottom first: a file may import from its own layer or a lower one. */
const LAYERS: readonly (readonly string[])[] = [
  ["errors.ts", "units.ts", "version.ts", "input-file.ts", "environment.ts", "text", "types"],
  ["hardware"],
  ["measure"],
  ["carbon"],
  ["cluster"],
  ["report"],
  ["compare", "baseline"],
  ["budget"],
  ["render"],
  ["git", "github", "import", "dashboard"],
  ["pipeline"],
  ["bot"],
  ["action", "cli"],
];

const layerOf = (path: string): number => {
  const top = relative(src, path).split("/")[0];
  const index = LAYERS.findIndex((names) => names.includes(top));
  if (index < 0) throw new Error(`src/${top} has no layer: add it to LAYERS and docs/architecture.md`);
  return index;
};

const folderOf = (path: string) => relative(src, path).split("/")[0];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Relative imports, static and dynamic, type-only included: a type is a dependency too. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"';]*?from\s*"(\.[^"]+)"/g),
    ...text.matchAll(/import\(\s*"(\.[^"]+)"\s*\)/g),
  ].map((match) => match[1]);
  return found.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
}

const files = sourceFiles(src);
// Data tables (../data/*.json) are below every layer.
const edges = files.flatMap((from) =>
  importsOf(from)
    .filter((to) => !relative(src, to).startsWith(".."))
    .map((to) => ({ from, to })),
);

describe("the layers", () => {
  it("finds the imports it checks (the check itself can fail)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(edges.length).toBeGreaterThan(100);
  });

  it("has no import from a lower layer to a higher one", () => {
    const upward = edges
      .filter(({ from, to }) => layerOf(to) > layerOf(from))
      .map(({ from, to }) => `src/${relative(src, from)} -> src/${relative(src, to)}`);
    expect(upward).toEqual([]);
  });

  it("has no import between the two shells", () => {
    const across = edges
      .filter(({ from, to }) => {
        const [a, b] = [folderOf(from), folderOf(to)];
        return a !== b && LAYERS.at(-1)?.includes(a) && LAYERS.at(-1)?.includes(b);
      })
      .map(({ from, to }) => `src/${relative(src, from)} -> src/${relative(src, to)}`);
    expect(across).toEqual([]);
  });

  it("has no cycle between folders", () => {
    const pairs = new Set(
      edges
        .filter(({ from, to }) => folderOf(from) !== folderOf(to))
        .map(({ from, to }) => `${folderOf(from)} -> ${folderOf(to)}`),
    );
    const cycles = [...pairs].filter((pair) => {
      const [a, b] = pair.split(" -> ");
      return pairs.has(`${b} -> ${a}`);
    });
    expect(cycles).toEqual([]);
  });

  it("has no cycle between files", () => {
    const graph = new Map<string, string[]>();
    for (const { from, to } of edges) graph.set(from, [...(graph.get(from) ?? []), to]);
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        const loop = path.slice(path.indexOf(file));
        cycles.push([...loop, file].map((f) => relative(src, f)).join(" -> "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
