/** The time window a remote measurement covers, and how a user writes its ends. */
import { InputError } from "../errors.js";

/** Milliseconds since the epoch, from <= to. */
export interface Window {
  fromMs: number;
  toMs: number;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** RFC 3339 (`2025-03-01T12:00:00Z`, with an offset or Z) or Unix seconds (`1740830400`, `1740830400.5`). */
export function parseInstant(input: string, text: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const ms = Math.round(Number(trimmed) * 1000);
    // Unix milliseconds pasted by mistake would land thousands of years from now.
    if (ms > Date.UTC(3000, 0, 1)) {
      throw new InputError(input, text, "that is not Unix seconds (milliseconds?); give seconds or RFC 3339");
    }
    return ms;
  }
  if (RFC3339.test(trimmed)) {
    const ms = Date.parse(trimmed.replace(" ", "T"));
    if (Number.isFinite(ms)) return ms;
  }
  throw new InputError(
    input,
    text,
    "use RFC 3339 with a zone (2025-03-01T12:00:00Z, 2025-03-01T13:00:00+01:00) or Unix seconds",
  );
}

export const windowSeconds = (window: Window): number => (window.toMs - window.fromMs) / 1000;

export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(".000Z", "Z");
