/**
 * The benchmark harness (see BENCHMARKS.md). bench/run.mjs bundles this file with ncc and runs it with
 * BENCH_REPO_ROOT and BENCH_WORK_DIR set; it re-runs its own bundle as `child poll|memory <scenario> <n>`
 * for the benchmarks that need a fresh process. Prints markdown tables; `--json FILE` keeps the figures.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, release } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CLI_CONFIGS, NODE_FLOOR, runCliOverhead } from "./cli-overhead.js";
import { type BenchContext, childContext, contextEnv, createContext, newestFile } from "./context.js";
import { renderImport, runImportBench } from "./import-codecarbon.js";
import { MEMORY_SCENARIOS, runMemoryScenario } from "./memory.js";
import { POLL_SCENARIOS } from "./poll-cost.js";
import { runPostStep } from "./post-step.js";
import { profileStartup } from "./profile.js";
import { renderCli, renderMemory, renderPolls, renderStartup } from "./render.js";
import { runStartup } from "./startup.js";
import { type CpuSample, delay } from "./stats.js";

const BENCHMARKS = ["overhead", "startup", "memory", "post", "import"] as const;

function runChild(
  context: BenchContext,
  args: string[],
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
) {
  const script = process.argv[1] as string;
  const result = spawnSync(process.execPath, [...nodeFlags, script, "child", ...args], {
    env: { ...process.env, ...contextEnv(context), ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`child ${args.join(" ")} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  const last = result.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as unknown;
}

async function child([kind, name = "", count = "0"]: string[]): Promise<void> {
  const context = childContext();
  const n = Number(count);
  let result: unknown;
  if (kind === "poll") {
    const scenario = POLL_SCENARIOS[name];
    if (!scenario) throw new Error(`no poll scenario ${name}`);
    result = await scenario.run(context, n);
  } else if (kind === "memory") {
    const scenario = MEMORY_SCENARIOS[name];
    if (!scenario) throw new Error(`no memory scenario ${name}`);
    result = await runMemoryScenario(context, scenario, n);
  } else {
    throw new Error(`unknown child kind ${kind}`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function describeMachine(context: BenchContext): string[] {
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: context.repo, encoding: "utf8", stdio: "pipe" }).trim();
    } catch {
      return "?";
    }
  };
  const dirty = git("status", "--porcelain", "--", "src").length > 0;
  const bundle = statSync(context.cli).mtimeMs;
  const newest = newestFile(join(context.repo, "src"));
  const lines = [
    `- date: ${new Date().toISOString()}`,
    `- machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} logical CPUs (shared), Linux ${release()}`,
    `- node ${process.version}`,
    `- sources: ${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes in src/" : ""}`,
  ];
  if (newest.mtimeMs > bundle) {
    lines.push(
      `- WARNING: dist/cli/index.js is older than ${newest.path.slice(context.repo.length + 1)}; ` +
        "the CLI benchmarks measure the bundle (run `npm run build` for the latest sources), the in-process ones the sources",
    );
  }
  return lines;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      window: { type: "string", default: "60" },
      warm: { type: "string", default: "30" },
      rounds: { type: "string", default: "20" },
      polls: { type: "string", default: "10000" },
      samples: { type: "string", default: "1000000" },
      "csv-mb": { type: "string", default: "200" },
      "import-rounds": { type: "string", default: "3" },
      json: { type: "string" },
      profile: { type: "boolean", default: false },
      serial: { type: "boolean", default: false },
    },
  });
  const unknown = positionals.filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown benchmark ${unknown.join(", ")}; expected: ${BENCHMARKS.join(", ")}`);
  const selected = positionals.length > 0 ? positionals : [...BENCHMARKS];
  const number = (name: keyof typeof values) => {
    const value = Number(values[name]);
    if (!(value > 0)) throw new Error(`--${name} must be a positive number, got ${values[name]}`);
    return value;
  };

  const repo = process.env.BENCH_REPO_ROOT;
  const work = process.env.BENCH_WORK_DIR;
  if (!repo || !work) throw new Error("run the benchmarks with `npm run bench` (bench/run.mjs)");
  const context = createContext(repo, work);
  const say = (text: string) => process.stdout.write(`${text}\n`);
  const results: Record<string, unknown> = {};
  say("# carbon-budget benchmarks\n");
  say(describeMachine(context).join("\n"));

  if (selected.includes("overhead")) {
    const polls = number("polls");
    const pollResults: Record<string, CpuSample> = {};
    for (const [name, scenario] of Object.entries(POLL_SCENARIOS)) {
      pollResults[name] = runChild(
        context,
        ["poll", name, String(scenario.fixedN ?? polls)],
        scenario.env,
      ) as CpuSample;
    }
    say(`\n## 1a. CPU per reading, in-process\n\n${renderPolls(pollResults)}`);
    // Side by side, so a 60 s window (long enough to take in the odd GC) fits the time budget. Each
    // process is idle but for a wake-up a second; launched 3.25 s apart, their wake-ups fall a quarter
    // of a second apart and do not meet (3 s apart, all four woke at the same instant and each cost 2x).
    // --serial runs them one after the other instead, to check that sharing the machine changes nothing.
    const options = { warmS: number("warm"), windowS: number("window") };
    const configs = [NODE_FLOOR, ...CLI_CONFIGS];
    const cli = [];
    if (values.serial) {
      for (const config of configs) cli.push(await runCliOverhead(context, config, options));
    } else {
      const launch = async (config: (typeof configs)[number], index: number) => {
        await delay(index * 3250);
        return runCliOverhead(context, config, options);
      };
      cli.push(...(await Promise.all(configs.map(launch))));
    }
    say(`\n## 1b. Whole CLI at --interval 1000\n\n${renderCli(cli)}`);
    results.overhead = { polls: pollResults, cli };
  }

  if (selected.includes("startup")) {
    const runs = await runStartup(context, number("rounds"));
    say(`\n## 2. Start-up: launch to the wrapped command running\n\n${renderStartup(runs)}`);
    results.startup = runs;
    if (values.profile)
      say(`\n### Where the CLI's time goes before the spawn\n\n${await profileStartup(context)}`);
  }

  if (selected.includes("memory")) {
    const samples = number("samples");
    const memory: Record<string, unknown> = {};
    for (const [name, scenario] of Object.entries(MEMORY_SCENARIOS)) {
      const n = Math.min(samples, scenario.fixedN ?? samples);
      memory[name] = runChild(context, ["memory", name, String(n)], scenario.env, ["--expose-gc"]);
    }
    say(
      `\n## 3. Memory over a million samples\n\n${renderMemory(memory as Parameters<typeof renderMemory>[0])}`,
    );
    results.memory = memory;
  }

  if (selected.includes("post")) {
    const post = await runPostStep(5);
    const sorted = [...post.postMs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    say(
      [
        "\n## 4. A pull request's post step with a 10,000-run history\n",
        "| history | index entries (bytes) | runs | post step, median ms (min-max) | API requests per PR run | <= 8 requests |",
        "| --- | --- | --- | --- | --- | --- |",
        `| ${post.history.toLocaleString("en-US")} pushes | ${post.indexEntries.toLocaleString("en-US")} (${Math.round(post.indexBytes / 1024)} KB) | ${post.runs} | ${median.toFixed(0)} (${(sorted[0] ?? 0).toFixed(0)}-${(sorted.at(-1) ?? 0).toFixed(0)}) | ${post.requests.join(", ")} | ${post.requests.every((n) => n <= 8) ? "met" : "**missed**"} |`,
      ].join("\n"),
    );
    results.post = post;
  }

  if (selected.includes("import")) {
    const imported = runImportBench(context, { csvMb: number("csv-mb"), rounds: number("import-rounds") });
    say(`\n## 5. import codecarbon of a large emissions.csv\n\n${renderImport(imported)}`);
    results.import = imported;
  }

  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
}

const [first, ...rest] = process.argv.slice(2);
(first === "child" ? child(rest) : main(process.argv.slice(2))).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
