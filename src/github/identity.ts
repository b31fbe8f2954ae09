/**
 * Which account the token speaks for, asked once per run. GitHub's GraphQL `viewer` answers for every
 * kind of token: a person's (`octocat`), the Actions token (`github-actions[bot]`) and another App's
 * installation token (`<app>[bot]`); REST `GET /user` refuses the last two. Our comments are the
 * marked ones this account wrote, never "any bot": every App that echoes a contributor is a bot too.
 */
import type { GitHubClient } from "./octokit.js";

const asked = new WeakMap<GitHubClient, Promise<string>>();

async function askViewer(client: GitHubClient): Promise<string> {
  const data = await client.graphql<{ viewer?: { login?: unknown } }>("query { viewer { login } }");
  const login = data.viewer?.login;
  if (typeof login !== "string" || login === "")
    throw new Error("GitHub did not say which account the token belongs to");
  return login;
}

export function ourLogin(client: GitHubClient): Promise<string> {
  let login = asked.get(client);
  if (!login) {
    login = askViewer(client);
    // A failed answer is not kept: a later step of the same run may ask again.
    login.catch(() => asked.delete(client));
    asked.set(client, login);
  }
  return login;
}

/** Logins are unique regardless of case, and the API may spell one differently from an event. */
export const isBy = (login: string, user: { login?: string } | null | undefined): boolean =>
  typeof user?.login === "string" && user.login.toLowerCase() === login.toLowerCase();
