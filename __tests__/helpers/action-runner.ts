/**
 * Runs the committed action bundles (`dist/index.js`, then `dist/post/index.js`) as the Actions runner
 * does: each step a fresh `node` process with `INPUT_*` (action.yml defaults filled in), the `GITHUB_*`
 * context, an event payload file, the `GITHUB_OUTPUT` / `GITHUB_STATE` / `GITHUB_STEP_SUMMARY` file
 * commands, and `STATE_*` handed from a step's main to its post. Posts run in reverse order, always.
 * Sensors point at nothing (a fake /proc, no powercap, no NVML, no nvidia-smi), so only the declared
 * GPU input and the CPU/RAM models count; GitHub is whatever `apiUrl` says (the stand-in server).
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { type GitHubServer, startGitHubServer } from "../github/server.js";
import type { GitHubState } from "../github/state.js";
import { quietSensors, repoRoot } from "./cli.js";
import { createFakeProc } from "./fake-proc.js";

export const mainPath = join(repoRoot, "dist", "index.js");
export const postPath = join(repoRoot, "dist", "post", "index.js");
const eventsDir = join(repoRoot, "__tests__", "fixtures", "events");

/** One `uses: ./` step: its `with:` inputs, by their action.yml names (`run`, `step`, `gpu-count`, ...). */
export type StepInputs = Record<string, string | undefined>;

export interface JobOptions {
  /** The stand-in's URL (GITHUB_API_URL). */
  apiUrl: string;
  /** The job's `github.token`: the default of the `github-token` input; masked, never printed. */
  token?: string;
  event: string;
  payload: unknown;
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  sha: string;
  ref: string;
  runId?: string | number;
  runAttempt?: number;
  workflow?: string;
  job?: string;
  /** Files written into the workspace before the job, e.g. `.github/carbon-budget.yml`. */
  files?: Record<string, string>;
  /** CARBON_BUDGET_ARTIFACT_DIR: the artifact service's stand-in, shared between jobs of one run. */
  artifactDir?: string;
  steps: StepInputs[];
  /** More environment for every process (e.g. a seam a test wants changed). */
  env?: Record<string, string>;
  /** Strings that must never be printed (the token is always one). */
  secrets?: string[];
  /** Called as each process ends, before the next starts: what a later step of the job would see. */
  onStep?: (run: StepRun) => void;
  /** A folder laid out as dist/ (index.js, post/index.js) to run instead of the built one. */
  dist?: string;
  /**
   * The user the runner runs the job as (tests run as root; a runner does not). The job's folders
   * are made that user's, as the runner's own are.
   */
  user?: { uid: number; gid: number };
  /** Changes the runner's own setup before the job: what a test breaks there (RUNNER_TEMP, the event). */
  setup?: (paths: { scratch: string; runnerTemp: string; eventPath: string }) => void;
}

/** What one process (a step's main or post) left behind. */
export interface StepRun {
  phase: "main" | "post";
  index: number;
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What `core.saveState` wrote (main only). */
  state: Record<string, string>;
  summary: string;
  errors: string[];
  warnings: string[];
  /** True when the runner would mark the step failed (a non-zero exit). */
  failed: boolean;
  durationMs: number;
}

