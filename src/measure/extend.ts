/**
 * The command starts before the sensors are ready (so start-up stays fast); the first moments are
 * counted at the component's average power over the measured window, and the report says so.
 */
import type { ComponentEnergy } from "./types.js";

export function extendToWindow(
  component: ComponentEnergy,
  measuredMs: number,
  unmeasuredMs: number,
): ComponentEnergy {
  if (unmeasuredMs <= 0) return component;
  if (measuredMs <= 0) {
    return {
      ...component,
      notes: [
        ...component.notes,
        "the command ended before this sensor's first reading: its energy is not counted",
      ],
    };
  }
  const averageW = component.energy_j / (measuredMs / 1000);
  const addedJ = averageW * (unmeasuredMs / 1000);
  return {
    ...component,
    energy_j: component.energy_j + addedJ,
    notes: [
      ...component.notes,
      `first ${(unmeasuredMs / 1000).toFixed(2)} s, before the sensor was ready, counted at the average ${averageW.toFixed(1)} W`,
    ],
  };
}
