import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Intensity } from "../../src/carbon/intensity.js";
import { type HardwareFacts, hardwareFingerprint } from "../../src/hardware/fingerprint.js";
import { buildReport } from "../../src/report/build.js";
import { parseReport, REPORT_SCHEMA_ID } from "../../src/report/schema.js";
import { A100, EPYC, report, reportStep } from "../helpers/reports.js";

const HARDWARE: HardwareFacts = {
  gpus: [
    { model: A100, count: 8 },
    { model: "NVIDIA H100 80GB HBM3", count: 2 },
  ],
  cpu: { model: EPYC, count: 2 },
  memory_gb: 503.6,
};

const DE_2025: Intensity = {
  g_per_kwh: 342,
  source: "Electricity Maps yearly average for DE (Germany), via @tgwf/co2",
  year: 2025,
  location: "DE",
};

const build = (overrides: Partial<Parameters<typeof buildReport>[0]> = {}) =>
  buildReport({
    version: "1.2.3",
    run: {
      id: "20250301T100000Z-abcd1234",
      ref: "feature/faster",
      sha: "0123456789abcdef0123456789abcdef01234567",
      startedAt: new Date("2025-03-01T10:00:00.000Z"),
      endedAt: new Date("2025-03-01T10:25:00.000Z"),
    },
    hardware: HARDWARE,
    pue: 1.2,
    intensity: DE_2025,
    steps: [reportStep("train", 0.3, 102.6), reportStep("eval", 0.06, 20.52, { duration_s: 300 })],
    ...overrides,
  });

describe("hardwareFingerprint", () => {
  it("hashes GPU models and counts, CPU model and count, and memory in whole GB", () => {
    // GPUs sorted by model; 503.6 GB rounds to 504
    const canonical = `gpus=8x${A100}+2xNVIDIA H100 80GB HBM3;cpu=2x${EPYC};mem=504`;
    const expected = `hw-${createHash("sha256").update(canonical).digest("hex").slice(0, 16)}`;
    expect(hardwareFingerprint(HARDWARE)).toBe(expected);
    expect(hardwareFingerprint(HARDWARE)).toMatch(/^hw-[0-9a-f]{16}$/);
  });

  it("does not depend on the order GPUs were found in, nor on a few MB of memory", () => {
    const reordered = { ...HARDWARE, gpus: [...HARDWARE.gpus].reverse() };
    expect(hardwareFingerprint(reordered)).toBe(hardwareFingerprint(HARDWARE));
    // 503.6 GB and 503.9 GB both round to 504
    expect(hardwareFingerprint({ ...HARDWARE, memory_gb: 503.9 })).toBe(hardwareFingerprint(HARDWARE));
  });

  it("changes with any piece of the hardware", () => {
    const fingerprint = hardwareFingerprint(HARDWARE);
    const variants: HardwareFacts[] = [
      { ...HARDWARE, gpus: [{ model: A100, count: 4 }, HARDWARE.gpus[1]] },
      { ...HARDWARE, gpus: [] },
      { ...HARDWARE, cpu: { model: EPYC, count: 1 } },
      { ...HARDWARE, cpu: { model: "Intel(R) Xeon(R) Platinum 8480+", count: 2 } },
      { ...HARDWARE, memory_gb: 1007.5 },
    ];
    const all = new Set([fingerprint, ...variants.map(hardwareFingerprint)]);
    expect(all.size).toBe(variants.length + 1);
  });
});

