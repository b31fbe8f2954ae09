/**
 * The bot end to end (DESIGN.md "Bot"): a real pull-request run fails its budget and leaves the sticky
 * comment; then the bot workflow (the action with no `run`, on `issue_comment` or the accept label)
 * answers `/carbon-budget accept|recheck|help` through the committed bundle, against the stand-in.
 * Who may do what is asked of the API (GET .../collaborators/{user}/permission); everything else in
 * the conversation is left alone without a single API call.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readWaiver } from "../../src/bot/waiver.js";
import { marker } from "../../src/github/comment.js";
import { embedReport, readEmbeddedReport } from "../../src/report/embedded-report.js";
import { api } from "../github/fetch.js";
import type { Comment, Role } from "../github/state.js";
import {
  CONFIG_PATH,
  config,
  fingerprintFor,
  type JobRun,
  pullRequestEvent,
  pullRequestRef,
  pushEvent,
  REPOSITORY,
  readReport,
  runJob,
  type StandIn,
  seedIndex,
  standIn,
  trainStep,
  WRITE_TOKEN,
} from "../helpers/action-runner.js";
import { issueCommentEvent, labeledEvent, runBot } from "../helpers/bot-events.js";
import { report } from "../helpers/reports.js";

/**
 * 8 declared A100s at 400 W for ~0.3 s: IT kWh ~ 3200 W x 0.31 s / 3.6e6 ~ 0.000276 kWh, x PUE 1.2 x
 * 500 g/kWh ~ 0.17 g with CPU, RAM and embodied. A 0.05 g budget fails by a factor of three; 5 kg never.
 */
const TINY = config("  total: { co2e: 0.05 g }");
const ROOMY = config("  total: { co2e: 5 kg }");
const STATUS = "carbon-budget";
const BOT = "github-actions[bot]";
const PR = 1;

// A scenario runs up to ten jobs, each a few node processes; on two busy cores that outgrows 30 s.
vi.setConfig({ testTimeout: 180_000 });

let gh: StandIn;
const jobs: JobRun[] = [];
let runIds = 7000;

beforeEach(async () => {
  gh = await standIn();
});

afterEach(async () => {
  for (const job of jobs.splice(0)) job.cleanup();
  await gh.close();
});

const keep = <T extends JobRun>(job: T): T => {
  jobs.push(job);
  return job;
};

