import { describe, expect, it } from "vitest";
import { isInputError } from "../../src/errors.js";
import { CPUS, findCpu, matchCpu, requireCpu, VCPU_FALLBACK } from "../../src/hardware/cpus.js";
import {
  DEFAULT_GPU_IDLE_FRACTION,
  findGpu,
  GPUS,
  gpuIdleWatts,
  matchGpu,
  requireGpu,
} from "../../src/hardware/gpus.js";
import { editDistance, matchName, nearest, normaliseName } from "../../src/hardware/match.js";

function inputErrorOf(fn: () => unknown): { input: string; value: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isInputError(error)) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("normaliseName", () => {
  it.each([
    ["NVIDIA A100-SXM4-80GB", "a100 sxm4 80"],
    ["Tesla V100-SXM2-32GB", "v100 sxm2 32"],
    ["NVIDIA H100 80GB HBM3", "h100 80 hbm3"],
    ["Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz", "xeon platinum 8370c"],
    ["Xeon® Platinum 8370C", "xeon platinum 8370c"],
    ["AMD EPYC 7763 64-Core Processor", "epyc 7763"],
    ["Gen Intel® Core™ i9-13900K", "core i9 13900k"],
    ["13th Gen Intel(R) Core(TM) i9-13900K", "core i9 13900k"],
    ["AMD Ryzen Threadripper PRO 5995WX 64-Cores", "ryzen threadripper pro 5995wx"],
    ["AMD Ryzen 7 5800H with Radeon Graphics", "ryzen 7 5800h"],
    ["Intel Xeon Platinum 8480+", "xeon platinum 8480 plus"],
    ["Google TPU v5e", "tpu v5e"],
  ])("%s -> %s", (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });
});

describe("matchName", () => {
  const rows = [
    { name: "Widget 100 Pro", aliases: ["W100P"] },
    { name: "Widget 100 Lite", aliases: [] },
    { name: "Widget 200", aliases: [] },
  ];
  const namesOf = (row: (typeof rows)[number]) => [row.name, ...row.aliases];

  it("matches names and aliases in any token order", () => {
    expect(matchName("pro widget 100", rows, namesOf)).toEqual({ kind: "found", row: rows[0], by: "name" });
    expect(matchName("w100p", rows, namesOf)).toEqual({ kind: "found", row: rows[0], by: "name" });
  });

  it("takes a partial name only when it picks out one row", () => {
    expect(matchName("200", rows, namesOf)).toEqual({ kind: "found", row: rows[2], by: "tokens" });
    expect(matchName("Widget 100", rows, namesOf)).toEqual({ kind: "ambiguous", rows: [rows[0], rows[1]] });
  });

  it("never matches on words alone, or on a query with tokens the row lacks", () => {
    expect(matchName("Widget", rows, namesOf)).toEqual({ kind: "none" });
    expect(matchName("Widget 200 Turbo", rows, namesOf)).toEqual({ kind: "none" });
    expect(matchName("(R)", rows, namesOf)).toEqual({ kind: "none" });
  });
});

describe("nearest and editDistance", () => {
  it("computes Levenshtein distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("4090", "4090")).toBe(0);
  });

  it("ranks by the closest model number, not by whole-string length", () => {
    const names = ["NVIDIA T4", "NVIDIA A100 SXM4 80GB", "NVIDIA A10"];
    // "a100" vs "a100": 0; vs "a10": 1; vs "t4": 3. The unused tokens of a longer name only break ties.
    expect(nearest("A100", names, 2)).toEqual(["NVIDIA A100 SXM4 80GB", "NVIDIA A10"]);
  });
});

