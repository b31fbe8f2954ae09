/**
 * In measure mode the user's command always runs. Our own trouble before it starts (an unreadable
 * event, RUNNER_TEMP that is not a folder, a config the parser chokes on, sensors whose code cannot
 * load) is a warning and, where nothing could be measured, a "not measured" report; the user's own
 * mistakes (an invalid input or config) fail the step, after the command ran. The step's exit code
 * for the command stays the command's.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  config,
  type JobOptions,
  type JobRun,
  pushEvent,
  REPOSITORY,
  readReport,
  runJob,
  type StepInputs,
  trainStep,
} from "../helpers/action-runner.js";
import { repoRoot } from "../helpers/cli.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const SHA = "1".repeat(40);
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The command leaves this file in the workspace: the proof that it ran. */
const MARKER = "command-ran.txt";
const marked = (run = "true") => `echo ran > ${MARKER}; ${run}`;

async function job(step: StepInputs, options: Partial<JobOptions> = {}): Promise<JobRun> {
  const run = await runJob({
    // Nothing listens there and no token is given: these jobs never need GitHub.
    apiUrl: "http://127.0.0.1:9",
    event: "push",
    payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: SHA }),
    repository: REPOSITORY,
    sha: SHA,
    ref: "refs/heads/main",
    files: { [CONFIG_PATH]: config() },
    steps: [{ "github-token": "", ...step }],
    ...options,
  });
  cleanups.push(run.cleanup);
  return run;
}

const ran = (run: JobRun) => existsSync(join(run.workspace, MARKER));

