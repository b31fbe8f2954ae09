/**
 * One measured command as a one-step report (pure): accounting, embodied share and the run's facts.
 * The CLI and the action both end a measurement here, so their reports cannot drift apart.
 */

import { embodiedForStep } from "../carbon/embodied.js";
import type { Intensity } from "../carbon/intensity.js";
import type { PueChoice } from "../carbon/pue.js";
import type { FunctionalUnit } from "../carbon/sci.js";
import type { HardwareFacts } from "../hardware/fingerprint.js";
import type { MeasuredCommand } from "../measure/measure-command.js";
import type { DeclaredHardware } from "../measure/select.js";
import { VERSION } from "../version.js";
import { accountStep, EMBODIED_LEFT_OUT_NOTE } from "./account.js";
import { buildReport } from "./build.js";
import { embodiedInput, hardwareFacts, newRunId } from "./hardware-facts.js";
import type { Report, ReportStep } from "./schema.js";

export interface MeasuredReportOptions {
  step: string;
  declared: DeclaredHardware;
  pue: PueChoice;
  intensity: Intensity;
  embodied: boolean;
  unit?: FunctionalUnit;
  run: { repo?: string; ref?: string; sha?: string };
}

export function reportForMeasured(measured: MeasuredCommand, options: MeasuredReportOptions): Report {
  const { intensity, pue, declared } = options;
  const hardware = hardwareFacts(measured.components, declared, measured.machine);
  if (measured.notMeasured !== undefined) {
    return reportForUnmeasured({
      step: options.step,
      startedAt: measured.startedAt,
      endedAt: measured.endedAt,
      durationS: measured.durationS,
      exitCode: measured.result.exitCode,
      reason: measured.notMeasured,
      notes: measured.notes,
      run: options.run,
      hardware,
      pue: pue.value,
      intensity,
    });
  }
  const step = accountStep({
    name: options.step,
    startedAt: measured.startedAt,
    endedAt: measured.endedAt,
    durationS: measured.durationS,
    exitCode: measured.result.exitCode,
    components: measured.components,
    pue: pue.value,
    intensityGPerKwh: intensity.g_per_kwh,
    overheadCpuS: measured.overheadCpuS,
    notes: [
      ...measured.notes,
      ...(pue.note ? [pue.note] : []),
      ...(intensity.note ? [intensity.note] : []),
      ...(intensity.warning ? [intensity.warning] : []),
      ...(options.embodied ? [] : [EMBODIED_LEFT_OUT_NOTE]),
    ],
    ...(options.embodied && {
      embodied: embodiedForStep(embodiedInput(hardware, measured.machine, declared, measured.durationS)),
    }),
    ...(options.unit && { functionalUnit: options.unit }),
  });
  return buildReport({
    version: VERSION,
    run: {
      id: newRunId(measured.startedAt),
      ...options.run,
      startedAt: measured.startedAt,
      endedAt: measured.endedAt,
    },
    hardware,
    pue: pue.value,
    intensity,
    steps: [step],
  });
}

/** What a command that ran unmeasured leaves: its run and exit code, and why nothing was measured. */
export interface UnmeasuredRun {
  step: string;
  startedAt: Date;
  endedAt: Date;
  durationS: number;
  exitCode: number;
  reason: string;
  notes?: string[];
  run: { repo?: string; ref?: string; sha?: string };
  /** What is known of the machine and the accounting, when preparing got that far. */
  hardware?: HardwareFacts;
  pue?: number;
  intensity?: Intensity;
}

const MAX_TEXT = 2000;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 3)}...` : text);

/**
 * A one-step report for a command that ran but was not measured. Its energy and CO2e fields are 0
 * only because the schema requires numbers: `not_measured` says they mean nothing, and every
 * rendering shows "not measured" instead.
 */
export function reportForUnmeasured(input: UnmeasuredRun): Report {
  const notes = (input.notes ?? []).slice(0, 50).map(clip);
  const step: ReportStep = {
    name: input.step,
    started_at: input.startedAt.toISOString(),
    ended_at: input.endedAt.toISOString(),
    duration_s: input.durationS,
    exit_code: input.exitCode,
    energy_kwh: 0,
    it_energy_kwh: 0,
    operational_g: 0,
    embodied_g: 0,
    co2e_g: 0,
    co2e_low_g: 0,
    co2e_high_g: 0,
    components: [],
    ...(notes.length > 0 && { notes }),
    not_measured: { reason: clip(input.reason) },
  };
  return buildReport({
    version: VERSION,
    run: { id: newRunId(input.startedAt), ...input.run, startedAt: input.startedAt, endedAt: input.endedAt },
    hardware: input.hardware ?? { gpus: [], cpu: { model: "unknown CPU", count: 0 }, memory_gb: 0 },
    pue: input.pue ?? 1,
    intensity: input.intensity ?? { g_per_kwh: 0, source: "none (not measured)" },
    steps: [step],
  });
}
