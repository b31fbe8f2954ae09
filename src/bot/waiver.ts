/**
 * How an accepted waiver is shown (pure): a line under the sticky comment's headline and the commit
 * status's description. Both are rendered from the waiver record on the data branch; nothing here is
 * ever read back.
 */
import type { Waiver } from "../github/waiver-store.js";
import { waiverNotice } from "../render/bot-replies.js";

export type { Waiver };

const NOTICE_PREFIX = "> ✅ Budget accepted by ";

/**
 * The comment's body with this waiver shown right under the headline, in place of one shown before
 * (and of the hidden waiver line earlier versions wrote, which nothing reads any more).
 */
export function withWaiverNotice(body: string, waiver: Waiver): string {
  const lines: string[] = [];
  for (const line of body.split("\n")) {
    if (line.startsWith(NOTICE_PREFIX) || line.startsWith("<!-- carbon-budget:waiver ")) {
      if (lines.at(-1) === "") lines.pop();
      continue;
    }
    lines.push(line);
  }
  const at = Math.max(1, lines.findIndex((line) => line.startsWith("### ")) + 1);
  lines.splice(at, 0, "", `> ${waiverNotice(waiver)}`);
  return lines.join("\n");
}
