/** The action's post step: the job's first invocation reports for every step the job measured. */

import * as core from "@actions/core";
import { isConfigError } from "../budget/config-error.js";
import { isInputError } from "../errors.js";
import { readGitHubContext } from "../github/context.js";
import { createGitHubClient } from "../github/octokit.js";
import { State } from "./constants.js";
import { hardenProcess } from "./harden-process.js";
import { readInputs } from "./inputs.js";
import { reportLedger } from "./report-modes.js";
import { readEventPayload, readRunnerEnv } from "./runner-env.js";

export async function runPost(): Promise<void> {
  // As the main step does: a process the job left running may not read our inputs (best effort).
  await hardenProcess();
  if (core.getState(State.ReportsInPost) !== "true") return;
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const runner = readRunnerEnv(process.env);
    const gh = readGitHubContext(process.env, readEventPayload(runner.eventPath));
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const client = inputs.githubToken
      ? createGitHubClient({ token: inputs.githubToken, baseUrl: gh.apiUrl, log: core.info })
      : undefined;
    await reportLedger({
      inputs,
      runner,
      gh,
      ...(client && { client }),
      dir: core.getState(State.LedgerDir),
    });
  } catch (error) {
    if (isInputError(error) || isConfigError(error)) core.setFailed((error as Error).message);
    else core.warning(`carbon-budget could not report: ${(error as Error).message}`);
  }
}

void runPost();
