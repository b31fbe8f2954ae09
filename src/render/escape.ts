/**
 * Text from a pull request, an artifact or a config (step names, device names, notes, config keys and
 * values, a waiver's reason) reaches markdown that GitHub renders. Escaped, it stays the text it was:
 * it cannot close a table cell, open a link, image or HTML tag, plant a hidden marker, mention or
 * reference anyone, become a live autolink, or reorder what is shown with bidirectional controls.
 * Our own markup (links included) is written around escaped text, never passed through it; the
 * sources our tables cite stay links wherever a note names them.
 */
import { CITED_URLS } from "./cited-sources.js";

/**
 * Bidirectional controls and marks (U+061C, U+200E/F, U+202A-E, U+2066-9): they make text display in
 * an order other than the one it has.
 */
const BIDI = /\p{Bidi_Control}/gu;
/**
 * Control characters and invisible ones a reader cannot see. The zero-width joiners stay: emoji and
 * some scripts need them.
 */
const INVISIBLE = /[\p{Cc}\u200B\u2060-\u2064\uFEFF]/gu;
/** Line and paragraph separators, besides CR and LF, that could start a new block. */
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
/** What markdown, HTML, tables, autolinks, math or entities read as syntax, as numeric entities. */
const SYNTAX = /[\\`*_{}[\]()#+!|<>~&$]/g;
const ZWSP = "\u200b";

/** The text with nothing hidden in it: one line, tabs as spaces, bidi controls shown as U+FFFD. */
export function plainText(text: string): string {
  return text.replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(BIDI, "\uFFFD").replace(INVISIBLE, "");
}

/** A URL as text runs it, up to whatever would end it; trailing punctuation is tried off below. */
const URL = /https?:\/\/[^\s<>"'`|\\]+/g;

/** The longest start of `candidate` that our tables cite (a URL in parentheses drops the ")"). */
function citedUrl(candidate: string): string | undefined {
  for (let url = candidate; url.length > 8; url = url.slice(0, -1)) {
    if (CITED_URLS.has(url)) return url;
    if (!/[.,;:!?)\]'*]$/.test(url)) return undefined;
  }
  return undefined;
}

function escapeRun(text: string): string {
  return (
    text
      .replace(SYNTAX, (c) => `&#${c.charCodeAt(0)};`)
      // A real (not encoded) zero-width space: GitHub finds mentions, references and some links in
      // the rendered text, where an entity would already be a plain character again.
      .replace(/@/g, `@${ZWSP}`)
      .replace(/&#35;(?=\d)/g, `&#35;${ZWSP}`)
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`)
  );
}

export function escapeMarkdown(text: string): string {
  const plain = plainText(text);
  let out = "";
  let from = 0;
  for (const match of plain.matchAll(URL)) {
    const url = citedUrl(match[0]);
    if (!url) continue;
    // A source our tables cite stays a link, one that ends where the URL does.
    out += `${escapeRun(plain.slice(from, match.index))}<${url}>`;
    from = match.index + url.length;
  }
  return (
    `${out}${escapeRun(plain.slice(from))}`
      // A list item, thematic break or setext underline, should the text start a line.
      .replace(/^-(?=[\s-]|$)/, "&#45;")
      .replace(/^=/, "&#61;")
      .replace(/^(\d{1,9})\.(?=\s|$)/, "$1&#46;")
  );
}

/** A short name (a file path, a key) in a code span when it is plainly safe there, else escaped text. */
export function codeSpan(text: string): string {
  return /^[\w./-]{1,200}$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}

/**
 * Our own link: the text is escaped, the URL is used as given, and must be one we wrote (an https or
 * http URL with nothing in it that would end the link early).
 */
export function markdownLink(text: string, url: string): string {
  if (!/^https?:\/\/[^\s()<>[\]"'`]+$/.test(url)) throw new Error(`not a link we can write: ${url}`);
  return `[${escapeMarkdown(text)}](${url})`;
}
