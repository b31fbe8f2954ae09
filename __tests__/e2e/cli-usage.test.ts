/**
 * The CLI's first hour, through the built bundle: help on every subcommand, "did you mean", exit
 * codes, a closed stdout (`| head`), `--json -` with `--markdown -`, and a failed run that is kept in
 * the history but never compared with.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { cliPath, quietSensors, runCli, scratchRepo } from "../helpers/cli.js";

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.cleanup());

const cli = (...args: string[]) => runCli(args, { cwd: repo.dir, env: quietSensors(repo.dir) });

describe("help", () => {
  it.each([
    [["run", "--help"], "usage: carbon-budget run", "--step NAME"],
    [["run", "-h"], "usage: carbon-budget run", "--markdown FILE|-"],
    [["estimate", "--help"], "usage: carbon-budget estimate", "--utilization U"],
    [["compare", "-h"], "usage: carbon-budget compare", "--base BASE.json"],
    [["import", "--help"], "usage: carbon-budget import codecarbon", "--model-card"],
    [["import", "codecarbon", "-h"], "usage: carbon-budget import codecarbon", "--project NAME"],
    [["import", "report", "--help"], "usage: carbon-budget import codecarbon", "--training-type T"],
    [["import", "prometheus", "--help"], "usage: carbon-budget import prometheus", "--from T"],
    [["import", "slurm", "-h"], "usage: carbon-budget import slurm", "--prometheus URL"],
    [["dashboard", "--help"], "usage: carbon-budget dashboard", "--history DIR"],
    [["help", "run"], "usage: carbon-budget run", "--no-store"],
    [["help", "import", "slurm"], "usage: carbon-budget import slurm", "--selector SEL"],
  ])("%j prints usage and one line per option on stdout, exit 0", async (args, synopsis, option) => {
    const result = await cli(...args);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(result.stdout.startsWith(synopsis)).toBe(true);
    // One line per option: the flag at the start of its own line, then what it does.
    expect(result.stdout).toMatch(new RegExp(`\\n {2}${option.replace(/[|.]/g, "\\$&")} +\\S`));
    expect(result.stdout).toMatch(/\n {2}-h, --help +print this help\n/);
  });

  it("leaves --help after -- to the wrapped command", async () => {
    const result = await cli(
      "run",
      "--quiet",
      "--no-store",
      "--intensity",
      "100",
      "--",
      "sh",
      "-c",
      'echo "$1"',
      "sh",
      "--help",
    );
    expect([result.code, result.stdout]).toEqual([0, "--help\n"]);
  });

  it("prints every synopsis for `help` (exit 0), and for no command at all (exit 2)", async () => {
    const help = await cli("help");
    expect(help.code).toBe(0);
    for (const command of ["run", "estimate", "import", "compare", "dashboard"]) {
      expect(help.stdout).toContain(`usage: carbon-budget ${command}`);
    }
    expect((await cli()).code).toBe(2);
  });
});

describe("usage errors", () => {
  it("suggests the nearest option or command, exit 2", async () => {
    const option = await cli("run", "--stpe", "train", "--", "true");
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^carbon-budget: run: unknown option --stpe; did you mean --step\?\n/);
    const compare = await cli("compare", "--hed", "h.json");
    expect([compare.code, compare.stderr.split("\n")[0]]).toEqual([
      2,
      "carbon-budget: compare: unknown option --hed; did you mean --head?",
    ]);
    const slurm = await cli("import", "slurm", "42", "--prometeus", "http://x");
    expect(slurm.stderr).toContain("did you mean --prometheus?");
    const command = await cli("rnu");
    expect([command.code, command.stderr.split("\n")[0]]).toEqual([
      2,
      'carbon-budget: unknown command "rnu"; did you mean run?',
    ]);
  });

  it("says what --intensity allows for a negative value, and takes a unit as estimate does", async () => {
    const negative = await cli("run", "--intensity", "-5", "--", "true");
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(
      /^carbon-budget: --intensity: "-5" is not valid; that is out of range; expected/,
    );
    expect(negative.stderr).not.toContain("ambiguous");
    const withUnit = await cli(
      "run",
      "--intensity",
      "0.4kg/kWh",
      "--no-store",
      "--json",
      "-",
      "--quiet",
      "--",
      "true",
    );
    expect(withUnit.code).toBe(0);
    // 0.4 kg/kWh = 0.4 x 1000 = 400 g/kWh.
    expect(reportSchema.parse(JSON.parse(withUnit.stdout)).assumptions.intensity_g_per_kwh).toBe(400);
  });

  it("refuses --json - with --markdown - before the command runs, exit 2", async () => {
    const result = await cli("run", "--json", "-", "--markdown", "-", "--", "sh", "-c", "echo ran");
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toContain('--markdown: "-" is not valid; --json - already writes to stdout');
  });
});

/** The CLI with its stdout into `head -c1`, which exits after one byte: the exit code is the CLI's. */
function intoHead(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const head = spawn("head", ["-c1"], { stdio: ["pipe", "ignore", "ignore"] });
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: repo.dir,
      env: { HOME: repo.dir, LANG: "C", ...quietSensors(repo.dir) },
      stdio: ["ignore", head.stdin, "pipe"],
    });
    // Only the CLI and head hold the pipe: once head exits, the CLI's writes fail with EPIPE.
    head.stdin.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a closed stdout", () => {
  it("keeps the wrapped command's exit code when the reader left before the report", async () => {
    // The command's first byte ends head; the report is written to the closed pipe a second later.
    const script = 'process.stdout.write("x\\n"); setTimeout(() => process.exit(3), 1500)';
    const result = await intoHead([
      "run",
      "--intensity",
      "100",
      "--no-store",
      "--quiet",
      "--json",
      "-",
      "--",
      process.execPath,
      "-e",
      script,
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
  });
});

describe("a failed run in the history", () => {
  it("is kept and marked, and the next run compares with the last successful one", async () => {
    const run = (...args: string[]) => cli("run", "--step", "train", "--intensity", "100", ...args);
    const good = await run("--json", "good.json", "--", "sleep", "1");
    expect(good.code).toBe(0);
    const failed = await run("--", "sh", "-c", "exit 3");
    expect(failed.code).toBe(3);
    expect(failed.stderr).toMatch(/saved to .* \(marked failed, exit 3: kept, never used as a baseline\)\n/);
    const next = await run("--json", "next.json", "--", "sleep", "1");
    const goodId = reportSchema.parse(JSON.parse(readFileSync(join(repo.dir, "good.json"), "utf8"))).run.id;
    const report = reportSchema.parse(JSON.parse(readFileSync(join(repo.dir, "next.json"), "utf8")));
    expect(report.comparison?.baseline).toMatchObject({
      run_id: goodId,
      ref: "main",
      chosen_as: "previous successful run on main",
      failed_runs_passed_over: 1,
    });
    expect(report.comparison?.verdict).toBe("pass");
    expect(next.stderr).toContain(`run ${goodId}; 1 later failed run passed over): CO2e `);
  });
});
