/** What the runner tells the action through its environment, read once by the runner module. */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";

export interface RunnerEnv {
  runnerTemp: string;
  workspace: string;
  job: string;
  eventPath?: string;
  /** Where `mode: publish` and `mode: aggregate` read reports instead of the artifact service (test seam). */
  artifactDir?: string;
  /** The artifact service is reachable only inside a real Actions job. */
  hasArtifactService: boolean;
}

export function readRunnerEnv(env: NodeJS.ProcessEnv): RunnerEnv {
  return {
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    job: env.GITHUB_JOB || "job",
    ...(env.GITHUB_EVENT_PATH && { eventPath: env.GITHUB_EVENT_PATH }),
    ...(env.CARBON_BUDGET_ARTIFACT_DIR && { artifactDir: env.CARBON_BUDGET_ARTIFACT_DIR }),
    hasArtifactService: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
  };
}

/** The event payload the runner wrote (`GITHUB_EVENT_PATH`), if it named one. */
export const readEventPayload = (path: string | undefined): string | undefined =>
  path ? readFileSync(path, "utf8") : undefined;