describe("our trouble before the command: a warning, and the command runs", () => {
  it.each([
    ["missing", (eventPath: string) => rmSync(eventPath)],
    [
      "a folder",
      (eventPath: string) => {
        rmSync(eventPath);
        mkdirSync(eventPath);
      },
    ],
  ])("the event payload is %s: measured and kept", async (_, breakEvent) => {
    const run = await job(trainStep({ run: marked() }), { setup: ({ eventPath }) => breakEvent(eventPath) });
    expect(ran(run)).toBe(true);
    const [main] = run.mains;
    expect(main?.failed).toBe(false);
    expect(main?.warnings).toEqual([
      expect.stringMatching(
        /^carbon-budget: the event payload \(GITHUB_EVENT_PATH\) could not be read: E(NOENT|ISDIR)/,
      ),
    ]);
    expect(readReport(run).steps[0].not_measured).toBeUndefined();
    // The post step will not judge a run without knowing its event (a pull request's budgets are the
    // base branch's): it says so, and leaves the build alone.
    expect(run.posts[0]?.failed).toBe(false);
    expect(run.posts[0]?.warnings).toEqual([
      expect.stringMatching(/^carbon-budget could not report: E(NOENT|ISDIR)/),
    ]);
  });

  it("RUNNER_TEMP is a file: measured, the step passes, and the log says the report could not be kept", async () => {
    const run = await job(trainStep({ run: marked() }), {
      setup: ({ runnerTemp }) => {
        rmSync(runnerTemp, { recursive: true });
        writeFileSync(runnerTemp, "not a folder");
      },
    });
    expect(ran(run)).toBe(true);
    const [main] = run.mains;
    expect(main?.failed).toBe(false);
    expect(main?.warnings).toEqual([
      expect.stringMatching(
        /^carbon-budget: the job's ledger under RUNNER_TEMP could not be started: ENOTDIR/,
      ),
      "carbon-budget: the step's report could not be kept: the job's ledger could not be started, so the post step will not report it",
    ]);
    // Measured all the same: 8 declared A100s make the energy more than zero.
    expect(Number(main?.outputs["energy-kwh"])).toBeGreaterThan(0);
    expect(main?.outputs["report-path"]).toBeUndefined();
    expect(run.posts[0]?.failed).toBe(false);
  });

  it("the sensors' code cannot load: the command runs plainly, its output passes through, 'not measured' says why", async () => {
    const dist = damagedDist();
    const run = await job(trainStep({ run: marked("echo hello from the command") }), { dist });
    expect(ran(run)).toBe(true);
    const [main] = run.mains;
    expect(main?.stdout).toContain("hello from the command\n");
    expect(main?.failed).toBe(false);
    expect(main?.warnings).toEqual([
      expect.stringMatching(/^carbon-budget: train ran but was not measured: measuring could not start: /),
    ]);
    expect(main?.outputs["energy-kwh"]).toBe("");
    const report = readReport(run);
    expect(report.steps[0].not_measured.reason).toMatch(/^measuring could not start: /);
    // The job's verdict is a warning of its own: neither a pass nor a failure.
    expect(run.outputs.verdict).toBe("not-measured");
    expect(run.outputs["energy-kwh"]).toBe("");
    expect(run.failed).toBe(false);
    expect(run.summary).toMatch(/^### carbon-budget ⚠️ not measured/);
    expect(run.summary).toContain("| train | ");
    expect(run.summary).not.toMatch(/\| 0 (k?Wh|g) \|/);
  });

  it("keeps the command's exit code when it was not measured", async () => {
    const run = await job(trainStep({ run: marked("exit 3") }), { dist: damagedDist() });
    expect(ran(run)).toBe(true);
    expect(run.mains[0]?.failed).toBe(true);
    expect(run.mains[0]?.errors).toEqual(["the command exited with code 3"]);
    expect(readReport(run).steps[0]).toMatchObject({ exit_code: 3, not_measured: expect.any(Object) });
  });
});

describe("YAML anchors and aliases in the config", () => {
  // Nine lists of nine, nested seven deep: 9^7 (4.8 million) strings from a few hundred bytes.
  const bomb = [
    "version: 1",
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    ..."bcdefg".split("").map((name, i) => {
      const previous = "abcdef"[i];
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`;
    }),
    "",
  ].join("\n");

  it("an alias bomb does not stop the command; the config is named in the log, and only an error fails the step", async () => {
    const run = await job(trainStep({ run: marked() }), { files: { [CONFIG_PATH]: bomb } });
    expect(ran(run)).toBe(true);
    const [main] = run.mains;
    const said = [...(main?.errors ?? []), ...(main?.warnings ?? [])];
    expect(said.some((line) => line.includes(CONFIG_PATH))).toBe(true);
    // The user's mistake (an error) fails the step; our own trouble (a warning) never does.
    expect(main?.failed).toBe((main?.errors.length ?? 0) > 0);
    expect(readReport(run).steps[0].not_measured).toBeUndefined();
  });

  it("a valid config using an alias more than 100 times does not stop the command", async () => {
    const steps = Array.from({ length: 120 }, (_, i) => `    s${i}: { co2e: *limit }`);
    const text = config(["  total: { co2e: &limit 5 kg }", "  steps:", ...steps].join("\n"));
    const run = await job(trainStep({ run: marked() }), { files: { [CONFIG_PATH]: text } });
    expect(ran(run)).toBe(true);
    expect(readReport(run).steps[0].not_measured).toBeUndefined();
  });
});

describe("the user's mistakes: the command runs, then the step fails", () => {
  it("an invalid config: measured with the defaults, and the error names the key", async () => {
    const run = await job(trainStep({ run: marked() }), {
      files: { [CONFIG_PATH]: "version: 1\nbudgetz: {}\n" },
    });
    expect(ran(run)).toBe(true);
    const [main] = run.mains;
    expect(main?.failed).toBe(true);
    expect(main?.errors).toEqual([
      expect.stringMatching(
        /^\.github\/carbon-budget\.yml:2:1: budgetz: unknown key; did you mean "budgets"\?/,
      ),
      "carbon-budget: an input or the config is invalid (see the errors above)",
    ]);
    expect(readReport(run).steps[0].not_measured).toBeUndefined();
  });

  it("a config that is a named pipe: read by no one, so the command is not kept waiting", async () => {
    const run = await job(trainStep({ run: marked() }), {
      setup: ({ scratch }) => {
        const path = join(scratch, "workspace", CONFIG_PATH);
        rmSync(path);
        execFileSync("mkfifo", [path]);
      },
    });
    expect(ran(run)).toBe(true);
    const [main] = run.mains;
    expect(main?.failed).toBe(true);
    expect(main?.errors).toEqual([
      'input config: ".github/carbon-budget.yml" is not valid; that is a named pipe (FIFO), not a file; give a YAML config file',
      "carbon-budget: an input or the config is invalid (see the errors above)",
    ]);
    expect(readReport(run).steps[0].not_measured).toBeUndefined();
  });

  it("an invalid input: run unmeasured, the report says why, and the error names the input and the value", async () => {
    const token = "ghs_maskedEvenThoughAnInputIsInvalid000";
    const run = await job(trainStep({ run: marked(), "gpu-count": "eight", "github-token": token }));
    expect(ran(run)).toBe(true);
    const [main] = run.mains;
    // The token is masked from the start, whatever becomes of the other inputs.
    expect(main?.stdout.split("\n")).toContain(`::add-mask::${token}`);
    const problem = 'input gpu-count: "eight" is not valid; use a whole number from 1 to 4096';
    expect(main?.failed).toBe(true);
    expect(main?.errors).toEqual([
      problem,
      "carbon-budget: an input or the config is invalid (see the errors above)",
    ]);
    const [path] = readdirSync(join(run.runnerTemp, "carbon-budget", "train")).filter((f) =>
      f.startsWith("step-"),
    );
    const report = JSON.parse(
      readFileSync(join(run.runnerTemp, "carbon-budget", "train", path ?? ""), "utf8"),
    );
    expect(report.steps[0]).toMatchObject({ name: "train", exit_code: 0, not_measured: { reason: problem } });
  });

  it("an invalid input and a failing command: the failure is the command's exit code", async () => {
    const run = await job(trainStep({ run: marked("exit 4"), "gpu-count": "eight" }));
    expect(ran(run)).toBe(true);
    expect(run.mains[0]?.errors).toEqual([
      'input gpu-count: "eight" is not valid; use a whole number from 1 to 4096',
      "the command exited with code 4",
    ]);
  });

  it("a misspelt mode still runs the command, then fails the step naming the mode", async () => {
    const run = await job(trainStep({ run: marked(), mode: "mesure" }));
    expect(ran(run)).toBe(true);
    expect(run.mains[0]?.failed).toBe(true);
    expect(run.mains[0]?.errors[0]).toBe(
      'input mode: "mesure" is not valid; use one of measure, report, aggregate, publish',
    );
  });
});

/**
 * A copy of dist/ whose lazily loaded chunk with the sensor selection is damaged, as a partial
 * install or a disk error would leave it: the action starts, and measuring cannot.
 */
function damagedDist(): string {
  const copy = mkdtempSync(join(tmpdir(), "carbon-budget-dist-"));
  cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(join(repoRoot, "dist"), copy, { recursive: true });
  const chunks = readdirSync(copy).filter(
    (name) =>
      /^\d+\.index\.js$/.test(name) && readFileSync(join(copy, name), "utf8").includes("no GPU measured"),
  );
  expect(chunks).toHaveLength(1);
  writeFileSync(join(copy, chunks[0] ?? ""), 'throw new Error("this part of the bundle is damaged");\n');
  return copy;
}
