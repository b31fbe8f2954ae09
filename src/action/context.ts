/**
 * What every step of the action reads before it works, built in one place: the runner's environment,
 * the GitHub context and its event, the inputs (their secrets masked at once) and the GitHub client.
 */
import * as core from "@actions/core";
import { type GitHubContext, readGitHubContext } from "../github/context.js";
import { createGitHubClient, type GitHubClient } from "../github/octokit.js";
import { type ActionInputs, readInputs } from "./inputs.js";
import { type RunnerEnv, readEventPayload, readRunnerEnv } from "./runner-env.js";

export interface ActionContext {
  inputs: ActionInputs;
  runner: RunnerEnv;
  gh: GitHubContext;
  /** Without a token, nothing is asked of GitHub. */
  client?: GitHubClient;
}

/** Masks the inputs' secrets, so no later line of the log can show them. */
export function maskSecrets(inputs: ActionInputs): void {
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  if (inputs.electricityMapsToken) core.setSecret(inputs.electricityMapsToken);
}

export function githubClient(inputs: ActionInputs, gh: GitHubContext): GitHubClient | undefined {
  return inputs.githubToken
    ? createGitHubClient({ token: inputs.githubToken, baseUrl: gh.apiUrl, log: core.info })
    : undefined;
}

/**
 * Reads it all, or throws the first trouble. `botEvent` says, from the GitHub context, whether the
 * step answers the bot's events (there `run` may be left out).
 */
export function readActionContext(
  options: { botEvent?: (gh: GitHubContext) => boolean } = {},
): ActionContext {
  const runner = readRunnerEnv(process.env);
  const gh = readGitHubContext(process.env, readEventPayload(runner.eventPath));
  const inputs = readInputs((name) => core.getInput(name), { botEvent: options.botEvent?.(gh) ?? false });
  maskSecrets(inputs);
  const client = githubClient(inputs, gh);
  return { inputs, runner, gh, ...(client && { client }) };
}
