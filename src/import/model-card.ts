/**
 * The `co2_eq_emissions` block of a Hugging Face model card's metadata (pure), as the Hub documents it
 * (https://huggingface.co/docs/hub/model-cards-co2): emissions in grams of CO2e, then where the figure
 * comes from, the training type, where and on what the model was trained.
 *
 * A card describes one model, so the block is one figure: the sum of every step in the report (filter
 * the runs first, e.g. `--project`, when a file holds more than this model's training). A field we do
 * not know is left out rather than guessed; the Hub treats them all as optional.
 */
import type { Report } from "../report/schema.js";

export const TRAINING_TYPES = ["pre-training", "fine-tuning"] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

export interface ModelCardEmissions {
  emissionsG: number;
  source: string;
  trainingType?: TrainingType;
  geographicalLocation?: string;
  hardwareUsed?: string;
}

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

/** YAML to paste between the `---` lines at the top of the model's README.md. */
export function renderModelCard(card: ModelCardEmissions): string {
  const lines = [
    "co2_eq_emissions:",
    `  emissions: ${plainNumber(card.emissionsG)}`,
    `  source: ${quote(card.source)}`,
    ...(card.trainingType ? [`  training_type: ${quote(card.trainingType)}`] : []),
    ...(card.geographicalLocation ? [`  geographical_location: ${quote(card.geographicalLocation)}`] : []),
    ...(card.hardwareUsed ? [`  hardware_used: ${quote(card.hardwareUsed)}`] : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** A JSON string is a valid YAML double-quoted scalar, escapes included. */
const quote = (text: string): string => JSON.stringify(text);

/**
 * Six significant digits, never in exponent form: PyYAML (which the Hub's Python tools use) reads
 * `1e-05` as a string, not a number.
 */
export function plainNumber(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return "0";
  const decimals = Math.min(20, Math.max(0, 5 - Math.floor(Math.log10(Math.abs(value)))));
  const fixed = value.toFixed(decimals);
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}
