/**
 * The lines of a comment that GitHub renders as blocks of their own, outside block quotes and code
 * (pure). A hidden marker counts only when it starts such a line: one quoted in a reply, or shown in
 * a code block or span, is text about a marker, not ours. Where CommonMark is subtle (a quote's lazy
 * continuation lines), a line is left out: missing a marker costs a duplicate, counting one a forgery.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const QUOTE = /^ {0,3}>/;
const BLANK = /^[ \t]*$/;

/** Columns of leading whitespace, a tab advancing to the next multiple of 4. */
function indentOf(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === " ") columns++;
    else if (c === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

export function blockLines(body: string): string[] {
  const kept: string[] = [];
  let fence: { char: string; length: number } | undefined;
  let quoted = false;
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (fence) {
      const close = FENCE.exec(line);
      if (close?.[1]?.startsWith(fence.char) && close[1].length >= fence.length && BLANK.test(close[2] ?? ""))
        fence = undefined;
      continue;
    }
    if (BLANK.test(line)) {
      quoted = false;
      continue;
    }
    // A quote runs on through the lines after it until a blank one.
    if (quoted || QUOTE.test(line)) {
      quoted = true;
      continue;
    }
    if (indentOf(line) >= 4) continue;
    const open = FENCE.exec(line);
    // A backtick fence's info string has no backtick; otherwise it is an inline code span.
    if (open?.[1] && !(open[1].startsWith("`") && open[2]?.includes("`"))) {
      fence = { char: open[1][0] ?? "`", length: open[1].length };
      continue;
    }
    kept.push(line);
  }
  return kept;
}

/** The first capture of `pattern` on each block line it starts (after at most 3 spaces). */
export function markersIn(body: string, pattern: RegExp): RegExpExecArray[] {
  const anchored = new RegExp(`^ {0,3}${pattern.source}`);
  return blockLines(body).flatMap((line) => {
    const match = anchored.exec(line);
    return match ? [match] : [];
  });
}
