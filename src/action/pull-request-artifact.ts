/**
 * What a fork's run hands to `mode: publish`: its report and which pull request it was for. The
 * artifact is untrusted (a fork controls what its workflow uploads), so both go through zod, and the
 * pull request is re-read from the API and must have the head SHA the workflow_run ran on.
 */
import { z } from "zod";

export const PR_CONTEXT_FILE = "pull-request.json";
export const REPORT_FILE = "report.json";

export const prContextSchema = z.object({
  schema: z.literal("carbon-budget/pull-request@1"),
  number: z.number().int().positive(),
  head_sha: z.string().regex(/^[0-9a-f]{40}$/),
  key: z.string().max(300),
  run_id: z.string().regex(/^\d{1,20}$/),
  run_attempt: z.number().int().positive(),
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
      `${PR_CONTEXT_FILE} in the artifact: ${issue.path.join(".") || "(top level)"}: ${issue.message}`,
    );
  }
  return result.data;
}