export interface JobRun {
  mains: StepRun[];
  posts: StepRun[];
  /** Every process in the order it ran. */
  all: StepRun[];
  /** The job summary, as the runner joins the steps' summaries. */
  summary: string;
  /** Outputs of every process, later ones winning (the post of step 0 is last). */
  outputs: Record<string, string>;
  /** The runner's verdict on the job: failed when any step failed. */
  failed: boolean;
  workspace: string;
  runnerTemp: string;
  cleanup(): void;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

let actionDefaults: Record<string, string> | undefined;
// biome-ignore lint/suspicious/noTemplateCurlyInString: an Actions expression, as action.yml spells it.
const GITHUB_TOKEN_EXPRESSION = "${{ github.token }}";

/** The defaults action.yml declares; `${{ github.token }}` is resolved per job. */
function defaults(): Record<string, string> {
  if (!actionDefaults) {
    const text = readFileSync(join(repoRoot, "action.yml"), "utf8");
    // Only the inputs: the manifest's own validity is action-manifest.test.ts's business.
    const yml = parseYaml(text.slice(text.indexOf("\ninputs:"))) as ActionYml;
    actionDefaults = Object.fromEntries(
      Object.entries(yml.inputs).flatMap(([name, input]) =>
        input.default === undefined ? [] : [[name, String(input.default)]],
      ),
    );
  }
  return actionDefaults;
}

/** The runner's input variable: `INPUT_` + the name upper-cased, spaces to `_`, dashes kept. */
export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;

/** Reads the `@actions/core` file-command format: `name<<DELIM\nvalue\nDELIM` blocks (or `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = "", delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
      if (i >= lines.length) throw new Error(`file command ${name}: no closing delimiter ${delimiter}`);
      result[name] = value.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq < 0) throw new Error(`file command: cannot read line ${JSON.stringify(line)}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

/** Workflow commands on stdout (`::error::msg`), with the runner's %-escapes undone. */
function commands(stdout: string, name: "error" | "warning"): string[] {
  const decode = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  return stdout.split("\n").flatMap((line) => {
    const match = new RegExp(`^::${name}(?: [^:]*)?::(.*)$`).exec(line);
    return match ? [decode(match[1] ?? "")] : [];
  });
}

/** Secrets printed anywhere but in the `::add-mask::` command that tells the runner to hide them. */
export function leakedSecrets(text: string, secrets: readonly string[]): string[] {
  const shown = text
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  return secrets.filter((secret) => secret.length > 0 && shown.includes(secret));
}

function runNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
  user: { uid: number; gid: number } | undefined,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      ...(user && { uid: user.uid, gid: user.gid }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let runCounter = 5000;

/**
 * `npm run build` empties dist/ and writes it again; a job started meanwhile would find no bundle.
 * Waits (up to two minutes) until the bundles and the last file the build copies are there and still.
 */
async function waitForBundles(): Promise<void> {
  const last = join(repoRoot, "dist", "node_modules", "@koromix", "koffi-linux-arm64", "package.json");
  const sizes = () => [mainPath, postPath, last].map((p) => (existsSync(p) ? statSync(p).size : -1)).join();
  const deadline = Date.now() + 120_000;
  let before = sizes();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, before.includes("-1") ? 1000 : 100));
    const now = sizes();
    if (!now.includes("-1") && now === before) return;
    if (Date.now() > deadline) throw new Error(`dist/ is incomplete (${now}): run npm run build`);
    before = now;
  }
}

