/** The action's post step: the job's first invocation reports for every step the job measured. */

import * as core from "@actions/core";
import { isConfigError } from "../budget/config-error.js";
import { isInputError } from "../errors.js";
import { State } from "./constants.js";
import { readActionContext } from "./context.js";
import { hardenProcess } from "./harden-process.js";
import { reportLedger } from "./report-modes.js";

export async function run(): Promise<void> {
  // As the main step does: a process the job left running may not read our inputs (best effort).
  await hardenProcess();
  if (core.getState(State.ReportsInPost) !== "true") return;
  try {
    await reportLedger({ ...readActionContext(), dir: core.getState(State.LedgerDir) });
  } catch (error) {
    if (isInputError(error) || isConfigError(error)) core.setFailed((error as Error).message);
    else core.warning(`carbon-budget could not report: ${(error as Error).message}`);
  }
}
