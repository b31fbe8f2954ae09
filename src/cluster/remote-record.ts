/** The report's record of remote work, defined here so the cluster sources can write it. */
import { z } from "zod";

/**
 * Work the step launched on other machines, one entry per source asked (Prometheus, Slurm): measured,
 * or not measured and why. A remote part that could not be measured is never a silent 0.
 */
export const remoteSchema = z.object({
  source: z.enum(["prometheus", "slurm"]),
  /** Prometheus: the URL's host (never credentials); Slurm: the job id. */
  target: z.string().max(500),
  /** Prometheus: the label matchers; Slurm: the job's name. */
  selector: z.string().max(2000).optional(),
  status: z.enum(["measured", "not-measured"]),
  reason: z.string().max(2000).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  /** Share of the window the samples cover, over the remote components (0..1). */
  coverage: z.number().finite().min(0).max(1).optional(),
  nodes: z
    .array(
      z.object({
        node: z.string().max(500),
        /** Prometheus series read for the node. */
        series: z.number().int().nonnegative().optional(),
        coverage: z.number().finite().min(0).max(1).optional(),
      }),
    )
    .max(10_000)
    .optional(),
});

export type ReportRemote = z.infer<typeof remoteSchema>;
