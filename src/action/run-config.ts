/**
 * The config a run is judged by. On a pull request: the base commit's, read through the API, so a PR
 * cannot loosen its own budget; the PR's own version is only compared, and shown as "takes effect
 * after merge". Elsewhere: the checked-out file.
 */
import { join } from "node:path";
import type { Config } from "../budget/config-schema.js";
import { DEFAULT_CONFIG } from "../budget/config-schema.js";
import { loadConfig } from "../budget/load-config.js";
import { readFile } from "../github/contents.js";
import type { GitHubClient } from "../github/octokit.js";
import { inputExists, readInputText } from "../input-file.js";
import { codeSpan, escapeMarkdown } from "../render/escape.js";

export interface RunConfig {
  config: Config;
  /** Where it came from, for the comment's details. */
  origin: string;
  notices: string[];
  /** False when the base's config could not be read: its terms are unknown, so nothing is re-accounted. */
  known: boolean;
}

export const defaults = (): Config => structuredClone(DEFAULT_CONFIG) as Config;

/** Absent is the defaults; present but not a readable UTF-8 file (a folder, a FIFO) is the user's error. */
async function readWorkspaceConfig(workspace: string, path: string): Promise<string | undefined> {
  const file = join(workspace, path);
  if (!inputExists(file)) return undefined;
  return readInputText({ input: "input config", shown: path, path: file, expected: "a YAML config file" });
}

/** Push and other events: the checked-out config; its errors are the user's and stop the step. */
export async function workspaceConfig(workspace: string, path: string): Promise<RunConfig> {
  const text = await readWorkspaceConfig(workspace, path);
  if (text === undefined)
    return { config: defaults(), origin: `${path} (not present: defaults)`, notices: [], known: true };
  return { config: loadConfig(text, path), origin: path, notices: [], known: true };
}

export async function pullRequestConfig(
  client: GitHubClient | undefined,
  where: { owner: string; repo: string; baseSha: string; baseRef: string; workspace: string; path: string },
  warn: (line: string) => void,
): Promise<RunConfig> {
  const headText = await readWorkspaceConfig(where.workspace, where.path);
  let baseText: string | undefined;
  let known = client !== undefined;
  let origin = `${where.path} at ${where.baseRef}@${where.baseSha.slice(0, 7)}`;
  try {
    const repo = { owner: where.owner, repo: where.repo };
    baseText = client ? (await readFile(client, repo, where.path, where.baseSha))?.text : undefined;
  } catch (error) {
    warn(
      `could not read ${where.path} from the base commit (${(error as Error).message}); judging with the defaults`,
    );
    origin = `defaults (the base's ${where.path} could not be read)`;
    known = false;
  }
  // Notices are markdown: a config's keys and values (the PR's own, in a message) are escaped in it.
  const file = codeSpan(where.path);
  const problem = (error: unknown) => escapeMarkdown((error as Error).message.split("\n").join("; "));
  const notices: string[] = [];
  let config = defaults();
  if (baseText !== undefined) {
    try {
      config = loadConfig(baseText, `${where.baseRef}:${where.path}`);
    } catch (error) {
      // The base's config is broken: not this PR's fault, so warn and judge with the defaults.
      warn((error as Error).message);
      notices.push(`⚠️ The base branch's ${file} is invalid, so no budgets were applied: ${problem(error)}`);
    }
  } else if (client) {
    origin = `defaults (no ${where.path} on ${where.baseRef})`;
  }
  if (headText !== undefined && headText !== baseText) {
    try {
      loadConfig(headText, where.path);
      notices.push(`ℹ️ This PR changes ${file}; the new budgets take effect after merge.`);
    } catch (error) {
      notices.push(`❌ This PR's ${file} is invalid and would break budgets after merge: ${problem(error)}`);
    }
  }
  return { config, origin, notices, known };
}
