/**
 * The `co2_eq_emissions` block of a Hugging Face model card's metadata, as YAML
 * (https://huggingface.co/docs/hub/model-cards-co2). import/model-card.ts works out the figures.
 */

export const TRAINING_TYPES = ["pre-training", "fine-tuning"] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

export interface ModelCardEmissions {
  emissionsG: number;
  source: string;
  trainingType?: TrainingType;
  geographicalLocation?: string;
  hardwareUsed?: string;
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
