/**
 * The bot's pure parts: what a comment asks (parseCommand), how a waiver is shown (notice, status
 * line), and which events are ours at all (botRequest), on GitHub's payloads.
 */
import { describe, expect, it } from "vitest";
import { ACCEPT_LABEL, MAX_REASON, parseCommand } from "../../src/bot/command.js";
import { botRequest } from "../../src/bot/run-bot.js";
import type { Waiver } from "../../src/github/waiver-store.js";
import { HELP_TEXT, waiverNotice, waiverStatus, withWaiverNotice } from "../../src/render/bot-replies.js";
import { fixture } from "../helpers/bot-events.js";

const ZWSP = "\u200b";

describe("parseCommand", () => {
  it("reads accept with its reason, recheck and help", () => {
    expect(parseCommand("/carbon-budget accept one-off sweep over learning rates")).toEqual({
      kind: "accept",
      reason: "one-off sweep over learning rates",
    });
    expect(parseCommand("/carbon-budget recheck")).toEqual({ kind: "recheck" });
    expect(parseCommand("/carbon-budget recheck please")).toEqual({ kind: "recheck" });
    expect(parseCommand("/carbon-budget help")).toEqual({ kind: "help" });
    // The bare prefix asks what the commands are.
    expect(parseCommand("/carbon-budget")).toEqual({ kind: "help" });
    expect(parseCommand("/carbon-budget   ")).toEqual({ kind: "help" });
  });

  it("takes the command word in any case, keeps the reason's, and tidies its spaces", () => {
    expect(parseCommand("/carbon-budget ACCEPT Approved By The Board")).toEqual({
      kind: "accept",
      reason: "Approved By The Board",
    });
    expect(parseCommand("/carbon-budget Recheck")).toEqual({ kind: "recheck" });
    expect(parseCommand("/carbon-budget accept  two\tspaces   here  ")).toEqual({
      kind: "accept",
      reason: "two spaces here",
    });
  });

  it("allows up to three spaces before the command, and reads the reason from the command's line only", () => {
    expect(parseCommand("   /carbon-budget accept warm-up run")).toEqual({
      kind: "accept",
      reason: "warm-up run",
    });
    expect(parseCommand("/carbon-budget accept the sweep\r\nThe rest is discussion.\n- a list")).toEqual({
      kind: "accept",
      reason: "the sweep",
    });
  });

  it("accepts with an empty reason, and cuts a long one to MAX_REASON characters", () => {
    expect(parseCommand("/carbon-budget accept")).toEqual({ kind: "accept", reason: "" });
    const long = "x".repeat(MAX_REASON + 50);
    expect(parseCommand(`/carbon-budget accept ${long}`)).toEqual({
      kind: "accept",
      reason: "x".repeat(MAX_REASON),
    });
    expect(MAX_REASON).toBe(100);
  });

  it("names an unknown command (at most 50 characters of it)", () => {
    expect(parseCommand("/carbon-budget approve please")).toEqual({ kind: "unknown", word: "approve" });
    expect(parseCommand(`/carbon-budget ${"z".repeat(80)}`)).toEqual({
      kind: "unknown",
      word: "z".repeat(50),
    });
  });

  it.each([
    ["an empty comment", ""],
    ["a comment without the command", "Thanks, looks good to me!"],
    ["the command later in the sentence", "Could we /carbon-budget accept this?"],
    ["the command on a later line", "LGTM\n/carbon-budget accept"],
    ["a quoted command", "> /carbon-budget accept x\n\nWhy was this accepted?"],
    ["a command in a code span", "`/carbon-budget accept`"],
    ["a command in a code block", "```\n/carbon-budget accept\n```"],
    ["a command in an indented code block (4 spaces)", "    /carbon-budget accept x"],
    ["a command in an indented code block (a tab)", "\t/carbon-budget accept x"],
    ["a command after a blank line", "\n/carbon-budget accept x"],
    ["a command after blank lines with spaces", "  \n\t\n/carbon-budget accept x"],
    ["a longer word", "/carbon-budgets are a good idea"],
    [
      "a longer word, then the command on a later line",
      "/carbon-budgetary concerns\n/carbon-budget accept x",
    ],
    ["no slash", "carbon-budget accept"],
  ])("is not a command: %s", (_what, body) => {
    expect(parseCommand(body)).toBeUndefined();
  });

  it("has help that names every command and the label", () => {
    for (const text of [
      "/carbon-budget accept <reason>",
      "/carbon-budget recheck",
      "/carbon-budget help",
      ACCEPT_LABEL,
    ]) {
      expect(HELP_TEXT).toContain(text);
    }
    expect(ACCEPT_LABEL).toBe("carbon-budget: accepted");
  });
});

