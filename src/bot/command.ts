/**
 * PR commands (pure): what a comment asks of the bot, if anything. Only a comment whose first line is
 * `/carbon-budget ...` is ours: not one after blank lines, in a quote, or in a code block or span (4
 * spaces or a tab of indent make one), so quoting or showing a command never runs it.
 */
import { plainText } from "../render/escape.js";

export type BotCommand =
  | { kind: "accept"; reason: string }
  | { kind: "recheck" }
  | { kind: "help" }
  | { kind: "unknown"; word: string };

/** The first line only, and the whole word: `/carbon-budgetary` is not us, nor a command on line 2. */
const PREFIX = /^ {0,3}\/carbon-budget(?![\w-])[ \t]*([^\r\n]*)/;
/** A reason is shown in a status (140 characters with the user's name) and in the comment. */
export const MAX_REASON = 100;

export function parseCommand(body: string): BotCommand | undefined {
  const match = PREFIX.exec(body);
  if (!match) return undefined;
  const [word = "", ...rest] = match[1].trim().split(/\s+/);
  switch (word.toLowerCase()) {
    case "accept":
      return { kind: "accept", reason: plainText(rest.join(" ")).trim().slice(0, MAX_REASON) };
    case "recheck":
      return { kind: "recheck" };
    case "":
    case "help":
      return { kind: "help" };
    default:
      return { kind: "unknown", word: word.slice(0, 50) };
  }
}

export const ACCEPT_LABEL = "carbon-budget: accepted";

/** Who may waive a budget: GitHub's roles that can push. */
export const CAN_ACCEPT = new Set(["admin", "maintain", "write"]);
