/**
 * Waivers and our PR comment cannot be forged, end to end through the committed bundle: text a pull
 * request controls is escaped before it reaches our comment; our comment is the one our own account
 * wrote (asked of GraphQL's `viewer`), never any bot's; a waiver is honoured only from the record the
 * bot keeps on the data branch; and an accept waives only the head the maintainer saw reported.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { embedReport } from "../../src/render/embedded-report.js";
import { CONFIG_PATH, REPOSITORY, type StandIn, standIn } from "../helpers/action-runner.js";
import { issueCommentEvent, labeledEvent, runBot } from "../helpers/bot-events.js";
import {
  BOT,
  type BotScenario,
  botScenario,
  DATA_BRANCH,
  PR,
  replyText,
  TINY,
} from "../helpers/bot-scenario.js";
import { report, reportStep } from "../helpers/reports.js";

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

/** A waiver as earlier versions hid it in the comment: what a forger would plant. */
const forgedWaiver = (sha: string) =>
  `<!-- carbon-budget:waiver ${JSON.stringify({ sha, user: "maintainer", reason: "looks fine", at: "2025-01-01T00:00:00.000Z" })} -->`;

describe("text from the pull request", () => {
  it("cannot plant a waiver through its config's error message: a later head stays over budget", async () => {
    const base = gh.state.commit("main", { files: { [CONFIG_PATH]: TINY, "train.py": "fit()\n" } });
    // The commit to be waived is made first, so its sha can be named; it is pushed to the PR later.
    const later = gh.state.commit("later", { parents: [base], files: { "train.py": "fit(layers=96)\n" } });
    // An unknown key is quoted in the "invalid config" notice of our comment.
    const planted = `${TINY}'${forgedWaiver(later)}': 1\n`;
    gh.state.commit("bigger", {
      parents: [base],
      files: { "train.py": "fit(layers=48)\n", [CONFIG_PATH]: planted },
    });
    gh.state.createPullRequest({ base: "main", head: "bigger", user: "contributor" });

    const first = await pr.prRun({ workspaceConfig: planted });
    expect(first.failed).toBe(true);
    const body = pr.sticky().body;
    expect(body).toContain("> ❌ This PR's `.github/carbon-budget.yml` is invalid and would break budgets");
    // The key is there, as text: escaped, it is no marker.
    expect(body).toContain("&#60;&#33;-- carbon-budget:waiver &#123;");
    expect(body).not.toContain("<!-- carbon-budget:waiver");

    // The contributor force-pushes the commit the planted text names.
    gh.state.setBranch("bigger", later);
    const second = await pr.prRun({ action: "synchronize" });
    expect(pr.headSha()).toBe(later);
    expect(second.failed).toBe(true);
    expect(pr.latestStatus(later)).toMatchObject({
      state: "failure",
      description: expect.stringMatching(/^over budget/),
    });
    expect(pr.sticky().body).not.toContain("Budget accepted");
  });
});

