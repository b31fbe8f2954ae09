/**
 * A waiver, recorded in the sticky comment for one head commit (pure). The status is per commit, so a
 * new push makes a waiver lapse by itself; the marker lets a re-run on the same commit honour it.
 */
import { escapeMarkdown } from "../render/escape.js";

export interface Waiver {
  sha: string;
  user: string;
  reason: string;
  at: string;
}

const WAIVER = /<!-- carbon-budget:waiver (\{.*?\}) -->/;

export function waiverMarker(waiver: Waiver): string {
  // JSON inside an HTML comment: "--" and ">" would end the comment early.
  const json = JSON.stringify(waiver).replace(/-/g, "\\u002d").replace(/>/g, "\\u003e");
  return `<!-- carbon-budget:waiver ${json} -->`;
}

export function readWaiver(body: string): Waiver | undefined {
  const match = WAIVER.exec(body);
  if (!match) return undefined;
  try {
    const data = JSON.parse(match[1]) as Partial<Waiver>;
    if (
      typeof data.sha === "string" &&
      typeof data.user === "string" &&
      typeof data.reason === "string" &&
      typeof data.at === "string"
    ) {
      return { sha: data.sha, user: data.user, reason: data.reason, at: data.at };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function waiverNotice(waiver: Waiver): string {
  return `✅ Budget accepted by @${escapeMarkdown(waiver.user)} on ${waiver.at.slice(0, 10)} for ${waiver.sha.slice(0, 7)}: ${escapeMarkdown(waiver.reason) || "(no reason given)"}`;
}

export const waiverStatus = (waiver: Waiver): string =>
  `accepted by @${waiver.user}: ${waiver.reason || "(no reason given)"}`;

/** The comment with this waiver recorded (replacing an earlier one). */
export function withWaiver(body: string, waiver: Waiver): string {
  const cleaned = body.replace(WAIVER, "").replace(/\n\n> ✅ Budget accepted by [^\n]*/g, "");
  const lines = cleaned.split("\n");
  // Right under the headline, where a reviewer looks first.
  const at = Math.max(1, lines.findIndex((line) => line.startsWith("### ")) + 1);
  lines.splice(at, 0, "", `> ${waiverNotice(waiver)}`);
  return `${lines.join("\n").trimEnd()}\n${waiverMarker(waiver)}`;
}
