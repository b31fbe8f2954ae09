/**
 * The data branch's per-branch index (`v1/<branch>/index.json`): recent runs with the per-step figures
 * a comparison needs, so a pull request is judged from one small file instead of many reports. Pure:
 * reading (zod: the data branch is writable by anyone with push access, so one bad entry is dropped,
 * not the index), adding, trimming to a size the contents API serves, and rebuilding from reports.
 */
import { z } from "zod";
import type { Report } from "../report/schema.js";

export const INDEX_SCHEMA_ID = "carbon-budget/index@1";
/** Enough history for trends and noise. */
export const INDEX_MAX_ENTRIES = 2000;
/**
 * The contents API serves files up to 1 MB; an entry grows with the number of steps (about 1.2 kB with
 * ten), so the index is trimmed by its serialized size too, well under the limit.
 */
export const INDEX_MAX_BYTES = 512 * 1024;

const grams = z.number().finite().nonnegative();

/** The weakest way any component of a step was counted: one estimated GPU makes the step estimated. */
const METHODS = ["measured", "estimated", "declared"] as const;
export type StepMethod = (typeof METHODS)[number];

// The fields added after the first release are optional, so data branches written before them still parse.
const stepSummarySchema = z.object({
  energy_kwh: z.number().finite().nonnegative(),
  co2e_g: grams,
  co2e_low_g: grams.optional(),
  co2e_high_g: grams.optional(),
  duration_s: z.number().finite().nonnegative().optional(),
  exit_code: z.number().int().optional(),
  method: z.enum(METHODS).optional(),
  unit: z.object({ name: z.string().max(100), count: z.number().positive() }).optional(),
});

export const indexEntrySchema = z.object({
  sha: z.string().regex(/^[0-9a-f]{7,64}$/),
  run_id: z.string().max(200),
  /** Absent in entries written before it was kept. */
  started_at: z.string().max(64).optional(),
  ended_at: z.string().max(64),
  fingerprint: z.string().max(200),
  /** The first non-zero exit code of the run's steps, else 0; absent in entries written before it was kept. */
  exit_code: z.number().int().optional(),
  totals: z.object({
    energy_kwh: z.number().finite().nonnegative(),
    co2e_g: grams,
    co2e_low_g: grams.optional(),
    co2e_high_g: grams.optional(),
  }),
  steps: z.record(z.string().max(200), stepSummarySchema),
});

export const indexSchema = z.object({
  schema: z.literal(INDEX_SCHEMA_ID),
  branch: z.string(),
  /** Newest first. */
  entries: z.array(indexEntrySchema),
});

/** The file's frame, checked before its entries one by one. */
const frameSchema = z.object({
  schema: z.literal(INDEX_SCHEMA_ID),
  branch: z.string(),
  entries: z.array(z.unknown()),
});

export type IndexEntry = z.infer<typeof indexEntrySchema>;
export type RunIndex = z.infer<typeof indexSchema>;
export type StepSummary = z.infer<typeof stepSummarySchema>;

export const emptyIndex = (branch: string): RunIndex => ({ schema: INDEX_SCHEMA_ID, branch, entries: [] });

/** An index as read: its good entries and how many were dropped, or why the file is unusable. */
export type IndexRead = { index: RunIndex; dropped: number } | { problem: string };

export function readIndexText(text: string, origin: string): IndexRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `${origin}: not JSON (${(error as Error).message})` };
  }
  const frame = frameSchema.safeParse(data);
  if (!frame.success) {
    const issue = frame.error.issues[0];
    return {
      problem: `${origin}: not a ${INDEX_SCHEMA_ID} file: ${issue?.path.join(".") || "(top level)"}: ${issue?.message}`,
    };
  }
  const entries = frame.data.entries.flatMap((entry) => {
    const result = indexEntrySchema.safeParse(entry);
    return result.success ? [result.data] : [];
  });
  return {
    index: { schema: INDEX_SCHEMA_ID, branch: frame.data.branch, entries },
    dropped: frame.data.entries.length - entries.length,
  };
}

/** Strict: the whole file or an error naming it. */
export function parseIndex(text: string, origin: string): RunIndex {
  const read = readIndexText(text, origin);
  if ("problem" in read) throw new Error(read.problem);
  if (read.dropped > 0) throw new Error(`${origin}: ${read.dropped} entries are not valid`);
  return read.index;
}

