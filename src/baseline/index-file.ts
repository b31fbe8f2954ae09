/**
 * The data branch's per-branch index (`v1/<branch>/index.json`): recent runs with the per-step figures
 * a comparison needs, so a pull request is judged from one small file instead of many reports. Pure:
 * parsing (zod: the data branch is writable by anyone with push access), adding, trimming.
 */
import { z } from "zod";
import type { Report } from "../report/schema.js";

export const INDEX_SCHEMA_ID = "carbon-budget/index@1";
/** Enough history for trends and noise, small enough for the contents API (1 MB) at ~250 bytes a run. */
export const INDEX_MAX_ENTRIES = 2000;

const stepSummarySchema = z.object({
  energy_kwh: z.number().finite().nonnegative(),
  co2e_g: z.number().finite().nonnegative(),
  duration_s: z.number().finite().nonnegative().optional(),
  unit: z.object({ name: z.string().max(100), count: z.number().positive() }).optional(),
});

export const indexEntrySchema = z.object({
  sha: z.string().regex(/^[0-9a-f]{7,64}$/),
  run_id: z.string().max(200),
  ended_at: z.string().max(64),
  fingerprint: z.string().max(200),
  totals: z.object({
    energy_kwh: z.number().finite().nonnegative(),
    co2e_g: z.number().finite().nonnegative(),
  }),
  steps: z.record(z.string().max(200), stepSummarySchema),
});

export const indexSchema = z.object({
  schema: z.literal(INDEX_SCHEMA_ID),
  branch: z.string(),
  /** Newest first. */
  entries: z.array(indexEntrySchema),
});

export type IndexEntry = z.infer<typeof indexEntrySchema>;
export type RunIndex = z.infer<typeof indexSchema>;
export type StepSummary = z.infer<typeof stepSummarySchema>;

export const emptyIndex = (branch: string): RunIndex => ({ schema: INDEX_SCHEMA_ID, branch, entries: [] });

export function parseIndex(text: string, origin: string): RunIndex {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${origin}: not JSON (${(error as Error).message})`);
  }
  const result = indexSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `${origin}: not a ${INDEX_SCHEMA_ID} file: ${issue.path.join(".") || "(top level)"}: ${issue.message}`,
    );
  }
  return result.data;
}

export function entryFor(report: Report, sha: string): IndexEntry {
  return {
    sha,
    run_id: report.run.id,
    ended_at: report.run.ended_at,
    fingerprint: report.hardware.fingerprint,
    totals: { energy_kwh: report.totals.energy_kwh, co2e_g: report.totals.co2e_g },
    steps: Object.fromEntries(
      report.steps.map((step) => [
        step.name,
        {
          energy_kwh: step.energy_kwh,
          co2e_g: step.co2e_g,
          duration_s: step.duration_s,
          ...(step.functional_unit && { unit: step.functional_unit }),
        },
      ]),
    ),
  };
}

/** Adds (or replaces, for a re-run of the same commit) an entry, newest first, within the cap. */
export function withEntry(index: RunIndex, entry: IndexEntry): RunIndex {
  const others = index.entries.filter((e) => e.sha !== entry.sha);
  const entries = [entry, ...others]
    .sort((a, b) => Date.parse(b.ended_at) - Date.parse(a.ended_at))
    .slice(0, INDEX_MAX_ENTRIES);
  return { ...index, entries };
}