const headSha = () => gh.state.issue(PR).pull?.headSha ?? "";
const statuses = (sha = headSha()) => gh.state.statuses(sha).filter((s) => s.context === STATUS);
const latestStatus = (sha = headSha()) => statuses(sha).at(-1);
const stickies = () => gh.state.comments(PR).filter((c) => c.body.includes("<!-- carbon-budget:comment "));
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
  } = {},
): Promise<JobRun> {
  const ref = pullRequestRef(gh.state, PR);
  return keep(
    await runJob({
      apiUrl: gh.server.url,
      token: WRITE_TOKEN,
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
  expect(run.failed).toBe(true);
  expect(run.outputs.verdict).toBe("fail");
  expect(latestStatus()).toMatchObject({
    state: "failure",
    description: expect.stringMatching(/^over budget: total/),
  });
  expect(readEmbeddedReport(sticky().body)).toBeDefined();
  return { run, head: headSha(), runId };
}

/**
 * The same failing PR without running it: the sticky comment as the Actions bot wrote it (marker,
 * headline, report block) and a failure status set through the API. For what must not touch either.
 */
async function seededFailingPullRequest(reportBlock = embedReport(report())): Promise<void> {
  openPullRequest(TINY);
  const key = marker({ key: "train/train", runId: "5001", runAttempt: 1 });
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

describe("/carbon-budget accept", () => {
  it("waives the failing budget for the head commit; a re-run of that commit keeps it; a push makes it lapse", async () => {
    const { head, runId } = await failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    const stickyId = sticky().id;
    const started = new Date();

    const { job, commentId } = await command(
      "alice",
      "/carbon-budget accept one-off sweep over learning rates",
    );
    const ended = new Date();
    expect(job.all.map((s) => s.stdout).join("")).toContain(
      `/carbon-budget accept by @alice on #${PR}: accepted for ${head.slice(0, 7)}`,
    );
    // Permission asked of the API, not taken from the payload's author_association.
    expect(job.requests).toContain(`GET /repos/${REPOSITORY}/collaborators/alice/permission 200`);

    expect(latestStatus()).toMatchObject({
      state: "success",
      description: "accepted by @alice: one-off sweep over learning rates",
      creator: { login: BOT },
    });
    // The sticky comment, edited in place, records who, when, for which commit, and why.
    const body = sticky().body;
    expect(sticky().id).toBe(stickyId);
    const waiver = readWaiver(body);
    expect(waiver).toMatchObject({ sha: head, user: "alice", reason: "one-off sweep over learning rates" });
    const at = Date.parse(waiver?.at ?? "");
    expect(at).toBeGreaterThanOrEqual(started.getTime() - 1000);
    expect(at).toBeLessThanOrEqual(ended.getTime());
    expect(body).toContain(
      `> ✅ Budget accepted by @alice on ${waiver?.at.slice(0, 10)} for ${head.slice(0, 7)}: one-off sweep over learning rates`,
    );
    // The measured report is still there for a later recheck, and the verdict is not rewritten.
    expect(readEmbeddedReport(body)).toBeDefined();
    expect(body).toContain("❌ over budget");
    expect(reactionsOn(commentId)).toEqual([`${BOT} +1`]);
    expect(replies()).toEqual([]);

    // Re-running the same commit (attempt 2 of the same run): the waiver is carried, the status stays.
    const rerun = await prRun({ action: "opened", runId, runAttempt: 2 });
    // The measurement itself is still over budget; the waiver is what turns the status green.
    expect(rerun.outputs.verdict).toBe("fail");
    expect(latestStatus()).toMatchObject({
      state: "success",
      description: "accepted by @alice: one-off sweep over learning rates",
    });
    expect(readWaiver(sticky().body)).toMatchObject({ sha: head, user: "alice" });
    expect(sticky().body).toContain("> ✅ Budget accepted by @alice");

    // A new push: a new head commit, a new run, and the waiver has lapsed.
    gh.state.commit("bigger", { files: { "train.py": "fit(layers=64)\n" } });
    const pushed = await prRun({ action: "synchronize" });
    const newHead = headSha();
    expect(newHead).not.toBe(head);
    expect(pushed.failed).toBe(true);
    expect(latestStatus(newHead)).toMatchObject({
      state: "failure",
      description: expect.stringMatching(/^over budget/),
    });
    expect(readWaiver(sticky().body)).toBeUndefined();
    expect(sticky().body).not.toContain("Budget accepted");
    // The old commit keeps its accepted status: statuses are per commit.
    expect(latestStatus(head)?.state).toBe("success");

    // Accepted again, for the new head.
    await command("alice", "/carbon-budget accept still the sweep");
    expect(latestStatus(newHead)).toMatchObject({
      state: "success",
      description: "accepted by @alice: still the sweep",
    });
    expect(readWaiver(sticky().body)).toMatchObject({ sha: newHead, reason: "still the sweep" });
  });

  it("is honoured from write, maintain and admin, and refused to read, triage and no access", async () => {
    await failingPullRequest();
    // A private repository, so that someone who is not a collaborator has no access at all.
    gh.state.repo().private = true;
    const roles: Record<string, Role | "none"> = {
      reader: "read",
      triager: "triage",
      stranger: "none",
      writer: "write",
      maintainer: "maintain",
      administrator: "admin",
    };
    for (const [login, role] of Object.entries(roles)) {
      if (role !== "none") gh.state.addCollaborator(login, role);
      else gh.state.user(login);
    }

    for (const login of ["reader", "triager", "stranger"]) {
      const unchanged = snapshot();
      const repliesBefore = replies().length;
      const { job, commentId } = await command(login, "/carbon-budget accept trust me");
      unchanged();
      expect(job.requests.filter((r) => !r.startsWith("GET "))).toEqual([
        `POST /repos/${REPOSITORY}/issues/comments/${commentId}/reactions 201`,
        `POST /repos/${REPOSITORY}/issues/1/comments 201`,
      ]);
      const reply = replies().at(-1);
      expect(replies()).toHaveLength(repliesBefore + 1);
      expect(reply?.body).toBe(
        `Sorry @${login}, only people with write access to this repository can use \`/carbon-budget accept\`. Nothing was changed.`,
      );
      expect(reactionsOn(commentId)).toEqual([`${BOT} confused`]);
      expect(latestStatus()?.state).toBe("failure");
    }

    for (const login of ["writer", "maintainer", "administrator"]) {
      await command(login, `/carbon-budget accept reviewed by ${login}`);
      expect(latestStatus()).toMatchObject({
        state: "success",
        description: `accepted by @${login}: reviewed by ${login}`,
      });
      expect(readWaiver(sticky().body)).toMatchObject({ user: login, sha: headSha() });
    }
  });
});

describe("/carbon-budget recheck", () => {
  it("passes the PR's report once the base branch raises its budget, without re-running training", async () => {
    const { run } = await failingPullRequest();
    gh.state.addCollaborator("alice", "maintain");
    const stickyId = sticky().id;
    const measured = readReport(run);
    // The budget is raised on main after the PR was opened; the PR's own config is not what counts.
    gh.state.commit("main", { files: { [CONFIG_PATH]: ROOMY }, message: "raise the carbon budget" });

    const { job, commentId } = await command("alice", "/carbon-budget recheck");
    // Within the absolute budget; main has no stored run yet, so the verdict is "no-baseline", a pass.
    expect(job.all.map((s) => s.stdout).join("")).toContain("rechecked: no-baseline");
    expect(job.requests).toContain(`GET /repos/${REPOSITORY}/branches/main 200`);
    expect(latestStatus()).toMatchObject({
      state: "success",
      description: expect.not.stringContaining("over budget"),
    });
    const body = sticky().body;
    expect(sticky().id).toBe(stickyId);
    expect(body).toContain("≤ 5.00 kg");
    expect(body).not.toContain("❌");
    // Judged from the report in the comment: the same numbers, no new measurement.
    expect(readEmbeddedReport(body)?.totals).toEqual(measured.totals);
    expect(reactionsOn(commentId)).toEqual([`${BOT} +1`]);
    expect(replies()).toEqual([]);
  });

  it("compares with the merge-base's run once it lands on the data branch", async () => {
    // main@m0 has a stored run far below this PR's; main@m1 (the PR's merge-base) has none yet.
    const fingerprint = await fingerprintFor(8);
    const budget = config("  total: { increase: 10% }");
    const m0 = gh.state.commit("main", { files: { [CONFIG_PATH]: budget, "train.py": "fit()\n" } });
    seedIndex(gh.state, [{ sha: m0, fingerprint, steps: { train: { energy_kwh: 0.00002, co2e_g: 0.01 } } }]);
    const { base: m1 } = openPullRequest(budget);
    const first = await prRun({ workspaceConfig: budget });
    expect(first.outputs.verdict).toBe("fail");
    expect(latestStatus()?.state).toBe("failure");
    expect(sticky().body).toContain(`@${m0.slice(0, 7)}`);

    // main's own push run for m1 finishes late: it measures a longer run and stores it.
    const push = keep(
      await runJob({
        apiUrl: gh.server.url,
        token: WRITE_TOKEN,
        event: "push",
        payload: pushEvent({ repository: REPOSITORY, branch: "main", before: m0, after: m1 }),
        repository: REPOSITORY,
        sha: m1,
        ref: "refs/heads/main",
        files: { [CONFIG_PATH]: budget },
        steps: [trainStep({ run: "sleep 0.9" })],
      }),
    );
    const stored = readReport(push);
    expect(gh.state.file("carbon-budget-data", `v1/main/${m1}.json`)).toBeDefined();
    const prReport = readReport(first);
    // 0.3 s of the PR against 0.9 s on main: well below the merge-base's run.
    expect(prReport.totals.co2e_g).toBeLessThan(stored.totals.co2e_g * 0.6);

    gh.state.addCollaborator("alice", "write");
    await command("alice", "/carbon-budget recheck");
    expect(latestStatus()).toMatchObject({
      state: "success",
      description: expect.stringContaining(`vs main@${m1.slice(0, 7)}`),
    });
    expect(sticky().body).toContain(`@${m1.slice(0, 7)}`);
    expect(sticky().body).not.toContain("❌");
  });

  it("never judges a new head commit by the previous commit's report", async () => {
    const { head } = await failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    // The budget is raised and the contributor pushes; the new commit's run has not finished yet.
    gh.state.commit("main", { files: { [CONFIG_PATH]: ROOMY } });
    gh.state.commit("bigger", { files: { "train.py": "fit(layers=512)\n" } });
    const { commentId } = await command("alice", "/carbon-budget recheck");
    const newHead = headSha();
    expect(newHead).not.toBe(head);
    // What was measured was `head`: nothing may vouch for `newHead` before its own run reports.
    expect(statuses(newHead).filter((s) => s.state === "success")).toEqual([]);
    expect(reactionsOn(commentId)?.length).toBe(1);
  });

  it("says so when there is no report on the PR to recheck", async () => {
    openPullRequest(TINY);
    gh.state.addCollaborator("alice", "write");
    const { job, commentId } = await command("alice", "/carbon-budget recheck");
    expect(job.requests.filter((r) => r.startsWith("POST /repos/acme/models/statuses"))).toEqual([]);
    expect(replies().map((c) => c.body)).toEqual([
      "I found no carbon-budget report on this pull request to recheck; re-run the workflow that measures it.",
    ]);
    expect(reactionsOn(commentId)).toEqual([`${BOT} confused`]);
  });

  it("survives a damaged report block: nothing changes, and the command is still answered", async () => {
    await seededFailingPullRequest("<!-- carbon-budget:report AAAA -->");
    gh.state.addCollaborator("alice", "write");
    const unchanged = snapshot();
    const { payload, commentId } = issueCommentEvent(gh.state, {
      number: PR,
      user: "alice",
      body: "/carbon-budget recheck",
    });
    const job = keep(await runBot(gh, "issue_comment", payload));
    expect(job.failed).toBe(false);
    unchanged();
    expect(job.requests.filter((r) => r.includes("/statuses/"))).toEqual([]);
    expect(reactionsOn(commentId)).toEqual([`${BOT} confused`]);
  });

  it("is refused to a triager, and nothing changes", async () => {
    await failingPullRequest();
    gh.state.addCollaborator("tri", "triage");
    gh.state.commit("main", { files: { [CONFIG_PATH]: ROOMY } });
    const unchanged = snapshot();
    const { commentId } = await command("tri", "/carbon-budget recheck");
    unchanged();
    expect(replies().map((c) => c.body)).toEqual([
      "Sorry @tri, only people with write access to this repository can use `/carbon-budget recheck`. Nothing was changed.",
    ]);
    expect(reactionsOn(commentId)).toEqual([`${BOT} confused`]);
  });
});

describe("/carbon-budget help and unknown commands", () => {
  it("answers help to anyone with the commands, and changes nothing", async () => {
    await failingPullRequest();
    const unchanged = snapshot();
    // Not a collaborator: on a public repository, read access. Help needs no more.
    const { job, commentId } = await command("passer-by", "/carbon-budget help");
    unchanged();
    expect(job.requests.some((r) => r.includes("/permission"))).toBe(false);
    const [reply] = replies();
    expect(replies()).toHaveLength(1);
    for (const text of [
      "/carbon-budget accept <reason>",
      "/carbon-budget recheck",
      "/carbon-budget help",
      "carbon-budget: accepted",
    ]) {
      expect(reply?.body).toContain(text);
    }
    expect(reactionsOn(commentId)).toEqual([`${BOT} +1`]);

    // The bare prefix is a request for help too.
    await command("passer-by", "/carbon-budget");
    expect(replies()).toHaveLength(2);
    expect(replies()[1]?.body).toBe(reply?.body);
  });

  it("answers an unknown command with help, and changes nothing", async () => {
    await failingPullRequest();
    gh.state.addCollaborator("alice", "admin");
    const unchanged = snapshot();
    const { commentId } = await command("alice", "/carbon-budget approve `rm -rf` please");
    unchanged();
    const [reply] = replies();
    expect(reply?.body.startsWith("I don't know `approve`.\n\n")).toBe(true);
    expect(reply?.body).toContain("/carbon-budget accept <reason>");
    expect(reactionsOn(commentId)).toEqual([`${BOT} confused`]);
  });
});

describe("what the bot leaves alone", () => {
  const ignored: Array<[string, (writer: string) => ReturnType<typeof issueCommentEvent>]> = [
    [
      "a comment on an issue that is not a pull request",
      (writer) => {
        gh.state.createIssue({ number: 2, user: "contributor", title: "Training is slow" });
        return issueCommentEvent(gh.state, { number: 2, user: writer, body: "/carbon-budget accept fine" });
      },
    ],
    [
      "an edited comment",
      (writer) => {
        const { commentId } = issueCommentEvent(gh.state, {
          number: PR,
          user: writer,
          body: "/carbon-budget acept",
        });
        return issueCommentEvent(gh.state, {
          number: PR,
          user: writer,
          body: "/carbon-budget accept fixed the typo",
          action: "edited",
          commentId,
        });
      },
    ],
    [
      "a deleted comment",
      (writer) => {
        const { commentId } = issueCommentEvent(gh.state, {
          number: PR,
          user: writer,
          body: "/carbon-budget accept x",
        });
        return issueCommentEvent(gh.state, {
          number: PR,
          user: writer,
          body: "",
          action: "deleted",
          commentId,
        });
      },
    ],
    [
      "a comment by the Actions bot itself",
      () =>
        issueCommentEvent(gh.state, { number: PR, user: BOT, body: "/carbon-budget accept from the bot" }),
    ],
    [
      "a comment by another bot",
      () =>
        issueCommentEvent(gh.state, {
          number: PR,
          user: "dependabot[bot]",
          body: "/carbon-budget accept bump",
        }),
    ],
    [
      "a command that is not at the start",
      (writer) =>
        issueCommentEvent(gh.state, {
          number: PR,
          user: writer,
          body: "Could we /carbon-budget accept this?",
        }),
    ],
    [
      "a command quoted in a reply",
      (writer) =>
        issueCommentEvent(gh.state, { number: PR, user: writer, body: "> /carbon-budget accept x\n\nWhy?" }),
    ],
    [
      "a command in a code span",
      (writer) => issueCommentEvent(gh.state, { number: PR, user: writer, body: "`/carbon-budget accept`" }),
    ],
    [
      "a longer word that starts like the command",
      (writer) =>
        issueCommentEvent(gh.state, { number: PR, user: writer, body: "/carbon-budgets are great" }),
    ],
  ];

  it.each(ignored)("ignores %s: no API call, nothing changes", async (_what, event) => {
    await seededFailingPullRequest();
    gh.state.addCollaborator("alice", "admin");
    const unchanged = snapshot();
    const comments = gh.state.comments(PR).length;
    const { payload } = event("alice");
    const job = keep(await runBot(gh, "issue_comment", payload));
    expect(job.failed).toBe(false);
    expect(job.all.flatMap((s) => [...s.warnings, ...s.errors])).toEqual([]);
    expect(job.requests).toEqual([]);
    expect(job.all.map((s) => s.stdout).join("")).toContain("carbon-budget: nothing to do (");
    unchanged();
    expect(gh.state.comments(PR).every((c) => c.reactions.length === 0)).toBe(true);
    expect(gh.state.comments(PR).length).toBeLessThanOrEqual(comments + 1);
  });
});

describe("the accept label", () => {
  it(`"carbon-budget: accepted" added by a maintainer accepts the head commit`, async () => {
    const { head } = await failingPullRequest();
    gh.state.addCollaborator("maya", "maintain");
    const job = keep(
      await runBot(gh, "pull_request_target", labeledEvent(gh.state, { number: PR, sender: "maya" })),
    );
    expect(job.failed).toBe(false);
    expect(job.requests).toContain(`GET /repos/${REPOSITORY}/collaborators/maya/permission 200`);
    expect(latestStatus()).toMatchObject({
      state: "success",
      description: 'accepted by @maya: label "carbon-budget: accepted"',
    });
    expect(readWaiver(sticky().body)).toMatchObject({ sha: head, user: "maya" });
    expect(sticky().body).toContain("> ✅ Budget accepted by @maya");
    expect(replies()).toEqual([]);
  });

  it("works on a pull_request workflow too", async () => {
    await failingPullRequest();
    gh.state.addCollaborator("walt", "write");
    const job = keep(
      await runBot(gh, "pull_request", labeledEvent(gh.state, { number: PR, sender: "walt" })),
    );
    expect(job.failed).toBe(false);
    expect(latestStatus()).toMatchObject({
      state: "success",
      description: expect.stringMatching(/^accepted by @walt/),
    });
  });

  it("added by someone without write access changes nothing but a reply", async () => {
    await failingPullRequest();
    gh.state.addCollaborator("tri", "triage");
    const unchanged = snapshot();
    const job = keep(
      await runBot(gh, "pull_request_target", labeledEvent(gh.state, { number: PR, sender: "tri" })),
    );
    expect(job.failed).toBe(false);
    unchanged();
    expect(latestStatus()?.state).toBe("failure");
    expect(replies().map((c) => c.body)).toEqual([
      "Sorry @tri, only people with write access to this repository can use `/carbon-budget accept`. Nothing was changed.",
    ]);
  });

  it("ignores other labels, and the accept label added by a bot", async () => {
    await failingPullRequest();
    gh.state.addCollaborator("maya", "maintain");
    const unchanged = snapshot();
    for (const payload of [
      labeledEvent(gh.state, { number: PR, sender: "maya", label: "needs review" }),
      labeledEvent(gh.state, { number: PR, sender: "renovate[bot]" }),
    ]) {
      const job = keep(await runBot(gh, "pull_request_target", payload));
      expect(job.failed).toBe(false);
      expect(job.requests).toEqual([]);
    }
    unchanged();
    expect(replies()).toEqual([]);
  });
});