/** The file as written: one line, so its size is what `trimIndex` counted. */
export const serializeIndex = (index: RunIndex) => `${JSON.stringify(index)}\n`;

export function entryFor(report: Report, sha: string): IndexEntry {
  const exitCode = runExitCode(report.steps);
  const { totals } = report;
  return {
    sha,
    run_id: report.run.id,
    started_at: report.run.started_at,
    ended_at: report.run.ended_at,
    fingerprint: report.hardware.fingerprint,
    ...(exitCode !== undefined && { exit_code: exitCode }),
    totals: {
      energy_kwh: totals.energy_kwh,
      co2e_g: totals.co2e_g,
      co2e_low_g: totals.co2e_low_g,
      co2e_high_g: totals.co2e_high_g,
    },
    steps: Object.fromEntries(
      report.steps.map((step) => {
        const method = weakestMethod(step.components);
        return [
          step.name,
          {
            energy_kwh: step.energy_kwh,
            co2e_g: step.co2e_g,
            co2e_low_g: step.co2e_low_g,
            co2e_high_g: step.co2e_high_g,
            duration_s: step.duration_s,
            ...(step.exit_code !== undefined && { exit_code: step.exit_code }),
            ...(method && { method }),
            ...(step.functional_unit && { unit: step.functional_unit }),
          },
        ];
      }),
    ),
  };
}

/** The first failing step's exit code, else 0; undefined when no step recorded one (an import). */
export function runExitCode(steps: readonly { exit_code?: number }[]): number | undefined {
  const codes = steps.flatMap((step) => (step.exit_code === undefined ? [] : [step.exit_code]));
  return codes.length === 0 ? undefined : (codes.find((code) => code !== 0) ?? 0);
}

/** A run whose command failed, was killed or was not found: kept, but never a baseline. */
export const entryFailed = (entry: IndexEntry): boolean =>
  entry.exit_code !== undefined && entry.exit_code !== 0;

function weakestMethod(components: readonly { method: StepMethod }[]): StepMethod | undefined {
  const rank = (method: StepMethod) => METHODS.indexOf(method);
  return components.reduce<StepMethod | undefined>(
    (weakest, c) => (weakest === undefined || rank(c.method) > rank(weakest) ? c.method : weakest),
    undefined,
  );
}

/** An unparseable time sorts oldest, so a damaged entry never hides the newest runs. */
const endedAt = (entry: IndexEntry) => {
  const time = Date.parse(entry.ended_at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/** Newest first, one entry per commit, at most INDEX_MAX_ENTRIES and INDEX_MAX_BYTES serialized. */
export function trimIndex(index: RunIndex, maxBytes = INDEX_MAX_BYTES): RunIndex {
  const seen = new Set<string>();
  const sorted = [...index.entries]
    .sort((a, b) => endedAt(b) - endedAt(a))
    .filter((entry) => !seen.has(entry.sha) && seen.add(entry.sha));
  let bytes = Buffer.byteLength(serializeIndex({ ...index, entries: [] }));
  const entries: IndexEntry[] = [];
  for (const entry of sorted) {
    // Each entry costs its JSON and, after the first, a comma.
    const cost = Buffer.byteLength(JSON.stringify(entry)) + (entries.length > 0 ? 1 : 0);
    if (entries.length >= INDEX_MAX_ENTRIES || bytes + cost > maxBytes) break;
    entries.push(entry);
    bytes += cost;
  }
  return { ...index, entries };
}

/**
 * Adds (or replaces, for a re-run of the same commit) an entry, newest first, within the caps. A failed
 * re-run does not replace a commit's successful run: that one is still the commit's baseline.
 */
export function withEntry(index: RunIndex, entry: IndexEntry): RunIndex {
  const same = index.entries.find((e) => e.sha === entry.sha);
  if (same && entryFailed(entry) && !entryFailed(same)) return trimIndex(index);
  return trimIndex({ ...index, entries: [entry, ...index.entries.filter((e) => e.sha !== entry.sha)] });
}

/** An index made again from stored reports (when the file itself was lost or damaged). */
export function indexFromReports(
  branch: string,
  reports: readonly { sha: string; report: Report }[],
): RunIndex {
  return trimIndex({ ...emptyIndex(branch), entries: reports.map((r) => entryFor(r.report, r.sha)) });
}
