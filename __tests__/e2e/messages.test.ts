/**
 * What users read, through the built bundles: the action's messages name its inputs (never the CLI's
 * flags), the CLI says a warning once, and estimate takes GPU-hours and family names.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  type JobRun,
  pushEvent,
  REPOSITORY,
  readReport,
  runJob,
  type StepInputs,
} from "../helpers/action-runner.js";
import { nodeDir, quietSensors, runCli, scratchRepo } from "../helpers/cli.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const SHA = "2".repeat(40);
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function job(step: StepInputs, files: Record<string, string> = {}): Promise<JobRun> {
  const run = await runJob({
    // No token and nothing listening: these jobs never need GitHub.
    apiUrl: "http://127.0.0.1:9",
    event: "push",
    payload: pushEvent({ repository: REPOSITORY, branch: "main", before: "0".repeat(40), after: SHA }),
    repository: REPOSITORY,
    sha: SHA,
    ref: "refs/heads/main",
    files,
    steps: [{ "github-token": "", run: "true", step: "train", ...step }],
  });
  cleanups.push(run.cleanup);
  return run;
}

describe("the action's messages name its inputs", () => {
  it("an unknown location is the location input's error, not --location's", async () => {
    const run = await job({ location: "Atlantis" });
    const [main] = run.mains;
    expect(main?.failed).toBe(true);
    expect(main?.errors[0]).toMatch(
      /^input location: "Atlantis" is not valid; expected an Electricity Maps zone/,
    );
    expect(`${main?.stdout}${main?.stderr}`).not.toContain("--location");
  });

  it("a bare cloud region suggests its provider's form", async () => {
    const run = await job({ location: "us-east-1" });
    expect(run.mains[0]?.errors[0]).toBe(
      'input location: "us-east-1" is not valid; a cloud region is written with its provider: did you mean aws:us-east-1?',
    );
  });

  it("an unset grid and PUE point to the inputs and the config, not to flags", async () => {
    const run = await job({}, { [CONFIG_PATH]: "version: 1\n" });
    expect(run.mains[0]?.failed).toBe(false);
    const notes: string[] = readReport(run).steps[0].notes ?? [];
    const said = [
      ...notes,
      ...readReport(run).steps[0].components.flatMap((c: { notes?: string[] }) => c.notes ?? []),
    ];
    expect(said).toContain(
      "no location input or config location given: using the world average grid intensity; set one for a meaningful CO2e figure",
    );
    expect(said).toContain(
      "PUE 1.0 assumed (IT energy only); give the data centre's PUE with the pue input or config pue",
    );
    expect(said.join("\n")).not.toMatch(/--(location|intensity|pue)\b/);
  });

  it("a matrix leg's step name has the budget the config gives it", async () => {
    const config = [
      "version: 1",
      "location: { intensity: 500 }",
      "budgets:",
      "  steps:",
      "    train-org/llama: { co2e: 1 t }",
      "",
    ];
    const run = await job({ step: "train-org/llama" }, { [CONFIG_PATH]: config.join("\n") });
    expect(run.mains[0]?.failed).toBe(false);
    expect(run.posts[0]?.errors).toEqual([]);
    expect(readReport(run).steps[0].name).toBe("train-org/llama");
    expect(run.summary).toContain("≤ 1.00 t");
  });
});

describe("the CLI", () => {
  it("says a warning once", async () => {
    const repo = scratchRepo();
    cleanups.push(repo.cleanup);
    const result = await runCli(["run", "--no-store", "--", "true"], {
      cwd: repo.dir,
      env: quietSensors(repo.dir),
    });
    expect(result.code).toBe(0);
    const warnings = result.stderr.split("\n").filter((line) => line.startsWith("carbon-budget: warning: "));
    expect(warnings).toEqual([
      "carbon-budget: warning: no --location or --intensity given: using the world average grid intensity; set one for a meaningful CO2e figure",
    ]);
  });

  it("estimates LLaMA 2's 3,311,616 A100-80GB GPU-hours at 400 W", async () => {
    const result = await runCli(
      [
        "estimate",
        "--gpu-hours",
        "3311616",
        "--gpu",
        "NVIDIA A100 SXM4 80GB",
        "--intensity",
        "407",
        "--json",
        "-",
      ],
      { cwd: nodeDir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } },
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    // 400 W x 3,311,616 h / 1000 = 1,324,646.4 kWh; x 407 g/kWh = 539,131,084.8 g, the paper's 539 t.
    expect(report.energy_kwh).toBeCloseTo(1_324_646.4, 6);
    expect(report.co2e_g).toBeCloseTo(539_131_084.8, 3);
    expect(report.inputs).toMatchObject({ device_hours: 3_311_616, power_w: 400 });
    expect(result.stderr).toContain("  formula       400 W × 3311616 device-h × 1.00 × PUE 1 = 1325 MWh\n");
  });

  it("refuses --gpu-hours with --hours: exit 2, one message", async () => {
    const result = await runCli(
      ["estimate", "--gpu-hours", "100", "--hours", "10", "--power", "300", "--intensity", "400"],
      { cwd: nodeDir, env: { PATH: `${nodeDir}:/usr/bin:/bin` } },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'carbon-budget: --gpu-hours: "100" is not valid; it already counts the devices: give --gpu-hours H alone, or --hours H with --count N (--hours was given too)\n',
    );
  });
});
