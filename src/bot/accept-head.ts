/**
 * Which commit an accept waives (pure): the one the maintainer saw reported. That is the pull
 * request's head, provided our comment already showed that head's report when they asked, and the
 * head has not moved since. A push between the maintainer's look and the bot's run must not get an
 * unreviewed commit accepted, and neither may a report that appeared after they asked.
 */
import { shortSha } from "../render/format.js";

export interface ShownReport {
  /** The head commit our comment reports on (from its marker), if it says. */
  head?: string;
  /** When our comment last changed (GitHub's clock). */
  updatedAt: string;
}

export interface AcceptAsked {
  /** The pull request's head now. */
  prHead: string;
  /** Our sticky comments on the pull request. */
  shown: ShownReport[];
  /** When the maintainer asked (GitHub's clock): the comment's creation, or the label's. */
  askedAt: string;
  /** The head when they asked, where the event says (a label's payload does; a comment's does not). */
  headWhenAsked?: string;
  /**
   * When our account first set the status on `prHead`, once looked up (null: never): when its report
   * was first shown, since a run writes its comment before its status.
   */
  firstReportedAt?: string | null;
}

export type AcceptDecision =
  | { accept: string }
  | { refuse: string }
  /** Our comment changed after they asked: whether it showed this head before needs the statuses. */
  | { lookUpFirstReport: true };

const before = (a: string, b: string) => Date.parse(a) < Date.parse(b);

export function headToAccept(asked: AcceptAsked): AcceptDecision {
  const head = asked.prHead;
  if (asked.headWhenAsked && asked.headWhenAsked !== head) {
    return {
      refuse: `the pull request moved from ${shortSha(asked.headWhenAsked)} to ${shortSha(head)} after you asked; look at the report for ${shortSha(head)} and accept again`,
    };
  }
  const showing = asked.shown.filter((report) => report.head === head);
  if (showing.length === 0) {
    const latest = asked.shown.at(-1)?.head;
    return {
      refuse: latest
        ? `the carbon-budget report here is for ${shortSha(latest)}, but the pull request is now at ${shortSha(head)}; wait for its run to report, look at it, then accept again`
        : `there is no carbon-budget report for ${shortSha(head)} on this pull request to accept`,
    };
  }
  // Unchanged since they asked: what it shows now is what they saw.
  if (showing.some((report) => before(report.updatedAt, asked.askedAt))) return { accept: head };
  if (asked.firstReportedAt === undefined) return { lookUpFirstReport: true };
  if (asked.firstReportedAt !== null && before(asked.firstReportedAt, asked.askedAt)) return { accept: head };
  return {
    refuse: `the carbon-budget report for ${shortSha(head)} appeared after you asked, so it may not be the one you reviewed; look at it and accept again`,
  };
}
