/**
 * One measured command as a one-step report (pure): accounting, embodied share and the run's facts.
 * The CLI and the action both end a measurement here, so their reports cannot drift apart.
 */

import { embodiedForStep } from "../carbon/embodied.js";
import type { Intensity } from "../carbon/intensity.js";
import type { PueChoice } from "../carbon/pue.js";
import type { FunctionalUnit } from "../carbon/sci.js";
import { embodiedInput, hardwareFacts, newRunId } from "../measure/hardware-facts.js";
import type { MeasuredCommand } from "../measure/measure-command.js";
import type { DeclaredHardware } from "../measure/select.js";
import { VERSION } from "../version.js";
import { accountStep, EMBODIED_LEFT_OUT_NOTE } from "./account.js";
import { buildReport } from "./build.js";
import type { Report } from "./schema.js";

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