const waiver: Waiver = {
  pull_request: 7,
  sha: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
  user: "alice",
  reason: "one-off sweep",
  at: "2025-03-04T05:06:07.000Z",
};

/** A sticky comment as reportJob writes it: marker, headline, table, report block. */
const STICKY = [
  '<!-- carbon-budget:comment key="train/train" run="5001" attempt="1" -->',
  "### carbon-budget ❌ over budget: **171 mg CO2e**, 332 mWh (no baseline yet)",
  "",
  "| Step | CO2e |",
  "| --- | ---: |",
  "| train | 171 mg |",
  "",
  "<!-- carbon-budget:report AAAA -->",
].join("\n");

describe("waivers, as shown", () => {
  it("say who, when, for which commit and why, escaped", () => {
    expect(waiverNotice(waiver)).toBe(
      "✅ Budget accepted by @alice on 2025-03-04 for 9f8e7d6: one-off sweep",
    );
    // A reason cannot mention anyone, link or format: it is the acceptor's words, shown as text.
    expect(waiverNotice({ ...waiver, reason: "see @bob's [link](x) **now**" })).toBe(
      `✅ Budget accepted by @alice on 2025-03-04 for 9f8e7d6: see @${ZWSP}bob's &#91;link&#93;&#40;x&#41; &#42;&#42;now&#42;&#42;`,
    );
    expect(waiverNotice({ ...waiver, reason: "" })).toBe(
      "✅ Budget accepted by @alice on 2025-03-04 for 9f8e7d6: (no reason given)",
    );
  });

  it("give the status line, with nothing hidden in it", () => {
    expect(waiverStatus(waiver)).toBe("accepted by @alice: one-off sweep");
    expect(waiverStatus({ ...waiver, reason: "" })).toBe("accepted by @alice: (no reason given)");
    expect(waiverStatus({ ...waiver, reason: "ok\u202efdp.exe" })).toBe(
      "accepted by @alice: ok\ufffdfdp.exe",
    );
  });

  it("go under the headline of the sticky comment, and leave no marker to read back", () => {
    expect(withWaiverNotice(STICKY, waiver)).toBe(
      [
        '<!-- carbon-budget:comment key="train/train" run="5001" attempt="1" -->',
        "### carbon-budget ❌ over budget: **171 mg CO2e**, 332 mWh (no baseline yet)",
        "",
        "> ✅ Budget accepted by @alice on 2025-03-04 for 9f8e7d6: one-off sweep",
        "",
        "| Step | CO2e |",
        "| --- | ---: |",
        "| train | 171 mg |",
        "",
        "<!-- carbon-budget:report AAAA -->",
      ].join("\n"),
    );
  });

  it("replace one shown before rather than pile up, and drop an earlier version's hidden waiver line", () => {
    const later: Waiver = {
      pull_request: 7,
      sha: "1".repeat(40),
      user: "bob",
      reason: "second look",
      at: "2025-03-05T00:00:00.000Z",
    };
    const old = `${withWaiverNotice(STICKY, waiver)}\n<!-- carbon-budget:waiver {"sha":"${waiver.sha}"} -->`;
    const twice = withWaiverNotice(old, later);
    expect(twice.match(/Budget accepted by/g)).toHaveLength(1);
    expect(twice).not.toContain("carbon-budget:waiver");
    expect(twice).toContain("> ✅ Budget accepted by @bob on 2025-03-05 for 1111111: second look");
    expect(twice).not.toContain("@alice");
    // Accepting again with the same waiver changes nothing.
    expect(withWaiverNotice(withWaiverNotice(STICKY, waiver), waiver)).toBe(withWaiverNotice(STICKY, waiver));
  });
});

