/** Which PUE applies (pure): the user's, else the cloud provider's published one, else 1.0, said out loud. */
import type { Intensity } from "./intensity.js";

export interface PueChoice {
  value: number;
  /** Said in the report when the value was not given. */
  note?: string;
}

/** `hint` says how to give a PUE in the shell that asks: `--pue`, or the action's pue input. */
export function choosePue(
  given: number | undefined,
  intensity: Pick<Intensity, "pue" | "location">,
  hint = "--pue",
): PueChoice {
  if (given !== undefined) return { value: given };
  if (intensity.pue) {
    return {
      value: intensity.pue.value,
      note: `PUE ${intensity.pue.value} for ${intensity.location ?? "this region"}: ${intensity.pue.source}`,
    };
  }
  return { value: 1, note: `PUE 1.0 assumed (IT energy only); give the data centre's PUE with ${hint}` };
}
