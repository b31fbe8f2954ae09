import { describe, expect, it } from "vitest";
import { commandEnv, forgetOurs } from "../../src/action/command-env.js";

const runnerEnv = (): NodeJS.ProcessEnv => ({
  PATH: "/usr/bin",
  HOME: "/home/runner",
  "INPUT_GITHUB-TOKEN": "ghs_secret",
  INPUT_RUN: "python train.py",
  STATE_ledger_dir: "/tmp/ledger",
  ACTIONS_RUNTIME_TOKEN: "runtime-secret",
  ACTIONS_RESULTS_URL: "https://results.example",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-secret",
  GITHUB_SHA: "abc",
});

describe("the command's environment", () => {
  it("is the step's without the action's inputs, state and runtime credentials", () => {
    expect(Object.keys(commandEnv(runnerEnv())).sort()).toEqual(["GITHUB_SHA", "HOME", "PATH"]);
  });

  it("forgetOurs leaves the process with none of ours until the command is over, then puts them back", () => {
    const env = runnerEnv();
    const rememberOurs = forgetOurs(env);
    expect(Object.keys(env).sort()).toEqual(["GITHUB_SHA", "HOME", "PATH"]);
    rememberOurs();
    // A post step run in the same process (local-action --post) reads its inputs again.
    expect(env).toEqual(runnerEnv());
  });
});
