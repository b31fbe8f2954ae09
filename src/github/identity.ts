/**
 * Which account the token speaks for, asked once per run. GitHub's GraphQL `viewer` answers for every
 * kind of token: a person's (`octocat`), the Actions token (`github-actions[bot]`) and another App's
 * installation token (`<app>[bot]`); REST `GET /user` refuses the last two. Our comments are the
 * marked ones this account wrote, never "any bot": every App that echoes a contributor is a bot too.
 */
import type { GitHubClient } from "./octokit.js";

const asked = new WeakMap<GitHubClient, Promise<string>>();

function loginOf(data: { viewer?: { login?: unknown } }): string {
  const login = data.viewer?.login;
  if (typeof login !== "string" || login === "")
    throw new Error("GitHub did not say which account the token belongs to");
  return login;
}

function remember(client: GitHubClient, login: Promise<string>): Promise<string> {
  // A failed answer is not kept: a later step of the same run may ask again.
  login.catch(() => asked.delete(client));
  asked.set(client, login);
  return login;
}

export function ourLogin(client: GitHubClient): Promise<string> {
  return (
    asked.get(client) ??
    remember(
      client,
      client.graphql<{ viewer?: { login?: unknown } }>("query { viewer { login } }").then(loginOf),
    )
  );
}

const VIEWER_AND_FILE = `query ($owner: String!, $name: String!, $expression: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) { object(expression: $expression) { ... on Blob { text } } }
}`;

/**
 * A small text file on a ref (undefined when it or the ref is missing), and our login with it, in one
 * request: a pull request's run that needs both (a failing verdict's waiver, and our comment) stays
 * within its budget of API calls.
 */
export async function ourLoginAndFile(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  ref: string,
  path: string,
): Promise<string | undefined> {
  const data = await client.graphql<{
    viewer?: { login?: unknown };
    repository?: { object?: { text?: unknown } | null } | null;
  }>(VIEWER_AND_FILE, { owner: repo.owner, name: repo.repo, expression: `${ref}:${path}` });
  if (!asked.has(client)) remember(client, Promise.resolve(loginOf(data)));
  const text = data.repository?.object?.text;
  return typeof text === "string" ? text : undefined;
}

/** Logins are unique regardless of case, and the API may spell one differently from an event. */
export const isBy = (login: string, user: { login?: string } | null | undefined): boolean =>
  typeof user?.login === "string" && user.login.toLowerCase() === login.toLowerCase();
