/**
 * The bot's end-to-end scenarios share one pull request: `main` with a config, a branch `bigger` off
 * it, and PR #1 from it by an outside contributor; the measuring workflow runs on it through the
 * committed bundle, and the bot workflow answers comments and labels. Readers show what a reviewer
 * sees: the head's statuses, our sticky comment, the bot's replies and reactions, the data branch.
 */
import { expect } from "vitest";
import { embedReport } from "../../src/render/embedded-report.js";
import { api } from "../github/fetch.js";
import type { Comment } from "../github/state.js";
import {
  CONFIG_PATH,
  config,
  type JobRun,
  pullRequestEvent,
  pullRequestRef,
  REPOSITORY,
  runJob,
  type StandIn,
  trainStep,
  WRITE_TOKEN,
} from "./action-runner.js";
import { issueCommentEvent, runBot } from "./bot-events.js";
import { report } from "./reports.js";

/**
 * 8 declared A100s at 400 W for ~0.3 s: IT kWh ~ 3200 W x 0.31 s / 3.6e6 ~ 0.000276 kWh, x PUE 1.2 x
 * 500 g/kWh ~ 0.17 g with CPU, RAM and embodied. A 0.05 g budget fails by a factor of three; 5 kg never.
 */
export const TINY = config("  total: { co2e: 0.05 g }");
export const ROOMY = config("  total: { co2e: 5 kg }");
export const STATUS = "carbon-budget";
export const BOT = "github-actions[bot]";
export const PR = 1;
export const DATA_BRANCH = "carbon-budget-data";

/** A reply's text without the hidden line that lets the bot count its replies. */
export const replyText = (body: string) => body.replace(/\n\n<!-- carbon-budget:reply to="[^"]*" -->$/, "");

export function botScenario(gh: StandIn) {
  const jobs: JobRun[] = [];
  let runIds = 7000;
  const keep = <T extends JobRun>(job: T): T => {
    jobs.push(job);
    return job;
  };

  const headSha = () => gh.state.issue(PR).pull?.headSha ?? "";
  const statuses = (sha = headSha()) => gh.state.statuses(sha).filter((s) => s.context === STATUS);
  const latestStatus = (sha = headSha()) => statuses(sha).at(-1);
  const stickies = () =>
    gh.state
      .comments(PR)
      .filter((c) => c.user.login === BOT && c.body.startsWith("<!-- carbon-budget:comment "));
  const sticky = () => {
    const all = stickies();
    expect(all).toHaveLength(1);
    return all[0] as Comment;
  };
  /** What the bot said in the conversation, sticky comments aside. */
  const replies = () => gh.state.comments(PR).filter((c) => c.user.login === BOT && !stickies().includes(c));
  const reactionsOn = (commentId: number) =>
    gh.state
      .comments(PR)
      .find((c) => c.id === commentId)
      ?.reactions.map((r) => `${r.user.login} ${r.content}`);
  /** The waiver record the bot keeps on the data branch for a head commit, parsed. */
  const waiverRecord = (sha = headSha()) => {
    const text = gh.state.file(DATA_BRANCH, `v1/waivers/pr-${PR}/${sha}.json`);
    return text === undefined ? undefined : JSON.parse(text);
  };

  /** main with `baseConfig`, a branch `bigger` off it, and PR #1 from it by an outside contributor. */
  function openPullRequest(baseConfig: string): { base: string } {
    const base = gh.state.commit("main", { files: { [CONFIG_PATH]: baseConfig, "train.py": "fit()\n" } });
    gh.state.commit("bigger", { parents: [base], files: { "train.py": "fit(layers=48)\n" } });
    gh.state.createPullRequest({ base: "main", head: "bigger", user: "contributor" });
    return { base };
  }

  /** The measuring workflow on the PR (opened or synchronize), as the runner runs it. */
  async function prRun(
    options: {
      action?: "opened" | "synchronize";
      runId?: number;
      runAttempt?: number;
      workspaceConfig?: string;
      token?: string;
    } = {},
  ): Promise<JobRun> {
    const ref = pullRequestRef(gh.state, PR);
    return keep(
      await runJob({
        apiUrl: gh.server.url,
        token: options.token ?? WRITE_TOKEN,
        event: "pull_request",
        payload: pullRequestEvent(gh.state, PR, options.action ?? "opened"),
        repository: REPOSITORY,
        ...ref,
        runId: options.runId ?? ++runIds,
        runAttempt: options.runAttempt ?? 1,
        files: { [CONFIG_PATH]: options.workspaceConfig ?? TINY },
        steps: [trainStep()],
      }),
    );
  }

  /** A PR whose run failed its budget: the status is failure and the sticky comment carries the report. */
  async function failingPullRequest(): Promise<{ run: JobRun; head: string; runId: number }> {
    openPullRequest(TINY);
    const runId = ++runIds;
    const run = await prRun({ runId });
    expect(run.failed, run.all.map((s) => `${s.stdout}${s.stderr}`).join("\n")).toBe(true);
    expect(run.outputs.verdict).toBe("fail");
    expect(latestStatus()).toMatchObject({
      state: "failure",
      description: expect.stringMatching(/^over budget: total/),
    });
    return { run, head: headSha(), runId };
  }

  /**
   * The same failing PR without running it: the sticky comment as the Actions bot wrote it (marker,
   * headline, report block) and a failure status set through the API. For what must not touch either.
   */
  async function seededFailingPullRequest(reportBlock = embedReport(report())): Promise<void> {
    openPullRequest(TINY);
    const key = `<!-- carbon-budget:comment key="train/train" run="5001" attempt="1" head="${headSha()}" -->`;
    gh.state.addComment(PR, {
      user: BOT,
      body: `${key}\n### carbon-budget ❌ over budget: **171 mg CO2e**, 332 mWh (no baseline yet)\n\n${reportBlock}`,
    });
    const set = await api(gh.server, "POST", `/repos/${REPOSITORY}/statuses/${headSha()}`, {
      token: WRITE_TOKEN,
      body: { state: "failure", context: STATUS, description: "over budget: total; no baseline yet" },
    });
    expect(set.status).toBe(201);
  }

  /** `user` comments `body` on the PR; the bot workflow runs on it. */
  async function command(user: string, body: string) {
    const { payload, commentId } = issueCommentEvent(gh.state, { number: PR, user, body });
    const job = keep(await runBot(gh, "issue_comment", payload));
    // The bot never fails the workflow it runs in, whatever it was asked.
    expect(job.failed, job.all.map((s) => s.stdout).join("\n")).toBe(false);
    expect(job.all.flatMap((s) => [...s.warnings, ...s.errors])).toEqual([]);
    return { job, commentId };
  }

  /** Nothing a reviewer sees moved: the head's statuses and the sticky comment are as they were. */
  function snapshot() {
    const before = { statuses: statuses().length, body: sticky().body, updatedAt: sticky().updatedAt };
    return () => {
      expect(statuses()).toHaveLength(before.statuses);
      expect(sticky().body).toBe(before.body);
      expect(sticky().updatedAt).toBe(before.updatedAt);
    };
  }

  return {
    keep,
    cleanup: () => {
      for (const job of jobs.splice(0)) job.cleanup();
    },
    headSha,
    statuses,
    latestStatus,
    stickies,
    sticky,
    replies,
    reactionsOn,
    waiverRecord,
    openPullRequest,
    prRun,
    failingPullRequest,
    seededFailingPullRequest,
    command,
    snapshot,
  };
}

export type BotScenario = ReturnType<typeof botScenario>;
