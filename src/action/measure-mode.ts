/**
 * `mode: measure` with a command: the one place that decides the command runs, whatever else fails.
 * Preparing (the event, the inputs, the config, the ledger) and keeping the result can go wrong in two
 * ways. The user's mistakes (an invalid input or config) are errors, and fail the step after the
 * command ran. Our own trouble (an unreadable event or config, a broken RUNNER_TEMP, sensors that
 * cannot be read) is a warning. The command runs either way: measured when it can be, plainly when it
 * cannot, with a "not measured" report saying why. The step's failure for the command stays the
 * command's exit code.
 */
import * as core from "@actions/core";
import { type Environment, readEnvironment } from "../environment.js";
import { isInputError } from "../errors.js";
import { readGitHubContext } from "../github/context.js";
import { planStep } from "../pipeline/measure-step.js";
import { stepName } from "../pipeline/step-name.js";
import type { StepPlan } from "../pipeline/step-plan.js";
import { describeStepKept } from "../render/progress-line.js";
import type { Report } from "../report/schema.js";
import { commandEnv, forgetOurs } from "./command-env.js";
import { Inputs, Outputs, State } from "./constants.js";
import type { Hardening } from "./harden-process.js";
import { type ActionInputs, readInputs } from "./inputs.js";
import { appendStep, claimLedger, ledgerDir } from "./ledger.js";
import { runStepCommand } from "./measure-step.js";
import { defaults, workspaceConfig } from "./run-config.js";
import { readEventPayload, readRunnerEnv } from "./runner-env.js";
import { actionSettings } from "./settings.js";

/** What went wrong, by whose it is: the user's fails the step (after the command), ours warns. */
interface Trouble {
  user: string[];
  ours: string[];
  /** The latest of either: why a piece is missing. */
  last?: string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Does one piece of the work. A failure is the user's when it is an InputError (a ConfigError is
 * one), else ours; either is said at once, and the piece is left undefined for the caller's fallback.
 */
async function attempt<T>(
  trouble: Trouble,
  failed: string,
  work: () => T | Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (isInputError(error)) {
      trouble.user.push(error.message);
      trouble.last = error.message;
      core.error(error.message);
    } else {
      trouble.last = `${failed}: ${message(error)}`;
      trouble.ours.push(trouble.last);
      core.warning(`carbon-budget: ${trouble.last}`);
    }
    return undefined;
  }
}

export async function runMeasureMode(command: string, hardened: Hardening): Promise<void> {
  const trouble: Trouble = { user: [], ours: [] };
  // Masked before anything can fail: the values as given, whatever parsing the inputs makes of them.
  for (const secret of [Inputs.GitHubToken, Inputs.ElectricityMapsToken]) {
    const value = core.getInput(secret).trim();
    if (value) core.setSecret(value);
  }
  const runner = readRunnerEnv(process.env);
  const payload = await attempt(trouble, "the event payload (GITHUB_EVENT_PATH) could not be read", () =>
    readEventPayload(runner.eventPath),
  );
  const gh = readGitHubContext(process.env, payload);
  const inputs = await attempt(trouble, "the inputs could not be read", () =>
    readInputs((name) => core.getInput(name)),
  );
  const name = stepName(inputs?.step ?? core.getInput(Inputs.Step).trim(), command);
  // The input wins over the step's ELECTRICITY_MAPS_TOKEN, like any input over its environment.
  const env = readEnvironment(
    inputs?.electricityMapsToken
      ? { ...process.env, ELECTRICITY_MAPS_TOKEN: inputs.electricityMapsToken }
      : process.env,
  );
  // Prometheus credentials come from the step's environment: masked like the inputs' tokens.
  const auth = env.prometheusAuth;
  if (auth)
    for (const secret of "bearer" in auth ? [auth.bearer] : [auth.password])
      if (secret) core.setSecret(secret);
  const plan = inputs && (await planFor(inputs, runner.workspace, env, trouble));
  const unmeasured = trouble.last ?? "the measurement could not be prepared";
  const dir = await attempt(trouble, "the job's ledger under RUNNER_TEMP could not be started", () => {
    const dir = ledgerDir(runner.runnerTemp, gh.job);
    if (claimLedger(dir)) core.saveState(State.ReportsInPost, "true");
    core.saveState(State.LedgerDir, dir);
    return dir;
  });

  // From here on the command's: nothing the action starts inherits our inputs, or can read them from us
  // (the process was made non-dumpable as it started).
  const spawnEnv = commandEnv(process.env);
  const rememberOurs = forgetOurs(process.env);
  if (!hardened.ok) {
    core.warning(
      `carbon-budget: this step's inputs are readable by the wrapped command's processes: ${hardened.reason}`,
    );
  }
  const step = await runStepCommand(
    command,
    {
      name,
      run: { repo: `${gh.owner}/${gh.repo}`, ...(gh.ref && { ref: gh.ref }), ...(gh.sha && { sha: gh.sha }) },
      spawnEnv,
    },
    plan ? { plan } : { unmeasured },
    core.info,
  );
  // The command has ended; what it started got `spawnEnv` when spawned, so putting ours back reaches none
  // of it, and a post step run in this process (`@github/local-action --post`) finds its inputs.
  rememberOurs();

  await attempt(trouble, "the step's report could not be kept", () => keep(step.report, dir));
  if (step.error) core.error(step.error);
  if (step.exitCode !== 0) core.setFailed(`the command exited with code ${step.exitCode}`);
  else if (trouble.user.length > 0)
    core.setFailed("carbon-budget: an input or the config is invalid (see the errors above)");
}

/** The settings from the inputs and the config (the defaults when it cannot be read), ready to measure. */
async function planFor(
  inputs: ActionInputs,
  workspace: string,
  env: Environment,
  trouble: Trouble,
): Promise<StepPlan | undefined> {
  // Measured anyway, with the defaults: the run is kept, and an invalid config fails the step after.
  const read = await attempt(trouble, `${inputs.config} could not be read, so the defaults apply`, () =>
    workspaceConfig(workspace, inputs.config),
  );
  return attempt(trouble, "the measurement could not be prepared", () =>
    planStep(actionSettings(inputs, read?.config ?? defaults()), env),
  );
}

/** Outputs a later step can read, and the step's report in the job's ledger for the post step. */
function keep(report: Report, dir: string | undefined): void {
  const [step] = report.steps;
  if (!step) return;
  const measured = step.not_measured === undefined;
  core.setOutput(Outputs.EnergyKwh, measured ? String(step.energy_kwh) : "");
  core.setOutput(Outputs.Co2eG, measured ? String(step.co2e_g) : "");
  if (!measured)
    core.warning(`carbon-budget: ${step.name} ran but was not measured: ${step.not_measured?.reason}`);
  if (dir === undefined)
    throw new Error("the job's ledger could not be started, so the post step will not report it");
  const path = appendStep(dir, report);
  core.info(describeStepKept(step, path));
  // The job's report is written by the post step; until then, this step's own report is the file there is.
  core.setOutput(Outputs.ReportPath, path);
}
