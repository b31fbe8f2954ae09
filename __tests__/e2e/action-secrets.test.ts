/**
 * Tokens stay secret: the harness refuses any job that prints one (outside the `::add-mask::` command
 * that tells the runner to hide it), and the command the action wraps does not inherit the token or
 * the runner's own credentials, which a `run:` step would not have either.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  config,
  inputVariable,
  type JobRun,
  leakedSecrets,
  parseFileCommands,
  pushEvent,
  REPOSITORY,
  runJob,
  type StandIn,
  type StepInputs,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";
import { repoRoot } from "../helpers/cli.js";
import { latestBody, startFakeElectricityMaps } from "../helpers/fake-electricity-maps.js";

// Each job is a few node processes and, for writes, Octokit's one-second spacing between them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let gh: StandIn;
let scratch: string;
const jobs: JobRun[] = [];

beforeEach(async () => {
  gh = await standIn();
  scratch = mkdtempSync(join(tmpdir(), "carbon-budget-secrets-"));
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  rmSync(scratch, { recursive: true, force: true });
  await gh.close();
});

function push(step: StepInputs, extra: { env?: Record<string, string>; secrets?: string[] } = {}) {
  const sha = gh.state.commit("experiment", { files: { [CONFIG_PATH]: config() } });
  return runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "push",
    payload: pushEvent({ repository: REPOSITORY, branch: "experiment", before: "0".repeat(40), after: sha }),
    repository: REPOSITORY,
    sha,
    ref: "refs/heads/experiment",
    files: { [CONFIG_PATH]: config() },
    artifactDir: join(scratch, "artifacts"),
    steps: [step],
    ...extra,
  }).then((job) => {
    jobs.push(job);
    return job;
  });
}

describe("the harness", () => {
  it("names inputs as the runner does and reads @actions/core's file commands", () => {
    expect(inputVariable("gpu-count")).toBe("INPUT_GPU-COUNT");
    expect(inputVariable("github-token")).toBe("INPUT_GITHUB-TOKEN");
    expect(inputVariable("some input")).toBe("INPUT_SOME_INPUT");
    const file = join(scratch, "output");
    writeFileSync(file, "");
    const script = [
      "import * as core from '@actions/core';",
      "core.setOutput('verdict', 'fail');",
      "core.setOutput('multi', 'line one\\nline two');",
      "core.setOutput('empty', '');",
    ].join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: file },
    });
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^verdict<<ghadelimiter_[0-9a-f-]+\nfail\nghadelimiter_/);
    expect(parseFileCommands(readFileSync(file, "utf8"))).toEqual({
      verdict: "fail",
      multi: "line one\nline two",
      empty: "",
    });
  });

  it("finds a secret printed anywhere but in ::add-mask::, and refuses a job that prints one", async () => {
    expect(leakedSecrets("::add-mask::ghs_abc\nall fine\n", ["ghs_abc"])).toEqual([]);
    expect(leakedSecrets("::add-mask::ghs_abc\nToken: ghs_abc\n", ["ghs_abc"])).toEqual(["ghs_abc"]);
    await expect(
      push(trainStep({ run: "echo the password is hunter2-e2e" }), { secrets: ["hunter2-e2e"] }),
    ).rejects.toThrow("main of step 0 printed a secret");
  });
});

describe("the wrapped command", () => {
  it("does not inherit the github-token input or the runner's credentials", async () => {
    const credentials = {
      ACTIONS_RUNTIME_TOKEN: "e2e-runtime-token",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "e2e-oidc-request-token",
    };
    // printenv prints nothing and `test -z` exits 0 only if none of them reached the command.
    const names = ["INPUT_GITHUB-TOKEN", ...Object.keys(credentials)];
    const job = await push(
      trainStep({
        run: names.map((name) => `test -z "$(printenv ${name})" || echo "saw ${name}"`).join("; "),
      }),
      { env: credentials, secrets: Object.values(credentials) },
    );
    expect(job.mains[0]?.stdout.match(/^saw .*$/gm) ?? []).toEqual([]);
    expect(job.failed).toBe(false);
  });
});

describe("the electricity-maps-token input", () => {
  it("gets the live grid intensity for the step's location, and the token is never printed", async () => {
    const fake = await startFakeElectricityMaps({
      kind: "json",
      body: latestBody("DE", 321, "2026-11-23T12:00:00.000Z"),
    });
    try {
      const token = "em-secret-token-4242";
      const job = await push(trainStep({ location: "DE", "electricity-maps-token": token }), {
        env: { CARBON_BUDGET_ELECTRICITY_MAPS_URL: fake.url },
        secrets: [token],
      });
      jobs.push(job);
      // The live value (321 g/kWh) replaced Germany's yearly average; the token went only to the API.
      const report = JSON.parse(readFileSync(job.outputs["report-path"] ?? "", "utf8"));
      expect(report.assumptions.intensity_g_per_kwh).toBe(321);
      expect(fake.requests.map((r) => [r.query.get("zone"), r.headers["auth-token"]])).toEqual([
        ["DE", token],
      ]);
    } finally {
      await fake.close();
    }
  });
});
