import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importCodecarbon } from "../../src/import/codecarbon.js";
import { hardwareUsed, modelCardFromReport } from "../../src/import/model-card.js";
import { plainNumber, renderModelCard } from "../../src/render/model-card.js";
import { repoRoot } from "../helpers/cli.js";
import { A100, EPYC, report, reportStep } from "../helpers/reports.js";

describe("renderModelCard", () => {
  it("writes the Hub's co2_eq_emissions block, emissions in grams", () => {
    const yaml = renderModelCard({
      emissionsG: 1234.5,
      source: "CodeCarbon 2.3.4, imported by carbon-budget 0.1.0",
      trainingType: "fine-tuning",
      geographicalLocation: "Germany",
      hardwareUsed: "1 x NVIDIA A100-SXM4-80GB",
    });
    expect(yaml).toBe(
      [
        "co2_eq_emissions:",
        "  emissions: 1234.5",
        '  source: "CodeCarbon 2.3.4, imported by carbon-budget 0.1.0"',
        '  training_type: "fine-tuning"',
        '  geographical_location: "Germany"',
        '  hardware_used: "1 x NVIDIA A100-SXM4-80GB"',
        "",
      ].join("\n"),
    );
  });

  it("leaves out what is not known instead of guessing it", () => {
    expect(renderModelCard({ emissionsG: 12, source: "carbon-budget 0.1.0" })).toBe(
      'co2_eq_emissions:\n  emissions: 12\n  source: "carbon-budget 0.1.0"\n',
    );
  });

  it("quotes what YAML would misread, so a YAML parser reads back the same values", () => {
    const card = {
      emissionsG: 0.0000123,
      source: 'CodeCarbon: "3.3.0" # not a comment',
      geographicalLocation: "Île-de-France, France\nyes",
    };
    expect(parse(`---\n${renderModelCard(card)}`)).toEqual({
      co2_eq_emissions: {
        emissions: 0.0000123,
        source: card.source,
        geographical_location: card.geographicalLocation,
      },
    });
  });
});

describe("plainNumber", () => {
  it("keeps six significant digits and never an exponent (PyYAML reads 1e-05 as a string)", () => {
    expect(plainNumber(133.20000000000002)).toBe("133.2");
    expect(plainNumber(0.43548)).toBe("0.43548");
    expect(plainNumber(0.0000123)).toBe("0.0000123");
    expect(plainNumber(13.32779514)).toBe("13.3278");
    expect(plainNumber(1234567.8)).toBe("1234568");
    expect(plainNumber(1200)).toBe("1200");
    expect(plainNumber(0)).toBe("0");
  });
});

describe("hardwareUsed", () => {
  it("names the GPUs with their counts, else the CPU", () => {
    expect(
      hardwareUsed({
        fingerprint: "hw",
        gpus: [
          { model: A100, count: 8 },
          { model: "NVIDIA H100 80GB HBM3", count: 2 },
        ],
        cpu: { model: EPYC, count: 2 },
        memory_gb: 512,
      }),
    ).toBe("8 x NVIDIA A100-SXM4-80GB, 2 x NVIDIA H100 80GB HBM3");
    expect(hardwareUsed({ fingerprint: "hw", gpus: [], cpu: { model: EPYC, count: 2 }, memory_gb: 1 })).toBe(
      `2 x ${EPYC}`,
    );
    expect(
      hardwareUsed({ fingerprint: "hw", gpus: [], cpu: { model: "Apple M2", count: 1 }, memory_gb: 1 }),
    ).toBe("Apple M2");
    expect(
      hardwareUsed({ fingerprint: "hw", gpus: [], cpu: { model: "unknown CPU", count: 1 }, memory_gb: 0 }),
    ).toBeUndefined();
  });
});

describe("modelCardFromReport", () => {
  it("sums every step of a carbon-budget report, and takes its location", () => {
    const built = report({
      steps: [reportStep("train", 0.3, 120), reportStep("eval", 0.05, 20)],
      assumptions: { location: "DE" },
    });
    expect(
      modelCardFromReport(built, { source: "carbon-budget 0.1.0", trainingType: "pre-training" }),
    ).toEqual({
      emissionsG: 120 + 20,
      source: "carbon-budget 0.1.0",
      trainingType: "pre-training",
      geographicalLocation: "DE",
      hardwareUsed: "1 x NVIDIA A100-SXM4-80GB",
    });
  });

  it("gives an imported CodeCarbon file's card from its rows", () => {
    const text = readFileSync(
      join(repoRoot, "__tests__", "fixtures", "codecarbon", "codecarbon-2.7.csv"),
      "utf8",
    );
    const imported = importCodecarbon(text, { origin: "emissions.csv", version: "0.1.0" });
    if (!imported.report) throw new Error("nothing imported");
    const card = modelCardFromReport(imported.report, {
      source: "CodeCarbon 2.7.1, imported by carbon-budget 0.1.0",
      trainingType: "fine-tuning",
      geographicalLocation: imported.places.join("; "),
    });
    // llama-lora 0.1332 kg + llama-eval 0.01152 kg = 144.72 g.
    expect(renderModelCard(card)).toBe(
      [
        "co2_eq_emissions:",
        "  emissions: 144.72",
        '  source: "CodeCarbon 2.7.1, imported by carbon-budget 0.1.0"',
        '  training_type: "fine-tuning"',
        '  geographical_location: "Netherlands (gcp europe-west4)"',
        '  hardware_used: "1 x NVIDIA A100-SXM4-80GB"',
        "",
      ].join("\n"),
    );
  });
});
