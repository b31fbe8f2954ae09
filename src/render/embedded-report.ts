/**
 * The head's report, carried inside the sticky comment as a hidden, compressed block, so
 * `/carbon-budget recheck` can judge it again without re-running training. Reading it back is reading
 * untrusted input: anyone with write access can edit a comment body, so only a block that starts a
 * line outside quotes and code counts (the last one: ours closes the comment), and it goes through
 * the report schema.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { parseReport, type Report } from "../report/schema.js";
import { markersIn } from "./markdown-scan.js";

const BLOCK = /<!-- carbon-budget:report ([A-Za-z0-9+/=]+) -->/;
/** Decompressed size we accept, against a comment crafted to expand without bound. */
const MAX_REPORT_BYTES = 2_000_000;

/** Component notes are what make a report long; the verdict needs only the numbers. */
function compact(report: Report): Report {
  return {
    ...report,
    steps: report.steps.map((step) => ({
      ...step,
      components: step.components.map(({ notes: _notes, ...component }) => component),
      notes: undefined,
    })),
  };
}

export function embedReport(report: Report): string {
  const json = JSON.stringify(compact(report));
  return `<!-- carbon-budget:report ${deflateRawSync(json).toString("base64")} -->`;
}

export function readEmbeddedReport(body: string): Report | undefined {
  const match = markersIn(body, BLOCK).at(-1);
  if (!match?.[1]) return undefined;
  let json: string;
  try {
    json = inflateRawSync(Buffer.from(match[1], "base64"), { maxOutputLength: MAX_REPORT_BYTES }).toString(
      "utf8",
    );
  } catch {
    throw new Error("the report block in the comment is damaged");
  }
  return parseReport(json, "the report block in the comment");
}