describe("buildReport", () => {
  it("assembles run, hardware, assumptions and the steps", () => {
    const built = build();
    expect(built.schema).toBe(REPORT_SCHEMA_ID);
    expect(built.tool).toEqual({ name: "carbon-budget", version: "1.2.3" });
    expect(built.run).toEqual({
      id: "20250301T100000Z-abcd1234",
      ref: "feature/faster",
      sha: "0123456789abcdef0123456789abcdef01234567",
      started_at: "2025-03-01T10:00:00.000Z",
      ended_at: "2025-03-01T10:25:00.000Z",
    });
    expect(built.hardware).toEqual({ fingerprint: hardwareFingerprint(HARDWARE), ...HARDWARE });
    expect(built.assumptions).toEqual({
      pue: 1.2,
      intensity_g_per_kwh: 342,
      intensity_source: "Electricity Maps yearly average for DE (Germany), via @tgwf/co2",
      intensity_year: 2025,
      location: "DE",
    });
    expect(built.steps.map((s) => s.name)).toEqual(["train", "eval"]);
  });

  it("totals the steps", () => {
    const { totals } = build();
    // durations 3600 s + 300 s
    expect(totals.duration_s).toBe(3600 + 300);
    // 0.3 kWh + 0.06 kWh
    expect(totals.energy_kwh).toBeCloseTo(0.3 + 0.06, 12);
    // 102.6 g + 20.52 g = 123.12 g; the helper's range is x0.9 .. x1.1
    expect(totals.co2e_g).toBeCloseTo(102.6 + 20.52, 12);
    expect(totals.co2e_low_g).toBeCloseTo((102.6 + 20.52) * 0.9, 12);
    expect(totals.co2e_high_g).toBeCloseTo((102.6 + 20.52) * 1.1, 12);
  });

  it("leaves out what is not known: repo, ref, sha, intensity year and location", () => {
    const built = build({
      run: { id: "local", startedAt: new Date(0), endedAt: new Date(1000) },
      intensity: { g_per_kwh: 350, source: "given" },
      steps: [],
    });
    expect(Object.keys(built.run).sort()).toEqual(["ended_at", "id", "started_at"]);
    expect(built.assumptions).toEqual({ pue: 1.2, intensity_g_per_kwh: 350, intensity_source: "given" });
    expect(built.totals).toEqual({ duration_s: 0, energy_kwh: 0, co2e_g: 0, co2e_low_g: 0, co2e_high_g: 0 });
  });

  it("survives a JSON round trip through parseReport unchanged", () => {
    const built = build();
    expect(parseReport(JSON.stringify(built), "report.json")).toEqual(built);
  });
});

describe("parseReport", () => {
  const valid = report();
  const text = (value: unknown) => JSON.stringify(value);

  it("accepts a valid report", () => {
    expect(parseReport(text(valid), "base.json")).toEqual(valid);
  });

  it("says when the text is not JSON at all, naming where it came from", () => {
    expect(() => parseReport('{"schema": "carbon-budget/rep', "artifact base.json")).toThrow(
      /^artifact base\.json: not JSON \(/,
    );
  });

  it("names the path of the first bad value", () => {
    const badEnergy = { ...valid, steps: [{ ...valid.steps[0], energy_kwh: -1 }] };
    expect(() => parseReport(text(badEnergy), "base.json")).toThrow(
      /^base\.json: not a carbon-budget\/report@1 report: steps\.0\.energy_kwh: /,
    );
    const step = valid.steps[0];
    const badKind = { ...valid, steps: [{ ...step, components: [{ ...step.components[0], kind: "tpu" }] }] };
    expect(() => parseReport(text(badKind), "base.json")).toThrow(/: steps\.0\.components\.0\.kind: /);
    const { totals: _, ...noTotals } = valid;
    expect(() => parseReport(text(noTotals), "base.json")).toThrow(/: totals: /);
  });

  it("refuses another schema or version", () => {
    expect(() => parseReport(text({ ...valid, schema: "carbon-budget/report@2" }), "x.json")).toThrow(
      /: schema: /,
    );
    expect(() => parseReport(text({ name: "some-package", version: "1.0.0" }), "x.json")).toThrow(
      /^x\.json: not a carbon-budget\/report@1 report: schema: /,
    );
  });

  it("says (top level) when the document is not an object", () => {
    expect(() => parseReport("[]", "x.json")).toThrow(/report: \(top level\): /);
    expect(() => parseReport("42", "x.json")).toThrow(/report: \(top level\): /);
  });

  it("bounds untrusted text: an overlong step name is refused", () => {
    const long = { ...valid, steps: [{ ...valid.steps[0], name: "x".repeat(201) }] };
    expect(() => parseReport(text(long), "x.json")).toThrow(/: steps\.0\.name: /);
  });
});
