/** The action's post step: the job's first invocation reports for every step the job measured. */

import * as core from "@actions/core";
import { isConfigError } from "../budget/config-error.js";
import { isInputError } from "../errors.js";
import { State } from "./constants.js";
import { readActionContext } from "./context.js";
import { reportLedger } from "./report-modes.js";

export async function run(): Promise<void> {
  if (core.getState(State.ReportsInPost) !== "true") return;
  try {
    await reportLedger({ ...readActionContext(), dir: core.getState(State.LedgerDir) });
  } catch (error) {
    if (isInputError(error) || isConfigError(error)) core.setFailed((error as Error).message);
    else core.warning(`carbon-budget could not report: ${(error as Error).message}`);
  }
}
