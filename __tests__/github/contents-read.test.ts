/**
 * Reading the config from the base commit through the product's own client: the contents API gets
 * the repository, the path and the ref, and nothing else rides along in the query string.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pullRequestConfig } from "../../src/action/run-config.js";
import { readFile } from "../../src/github/contents.js";
import { createGitHubClient } from "../../src/github/octokit.js";
import { type GitHubServer, startGitHubServer } from "./server.js";
import { GitHubState } from "./state.js";

const TOKEN = "ghs_actions_write";
const CONFIG = ".github/carbon-budget.yml";

let server: GitHubServer;
let base: string;

beforeEach(async () => {
  const state = new GitHubState();
  state.createRepo({ owner: "acme", name: "models" });
  base = state.commit("main", { files: { [CONFIG]: "version: 1\npue: 1.2\n" } });
  state.addToken(TOKEN, { login: "github-actions[bot]", permission: "write" });
  server = await startGitHubServer({ state });
});

afterEach(async () => {
  await server.close();
});

const client = () => createGitHubClient({ token: TOKEN, baseUrl: server.url, log: () => {} });
const contentReads = () => server.requests.filter((request) => request.path.includes("/contents/"));

describe("reading a file at a ref", () => {
  it("sends only the ref as a query parameter, whatever else the caller's object holds", async () => {
    const where = { owner: "acme", repo: "models", workspace: "/home/runner/work/models", baseSha: base };
    const file = await readFile(client(), where, CONFIG, base);
    expect(file?.text).toBe("version: 1\npue: 1.2\n");
    expect(contentReads().map((request) => request.query)).toEqual([{ ref: base }]);
  });

  it("reads the base's config for a pull request without the workspace path in the request", async () => {
    const where = {
      owner: "acme",
      repo: "models",
      baseSha: base,
      baseRef: "main",
      workspace: "/home/runner/work/models/models",
      path: CONFIG,
    };
    const config = await pullRequestConfig(client(), where, () => {});
    expect(config.config.pue).toBe(1.2);
    expect(contentReads()).toMatchObject([
      { method: "GET", path: `/repos/acme/models/contents/${CONFIG}`, query: { ref: base }, status: 200 },
    ]);
    expect(Object.keys(contentReads()[0]?.query ?? {})).toEqual(["ref"]);
  });
});
