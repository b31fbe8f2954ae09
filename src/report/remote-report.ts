/**
 * A report for work measured on a cluster alone (`import prometheus`, `import slurm`): no local machine,
 * one step over the window, the remote records attached. Embodied emissions count the GPUs the work held
 * (a job reserves a whole GPU); the servers around them are left out, since their share is not known.
 */

import { embodiedForStep } from "../carbon/embodied.js";
import type { Intensity } from "../carbon/intensity.js";
import type { PueChoice } from "../carbon/pue.js";
import { attachRemote, type RemoteResult } from "../cluster/remote.js";
import type { Window } from "../cluster/window.js";
import { VERSION } from "../version.js";
import { accountStep, EMBODIED_LEFT_OUT_NOTE } from "./account.js";
import { buildReport } from "./build.js";
import { newRunId } from "./hardware-facts.js";
import type { Report } from "./schema.js";

export function reportForRemote(
  remote: RemoteResult,
  options: { step: string; window: Window; intensity: Intensity; pue: PueChoice; embodied: boolean },
): Report {
  const { window, intensity, pue } = options;
  const durationS = (window.toMs - window.fromMs) / 1000;
  const counts = new Map<string, number>();
  for (const c of remote.components) {
    if (c.kind === "gpu")
      counts.set(c.model ?? "unknown GPU", (counts.get(c.model ?? "unknown GPU") ?? 0) + 1);
  }
  const gpus = [...counts].map(([model, count]) => ({ model, count }));
  const startedAt = new Date(window.fromMs);
  const endedAt = new Date(window.toMs);
  const step = accountStep({
    name: options.step,
    startedAt,
    endedAt,
    durationS,
    components: remote.components,
    pue: pue.value,
    intensityGPerKwh: intensity.g_per_kwh,
    notes: [
      ...remote.notes,
      ...(pue.note ? [pue.note] : []),
      ...(intensity.note ? [intensity.note] : []),
      ...(intensity.warning ? [intensity.warning] : []),
      ...(options.embodied ? [] : [EMBODIED_LEFT_OUT_NOTE]),
    ],
    ...(options.embodied && { embodied: embodiedForStep({ durationS, gpus }) }),
  });
  const report = buildReport({
    version: VERSION,
    run: { id: newRunId(startedAt), startedAt, endedAt },
    hardware: { gpus, cpu: { model: "none (imported from the cluster)", count: 0 }, memory_gb: 0 },
    pue: pue.value,
    intensity,
    steps: [step],
  });
  return attachRemote(report, remote);
}
