/**
 * `/carbon-budget accept <reason>` (and the accept label), once GitHub has said the person may push:
 * the waiver is recorded on the data branch for the head commit they saw reported, then shown in our
 * comment and in the commit status. Without the record nothing changes, since the record is what a
 * re-run of the same commit honours.
 */
import { firstStatusAt, STATUS_CONTEXT, setStatus } from "../github/status.js";
import { type Waiver, writeWaiver } from "../github/waiver-store.js";
import { notRecordedReply, refusedReply, waiverStatus, withWaiverNotice } from "../render/bot-replies.js";
import { headToAccept } from "./accept-head.js";
import type { BotTurn, Sticky } from "./turn.js";

export async function acceptHead(
  turn: BotTurn,
  pr: { number: number; head: { sha: string } },
  ours: Sticky[],
  reason: string,
): Promise<string> {
  const { deps, repo, request, login, react, reply } = turn;
  const { client } = deps;
  const asked = {
    prHead: pr.head.sha,
    shown: ours,
    askedAt: request.at,
    ...(request.headWhenAsked && { headWhenAsked: request.headWhenAsked }),
  };
  let decision = headToAccept(asked);
  if ("lookUpFirstReport" in decision) {
    const first = await firstStatusAt(client, { ...repo, sha: pr.head.sha }, STATUS_CONTEXT, login);
    decision = headToAccept({ ...asked, firstReportedAt: first ?? null });
  }
  if (!("accept" in decision)) {
    const why = "refuse" in decision ? decision.refuse : "I could not tell which commit you saw reported";
    await react("confused");
    await reply(refusedReply(request.user, why));
    return `refused: ${why}`;
  }

  const waiver: Waiver = {
    pull_request: pr.number,
    sha: decision.accept,
    user: request.user,
    reason,
    at: (deps.now?.() ?? new Date()).toISOString(),
  };
  try {
    await writeWaiver(client, repo, deps.dataBranch, waiver);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? `the bot's token may not write to the \`${deps.dataBranch}\` branch (HTTP ${status}); its workflow needs \`permissions: contents: write\``
        : (error as Error).message;
    await react("confused");
    await reply(notRecordedReply(why));
    return "not recorded";
  }
  for (const sticky of ours.filter((s) => s.head === waiver.sha)) {
    await client.rest.issues
      .updateComment({ ...repo, comment_id: sticky.id, body: withWaiverNotice(sticky.body, waiver) })
      .catch((error: Error) =>
        deps.log(`the comment was not updated to show the acceptance: ${error.message}`),
      );
  }
  await setStatus(
    client,
    { ...repo, sha: waiver.sha },
    { state: "success", context: STATUS_CONTEXT, description: waiverStatus(waiver) },
  );
  await react("+1");
  return `accepted for ${waiver.sha.slice(0, 7)}`;
}
