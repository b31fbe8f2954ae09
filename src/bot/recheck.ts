/**
 * `/carbon-budget recheck`: judge the head's measured report again, against the base branch as it is
 * now, without re-running training. The report is read from our own comment only (our account, our
 * marker), through the report schema, and only when it was measured on the pull request's head.
 */
import { readMarker } from "../github/comment.js";
import { damagedReportReply, NO_REPORT_REPLY, staleReportReply } from "../render/bot-replies.js";
import { readEmbeddedReport } from "../render/embedded-report.js";
import type { Report } from "../report/schema.js";
import type { BotTurn, Sticky } from "./turn.js";

interface PullRequest {
  number: number;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
}

export async function recheckHead(turn: BotTurn, pr: PullRequest, ours: Sticky[]): Promise<string> {
  const { deps, repo, react, reply } = turn;
  const latest = ours.at(-1);
  let report: Report | undefined;
  try {
    report = latest ? readEmbeddedReport(latest.body) : undefined;
  } catch (error) {
    await react("confused");
    await reply(damagedReportReply((error as Error).message));
    return "damaged report";
  }
  if (!latest || !report) {
    await react("confused");
    await reply(NO_REPORT_REPLY);
    return "nothing to recheck";
  }
  const marker = readMarker(latest.body);
  const measuredOn = marker?.headSha;
  if (measuredOn && measuredOn !== pr.head.sha) {
    // The head moved since the report was measured: judging the new commit by it would pass
    // (or fail) code nobody measured. Its own run will report.
    await react("confused");
    await reply(staleReportReply(measuredOn, pr.head.sha));
    return "report is for an older commit";
  }
  const { gh } = deps;
  const [workflow = gh.workflow, ...job] = (marker?.key ?? "").split("/");
  // pr.base.sha is the base branch as it was when the PR was opened or last pushed to; a recheck
  // judges by the base branch as it is now (its budgets; the merge-base is the same either way).
  const { data: base } = await deps.client.rest.repos.getBranch({ ...repo, branch: pr.base.ref });
  const outcome = await deps.recheck(
    report,
    {
      number: pr.number,
      headSha: pr.head.sha,
      baseSha: base.commit.sha,
      baseRef: pr.base.ref,
      headRef: pr.head.ref,
    },
    {
      workflow,
      job: job.join("/") || gh.job,
      runId: marker?.runId ?? gh.runId,
      runAttempt: marker?.runAttempt ?? 1,
    },
  );
  await react("+1");
  return `rechecked: ${outcome}`;
}
