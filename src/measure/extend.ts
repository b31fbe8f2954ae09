/**
 * The command starts before the sensors are ready (so start-up stays fast), and a sampled source's
 * first reading comes later still: the time before a component's first reading is counted at its
 * average power over the span its readings cover, and the report says so.
 */
import type { ComponentEnergy } from "./types.js";

/**
 * `measuredMs`: from the start of sampling to the command's end; `unmeasuredMs`: from the command's
 * start to the start of sampling. The component's readings cover `covered_ms` of the end of that
 * window (all of `measuredMs` when it does not say).
 */
export function extendToWindow(
  component: ComponentEnergy,
  measuredMs: number,
  unmeasuredMs: number,
): ComponentEnergy {
  const coveredMs = component.covered_ms ?? measuredMs;
  const headMs = measuredMs + unmeasuredMs - coveredMs;
  if (headMs <= 0) return component;
  // The sampled span, not the wall window: dividing by the window would count the head twice over.
  const averageW = coveredMs > 0 ? component.energy_j / (coveredMs / 1000) : component.avg_power_w;
  if (averageW === undefined) {
    return {
      ...component,
      notes: [
        ...component.notes,
        "the command ended before this sensor's first reading: its energy is not counted",
      ],
    };
  }
  return {
    ...component,
    energy_j: component.energy_j + averageW * (headMs / 1000),
    notes: [
      ...component.notes,
      `first ${(headMs / 1000).toFixed(2)} s, before the sensor was ready, counted at the average ${averageW.toFixed(1)} W`,
    ],
  };
}
