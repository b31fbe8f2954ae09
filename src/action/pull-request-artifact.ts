/**
 * What a fork's run hands to `mode: publish`, and what publish trusts of it. The artifact is untrusted
 * (a fork controls what its workflow uploads): it may say which pull request and which job its report
 * is for, nothing more, and both go through zod. The run id, attempt, head commit and workflow name,
 * which order and link our comment, come from the `workflow_run` event GitHub sends; the pull request
 * is re-read from the API and must have the head commit the run ran on.
 */
import { z } from "zod";
import { parseReport, type Report } from "../report/schema.js";

export const PR_CONTEXT_FILE = "pull-request.json";
export const REPORT_FILE = "report.json";

/** A job id as GitHub allows it in a workflow: what the comment key may take from an artifact. */
const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;

export const prContextSchema = z.object({
  schema: z.literal("carbon-budget/pull-request@1"),
  number: z.number().int().positive(),
  head_sha: z.string().regex(/^[0-9a-f]{40}$/),
  /** `<workflow>/<job id>`: only the job id is used; the workflow is the event's. */
  key: z.string().max(300),
  // Written for older publishers; never trusted: the event's run is the one that counts.
  run_id: z.unknown().optional(),
  run_attempt: z.unknown().optional(),
});

export type PrContext = z.infer<typeof prContextSchema>;

export function parsePrContext(text: string): PrContext {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${PR_CONTEXT_FILE} in the artifact is not JSON`);
  }
  const result = prContextSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `${PR_CONTEXT_FILE} in the artifact: ${issue?.path.join(".") || "(top level)"}: ${issue?.message}`,
    );
  }
  return result.data;
}

/** The job id an artifact's key names (job ids hold no `/`), or why it is not one. */
export function jobOf(key: string): string {
  const job = key.slice(key.lastIndexOf("/") + 1);
  if (!JOB_ID.test(job)) {
    throw new Error(
      `${PR_CONTEXT_FILE} in the artifact: key ${JSON.stringify(key)} does not end in a job id`,
    );
  }
  return job;
}

/** The triggering run, from the event: the only source of what orders and links the comment. */
const workflowRunSchema = z.object({
  id: z.number().int().positive(),
  run_attempt: z.number().int().positive().default(1),
  head_sha: z.string().regex(/^[0-9a-f]{40}$/),
  name: z.string().min(1).max(300),
  /** Where the run's commit came from: a fork that pushed the same commit is not the PR's fork. */
  head_repository: z.object({ full_name: z.string() }).nullable().optional(),
});

export type WorkflowRun = z.infer<typeof workflowRunSchema>;

export function workflowRunOf(payload: unknown): WorkflowRun {
  const run = workflowRunSchema.safeParse((payload as { workflow_run?: unknown } | undefined)?.workflow_run);
  if (!run.success) throw new Error("mode: publish runs in a workflow triggered by workflow_run");
  return run.data;
}

/** The reports for one pull request and job, from one or more artifacts (matrix legs share a job). */
export interface PublishGroup {
  number: number;
  job: string;
  artifacts: string[];
  reports: Report[];
}

/**
 * Pure: the artifacts' reports grouped by pull request and job, each artifact checked on its own (a
 * bad one is a problem naming it, and the others still count). An aggregate artifact (named exactly
 * `artifactName`) already holds the per-job ones (`artifactName-*`): when there is one, it alone is
 * published.
 */
export function publishGroups(
  artifacts: readonly { name: string; files: Record<string, string> }[],
  where: { artifactName: string; headSha: string },
): { groups: PublishGroup[]; problems: string[]; covered: number } {
  const aggregate = artifacts.filter((a) => a.name === where.artifactName);
  const chosen = aggregate.length > 0 ? aggregate : artifacts;
  const groups = new Map<string, PublishGroup>();
  const problems: string[] = [];
  for (const artifact of chosen) {
    const reportText = artifact.files[REPORT_FILE];
    const prText = artifact.files[PR_CONTEXT_FILE];
    if (reportText === undefined || prText === undefined) {
      problems.push(
        `artifact ${artifact.name}: no ${[reportText, prText].every((t) => t === undefined) ? `${REPORT_FILE} or ${PR_CONTEXT_FILE}` : reportText === undefined ? REPORT_FILE : PR_CONTEXT_FILE} at its top level; not published`,
      );
      continue;
    }
    try {
      const context = parsePrContext(prText);
      const job = jobOf(context.key);
      if (context.head_sha !== where.headSha) {
        throw new Error(`it names PR #${context.number} at a commit the run was not for`);
      }
      const report = parseReport(reportText, REPORT_FILE);
      const id = `${context.number}/${job}`;
      const group = groups.get(id) ?? { number: context.number, job, artifacts: [], reports: [] };
      group.artifacts.push(artifact.name);
      group.reports.push(report);
      groups.set(id, group);
    } catch (error) {
      problems.push(`artifact ${artifact.name}: ${(error as Error).message}; not published`);
    }
  }
  return { groups: [...groups.values()], problems, covered: artifacts.length - chosen.length };
}
