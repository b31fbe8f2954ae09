/**
 * The action's main step: the one try/catch. `mode: measure` (default) runs and measures the command
 * and adds it to the job's ledger; the job's first invocation reports in its post step. The other
 * modes report now. Only the user's own failures fail the step: their command, their bad input, or a
 * budget their change exceeds.
 */
import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { isConfigError } from "../budget/config-error.js";
import { readEnvironment } from "../environment.js";
import { isInputError } from "../errors.js";
import { readGitHubContext } from "../github/context.js";
import { createGitHubClient } from "../github/octokit.js";
import { commandEnv } from "./command-env.js";
import { Outputs, State } from "./constants.js";
import { readInputs } from "./inputs.js";
import { appendStep, claimLedger, ledgerDir } from "./ledger.js";
import { measureActionStep } from "./measure-step.js";
import { reportAggregate, reportLedger, reportPublish, runBotEvent } from "./report-modes.js";
import { defaults, workspaceConfig } from "./run-config.js";
import { readRunnerEnv } from "./runner-env.js";
import { actionSettings } from "./settings.js";

/** PR comments and labels are the bot's: a step without `run` on such an event answers them. */
const isBotEvent = (gh: { eventName: string; payload: unknown }) =>
  gh.eventName === "issue_comment" ||
  ((gh.eventName === "pull_request" || gh.eventName === "pull_request_target") &&
    (gh.payload as { action?: string }).action === "labeled");

export async function runMain(): Promise<void> {
  try {
    const runner = readRunnerEnv(process.env);
    const gh = readGitHubContext(
      process.env,
      runner.eventPath ? readFileSync(runner.eventPath, "utf8") : undefined,
    );
    const botEvent = isBotEvent(gh);
    const inputs = readInputs((name) => core.getInput(name), { botEvent });
    const token = inputs.githubToken;
    if (token) core.setSecret(token);
    if (inputs.electricityMapsToken) core.setSecret(inputs.electricityMapsToken);
    const client = token ? createGitHubClient({ token, baseUrl: gh.apiUrl, log: core.info }) : undefined;
    const dir = ledgerDir(runner.runnerTemp, gh.job);
    const context = { inputs, runner, gh, client, dir };

    if (botEvent && inputs.mode === "measure" && !inputs.run) {
      await runBotEvent(context);
      return;
    }
    switch (inputs.mode) {
      case "report":
        await reportLedger(context);
        return;
      case "aggregate":
        await reportAggregate(context);
        return;
      case "publish":
        await reportPublish(context);
        return;
      case "measure":
        break;
    }

    let configProblem: string | undefined;
    let config = defaults();
    try {
      config = (await workspaceConfig(runner.workspace, inputs.config)).config;
    } catch (error) {
      // Measure anyway, with the defaults: the run is kept, and the step fails for the config after.
      if (!isConfigError(error) && !isInputError(error)) throw error;
      configProblem = (error as Error).message;
      core.error(configProblem);
    }
    const settings = actionSettings(inputs, config);
    if (claimLedger(dir)) core.saveState(State.ReportsInPost, "true");
    core.saveState(State.LedgerDir, dir);
    const measured = await measureActionStep(
      inputs.run ?? "",
      settings,
      // The input wins over the step's ELECTRICITY_MAPS_TOKEN, like any input over its environment.
      readEnvironment(
        inputs.electricityMapsToken
          ? { ...process.env, ELECTRICITY_MAPS_TOKEN: inputs.electricityMapsToken }
          : process.env,
      ),
      { sha: gh.sha, ref: gh.ref, repo: `${gh.owner}/${gh.repo}`, spawnEnv: commandEnv(process.env) },
      core.info,
    );
    const path = appendStep(dir, measured.report);
    const [step] = measured.report.steps;
    core.info(
      `carbon-budget: ${step.name}: ${step.energy_kwh.toFixed(6)} kWh, ${step.co2e_g.toFixed(3)} g CO2e (${path})`,
    );
    core.setOutput(Outputs.EnergyKwh, String(step.energy_kwh));
    core.setOutput(Outputs.Co2eG, String(step.co2e_g));
    // The job's report is written by the post step; until then, this step's own report is the file there is.
    core.setOutput(Outputs.ReportPath, path);
    if (measured.error) core.error(measured.error);
    if (measured.exitCode !== 0) core.setFailed(`the command exited with code ${measured.exitCode}`);
    else if (configProblem) core.setFailed(`${inputs.config} is invalid (see above)`);
  } catch (error) {
    if (isInputError(error) || isConfigError(error)) core.setFailed((error as Error).message);
    // Ours, not the user's: say so, and leave their build alone.
    else core.warning(`carbon-budget could not finish: ${(error as Error).message}`);
  }
}
