/**
 * The wrapped command runs as the same user as the action, and a process may read the environment of
 * another process of its user from /proc/<pid>/environ: the action's holds the job token and the
 * other inputs. Before the command starts the action makes itself non-dumpable, which leaves that
 * file to root alone. The jobs here run as an unprivileged user, as a runner does (the tests run as
 * root, which may read any process), and the command tries to read its parent's environment.
 * The control job runs a copy of the action that cannot load koffi: there the command can read the
 * secrets, which shows the check would catch a leak, and the action says once that it could not help it.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CONFIG_PATH,
  config,
  type JobRun,
  pushEvent,
  REPOSITORY,
  runJob,
  type StandIn,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";
import { repoRoot } from "../helpers/cli.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** `nobody` and `nogroup` on Debian and Ubuntu. */
const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;

const ELECTRICITY_MAPS_TOKEN = "em-e2e-secret-token-5151";
const RUNNER_CREDENTIALS = {
  ACTIONS_RUNTIME_TOKEN: "e2e-runtime-token-7272",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "e2e-oidc-request-token-8383",
  ACTIONS_ID_TOKEN_REQUEST_URL: "https://e2e-oidc.invalid/request?token=9494",
};
const SECRETS = [WRITE_TOKEN, ELECTRICITY_MAPS_TOKEN, ...Object.values(RUNNER_CREDENTIALS)];

/** What the command read of its parent (the action) and what cat said, left in the workspace. */
const READ_PARENT = [
  // The step's bash runs with -e: a refused read is recorded, not the end of the script.
  'status=0; cat "/proc/$PPID/environ" > parent-environ 2> parent-environ.err || status=$?',
  'echo "$status" > parent-environ.status',
].join("; ");

let gh: StandIn;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  gh = await standIn();
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await gh.close();
});

async function job(dist?: string): Promise<JobRun> {
  const sha = gh.state.commit("experiment", { files: { [CONFIG_PATH]: config() } });
  const run = await runJob({
    apiUrl: gh.server.url,
    token: WRITE_TOKEN,
    event: "push",
    payload: pushEvent({ repository: REPOSITORY, branch: "experiment", before: "0".repeat(40), after: sha }),
    repository: REPOSITORY,
    sha,
    ref: "refs/heads/experiment",
    files: { [CONFIG_PATH]: config() },
    steps: [trainStep({ run: READ_PARENT, "electricity-maps-token": ELECTRICITY_MAPS_TOKEN })],
    env: RUNNER_CREDENTIALS,
    secrets: SECRETS,
    user: NOBODY,
    ...(dist && { dist }),
  });
  cleanups.push(run.cleanup);
  return run;
}

const read = (run: JobRun, name: string) => readFileSync(join(run.workspace, name), "utf8");
const seenSecrets = (text: string) => SECRETS.filter((secret) => text.includes(secret));

describe.skipIf(!asRoot)("the action's own process, as seen by the command it wraps", () => {
  it("is unreadable: cat /proc/$PPID/environ is refused, and no secret reaches the command", async () => {
    const run = await job();
    expect(run.failed).toBe(false);
    expect(run.mains[0]?.warnings).toEqual([]);
    expect(read(run, "parent-environ.status").trim()).not.toBe("0");
    expect(read(run, "parent-environ.err")).toMatch(/Permission denied/);
    expect(read(run, "parent-environ")).toBe("");
    expect(seenSecrets(read(run, "parent-environ.err"))).toEqual([]);
  });

  it("is readable when it cannot protect itself (the control): every secret shows, and the action warns once", async () => {
    const run = await job(distWithoutKoffi());
    expect(run.failed).toBe(false);
    expect(read(run, "parent-environ.status").trim()).toBe("0");
    // The check above would have failed: the same read, against a dumpable action, finds them all.
    expect(seenSecrets(read(run, "parent-environ"))).toEqual(SECRETS);
    expect(run.mains[0]?.warnings).toEqual([
      expect.stringMatching(
        /^carbon-budget: this step's inputs are readable by the wrapped command's processes: koffi \(the FFI module prctl is called through\) failed to load: /,
      ),
    ]);
  });
});

/** A copy of dist/ without dist/node_modules, as on a platform koffi ships no native module for. */
function distWithoutKoffi(): string {
  const copy = mkdtempSync(join(tmpdir(), "carbon-budget-dist-"));
  cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(join(repoRoot, "dist"), copy, { recursive: true });
  rmSync(join(copy, "node_modules"), { recursive: true });
  expect(existsSync(join(copy, "index.js"))).toBe(true);
  // mkdtemp's folder is the creator's alone; the runner's user must be able to read the bundle.
  chmodSync(copy, 0o755);
  return copy;
}
