/**
 * Accepting a budget, its pure parts: which head an accept waives (the one the maintainer saw
 * reported, and only while it is the head), the waiver record as stored on the data branch, and the
 * rate limit on the bot's replies to anyone.
 */
import { describe, expect, it } from "vitest";
import { type AcceptAsked, headToAccept } from "../../src/bot/accept-head.js";
import { markedReply, REPLY_INTERVAL_MS, repliedRecently, repliesSince } from "../../src/bot/replies.js";
import { parseWaiver, waiverPath } from "../../src/github/waiver-store.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const ASKED = "2025-03-04T10:00:00Z";
const EARLIER = "2025-03-04T09:59:00Z";
const LATER = "2025-03-04T10:00:30Z";

const ask = (over: Partial<AcceptAsked> = {}): AcceptAsked => ({
  prHead: A,
  shown: [{ head: A, updatedAt: EARLIER }],
  askedAt: ASKED,
  ...over,
});

describe("headToAccept", () => {
  it("waives the head our comment showed before the accept, when it is still the head", () => {
    expect(headToAccept(ask())).toEqual({ accept: A });
  });

  it("refuses when the head our comment showed is not the pull request's head any more", () => {
    // The author pushed B after the maintainer looked at A's report; B's run has not reported.
    expect(headToAccept(ask({ prHead: B }))).toEqual({
      refuse:
        "the carbon-budget report here is for aaaaaaa, but the pull request is now at bbbbbbb; wait for its run to report, look at it, then accept again",
    });
  });

  it("refuses when our comment started showing the head only after the accept was written", () => {
    // A at 09:59; the push of B and B's report at 10:00:30, after the accept at 10:00.
    const asked = ask({ prHead: B, shown: [{ head: B, updatedAt: LATER }] });
    expect(headToAccept(asked)).toEqual({ lookUpFirstReport: true });
    // Our first status on B is B's run's, after the accept: the maintainer cannot have seen it.
    expect(headToAccept({ ...asked, firstReportedAt: LATER })).toEqual({
      refuse:
        "the carbon-budget report for bbbbbbb appeared after you asked, so it may not be the one you reviewed; look at it and accept again",
    });
    expect(headToAccept({ ...asked, firstReportedAt: null })).toMatchObject({ refuse: expect.any(String) });
    // A status in the same second as the accept is not "before" it.
    expect(headToAccept({ ...asked, firstReportedAt: ASKED })).toMatchObject({ refuse: expect.any(String) });
  });

  it("accepts when our comment changed after the accept but showed the same head before it", () => {
    // A re-run (or another accept) edited the comment at 10:00:30; A was first reported at 09:59.
    const asked = ask({ shown: [{ head: A, updatedAt: LATER }] });
    expect(headToAccept({ ...asked, firstReportedAt: EARLIER })).toEqual({ accept: A });
  });

  it("needs one of our comments to show the head, among several jobs' comments", () => {
    const shown = [
      { head: B, updatedAt: EARLIER },
      { head: A, updatedAt: EARLIER },
    ];
    expect(headToAccept(ask({ shown }))).toEqual({ accept: A });
    expect(headToAccept(ask({ shown: [] }))).toEqual({
      refuse: "there is no carbon-budget report for aaaaaaa on this pull request to accept",
    });
    // An old comment whose marker names no head shows no head.
    expect(headToAccept(ask({ shown: [{ updatedAt: EARLIER }] }))).toMatchObject({
      refuse: expect.any(String),
    });
  });

  it("refuses a label added on a head that is not the head any more", () => {
    expect(headToAccept(ask({ headWhenAsked: B }))).toEqual({
      refuse:
        "the pull request moved from bbbbbbb to aaaaaaa after you asked; look at the report for aaaaaaa and accept again",
    });
    expect(headToAccept(ask({ headWhenAsked: A }))).toEqual({ accept: A });
  });
});

describe("the waiver record", () => {
  const record = {
    schema: "carbon-budget/waiver@1",
    pull_request: 7,
    sha: A,
    user: "alice",
    reason: "one-off sweep",
    at: "2025-03-04T10:00:01.000Z",
  };
  const expected = { pullRequest: 7, sha: A };

  it("lives at v1/waivers/pr-<number>/<sha>.json, and only for a real number and sha", () => {
    expect(waiverPath(7, A)).toBe(`v1/waivers/pr-7/${A}.json`);
    for (const [pr, sha] of [
      [0, A],
      [7, "../../v1/main/index"],
      [7, "abc1234"],
      [7.5, A],
    ] as const) {
      expect(() => waiverPath(pr, sha)).toThrow(/no waiver path/);
    }
  });

  it("reads back through the schema", () => {
    const { schema: _schema, ...waiver } = record;
    expect(parseWaiver(JSON.stringify(record), "file", expected)).toEqual(waiver);
  });

  it.each([
    ["not JSON", "{", /file is not JSON/],
    [
      "another schema",
      JSON.stringify({ ...record, schema: "carbon-budget/report@1" }),
      /not a waiver record/,
    ],
    ["an extra field", JSON.stringify({ ...record, admin: true }), /not a waiver record/],
    ["a login that is not one", JSON.stringify({ ...record, user: "alice <!--" }), /not a waiver record/],
    ["no time", JSON.stringify({ ...record, at: "yesterday" }), /not a waiver record/],
    ["another commit's", JSON.stringify({ ...record, sha: B }), /names PR #7 at b{40}, not the file's own/],
    ["another PR's", JSON.stringify({ ...record, pull_request: 8 }), /names PR #8/],
  ])("is refused when it is %s", (_what, text, message) => {
    expect(() => parseWaiver(text, "file", expected)).toThrow(message);
  });
});

describe("replies to anyone", () => {
  const LOGIN = "github-actions[bot]";
  const reply = (createdAt: string, body = markedReply("mallory", "help text"), login = LOGIN) => ({
    id: 1,
    body,
    user: { login },
    created_at: createdAt,
  });
  // 10 minutes = 600,000 ms; asked at 10:00:00, so replies from 09:50:00 (exclusive) on count.
  const at = "2025-03-04T10:00:00Z";

  it("are marked with whom they answered", () => {
    expect(markedReply("mallory", "text")).toBe('text\n\n<!-- carbon-budget:reply to="mallory" -->');
    expect(REPLY_INTERVAL_MS).toBe(600_000);
    expect(repliesSince(at)).toBe("2025-03-04T09:50:00Z");
  });

  it("count our own reply to the same person within ten minutes, and nothing else", () => {
    expect(repliedRecently([reply("2025-03-04T09:50:01Z")], LOGIN, "mallory", at)).toBe(true);
    expect(repliedRecently([reply("2025-03-04T09:50:00Z")], LOGIN, "mallory", at)).toBe(false);
    // Logins are compared regardless of case.
    expect(repliedRecently([reply("2025-03-04T09:59:00Z")], LOGIN, "Mallory", at)).toBe(true);
    expect(repliedRecently([reply("2025-03-04T09:59:00Z")], LOGIN, "alice", at)).toBe(false);
    // Someone else's comment with our marker is not our reply, nor is our marker in a quote.
    expect(repliedRecently([reply("2025-03-04T09:59:00Z", undefined, "mallory")], LOGIN, "mallory", at)).toBe(
      false,
    );
    const quoted = `> ${markedReply("mallory", "help").split("\n").join("\n> ")}`;
    expect(repliedRecently([reply("2025-03-04T09:59:00Z", quoted)], LOGIN, "mallory", at)).toBe(false);
  });
});
