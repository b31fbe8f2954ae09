/** What a bot command carries through its handling: the request, the injected API, our own comments. */
import type { GitHubContext } from "../github/context.js";
import type { GitHubClient } from "../github/octokit.js";
import type { Report } from "../report/schema.js";
import type { BotCommand } from "./command.js";

export interface BotRequest {
  number: number;
  user: string;
  command: BotCommand;
  /** When it was asked, on GitHub's clock: the comment's creation, or the pull request's labelling. */
  at: string;
  /** The comment to react to; a label has none. */
  commentId?: number;
  /** The head commit when it was asked, where the event says (a label's does). */
  headWhenAsked?: string;
}

export interface BotDeps {
  client: GitHubClient;
  gh: GitHubContext;
  /** The data branch, where waivers are kept. */
  dataBranch: string;
  /** Re-judges a report for a PR and publishes it (the action's reporting, injected). */
  recheck: (
    report: Report,
    pr: { number: number; headSha: string; baseSha: string; baseRef: string; headRef: string },
    key: { workflow: string; job: string; runId: string; runAttempt: number },
  ) => Promise<string>;
  log: (line: string) => void;
  now?: () => Date;
}

/** What a command's handling needs: the API, where, who asked, and our own comments on the PR. */
export interface BotTurn {
  deps: BotDeps;
  repo: { owner: string; repo: string };
  request: BotRequest;
  login: string;
  react: (content: "+1" | "confused") => Promise<void>;
  reply: (body: string) => Promise<void>;
}

export interface Sticky {
  id: number;
  body: string;
  head?: string;
  updatedAt: string;
}
