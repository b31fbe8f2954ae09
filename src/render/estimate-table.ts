/** The table `carbon-budget estimate` prints: inputs, results, the arithmetic, the assumptions. */
import { type EstimateReport, formatGrams, formatKwh, significant } from "../carbon/estimate.js";
import { GRAMS_PER_LB } from "../units.js";
import { formatPct } from "./format.js";

/** The human table: inputs, results, the arithmetic with numbers substituted, then the assumptions. */
export function renderEstimate(report: EstimateReport): string {
  const { inputs, intensity } = report;
  const inLb = intensity.as_given?.unit.startsWith("lb/")
    ? ` (${significant(report.co2e_g / GRAMS_PER_LB)} lb)`
    : "";
  const range =
    report.co2e_low_g !== undefined && report.co2e_high_g !== undefined
      ? `${formatGrams(report.co2e_low_g)} – ${formatGrams(report.co2e_high_g)} CO2e`
      : "none (power as given)";
  const where = [intensity.location, intensity.year].filter((part) => part !== undefined).join(", ");
  const asGiven = intensity.as_given
    ? ` (given as ${intensity.as_given.value} ${intensity.as_given.unit})`
    : where && ` (${where})`;
  const family = inputs.gpu_family;
  const tdpOf = inputs.gpu
    ? ` (TDP of ${inputs.gpu.model}${family ? `, the highest of ${family.variants.length} ${family.name} variants` : ""})`
    : "";
  // Device-hours (`--gpu-hours`) come as one figure: no device count or wall-clock time to show.
  const time: [string, string][] =
    inputs.hours !== undefined && inputs.count !== undefined
      ? [
          ["devices", String(inputs.count)],
          ["duration", `${inputs.hours} h`],
        ]
      : [["device-hours", `${inputs.device_hours} h`]];
  const rows: [string, string][] = [
    ["power", `${inputs.power_w} W per device${tdpOf}`],
    ...time,
    ["utilization", `${inputs.utilization}${inputs.utilization_from === "default" ? " (default)" : ""}`],
    [
      "PUE",
      `${inputs.pue} (${inputs.pue_from === "location" ? `${inputs.location}'s provider` : inputs.pue_from})`,
    ],
    ["intensity", `${significant(intensity.g_per_kwh)} gCO2e/kWh${asGiven}`],
    ["energy", `${formatKwh(report.energy_kwh)} (IT ${formatKwh(report.it_energy_kwh)})`],
    ["CO2e", `${formatGrams(report.co2e_g)}${inLb}`],
    ["range", range],
    ["formula", report.formula.energy],
    ["", report.formula.co2e],
    ...greener(report),
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return [
    "carbon-budget estimate",
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}${value}`),
    "  assumptions",
    ...report.assumptions.map((line) => `    - ${line}`),
    "",
  ].join("\n");
}

/** The cleanest what-if, said with its condition: we do not know where this hardware can be had. */
function greener(report: EstimateReport): [string, string][] {
  const best = report.what_if?.[0];
  if (!best) return [];
  return [
    [
      "greener",
      `${formatGrams(best.co2e_g)} CO2e (${formatPct(best.change_pct)}) in ${best.location} at ${significant(best.intensity_g_per_kwh)} gCO2e/kWh,`,
    ],
    ["", "where the same hardware is available"],
  ];
}
