/** Assembles a run report from accounted steps: pure, so the CLI and the action build it alike. */
import type { Intensity } from "../carbon/intensity.js";
import { type HardwareFacts, hardwareFingerprint } from "../hardware/fingerprint.js";
import { REPORT_SCHEMA_ID, type Report, type ReportStep } from "./schema.js";
import { withWhatIf } from "./what-if.js";

export interface RunFacts {
  id: string;
  repo?: string;
  ref?: string;
  sha?: string;
  startedAt: Date;
  endedAt: Date;
}

export function buildReport(input: {
  version: string;
  run: RunFacts;
  hardware: HardwareFacts;
  pue: number;
  intensity: Intensity;
  steps: ReportStep[];
}): Report {
  const sum = (pick: (step: ReportStep) => number) => input.steps.reduce((total, s) => total + pick(s), 0);
  // Every report says where the same job would emit less: measured, merged or accounted again alike.
  return withWhatIf({
    schema: REPORT_SCHEMA_ID,
    tool: { name: "carbon-budget", version: input.version },
    run: {
      id: input.run.id,
      ...(input.run.repo && { repo: input.run.repo }),
      ...(input.run.ref && { ref: input.run.ref }),
      ...(input.run.sha && { sha: input.run.sha }),
      started_at: input.run.startedAt.toISOString(),
      ended_at: input.run.endedAt.toISOString(),
    },
    hardware: { fingerprint: hardwareFingerprint(input.hardware), ...input.hardware },
    assumptions: {
      pue: input.pue,
      intensity_g_per_kwh: input.intensity.g_per_kwh,
      intensity_source: input.intensity.source,
      ...(input.intensity.year !== undefined && { intensity_year: input.intensity.year }),
      ...(input.intensity.location !== undefined && { location: input.intensity.location }),
    },
    steps: input.steps,
    totals: {
      duration_s: sum((s) => s.duration_s),
      energy_kwh: sum((s) => s.energy_kwh),
      co2e_g: sum((s) => s.co2e_g),
      co2e_low_g: sum((s) => s.co2e_low_g),
      co2e_high_g: sum((s) => s.co2e_high_g),
    },
  });
}
