/**
 * The `co2_eq_emissions` block of a Hugging Face model card's metadata (pure), as the Hub documents it
 * (https://huggingface.co/docs/hub/model-cards-co2): emissions in grams of CO2e, then where the figure
 * comes from, the training type, where and on what the model was trained.
 *
 * A card describes one model, so the block is one figure: the sum of every step in the report (filter
 * the runs first, e.g. `--project`, when a file holds more than this model's training). A field we do
 * not know is left out rather than guessed; the Hub treats them all as optional.
 */
import type { ModelCardEmissions, TrainingType } from "../render/model-card.js";
import type { Report } from "../report/schema.js";

export function modelCardFromReport(
  report: Report,
  options: { source: string; trainingType?: TrainingType; geographicalLocation?: string },
): ModelCardEmissions {
  const location = options.geographicalLocation ?? report.assumptions.location;
  const hardware = hardwareUsed(report.hardware);
  return {
    emissionsG: report.totals.co2e_g,
    source: options.source,
    ...(options.trainingType && { trainingType: options.trainingType }),
    ...(location && { geographicalLocation: location }),
    ...(hardware && { hardwareUsed: hardware }),
  };
}

/** The Hub asks for "how much compute and what kind, e.g. 8 v100 GPUs": the GPUs, else the CPU. */
export function hardwareUsed(hardware: Report["hardware"]): string | undefined {
  if (hardware.gpus.length > 0) return hardware.gpus.map((g) => `${g.count} x ${g.model}`).join(", ");
  const { model, count } = hardware.cpu;
  if (!model || model === "unknown CPU") return undefined;
  return count > 1 ? `${count} x ${model}` : model;
}
