/**
 * What the bot says in a pull request: its help, its answers to commands, and how an accepted budget
 * is shown under the comment's headline and in the commit status.
 */
import { codeSpan, escapeMarkdown, plainText } from "./escape.js";

/** The waiver record as shown (github/waiver-store.ts keeps it). */
export interface WaiverShown {
  user: string;
  at: string;
  sha: string;
  reason: string;
}

export const HELP_TEXT = [
  "**carbon-budget commands** (comment on the pull request):",
  "",
  "- `/carbon-budget accept <reason>`: accept the failing budget for the head commit whose report you read here (write access needed). A new push needs a new accept.",
  "- `/carbon-budget recheck`: judge this PR's last report again against the latest baseline and the base branch's budgets, without re-running training.",
  "- `/carbon-budget help`: this list.",
  "",
  "A maintainer can also add the label `carbon-budget: accepted`.",
].join("\n");

export const unknownCommandReply = (word: string): string =>
  `I don't know ${codeSpan(word)}.\n\n${HELP_TEXT}`;

export const deniedReply = (user: string, command: string): string =>
  `Sorry @${user}, only people with write access to this repository can use \`/carbon-budget ${command}\`. Nothing was changed.`;

export const refusedReply = (user: string, why: string): string =>
  `Sorry @${user}, ${why}. Nothing was changed.`;

export const notRecordedReply = (why: string): string =>
  `I could not record the acceptance: ${why}. Nothing was changed.`;

export const damagedReportReply = (message: string): string =>
  `I could not read the report kept in the carbon-budget comment (${message}); re-run the workflow that measures this pull request.`;

export const NO_REPORT_REPLY =
  "I found no carbon-budget report on this pull request to recheck; re-run the workflow that measures it.";

export const staleReportReply = (measuredOn: string, head: string): string =>
  `The last carbon-budget report is for ${measuredOn.slice(0, 7)}, but the pull request is now at ${head.slice(0, 7)}; wait for its run (or re-run it), then recheck.`;

const NOTICE_START = "✅ Budget accepted by ";

export function waiverNotice(waiver: WaiverShown): string {
  return `${NOTICE_START}@${escapeMarkdown(waiver.user)} on ${waiver.at.slice(0, 10)} for ${waiver.sha.slice(0, 7)}: ${escapeMarkdown(waiver.reason) || "(no reason given)"}`;
}

/**
 * The comment's body with this waiver shown right under the headline, in place of one shown before
 * (and of the hidden waiver line earlier versions wrote, which nothing reads any more). Rendered from
 * the waiver record on the data branch; nothing here is ever read back.
 */
export function withWaiverNotice(body: string, waiver: WaiverShown): string {
  const lines: string[] = [];
  for (const line of body.split("\n")) {
    if (line.startsWith(`> ${NOTICE_START}`) || line.startsWith("<!-- carbon-budget:waiver ")) {
      if (lines.at(-1) === "") lines.pop();
      continue;
    }
    lines.push(line);
  }
  const at = Math.max(1, lines.findIndex((line) => line.startsWith("### ")) + 1);
  lines.splice(at, 0, "", `> ${waiverNotice(waiver)}`);
  return lines.join("\n");
}

export const waiverStatus = (waiver: WaiverShown): string =>
  `accepted by @${waiver.user}: ${plainText(waiver.reason) || "(no reason given)"}`;
