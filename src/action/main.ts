/**
 * The action's main step. A step with a command (`mode: measure`, the default) runs it, whatever else
 * fails (measure-mode.ts), and adds it to the job's ledger; the job's first invocation reports in its
 * post step. The other modes report now, under the one try/catch below. Only the user's own failures
 * fail the step: their command, their bad input, or a budget their change exceeds.
 */
import * as core from "@actions/core";
import { isConfigError } from "../budget/config-error.js";
import { isInputError } from "../errors.js";
import type { GitHubContext } from "../github/context.js";
import { Inputs, Modes } from "./constants.js";
import { readActionContext } from "./context.js";
import { hardenProcess } from "./harden-process.js";
import { ledgerDir } from "./ledger.js";
import { runMeasureMode } from "./measure-mode.js";
import { reportAggregate, reportLedger, reportPublish, runBotEvent } from "./report-modes.js";

/** PR comments and labels are the bot's: a step without `run` on such an event answers them. */
const isBotEvent = (gh: GitHubContext) =>
  gh.eventName === "issue_comment" ||
  ((gh.eventName === "pull_request" || gh.eventName === "pull_request_target") &&
    (gh.payload as { action?: string }).action === "labeled");

/** Only the reporting modes ignore `run`: a misspelt mode still runs the command, then fails the step. */
const reportsOnly = (mode: string) => mode !== "measure" && (Modes as readonly string[]).includes(mode);

export async function run(): Promise<void> {
  // First of all: the shorter the time our inputs are readable, the less a process left running by an
  // earlier step can take. Only the command we run ourselves is worth a warning when it fails.
  const hardened = await hardenProcess();
  const command = core.getInput(Inputs.Run).trim();
  if (command !== "" && !reportsOnly(core.getInput(Inputs.Mode).trim())) {
    await runMeasureMode(command, hardened);
    return;
  }
  try {
    const action = readActionContext({ botEvent: isBotEvent });
    const context = { ...action, dir: ledgerDir(action.runner.runnerTemp, action.gh.job) };
    switch (context.inputs.mode) {
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
        // readInputs refuses measure mode without `run` except on the bot's events.
        await runBotEvent(context);
        return;
    }
  } catch (error) {
    if (isInputError(error) || isConfigError(error)) core.setFailed((error as Error).message);
    // Ours, not the user's: say so, and leave their build alone.
    else core.warning(`carbon-budget could not finish: ${(error as Error).message}`);
  }
}