describe("botRequest", () => {
  const comment = (mutate: (payload: ReturnType<typeof fixture>) => void = () => {}) => {
    const payload = fixture("issue_comment-created");
    mutate(payload);
    return { eventName: "issue_comment", payload };
  };

  it("reads a command from a new comment on a pull request, with the comment to react to and its time", () => {
    expect(botRequest(comment())).toEqual({
      number: 2,
      user: "Codertocat",
      command: { kind: "accept", reason: "one-off sweep over learning rates" },
      // The comment's own creation, not the issue's.
      at: "2019-05-15T15:20:21Z",
      commentId: 492700400,
    });
    expect(botRequest(comment((p) => (p.comment.body = "/carbon-budget recheck")))).toMatchObject({
      command: { kind: "recheck" },
    });
  });

  it("leaves alone what is not a new command on a pull request", () => {
    expect(
      botRequest({ eventName: "issue_comment", payload: fixture("issue_comment-created-issue") }),
    ).toEqual({
      ignore: "not a pull request",
    });
    expect(botRequest({ eventName: "issue_comment", payload: fixture("issue_comment-edited") })).toEqual({
      ignore: "comment edited, not created",
    });
    expect(botRequest({ eventName: "issue_comment", payload: fixture("issue_comment-deleted") })).toEqual({
      ignore: "comment deleted, not created",
    });
    const byBot = (p: ReturnType<typeof fixture>) => {
      p.comment.user.login = "github-actions[bot]";
      p.comment.user.type = "Bot";
    };
    expect(botRequest(comment(byBot))).toEqual({ ignore: "comment by a bot" });
    expect(botRequest(comment((p) => (p.comment.body = "Nice work")))).toEqual({
      ignore: "not a /carbon-budget command",
    });
    expect(botRequest(comment((p) => (p.comment.body = null)))).toEqual({
      ignore: "not a /carbon-budget command",
    });
  });

  it("does not throw on a payload it cannot read", () => {
    expect(botRequest({ eventName: "issue_comment", payload: {} })).toEqual({
      ignore: "not an issue comment payload",
    });
    expect(botRequest({ eventName: "issue_comment", payload: null })).toEqual({
      ignore: "not an issue comment payload",
    });
    expect(botRequest({ eventName: "pull_request", payload: { action: "labeled" } })).toEqual({
      ignore: "not the accept label",
    });
    // The time decides which head an accept applies to: without a real one, there is no request.
    expect(botRequest(comment((p) => (p.comment.created_at = "yesterday")))).toEqual({
      ignore: "not an issue comment payload",
    });
    expect(botRequest({ eventName: "push", payload: fixture("push") })).toEqual({ ignore: "event push" });
  });

  it("reads the accept label as an accept by whoever added it, of the head it was added on", () => {
    const payload = fixture("pull_request-labeled");
    for (const eventName of ["pull_request", "pull_request_target"]) {
      expect(botRequest({ eventName, payload })).toEqual({
        number: 2,
        user: "Codertocat",
        command: { kind: "accept", reason: 'label "carbon-budget: accepted"' },
        at: "2019-05-15T15:20:33Z",
        headWhenAsked: "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
      });
    }
  });

  it("ignores other labels, other actions, and a label added by a bot", () => {
    const labeled = (mutate: (p: ReturnType<typeof fixture>) => void) => {
      const payload = fixture("pull_request-labeled");
      mutate(payload);
      return botRequest({ eventName: "pull_request", payload });
    };
    expect(labeled((p) => (p.label.name = "bug"))).toEqual({ ignore: "not the accept label" });
    expect(labeled((p) => (p.action = "unlabeled"))).toEqual({ ignore: "not the accept label" });
    expect(
      labeled((p) => {
        p.sender.login = "renovate[bot]";
        p.sender.type = "Bot";
      }),
    ).toEqual({ ignore: "label added by a bot" });
    expect(botRequest({ eventName: "pull_request", payload: fixture("pull_request.opened") })).toEqual({
      ignore: "not the accept label",
    });
  });
});