describe("GPU table", () => {
  it("resolves every row's own name and aliases to that row, so no two rows share a spelling", () => {
    for (const spec of GPUS) {
      for (const name of [spec.name, ...spec.aliases]) expect(findGpu(name)?.name, name).toBe(spec.name);
    }
  });

  it("gives every row a source with a URL, an idle below TDP, and a source for embodied figures", () => {
    for (const spec of GPUS) {
      expect(spec.source.url, spec.name).toMatch(/^https:\/\//);
      if (spec.idle_w !== undefined) expect(spec.idle_w, spec.name).toBeLessThan(spec.tdp_w);
      if (spec.embodied_kg !== undefined) expect(spec.embodied_source?.url, spec.name).toMatch(/^https:\/\//);
    }
  });

  it.each([
    ["NVIDIA A100-SXM4-80GB", "NVIDIA A100 SXM4 80GB", 400],
    ["NVIDIA A100-PCIE-40GB", "NVIDIA A100 PCIe 40GB", 250],
    ["NVIDIA A100 80GB PCIe", "NVIDIA A100 PCIe 80GB", 300],
    ["Tesla V100-SXM2-32GB", "NVIDIA Tesla V100 SXM2 32GB", 300],
    ["Tesla V100-PCIE-16GB", "NVIDIA Tesla V100 PCIe 16GB", 250],
    ["Tesla P100-PCIE-16GB", "NVIDIA Tesla P100 PCIe 16GB", 250],
    ["Tesla T4", "NVIDIA T4", 70],
    ["NVIDIA H100 80GB HBM3", "NVIDIA H100 SXM5 80GB", 700],
    ["NVIDIA H100 PCIe", "NVIDIA H100 PCIe 80GB", 350],
    ["NVIDIA H100 NVL", "NVIDIA H100 NVL 94GB", 400],
    ["NVIDIA H200", "NVIDIA H200 SXM 141GB", 700],
    ["NVIDIA A10G", "NVIDIA A10G", 300],
    ["NVIDIA L4", "NVIDIA L4", 72],
    ["NVIDIA L40S", "NVIDIA L40S", 350],
    ["NVIDIA B200", "NVIDIA B200", 1000],
    ["NVIDIA GeForce RTX 4090", "NVIDIA GeForce RTX 4090", 450],
    ["NVIDIA RTX 6000 Ada Generation", "NVIDIA RTX 6000 Ada Generation", 300],
    ["AMD Instinct MI300X", "AMD Instinct MI300X", 750],
    ["AMD Instinct MI250X", "AMD Instinct MI250X", 500],
  ])("driver name %s -> %s (%d W)", (driverName, name, tdp) => {
    const spec = findGpu(driverName);
    expect(spec?.name).toBe(name);
    expect(spec?.tdp_w).toBe(tdp);
  });

  it.each([
    ["A10", "NVIDIA A10"],
    ["a10g", "NVIDIA A10G"],
    ["L40", "NVIDIA L40"],
    ["rtx 5090", "NVIDIA GeForce RTX 5090"],
    ["A6000", "NVIDIA RTX A6000"],
    ["MI210", "AMD Instinct MI210"],
    ["TPU v4", "Google TPU v4"],
    ["v5e", "Google TPU v5e"],
    ["A100 SXM4 80GB", "NVIDIA A100 SXM4 80GB"],
  ])("user-typed %s -> %s", (typed, name) => {
    expect(findGpu(typed)?.name).toBe(name);
  });

  it("does not guess between parts of different power", () => {
    expect(findGpu("A100")).toBeUndefined();
    const match = matchGpu("H100");
    expect(match.kind).toBe("ambiguous");
    const error = inputErrorOf(() => requireGpu("H100"));
    expect(error.input).toBe("--gpu");
    expect(error.message).toBe(
      '--gpu: "H100" is not valid; it matches several GPU models: "NVIDIA H100 PCIe 80GB", ' +
        '"NVIDIA H100 SXM5 80GB" or "NVIDIA H100 NVL 94GB"; give the full name',
    );
  });

  it("does not stretch a known name over a different part", () => {
    expect(findGpu("NVIDIA GeForce RTX 4090 D")).toBeUndefined();
    expect(findGpu("NVIDIA GeForce RTX 4090 Laptop GPU")).toBeUndefined();
    expect(findGpu("NVIDIA")).toBeUndefined();
  });

  it("names the three nearest models for an unknown name", () => {
    const error = inputErrorOf(() => requireGpu("RTX 4080", "hardware.gpu.model"));
    expect(error.input).toBe("hardware.gpu.model");
    expect(error.value).toBe("RTX 4080");
    // "4080" is one edit from 4090 and two from 3090 and 5090; ties break alphabetically.
    expect(error.message).toBe(
      'hardware.gpu.model: "RTX 4080" is not valid; not a GPU model we know; nearest: ' +
        '"NVIDIA GeForce RTX 4090", "NVIDIA GeForce RTX 3090" or "NVIDIA GeForce RTX 5090" (all models: data/gpus.json)',
    );
    expect(inputErrorOf(() => requireGpu("MI300")).message).toContain('nearest: "AMD Instinct MI300X"');
  });

  it("uses published idle power, else the default share of TDP", () => {
    expect(gpuIdleWatts(requireGpu("TPU v3"))).toEqual({ watts: 84, published: true });
    // A100 SXM4: no published idle -> 400 W x 0.1 = 40 W
    expect(DEFAULT_GPU_IDLE_FRACTION).toBe(0.1);
    expect(gpuIdleWatts(requireGpu("NVIDIA A100-SXM4-80GB"))).toEqual({ watts: 40, published: false });
  });
});

describe("CPU table", () => {
  it("resolves every row's own name and aliases to that row", () => {
    for (const spec of CPUS) {
      for (const name of [spec.name, ...(spec.aliases ?? [])])
        expect(findCpu(name)?.name, name).toBe(spec.name);
    }
  });

  it("gives every row a source with a URL and a thread count of at least its cores", () => {
    for (const spec of CPUS) {
      expect(spec.source.url, spec.name).toMatch(/^https:\/\//);
      if (spec.threads !== undefined) expect(spec.threads, spec.name).toBeGreaterThanOrEqual(spec.cores ?? 1);
    }
    expect(VCPU_FALLBACK.min_w_per_vcpu).toBeLessThan(VCPU_FALLBACK.max_w_per_vcpu);
    expect(VCPU_FALLBACK.source.url).toMatch(/^https:\/\//);
  });

  it.each([
    // systeminformation: manufacturer + brand, and brand alone
    ["AMD EPYC 7763 64-Core Processor", "AMD EPYC 7763", 280],
    ["EPYC 7763 64-Core Processor", "AMD EPYC 7763", 280],
    ["Xeon® Platinum 8370C", "Intel Xeon Platinum 8370C", 270],
    ["Intel Xeon® Platinum 8272CL", "Intel Xeon Platinum 8272CL", 205],
    ["Gen Intel® Core™ i9-13900K", "Intel Core i9-13900K", 125],
    ["Ryzen Threadripper PRO 5995WX 64-Cores", "AMD Ryzen Threadripper PRO 5995WX", 280],
    // /proc/cpuinfo model names
    ["Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "Intel Xeon Platinum 8375C", 270],
    ["Intel(R) Xeon(R) CPU E5-2686 v4 @ 2.30GHz", "Intel Xeon E5-2686 v4", 145],
    ["Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", "Intel Xeon Gold 6248", 150],
    ["AMD EPYC 7R13 Processor", "AMD EPYC 7R13", 280],
    // typed by a user
    ["epyc 7742", "AMD EPYC 7742", 225],
    ["Xeon 8480+", "Intel Xeon Platinum 8480+", 350],
    ["7B13", "AMD EPYC 7B13", 280],
  ])("%s -> %s (%d W)", (brand, name, tdp) => {
    const spec = findCpu(brand);
    expect(spec?.name).toBe(name);
    expect(spec?.tdp_w).toBe(tdp);
  });

  it("knows that a model name without a number is not a model", () => {
    // GCP reports no model number at all.
    expect(findCpu("Intel(R) Xeon(R) CPU @ 2.20GHz")).toBeUndefined();
    expect(matchCpu("AMD EPYC Processor").kind).toBe("none");
  });

  it("tells the 8480+ from the 8480C", () => {
    expect(findCpu("Intel(R) Xeon(R) Platinum 8480C")?.name).toBe("Intel Xeon Platinum 8480C");
    expect(findCpu("Intel(R) Xeon(R) Platinum 8480+")?.name).toBe("Intel Xeon Platinum 8480+");
  });

  it("names the nearest models for an unknown CPU", () => {
    const error = inputErrorOf(() => requireCpu("EPYC 7773"));
    expect(error.input).toBe("--cpu");
    // "7773" is one edit from 7713 and 7763; several parts are two away (7543, 7742, 7B13, ...),
    // and the tie goes to the alphabetically first.
    expect(error.message).toBe(
      '--cpu: "EPYC 7773" is not valid; not a CPU model we know; nearest: "AMD EPYC 7713", "AMD EPYC 7763" ' +
        'or "AMD EPYC 7543" (all models: data/cpus.json)',
    );
  });

  it("asks for the full name when a partial name fits several CPUs", () => {
    // 6248 and 6248R share digits but not the token: "6248" is exactly the Gold 6248.
    expect(findCpu("6248")?.name).toBe("Intel Xeon Gold 6248");
    expect(inputErrorOf(() => requireCpu("Core i9")).message).toBe(
      '--cpu: "Core i9" is not valid; it matches several CPU models: "Intel Core i9-14900K", ' +
        '"Intel Core i9-13900K" or "Intel Core i9-12900K"; give the full name',
    );
  });
});
