/**
 * The bot end to end (docs/action.md): a real pull-request run fails its budget and leaves the sticky
 * comment; then the bot workflow (the action with no `run`, on `issue_comment` or the accept label)
 * answers `/carbon-budget accept|recheck|help` through the committed bundle, against the stand-in.
 * Who may do what is asked of the API (GET .../collaborators/{user}/permission); a waiver is kept on
 * the data branch, never in a comment; everything else in the conversation is left alone without a
 * single API call.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readEmbeddedReport } from "../../src/render/embedded-report.js";
import type { Role } from "../github/state.js";
import {
  CONFIG_PATH,
  config,
  fingerprintFor,
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
import { BOT, type BotScenario, botScenario, PR, ROOMY, replyText, TINY } from "../helpers/bot-scenario.js";

// A scenario runs up to ten jobs, each a few node processes; on two busy cores that outgrows 30 s.
vi.setConfig({ testTimeout: 180_000 });

let gh: StandIn;
let pr: BotScenario;

beforeEach(async () => {
  gh = await standIn();
  pr = botScenario(gh);
});

afterEach(async () => {
  pr.cleanup();
  await gh.close();
});

describe("/carbon-budget accept", () => {
  it("records the waiver on the data branch for the head commit; a re-run of that commit honours it; a push makes it lapse", async () => {
    const { head, runId } = await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    const stickyId = pr.sticky().id;
    const started = new Date();

    const { job, commentId } = await pr.command(
      "alice",
      "/carbon-budget accept one-off sweep over learning rates",
    );
    const ended = new Date();
    expect(job.all.map((s) => s.stdout).join("")).toContain(
      `/carbon-budget accept by @alice on #${PR}: accepted for ${head.slice(0, 7)}`,
    );
    // Permission asked of the API, not taken from the payload's author_association.
    expect(job.requests).toContain(`GET /repos/${REPOSITORY}/collaborators/alice/permission 200`);

    // The record, on the data branch: the one thing a later run honours.
    const record = pr.waiverRecord(head);
    expect(record).toEqual({
      schema: "carbon-budget/waiver@1",
      pull_request: PR,
      sha: head,
      user: "alice",
      reason: "one-off sweep over learning rates",
      at: expect.any(String),
    });
    const at = Date.parse(record.at);
    expect(at).toBeGreaterThanOrEqual(started.getTime() - 1000);
    expect(at).toBeLessThanOrEqual(ended.getTime());
    expect(job.requests).toContain(`PUT /repos/${REPOSITORY}/contents/v1/waivers/pr-${PR}/${head}.json 201`);

    expect(pr.latestStatus()).toMatchObject({
      state: "success",
      description: "accepted by @alice: one-off sweep over learning rates",
      creator: { login: BOT },
    });
    // The sticky comment, edited in place, shows who, when, for which commit, and why; nothing hidden.
    const body = pr.sticky().body;
    expect(pr.sticky().id).toBe(stickyId);
    const notice = `> ✅ Budget accepted by @alice on ${record.at.slice(0, 10)} for ${head.slice(0, 7)}: one-off sweep over learning rates`;
    expect(body).toContain(notice);
    expect(body).not.toContain("carbon-budget:waiver");
    // The measured report is still there for a later recheck, and the verdict is not rewritten.
    expect(readEmbeddedReport(body)).toBeDefined();
    expect(body).toContain("❌ over budget");
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} +1`]);
    expect(pr.replies()).toEqual([]);

    // Re-running the same commit (attempt 2 of the same run): the record is honoured, the job passes.
    const rerun = await pr.prRun({ action: "opened", runId, runAttempt: 2 });
    // The measurement itself is still over budget; the waiver is what turns the status green.
    expect(rerun.outputs.verdict).toBe("fail");
    expect(rerun.failed).toBe(false);
    expect(rerun.posts[0]?.stdout).toContain("the budget was accepted for this commit by a maintainer");
    expect(pr.latestStatus()).toMatchObject({
      state: "success",
      description: "accepted by @alice: one-off sweep over learning rates",
    });
    // Shown again, rendered from the record.
    expect(pr.sticky().body).toContain(notice);

    // A new push: a new head commit, a new run, and the waiver has lapsed.
    gh.state.commit("bigger", { files: { "train.py": "fit(layers=64)\n" } });
    const pushed = await pr.prRun({ action: "synchronize" });
    const newHead = pr.headSha();
    expect(newHead).not.toBe(head);
    expect(pushed.failed).toBe(true);
    expect(pr.latestStatus(newHead)).toMatchObject({
      state: "failure",
      description: expect.stringMatching(/^over budget/),
    });
    expect(pr.waiverRecord(newHead)).toBeUndefined();
    expect(pr.sticky().body).not.toContain("Budget accepted");
    // The old commit keeps its accepted status: statuses are per commit.
    expect(pr.latestStatus(head)?.state).toBe("success");

    // Accepted again, for the new head.
    await pr.command("alice", "/carbon-budget accept still the sweep");
    expect(pr.latestStatus(newHead)).toMatchObject({
      state: "success",
      description: "accepted by @alice: still the sweep",
    });
    expect(pr.waiverRecord(newHead)).toMatchObject({ sha: newHead, reason: "still the sweep" });
    expect(pr.sticky().body).toContain(`for ${newHead.slice(0, 7)}: still the sweep`);
  });

  it("is honoured from write, maintain and admin, and refused to read, triage and no access", async () => {
    await pr.failingPullRequest();
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
      const unchanged = pr.snapshot();
      const repliesBefore = pr.replies().length;
      const { job, commentId } = await pr.command(login, "/carbon-budget accept trust me");
      unchanged();
      // Our account asked of GraphQL; a reaction and a reply; nothing written to the data branch.
      expect(job.requests.filter((r) => !r.startsWith("GET "))).toEqual([
        "POST /graphql 200",
        `POST /repos/${REPOSITORY}/issues/comments/${commentId}/reactions 201`,
        `POST /repos/${REPOSITORY}/issues/1/comments 201`,
      ]);
      const reply = pr.replies().at(-1);
      expect(pr.replies()).toHaveLength(repliesBefore + 1);
      expect(replyText(reply?.body ?? "")).toBe(
        `Sorry @${login}, only people with write access to this repository can use \`/carbon-budget accept\`. Nothing was changed.`,
      );
      expect(pr.reactionsOn(commentId)).toEqual([`${BOT} confused`]);
      expect(pr.latestStatus()?.state).toBe("failure");
      expect(pr.waiverRecord()).toBeUndefined();
    }

    for (const login of ["writer", "maintainer", "administrator"]) {
      await pr.command(login, `/carbon-budget accept reviewed by ${login}`);
      expect(pr.latestStatus()).toMatchObject({
        state: "success",
        description: `accepted by @${login}: reviewed by ${login}`,
      });
      expect(pr.waiverRecord()).toMatchObject({ user: login, sha: pr.headSha() });
      expect(pr.sticky().body.match(/Budget accepted by/g)).toHaveLength(1);
    }
  });
});

describe("/carbon-budget recheck", () => {
  it("passes the PR's report once the base branch raises its budget, without re-running training", async () => {
    const { run } = await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "maintain");
    const stickyId = pr.sticky().id;
    const measured = readReport(run);
    // The budget is raised on main after the PR was opened; the PR's own config is not what counts.
    gh.state.commit("main", { files: { [CONFIG_PATH]: ROOMY }, message: "raise the carbon budget" });

    const { job, commentId } = await pr.command("alice", "/carbon-budget recheck");
    // Within the absolute budget; main has no stored run yet, so the verdict is "no-baseline", a pass.
    expect(job.all.map((s) => s.stdout).join("")).toContain("rechecked: no-baseline");
    expect(job.requests).toContain(`GET /repos/${REPOSITORY}/branches/main 200`);
    expect(pr.latestStatus()).toMatchObject({
      state: "success",
      description: expect.not.stringContaining("over budget"),
    });
    const body = pr.sticky().body;
    expect(pr.sticky().id).toBe(stickyId);
    expect(body).toContain("≤ 5.00 kg");
    expect(body).not.toContain("❌");
    // Judged from the report in the comment: the same numbers, no new measurement.
    expect(readEmbeddedReport(body)?.totals).toEqual(measured.totals);
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} +1`]);
    expect(pr.replies()).toEqual([]);
  });

  it("compares with the merge-base's run once it lands on the data branch", async () => {
    // main@m0 has a stored run far below this PR's; main@m1 (the PR's merge-base) has none yet.
    const fingerprint = await fingerprintFor(8);
    const budget = config("  total: { increase: 10% }");
    const m0 = gh.state.commit("main", { files: { [CONFIG_PATH]: budget, "train.py": "fit()\n" } });
    seedIndex(gh.state, [{ sha: m0, fingerprint, steps: { train: { energy_kwh: 0.00002, co2e_g: 0.01 } } }]);
    const { base: m1 } = pr.openPullRequest(budget);
    const first = await pr.prRun({ workspaceConfig: budget });
    expect(first.outputs.verdict).toBe("fail");
    expect(pr.latestStatus()?.state).toBe("failure");
    expect(pr.sticky().body).toContain(`@${m0.slice(0, 7)}`);

    // main's own push run for m1 finishes late: it measures a longer run and stores it.
    const push = pr.keep(
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
    await pr.command("alice", "/carbon-budget recheck");
    expect(pr.latestStatus()).toMatchObject({
      state: "success",
      description: expect.stringContaining(`vs main@${m1.slice(0, 7)}`),
    });
    expect(pr.sticky().body).toContain(`@${m1.slice(0, 7)}`);
    expect(pr.sticky().body).not.toContain("❌");
  });

  it("never judges a new head commit by the previous commit's report", async () => {
    const { head } = await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    // The budget is raised and the contributor pushes; the new commit's run has not finished yet.
    gh.state.commit("main", { files: { [CONFIG_PATH]: ROOMY } });
    gh.state.commit("bigger", { files: { "train.py": "fit(layers=512)\n" } });
    const { commentId } = await pr.command("alice", "/carbon-budget recheck");
    const newHead = pr.headSha();
    expect(newHead).not.toBe(head);
    // What was measured was `head`: nothing may vouch for `newHead` before its own run reports.
    expect(pr.statuses(newHead).filter((s) => s.state === "success")).toEqual([]);
    expect(pr.reactionsOn(commentId)?.length).toBe(1);
  });

  it("says so when there is no report on the PR to recheck", async () => {
    pr.openPullRequest(TINY);
    gh.state.addCollaborator("alice", "write");
    const { job, commentId } = await pr.command("alice", "/carbon-budget recheck");
    expect(job.requests.filter((r) => r.startsWith("POST /repos/acme/models/statuses"))).toEqual([]);
    expect(pr.replies().map((c) => replyText(c.body))).toEqual([
      "I found no carbon-budget report on this pull request to recheck; re-run the workflow that measures it.",
    ]);
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} confused`]);
  });

  it("survives a damaged report block: nothing changes, and the command is still answered", async () => {
    await pr.seededFailingPullRequest("<!-- carbon-budget:report AAAA -->");
    gh.state.addCollaborator("alice", "write");
    const unchanged = pr.snapshot();
    const { payload, commentId } = issueCommentEvent(gh.state, {
      number: PR,
      user: "alice",
      body: "/carbon-budget recheck",
    });
    const job = pr.keep(await runBot(gh, "issue_comment", payload));
    expect(job.failed).toBe(false);
    unchanged();
    expect(job.requests.filter((r) => r.includes("/statuses/"))).toEqual([]);
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} confused`]);
  });

  it("is refused to a triager, and nothing changes", async () => {
    await pr.failingPullRequest();
    gh.state.addCollaborator("tri", "triage");
    gh.state.commit("main", { files: { [CONFIG_PATH]: ROOMY } });
    const unchanged = pr.snapshot();
    const { commentId } = await pr.command("tri", "/carbon-budget recheck");
    unchanged();
    expect(pr.replies().map((c) => replyText(c.body))).toEqual([
      "Sorry @tri, only people with write access to this repository can use `/carbon-budget recheck`. Nothing was changed.",
    ]);
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} confused`]);
  });
});

describe("/carbon-budget help and unknown commands", () => {
  it("answers help to anyone with the commands, and changes nothing", async () => {
    await pr.failingPullRequest();
    const unchanged = pr.snapshot();
    // Not a collaborator: on a public repository, read access. Help needs no more.
    const { job, commentId } = await pr.command("passer-by", "/carbon-budget help");
    unchanged();
    expect(job.requests.some((r) => r.includes("/permission"))).toBe(false);
    const [reply] = pr.replies();
    expect(pr.replies()).toHaveLength(1);
    for (const text of [
      "/carbon-budget accept <reason>",
      "/carbon-budget recheck",
      "/carbon-budget help",
      "carbon-budget: accepted",
    ]) {
      expect(reply?.body).toContain(text);
    }
    expect(reply?.body.endsWith('\n\n<!-- carbon-budget:reply to="passer-by" -->')).toBe(true);
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} +1`]);
  });

  it("answers an unknown command with help, and changes nothing", async () => {
    await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "admin");
    const unchanged = pr.snapshot();
    const { commentId } = await pr.command("alice", "/carbon-budget approve `rm -rf` please");
    unchanged();
    const [reply] = pr.replies();
    expect(reply?.body.startsWith("I don't know `approve`.\n\n")).toBe(true);
    expect(reply?.body).toContain("/carbon-budget accept <reason>");
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} confused`]);
  });

  it("replies to one person at most once per pull request in ten minutes, and still reacts", async () => {
    await pr.failingPullRequest();
    gh.state.addCollaborator("reader", "read");
    await pr.command("passer-by", "/carbon-budget help");
    expect(pr.replies()).toHaveLength(1);

    // Within ten minutes, from the same person: the bare prefix (help), an unknown word, a refused
    // accept. Each is acknowledged; none gets a reply.
    for (const [body, reaction] of [
      ["/carbon-budget", "+1"],
      ["/carbon-budget approve", "confused"],
      ["/carbon-budget accept trust me", "confused"],
    ] as const) {
      const { job, commentId } = await pr.command("passer-by", body);
      expect(pr.reactionsOn(commentId)).toEqual([`${BOT} ${reaction}`]);
      expect(job.all.map((s) => s.stdout).join("")).toContain("(answered recently)");
      expect(job.requests.filter((r) => r.startsWith("POST /repos/acme/models/issues/1/comments"))).toEqual(
        [],
      );
    }
    expect(pr.replies()).toHaveLength(1);

    // Someone else is answered; a comment that only copies our hidden line counts for nothing.
    gh.state.addComment(PR, { user: "reader", body: '<!-- carbon-budget:reply to="reader" -->' });
    await pr.command("reader", "/carbon-budget help");
    expect(pr.replies().map((c) => c.body.split("\n").at(-1))).toEqual([
      '<!-- carbon-budget:reply to="passer-by" -->',
      '<!-- carbon-budget:reply to="reader" -->',
    ]);

    // Eleven minutes later (our reply moved back in time), the first person is answered again.
    const first = pr.replies()[0];
    if (!first) throw new Error("no reply");
    first.createdAt = first.updatedAt = new Date(Date.now() - 11 * 60_000)
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z");
    await pr.command("passer-by", "/carbon-budget help");
    expect(pr.replies()).toHaveLength(3);
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
      "a command in an indented code block",
      (writer) =>
        issueCommentEvent(gh.state, { number: PR, user: writer, body: "    /carbon-budget accept x" }),
    ],
    [
      "a command after a blank line",
      (writer) =>
        issueCommentEvent(gh.state, { number: PR, user: writer, body: "\n/carbon-budget accept x" }),
    ],
    [
      "a longer word that starts like the command",
      (writer) =>
        issueCommentEvent(gh.state, { number: PR, user: writer, body: "/carbon-budgets are great" }),
    ],
  ];

  it.each(ignored)("ignores %s: no API call, nothing changes", async (_what, event) => {
    await pr.seededFailingPullRequest();
    gh.state.addCollaborator("alice", "admin");
    const unchanged = pr.snapshot();
    const comments = gh.state.comments(PR).length;
    const { payload } = event("alice");
    const job = pr.keep(await runBot(gh, "issue_comment", payload));
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
    const { head } = await pr.failingPullRequest();
    gh.state.addCollaborator("maya", "maintain");
    const job = pr.keep(
      await runBot(gh, "pull_request_target", labeledEvent(gh.state, { number: PR, sender: "maya" })),
    );
    expect(job.failed).toBe(false);
    expect(job.requests).toContain(`GET /repos/${REPOSITORY}/collaborators/maya/permission 200`);
    expect(pr.latestStatus()).toMatchObject({
      state: "success",
      description: 'accepted by @maya: label "carbon-budget: accepted"',
    });
    expect(pr.waiverRecord(head)).toMatchObject({ sha: head, user: "maya" });
    expect(pr.sticky().body).toContain("> ✅ Budget accepted by @maya");
    expect(pr.replies()).toEqual([]);
  });

  it("works on a pull_request workflow too", async () => {
    await pr.failingPullRequest();
    gh.state.addCollaborator("walt", "write");
    const job = pr.keep(
      await runBot(gh, "pull_request", labeledEvent(gh.state, { number: PR, sender: "walt" })),
    );
    expect(job.failed).toBe(false);
    expect(pr.latestStatus()).toMatchObject({
      state: "success",
      description: expect.stringMatching(/^accepted by @walt/),
    });
  });

  it("added by someone without write access changes nothing but a reply", async () => {
    await pr.failingPullRequest();
    gh.state.addCollaborator("tri", "triage");
    const unchanged = pr.snapshot();
    const job = pr.keep(
      await runBot(gh, "pull_request_target", labeledEvent(gh.state, { number: PR, sender: "tri" })),
    );
    expect(job.failed).toBe(false);
    unchanged();
    expect(pr.latestStatus()?.state).toBe("failure");
    expect(pr.replies().map((c) => replyText(c.body))).toEqual([
      "Sorry @tri, only people with write access to this repository can use `/carbon-budget accept`. Nothing was changed.",
    ]);
  });

  it("ignores other labels, and the accept label added by a bot", async () => {
    await pr.failingPullRequest();
    gh.state.addCollaborator("maya", "maintain");
    const unchanged = pr.snapshot();
    for (const payload of [
      labeledEvent(gh.state, { number: PR, sender: "maya", label: "needs review" }),
      labeledEvent(gh.state, { number: PR, sender: "renovate[bot]" }),
    ]) {
      const job = pr.keep(await runBot(gh, "pull_request_target", payload));
      expect(job.failed).toBe(false);
      expect(job.requests).toEqual([]);
    }
    unchanged();
    expect(pr.replies()).toEqual([]);
  });
});
