/**
 * `--profile`: where the CLI's start-up goes. Builds the CLI again with ncc and source maps (same entry
 * and flags as scripts/build.mjs), runs it under `node --cpu-prof` a few times with the start-up
 * benchmark's command, keeps the samples taken before the command is spawned (the first sample inside
 * child_process's spawn) and charges their self time to the package or source folder the source maps
 * name. The bundle may be split into chunks (dynamic imports): each file has its own map, and the
 * table of files says which ones ran before the spawn. The profiler starts after node's own bootstrap,
 * so that part is not in these figures.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BenchContext, cliEnv } from "./context.js";
import { fixed, table } from "./stats.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface BundleFile {
  name: string;
  map: SourceMap;
  /** Bytes per package or source folder. */
  contents: Map<string, number>;
  bytes: number;
}

interface Charges {
  /** Self time (µs) per package or folder, per function, and per bundle file, before the spawn. */
  buckets: Map<string, number>;
  functions: Map<string, number>;
  files: Map<string, number>;
  beforeSpawnUs: number;
}

const RUNS = 5;

/** "node_modules/@scope/pkg/..." -> "@scope/pkg"; "src/measure/x.ts" -> "src/measure"; else the text. */
function bucketOfSource(source: string): string {
  const modules = source.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scope = "", name = ""] = source.slice(modules + "node_modules/".length).split("/");
    return scope.startsWith("@") ? `${scope}/${name}` : scope;
  }
  const src = source.indexOf("src/");
  if (src >= 0) return source.slice(src).split("/").slice(0, 2).join("/");
  if (source.includes("webpack")) return "webpack runtime";
  return source;
}

/**
 * The CLI with source maps, built as scripts/build.mjs builds it. ncc type-checks the whole project,
 * so an error anywhere (work in progress) fails that build; the transpile-only fallback then bundles
 * zod without tree-shaking, and the figures say so.
 */
function buildMapped(context: BenchContext, bundleDir: string): string {
  const ncc = join(context.repo, "node_modules", ".bin", "ncc");
  const args = [
    "build",
    "src/cli/index.ts",
    "-o",
    bundleDir,
    "-e",
    "koffi",
    "--source-map",
    "--no-source-map-register",
    "-q",
  ];
  try {
    execFileSync(ncc, args, { cwd: context.repo, stdio: "pipe" });
    return "";
  } catch {
    execFileSync(ncc, [...args, "--transpile-only"], { cwd: context.repo, stdio: "pipe" });
    return " (type errors in the tree: built with --transpile-only, which bundles more of zod than dist/ has)";
  }
}

/** Every .js file of the build, keyed by its file URL, with what it is made of (by each line's start). */
function readBundle(bundleDir: string): Map<string, BundleFile> {
  const files = new Map<string, BundleFile>();
  for (const name of readdirSync(bundleDir).filter((file) => file.endsWith(".js"))) {
    const path = join(bundleDir, name);
    // Assets copied beside the bundle (the dashboard page's script) are not compiled by ncc: no map.
    if (!existsSync(`${path}.map`)) continue;
    const map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8")));
    const contents = new Map<string, number>();
    let bytes = 0;
    readFileSync(path, "utf8")
      .split("\n")
      .forEach((line, index) => {
        const entry = map.findEntry(index, 0) as { originalSource?: string };
        const bucket = entry.originalSource ? bucketOfSource(entry.originalSource) : "(unmapped)";
        contents.set(bucket, (contents.get(bucket) ?? 0) + line.length + 1);
        bytes += line.length + 1;
      });
    files.set(pathToFileURL(path).href, { name, map, contents, bytes });
  }
  return files;
}

const top = (entries: Map<string, number>, count: number) =>
  [...entries].sort((a, b) => b[1] - a[1]).slice(0, count);