/** Runs one job: every step's main in order (skipping the rest after a failure), then the posts in reverse. */
export async function runJob(options: JobOptions): Promise<JobRun> {
  const dist = options.dist ?? join(repoRoot, "dist");
  const scripts = { main: join(dist, "index.js"), post: join(dist, "post", "index.js") };
  const scratch = mkdtempSync(join(tmpdir(), "carbon-budget-job-"));
  const workspace = join(scratch, "workspace");
  const runnerTemp = join(scratch, "runner-temp");
  const commandsDir = join(scratch, "file-commands");
  for (const dir of [workspace, runnerTemp, commandsDir]) mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const eventPath = join(scratch, "event.json");
  writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
  // A machine with 4 CPUs and 16 GiB whose counters never move: the CPU model sees an idle machine.
  const proc = createFakeProc({ cpus: 4, memTotalKb: 16 * 1024 * 1024 });
  const user = options.user;
  if (user) {
    for (const dir of [scratch, proc.root]) giveTo(dir, user);
    chmodSync(proc.root, 0o755);
  }
  options.setup?.({ scratch, runnerTemp, eventPath });
  const [owner = ""] = options.repository.split("/");

  const base: Record<string, string> = {
    HOME: scratch,
    LANG: "C",
    ...quietSensors(scratch),
    CARBON_BUDGET_PROC_ROOT: proc.root,
    CARBON_BUDGET_NO_NETWORK: "1",
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_RUN_ID: String(options.runId ?? ++runCounter),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RUN_NUMBER: "1",
    GITHUB_WORKFLOW: options.workflow ?? "train",
    GITHUB_JOB: options.job ?? "train",
    GITHUB_ACTOR: "octocat",
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    ...(options.artifactDir && { CARBON_BUDGET_ARTIFACT_DIR: options.artifactDir }),
    ...options.env,
  };
  const secrets = [...(options.token ? [options.token] : []), ...(options.secrets ?? [])];

  const inputsFor = (step: StepInputs): Record<string, string> => {
    const given = Object.fromEntries(
      Object.entries(step).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])),
    );
    const values: Record<string, string> = { ...defaults(), ...given };
    // The one expression among the defaults: the job's token.
    if (values["github-token"] === GITHUB_TOKEN_EXPRESSION) values["github-token"] = options.token ?? "";
    return Object.fromEntries(Object.entries(values).map(([name, value]) => [inputVariable(name), value]));
  };

  const runStep = async (
    phase: "main" | "post",
    index: number,
    step: StepInputs,
    stateEnv: Record<string, string>,
  ): Promise<StepRun> => {
    await waitForBundles();
    const files = Object.fromEntries(
      ["OUTPUT", "STATE", "STEP_SUMMARY", "ENV", "PATH"].map((name) => {
        const path = join(commandsDir, `${phase}-${index}-${name.toLowerCase()}`);
        writeFileSync(path, "");
        if (user) chownSync(path, user.uid, user.gid);
        return [`GITHUB_${name}`, path];
      }),
    );
    const env = { ...base, ...inputsFor(step), ...stateEnv, ...files };
    const script = scripts[phase];
    const started = Date.now();
    let result = await runNode(script, env, workspace, user);
    // A rebuild emptied dist/ as the step started: nothing of ours ran, so wait for it and start again.
    if (result.code !== 0 && result.stderr.includes(`Cannot find module '${script}'`)) {
      await waitForBundles();
      result = await runNode(script, env, workspace, user);
    }
    const durationMs = Date.now() - started;
    const read = (name: string) => readFileSync(files[name] as string, "utf8");
    const run: StepRun = {
      phase,
      index,
      ...result,
      outputs: parseFileCommands(read("GITHUB_OUTPUT")),
      state: parseFileCommands(read("GITHUB_STATE")),
      summary: read("GITHUB_STEP_SUMMARY"),
      errors: commands(result.stdout, "error"),
      warnings: commands(result.stdout, "warning"),
      failed: result.code !== 0,
      durationMs,
    };
    const leaks = leakedSecrets(`${result.stdout}\n${result.stderr}\n${run.summary}`, secrets);
    if (leaks.length > 0) throw new Error(`${phase} of step ${index} printed a secret`);
    return run;
  };

  const mains: StepRun[] = [];
  for (const [index, step] of options.steps.entries()) {
    // `if: success()` is the default: after a failed step the rest of the job is skipped.
    if (mains.some((m) => m.failed)) break;
    mains.push(await runStep("main", index, step, {}));
    options.onStep?.(mains[mains.length - 1] as StepRun);
  }
  const posts: StepRun[] = [];
  // `post-if: always()`: every step that started gets its post, last first.
  for (const main of [...mains].reverse()) {
    const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]));
    posts.push(await runStep("post", main.index, options.steps[main.index] ?? {}, stateEnv));
    options.onStep?.(posts[posts.length - 1] as StepRun);
  }
  const all = [...mains, ...posts];
  return {
    mains,
    posts,
    all,
    summary: all
      .map((s) => s.summary)
      .filter(Boolean)
      .join("\n"),
    outputs: Object.assign({}, ...all.map((s) => s.outputs)),
    failed: all.some((s) => s.failed),
    workspace,
    runnerTemp,
    cleanup: () => {
      proc.cleanup();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Makes a folder and everything in it the user's, as a runner's own work folders are. */
function giveTo(dir: string, user: { uid: number; gid: number }): void {
  chownSync(dir, user.uid, user.gid);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    chownSync(join(entry.parentPath, entry.name), user.uid, user.gid);
  }
}

// Event payloads: the fixtures are GitHub's shapes; these put the stand-in's repository and commits in.

// biome-ignore lint/suspicious/noExplicitAny: payloads are GitHub's loosely typed JSON.
type Json = any;

const fixture = (name: string): Json => JSON.parse(readFileSync(join(eventsDir, `${name}.json`), "utf8"));

function renameRepo(repo: Json, fullName: string, defaultBranch: string): void {
  const [owner = "", name = ""] = fullName.split("/");
  repo.full_name = fullName;
  repo.name = name;
  repo.owner.login = owner;
  repo.default_branch = defaultBranch;
  repo.url = `https://api.github.com/repos/${fullName}`;
  repo.html_url = `https://github.com/${fullName}`;
}

export function pushEvent(options: {
  repository: string;
  defaultBranch?: string;
  branch: string;
  before: string;
  after: string;
}): Json {
  const payload = fixture("push");
  renameRepo(payload.repository, options.repository, options.defaultBranch ?? "main");
  payload.repository.master_branch = options.defaultBranch ?? "main";
  payload.ref = `refs/heads/${options.branch}`;
  payload.before = options.before;
  payload.after = options.after;
  payload.head_commit.id = options.after;
  payload.commits[0].id = options.after;
  return payload;
}

/** A `pull_request` payload for PR `number` as the stand-in has it now (head, base, fork or not). */
export function pullRequestEvent(
  state: GitHubState,
  number: number,
  action: "opened" | "synchronize" = "opened",
  repository?: string,
): Json {
  const repo = state.repo(repository);
  const issue = state.issue(number, repository);
  const pull = state.syncPullRequest(repo, issue);
  if (!pull) throw new Error(`#${number} is not a pull request`);
  const fork = pull.headRepo !== repo;
  const payload = fixture(`pull_request.${action}${fork ? ".fork" : ""}`);
  renameRepo(payload.repository, repo.fullName, repo.defaultBranch);
  const pr = payload.pull_request;
  payload.number = number;
  pr.number = number;
  pr.head.ref = pull.head;
  pr.head.sha = pull.headSha;
  pr.head.label = `${pull.headRepo.owner}:${pull.head}`;
  renameRepo(pr.head.repo, pull.headRepo.fullName, pull.headRepo.defaultBranch);
  pr.base.ref = pull.base;
  pr.base.sha = pull.baseSha;
  pr.base.label = `${repo.owner}:${pull.base}`;
  renameRepo(pr.base.repo, repo.fullName, repo.defaultBranch);
  if (action === "synchronize") payload.after = pull.headSha;
  return payload;
}

/** `workflow_run` completed, for the run `runId` that ran on `headSha` (a fork PR's: no pull_requests). */
export function workflowRunEvent(options: {
  repository: string;
  headRepository: string;
  headBranch: string;
  headSha: string;
  runId: number;
  runAttempt?: number;
}): Json {
  const payload = fixture("workflow_run.completed");
  renameRepo(payload.repository, options.repository, "main");
  const run = payload.workflow_run;
  run.id = options.runId;
  run.run_attempt = options.runAttempt ?? 1;
  run.head_sha = options.headSha;
  run.head_commit.id = options.headSha;
  run.head_branch = options.headBranch;
  run.repository.full_name = options.repository;
  run.head_repository.full_name = options.headRepository;
  return payload;
}

/** Files as `actions/checkout` would put them in the workspace at commit `sha` (those that exist). */
export function checkout(state: GitHubState, sha: string, paths: string[]): Record<string, string> {
  const tree = state.git.files(sha);
  return Object.fromEntries(
    paths.flatMap((path) => {
      const blob = tree.get(path);
      const text = blob && state.git.blobs.get(blob)?.toString("utf8");
      return text === undefined ? [] : [[path, text]];
    }),
  );
}

/** GITHUB_SHA and GITHUB_REF of a `pull_request` run: the test merge commit, as actions/checkout sees it. */
export function pullRequestRef(state: GitHubState, number: number): { sha: string; ref: string } {
  const repo = state.repo();
  state.syncPullRequest(repo, state.issue(number));
  const sha = repo.refs.get(`pull/${number}/merge`);
  if (!sha) throw new Error(`#${number} has no merge ref`);
  return { sha, ref: `refs/pull/${number}/merge` };
}

// The scenarios' common ground: a repository on the stand-in, tokens, a config, a declared GPU step.

export const REPOSITORY = "acme/models";
/** The job token of a same-repo run: may write contents, issues, pull requests and statuses. */
export const WRITE_TOKEN = "ghs_e2eWriteToken0000000000000000000001";
/** The job token of a fork's pull request run: read-only everywhere. */
export const READ_TOKEN = "ghs_e2eForkReadOnlyToken000000000000002";
export const A100 = "NVIDIA A100-SXM4-80GB";
export const CONFIG_PATH = ".github/carbon-budget.yml";
/** Grid intensity and PUE fixed by the config, so grams follow from kWh by hand: g = IT kWh x 1.2 x 500. */
export const INTENSITY = 500;
export const PUE = 1.2;

/** The config with `budgets` (YAML lines under `budgets:`, already indented) if given. */
export function config(budgets?: string): string {
  return [
    "version: 1",
    `location: { intensity: ${INTENSITY} }`,
    `pue: ${PUE}`,
    ...(budgets ? ["budgets:", budgets] : []),
    "",
  ].join("\n");
}

/** A measured `train` step: 8 (or `gpuCount`) declared A100s, 400 W each, for a 0.3 s command. */
export const trainStep = (inputs: StepInputs = {}): StepInputs => ({
  run: "sleep 0.3",
  step: "train",
  gpu: A100,
  "gpu-count": "8",
  ...inputs,
});

export interface StandIn {
  server: GitHubServer;
  state: GitHubState;
  close(): Promise<void>;
}

/** The stand-in with acme/models (default branch main) and the two Actions tokens. */
export async function standIn(): Promise<StandIn> {
  const server = await startGitHubServer();
  server.state.createRepo({ owner: "acme", name: "models" });
  server.state.addToken(WRITE_TOKEN, { login: "github-actions[bot]", permission: "write" });
  server.state.addToken(READ_TOKEN, { login: "github-actions[bot]", permission: "read" });
  return { server, state: server.state, close: () => server.close() };
}

/** A run's report JSON, from the `report-path` output. */
// biome-ignore lint/suspicious/noExplicitAny: the report is read as plain JSON and checked by the test.
export function readReport(job: JobRun): any {
  const path = job.outputs["report-path"];
  if (!path) throw new Error("the job set no report-path output");
  return JSON.parse(readFileSync(path, "utf8"));
}

/**
 * The hardware fingerprint this machine gets for `gpuCount` declared A100s: from a real measured step
 * with no token (nothing reaches GitHub), so a seeded baseline is on the same hardware as the runs.
 */
export async function fingerprintFor(gpuCount: number): Promise<string> {
  const job = await runJob({
    apiUrl: "http://127.0.0.1:9",
    event: "push",
    payload: {},
    repository: REPOSITORY,
    sha: "0".repeat(40),
    ref: "refs/heads/probe",
    files: { [CONFIG_PATH]: config() },
    steps: [trainStep({ run: "true", "gpu-count": String(gpuCount), "github-token": "" })],
  });
  try {
    return readReport(job).hardware.fingerprint;
  } finally {
    job.cleanup();
  }
}

export interface SeededRun {
  sha: string;
  fingerprint: string;
  /** Per step: facility kWh and grams, as a stored run would have them. */
  steps: Record<string, { energy_kwh: number; co2e_g: number; duration_s?: number }>;
  runId?: string;
  endedAt?: string;
}

/** Puts runs (newest first) in `v1/<branch>/index.json` on the data branch, as earlier pushes would have. */
export function seedIndex(
  state: GitHubState,
  runs: SeededRun[],
  options: { branch?: string; dataBranch?: string } = {},
): void {
  const branch = options.branch ?? "main";
  const entries = runs.map((run, i) => {
    const steps = Object.values(run.steps);
    return {
      sha: run.sha,
      run_id: run.runId ?? `20240101T00000${i}Z-seeded${i}`,
      ended_at: run.endedAt ?? new Date(Date.UTC(2024, 0, 1, 12, 0, 0) - i * 60_000).toISOString(),
      fingerprint: run.fingerprint,
      totals: {
        energy_kwh: steps.reduce((t, s) => t + s.energy_kwh, 0),
        co2e_g: steps.reduce((t, s) => t + s.co2e_g, 0),
      },
      steps: run.steps,
    };
  });
  state.commit(options.dataBranch ?? "carbon-budget-data", {
    files: {
      [`v1/${branch}/index.json`]: `${JSON.stringify({ schema: "carbon-budget/index@1", branch, entries })}\n`,
    },
    message: "seeded run history",
  });
}

/** The stand-in's request log from `from` on, as `METHOD path status` lines (for failure messages). */
export const requestLines = (server: GitHubServer, from = 0) =>
  server.requests.slice(from).map((r) => `${r.method} ${r.path} ${r.status}`);

/** The one artifact folder whose name starts with `prefix` (names carry a unique suffix per job). */
export function artifactFolder(artifacts: string, prefix = "carbon-budget-report-train"): string {
  const matches = readdirSync(artifacts).filter((name) => name.startsWith(`${prefix}-`));
  if (matches.length !== 1)
    throw new Error(
      `expected one ${prefix}-* artifact in ${artifacts}, found ${matches.join(", ") || "none"}`,
    );
  return join(artifacts, matches[0] ?? "");
}
