/**
 * The bot's replies to commands anyone can send (help, an unknown word, a refusal for lack of
 * permission): at most one per person per pull request every ten minutes, so a loop or a prankster
 * cannot make the bot flood a conversation. The count comes from our own earlier replies, found by
 * our account and a hidden marker; the command is still acknowledged with a reaction.
 */
import type { IssueComment } from "../github/comment.js";
import { isBy } from "../github/identity.js";
import { markersIn } from "../render/markdown-scan.js";

export const REPLY_INTERVAL_MS = 10 * 60 * 1000;

const REPLY_MARKER = /<!-- carbon-budget:reply to="([A-Za-z0-9-]{1,39})" -->/;

/** A reply to `user`, marked so later runs can count it. */
export const markedReply = (user: string, text: string): string =>
  /^[A-Za-z0-9-]{1,39}$/.test(user) ? `${text}\n\n<!-- carbon-budget:reply to="${user}" -->` : text;

/** Where to start reading the conversation for replies within the interval before `at`. */
export const repliesSince = (at: string): string =>
  new Date(Date.parse(at) - REPLY_INTERVAL_MS).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Whether our account replied to `user` since the interval before `at` (pure; times are GitHub's). */
export function repliedRecently(comments: IssueComment[], login: string, user: string, at: string): boolean {
  const asked = Date.parse(at);
  return comments.some((comment) => {
    if (!isBy(login, comment.user) || !comment.created_at) return false;
    const to = markersIn(comment.body ?? "", REPLY_MARKER).some(
      (match) => match[1]?.toLowerCase() === user.toLowerCase(),
    );
    // Replies after `at` count too: another run may have answered a later command first.
    return to && asked - Date.parse(comment.created_at) < REPLY_INTERVAL_MS;
  });
}
