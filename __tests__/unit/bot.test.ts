/**
 * The bot's pure parts: what a comment asks (parseCommand), the waiver recorded in the sticky comment
 * (marker, notice, status line), and which events are ours at all (botRequest), on GitHub's payloads.
 */
import { describe, expect, it } from "vitest";
import { ACCEPT_LABEL, HELP_TEXT, MAX_REASON, parseCommand } from "../../src/bot/command.js";
import { botRequest } from "../../src/bot/run-bot.js";
import {
  readWaiver,
  type Waiver,
  waiverMarker,
  waiverNotice,
  waiverStatus,
  withWaiver,
} from "../../src/bot/waiver.js";
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

  it("allows whitespace before the command, and reads the reason from the command's line only", () => {
    expect(parseCommand("  \n\t/carbon-budget accept warm-up run")).toEqual({
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

describe("waivers", () => {
  it("round-trip through their marker", () => {
    const marker = waiverMarker(waiver);
    expect(marker.startsWith("<!-- carbon-budget:waiver {")).toBe(true);
    expect(readWaiver(`text before\n${marker}\ntext after`)).toEqual(waiver);
  });

  it("keep a hostile reason inside the HTML comment", () => {
    const hostile: Waiver = {
      ...waiver,
      reason: 'ok --> <img src=x onerror=alert(1)> <!-- "}" -->',
    };
    const marker = waiverMarker(hostile);
    // The comment ends once, at the end: no "--" and no ">" inside it.
    expect(marker.indexOf("-->")).toBe(marker.length - 3);
    expect(marker.slice(4, -3)).not.toMatch(/--|>/);
    expect(readWaiver(marker)).toEqual(hostile);
  });

  it("are not read from a missing, damaged or incomplete marker", () => {
    expect(readWaiver(STICKY)).toBeUndefined();
    expect(readWaiver("<!-- carbon-budget:waiver {not json} -->")).toBeUndefined();
    expect(readWaiver('<!-- carbon-budget:waiver {"sha":"abc","user":"alice"} -->')).toBeUndefined();
    expect(
      readWaiver('<!-- carbon-budget:waiver {"sha":1,"user":"a","reason":"r","at":"t"} -->'),
    ).toBeUndefined();
  });

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

  it("give the status line", () => {
    expect(waiverStatus(waiver)).toBe("accepted by @alice: one-off sweep");
    expect(waiverStatus({ ...waiver, reason: "" })).toBe("accepted by @alice: (no reason given)");
  });

  it("go under the headline of the sticky comment, with the marker at the end", () => {
    const body = withWaiver(STICKY, waiver);
    expect(body).toBe(
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
        waiverMarker(waiver),
      ].join("\n"),
    );
    expect(readWaiver(body)).toEqual(waiver);
  });

  it("replace an earlier waiver rather than pile up", () => {
    const later: Waiver = {
      sha: "1".repeat(40),
      user: "bob",
      reason: "second look",
      at: "2025-03-05T00:00:00.000Z",
    };
    const twice = withWaiver(withWaiver(STICKY, waiver), later);
    expect(readWaiver(twice)).toEqual(later);
    expect(twice.match(/Budget accepted by/g)).toHaveLength(1);
    expect(twice.match(/carbon-budget:waiver/g)).toHaveLength(1);
    expect(twice).toContain("> ✅ Budget accepted by @bob on 2025-03-05 for 1111111: second look");
    expect(twice).not.toContain("@alice");
    // Accepting again with the same waiver changes nothing.
    expect(withWaiver(withWaiver(STICKY, waiver), waiver)).toBe(withWaiver(STICKY, waiver));
  });
});

describe("botRequest", () => {
  const comment = (mutate: (payload: ReturnType<typeof fixture>) => void = () => {}) => {
    const payload = fixture("issue_comment-created");
    mutate(payload);
    return { eventName: "issue_comment", payload };
  };

  it("reads a command from a new comment on a pull request, with the comment to react to", () => {
    expect(botRequest(comment())).toEqual({
      number: 2,
      user: "Codertocat",
      command: { kind: "accept", reason: "one-off sweep over learning rates" },
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
    expect(botRequest({ eventName: "push", payload: fixture("push") })).toEqual({ ignore: "event push" });
  });

  it("reads the accept label as an accept by whoever added it", () => {
    const payload = fixture("pull_request-labeled");
    for (const eventName of ["pull_request", "pull_request_target"]) {
      expect(botRequest({ eventName, payload })).toEqual({
        number: 2,
        user: "Codertocat",
        command: { kind: "accept", reason: 'label "carbon-budget: accepted"' },
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