describe("our comment is our account's", () => {
  it("another bot echoing our markers, quoted or not, is not us: its waiver and its report count for nothing", async () => {
    const { head, runId } = await pr.failingPullRequest();
    const ourId = pr.sticky().id;
    // A report that would pass any budget: 1 mWh, 1 mg.
    const forgedReport = embedReport(report({ steps: [reportStep("train", 0.000001, 0.001)] }));
    const marker = `<!-- carbon-budget:comment key="train/train" run="999999" attempt="1" head="${head}" -->`;
    // A bot that repeats what a contributor wrote, once as is and once quoted.
    gh.state.addComment(PR, {
      user: "echo-bot[bot]",
      body: [marker, forgedWaiver(head), "", forgedReport].join("\n"),
    });
    gh.state.addComment(PR, {
      user: "echo-bot[bot]",
      body: ["> @contributor wrote:", `> ${marker}`, `> ${forgedWaiver(head)}`, `> ${forgedReport}`].join(
        "\n",
      ),
    });

    // A re-run of the same commit: still over budget, and our own comment is the one edited.
    const rerun = await pr.prRun({ runId, runAttempt: 2 });
    expect(rerun.failed).toBe(true);
    expect(pr.latestStatus()).toMatchObject({ state: "failure" });
    expect(pr.sticky().id).toBe(ourId);
    expect(pr.sticky().body).toContain(`run="${runId}" attempt="2"`);
    expect(rerun.posts[0]?.stdout).toContain("PR comment: updated");

    // A recheck judges the report in our comment, not the echo's.
    gh.state.addCollaborator("alice", "write");
    const { job } = await pr.command("alice", "/carbon-budget recheck");
    expect(job.all.map((s) => s.stdout).join("")).toContain("rechecked: fail");
    expect(pr.latestStatus()).toMatchObject({ state: "failure" });
  });

  it("with another App's installation token, is the comment that App wrote, found again on the next run", async () => {
    const APP_TOKEN = "ghs_carbonAppInstallationToken0000000003";
    gh.state.addToken(APP_TOKEN, { login: "carbon-app[bot]", permission: "write" });
    pr.openPullRequest(TINY);
    // A marked comment by the Actions bot (an earlier setup): not this App's to edit.
    gh.state.addComment(PR, {
      user: BOT,
      body: '<!-- carbon-budget:comment key="train/train" run="1" attempt="1" -->\nold',
    });
    const first = await pr.prRun({ token: APP_TOKEN });
    const second = await pr.prRun({ token: APP_TOKEN, runId: 7777 });
    expect(first.posts[0]?.stdout).toContain("PR comment: created");
    expect(second.posts[0]?.stdout).toContain("PR comment: updated");
    const byApp = gh.state.comments(PR).filter((c) => c.user.login === "carbon-app[bot]");
    expect(byApp).toHaveLength(1);
    expect(byApp[0]?.body).toContain('run="7777"');
    expect(gh.state.comments(PR).find((c) => c.user.login === BOT)?.body).toContain("\nold");
  });
});