export async function profileStartup(context: BenchContext): Promise<string> {
  const dir = join(context.work, "profile");
  const bundleDir = join(dir, "bundle");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const buildNote = buildMapped(context, bundleDir);
  const files = readBundle(bundleDir);

  const charges: Charges = { buckets: new Map(), functions: new Map(), files: new Map(), beforeSpawnUs: 0 };
  for (let run = 0; run < RUNS; run += 1) {
    const profDir = join(dir, `prof-${run}`);
    const args = [
      "--cpu-prof",
      "--cpu-prof-dir",
      profDir,
      "--cpu-prof-interval",
      "100",
      join(bundleDir, "index.js"),
    ];
    const command = ["run", "--no-store", "--quiet", "--", context.fakes.stamp, join(dir, "stamp")];
    const result = spawnSync(process.execPath, [...args, ...command], {
      cwd: context.fakes.gitRepo,
      env: cliEnv(context, {}),
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`profiled CLI exited ${result.status}: ${result.stderr}`);
    const file = readdirSync(profDir).find((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error("node wrote no .cpuprofile");
    chargeUntilSpawn(JSON.parse(readFileSync(join(profDir, file), "utf8")) as CpuProfile, files, charges);
  }

  const perRun = (us: number) => fixed(us / RUNS / 1000, 1);
  const total = [...charges.buckets.values()].reduce((sum, us) => sum + us, 0);
  const fileRows = [...files.values()]
    .sort((a, b) => b.bytes - a.bytes)
    .map((file) => [
      file.name,
      fixed(file.bytes / 1024, 0),
      charges.files.has(file.name) ? `yes, ${perRun(charges.files.get(file.name) ?? 0)} ms` : "not sampled",
      top(file.contents, 3)
        .map(([name, size]) => `${name} ${fixed(size / 1024, 0)} KB`)
        .join(", "),
    ]);
  return [
    `Profiled ${RUNS} runs of a source-mapped build${buildNote}; ${perRun(charges.beforeSpawnUs)} ms per run ` +
      "from the profiler's start to the spawn (profiling slows it down; the shares are what matter).",
    "",
    table(
      ["charged to", "self ms per run", "share"],
      top(charges.buckets, 14).map(([name, us]) => [name, perRun(us), `${fixed((100 * us) / total, 0)}%`]),
    ),
    "",
    table(
      ["function (source)", "self ms per run"],
      top(charges.functions, 12).map(([name, us]) => [name, perRun(us)]),
    ),
    "",
    "The files of the build (V8 parses a whole file when it is first imported):",
    "",
    table(["file", "KB", "its code ran before the spawn", "made of"], fileRows),
  ].join("\n");
}

/** Adds each pre-spawn sample's time (µs) to its bucket, function and file. */
function chargeUntilSpawn(profile: CpuProfile, files: Map<string, BundleFile>, charges: Charges): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inSpawn = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame?.functionName === "spawn" && frame.url.includes("child_process")) return true;
    }
    return false;
  };
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i] as number;
    if (inSpawn(id)) break;
    // A sample's time is the gap to the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    charges.beforeSpawnUs += profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = files.get(frame.url);
    let bucket: string;
    let where: string;
    if (file) {
      const entry = file.map.findEntry(frame.lineNumber, frame.columnNumber) as {
        originalSource?: string;
        originalLine?: number;
      };
      const source = entry.originalSource ?? file.name;
      bucket = entry.originalSource ? bucketOfSource(source) : `${file.name} (no source)`;
      where = `${source.replace(/^.*node_modules\//, "").replace(/^.*\/src\//, "src/")}:${(entry.originalLine ?? 0) + 1}`;
      add(charges.files, file.name, us);
    } else if (frame.url.startsWith("node:")) {
      bucket = "node internals (module loading, fs, ...)";
      where = frame.url;
    } else {
      bucket = frame.url === "" ? frame.functionName || "(native)" : frame.url;
      where = frame.url === "" ? "native" : frame.url;
    }
    add(charges.buckets, bucket, us);
    add(charges.functions, `${frame.functionName || "(anonymous)"} (${where})`, us);
  }
}