describe("a waiver lives on the data branch", () => {
  it("is not read from our own comment, as earlier versions kept it", async () => {
    const { head, runId } = await pr.failingPullRequest();
    const comment = pr.sticky();
    comment.body = `${comment.body}\n${forgedWaiver(head)}`;
    const rerun = await pr.prRun({ runId, runAttempt: 2 });
    expect(rerun.failed).toBe(true);
    expect(pr.latestStatus()).toMatchObject({ state: "failure" });
    expect(pr.sticky().body).not.toContain("carbon-budget:waiver");
  });

  it("is not honoured when the record names another commit than its path", async () => {
    const { head, runId } = await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    await pr.command("alice", "/carbon-budget accept sweep");
    // Someone copies the record to a new commit's path instead of asking for an accept.
    const next = gh.state.commit("bigger", { files: { "train.py": "fit(layers=64)\n" } });
    gh.state.commit(DATA_BRANCH, {
      files: { [`v1/waivers/pr-${PR}/${next}.json`]: JSON.stringify(pr.waiverRecord(head)) },
    });
    const pushed = await pr.prRun({ action: "synchronize", runId: runId + 100 });
    expect(pushed.failed).toBe(true);
    expect(pr.latestStatus(next)).toMatchObject({ state: "failure" });
    expect(pushed.posts[0]?.warnings.join("\n")).toContain(
      `a waiver could not be read, so none applies: ${DATA_BRANCH}:v1/waivers/pr-${PR}/${next}.json names PR #${PR} at ${head}, not the file's own`,
    );
  });

  it("cannot be given by a bot whose token may not write the data branch: it says why, nothing changes", async () => {
    await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    const NO_CONTENTS = "ghs_botWithoutContentsWrite00000000000004";
    gh.state.addToken(NO_CONTENTS, {
      login: BOT,
      permission: { contents: "read", issues: "write", pull_requests: "write", statuses: "write" },
    });
    const unchanged = pr.snapshot();
    const { payload, commentId } = issueCommentEvent(gh.state, {
      number: PR,
      user: "alice",
      body: "/carbon-budget accept sweep",
    });
    const job = pr.keep(await runBot(gh, "issue_comment", payload, { token: NO_CONTENTS }));
    expect(job.failed).toBe(false);
    unchanged();
    expect(pr.waiverRecord()).toBeUndefined();
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} confused`]);
    expect(pr.replies().map((c) => replyText(c.body))).toEqual([
      "I could not record the acceptance: the bot's token may not write to the `carbon-budget-data` branch (HTTP 403); its workflow needs `permissions: contents: write`. Nothing was changed.",
    ]);
  });
});

describe("an accept waives the head the maintainer saw", () => {
  it("is refused when a push reported a new head after the accept was written", async () => {
    const { head } = await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    // alice reads the report for `head` and writes the accept...
    const { payload, commentId } = issueCommentEvent(gh.state, {
      number: PR,
      user: "alice",
      body: "/carbon-budget accept reviewed",
    });
    // ...the author pushes before the bot runs, and the new head's run reports first.
    gh.state.commit("bigger", { files: { "train.py": "fit(layers=512)\n" } });
    await pr.prRun({ action: "synchronize" });
    const newHead = pr.headSha();
    expect(pr.sticky().body).toContain(`head="${newHead}"`);

    const job = pr.keep(await runBot(gh, "issue_comment", payload));
    expect(job.failed).toBe(false);
    expect(pr.latestStatus(newHead)?.state).toBe("failure");
    expect(pr.waiverRecord(newHead)).toBeUndefined();
    expect(pr.waiverRecord(head)).toBeUndefined();
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} confused`]);
    expect(pr.replies().map((c) => replyText(c.body))).toEqual([
      `Sorry @alice, the carbon-budget report for ${newHead.slice(0, 7)} appeared after you asked, so it may not be the one you reviewed; look at it and accept again. Nothing was changed.`,
    ]);

    // Accepting again, now that alice has seen the new head's report, works.
    await pr.command("alice", "/carbon-budget accept reviewed again");
    expect(pr.latestStatus(newHead)).toMatchObject({ state: "success" });
    expect(pr.waiverRecord(newHead)).toMatchObject({ user: "alice" });
  });

  it("is refused when the head moved and its run has not reported yet", async () => {
    const { head } = await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    gh.state.commit("bigger", { files: { "train.py": "fit(layers=512)\n" } });
    const { commentId } = await pr.command("alice", "/carbon-budget accept reviewed");
    const newHead = pr.headSha();
    expect(pr.statuses(newHead)).toEqual([]);
    expect(pr.waiverRecord(newHead)).toBeUndefined();
    expect(pr.reactionsOn(commentId)).toEqual([`${BOT} confused`]);
    expect(pr.replies().map((c) => replyText(c.body))).toEqual([
      `Sorry @alice, the carbon-budget report here is for ${head.slice(0, 7)}, but the pull request is now at ${newHead.slice(0, 7)}; wait for its run to report, look at it, then accept again. Nothing was changed.`,
    ]);
  });

  it("is granted when our comment changed after the accept but showed the same head before it", async () => {
    const { head } = await pr.failingPullRequest();
    gh.state.addCollaborator("alice", "write");
    gh.state.addCollaborator("bob", "maintain");
    // Two maintainers accept at once; alice's run edits our comment after bob wrote his.
    const alice = issueCommentEvent(gh.state, { number: PR, user: "alice", body: "/carbon-budget accept a" });
    const bob = issueCommentEvent(gh.state, { number: PR, user: "bob", body: "/carbon-budget accept b" });
    pr.keep(await runBot(gh, "issue_comment", alice.payload));
    expect(Date.parse(pr.sticky().updatedAt)).toBeGreaterThan(
      Date.parse(gh.state.comments(PR).find((c) => c.id === bob.commentId)?.createdAt ?? ""),
    );
    const job = pr.keep(await runBot(gh, "issue_comment", bob.payload));
    // Whether `head` was reported before bob asked is read from our own statuses on it.
    expect(job.requests).toContain(`GET /repos/${REPOSITORY}/commits/${head}/statuses 200`);
    expect(pr.latestStatus()).toMatchObject({ state: "success", description: "accepted by @bob: b" });
    expect(pr.waiverRecord(head)).toMatchObject({ user: "bob", reason: "b" });
  });

  it("by label, is refused when the head moved after the label was added", async () => {
    await pr.failingPullRequest();
    gh.state.addCollaborator("maya", "maintain");
    const payload = labeledEvent(gh.state, { number: PR, sender: "maya" });
    gh.state.commit("bigger", { files: { "train.py": "fit(layers=512)\n" } });
    await pr.prRun({ action: "synchronize" });
    const job = pr.keep(await runBot(gh, "pull_request_target", payload));
    expect(job.failed).toBe(false);
    expect(pr.latestStatus()?.state).toBe("failure");
    expect(pr.waiverRecord()).toBeUndefined();
    expect(pr.replies().map((c) => replyText(c.body))[0]).toMatch(
      /^Sorry @maya, the pull request moved from [0-9a-f]{7} to [0-9a-f]{7} after you asked/,
    );
  });
});
